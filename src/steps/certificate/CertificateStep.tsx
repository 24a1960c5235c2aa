import { Field, Input, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { StepFrame } from '../../app/StepFrame';
import { wizardStore } from '../../app/wizard-store';
import type { StepProps } from '../../app/Wizard';
import { defaultAnswers } from '../../setup/answers-schema';
import type { CertificateAnswers } from '../../setup/types';
import { certificateFormResolver, fromCertificateForm, splitAddresses, toCertificateForm, type CertificateForm } from './certificate-form';
import { currentPresets } from '../../deep-link/presets-store';
import { PresetMark } from '../../deep-link/PresetMark';

export function CertificateStep({ journal, session, goTo }: StepProps) {
  const draft = journal.drafts.certificate as Partial<CertificateForm> | undefined;
  const presetEmails = currentPresets().answers.notificationEmails;
  // What the admin typed (the draft) wins, then what they confirmed, then the link's preset.
  const defaults = defaultAnswers({ adminEmail: session.account.username }).certificate;
  const initial = journal.answers.certificate ?? { ...defaults, notificationEmails: presetEmails ?? defaults.notificationEmails };
  const form = useForm<CertificateForm>({
    resolver: certificateFormResolver,
    defaultValues: { ...toCertificateForm(initial), ...draft },
    mode: 'onTouched',
  });
  useEffect(() => {
    const subscription = form.watch((values) => wizardStore.saveDraft('certificate', values));
    return () => subscription.unsubscribe();
  }, [form]);

  return (
    <StepFrame
      title="Signing certificate"
      intro="Entra ID signs each SAML assertion with this certificate. The Trend Micro console needs its Base64 file, which the summary offers for download."
      onBack={() => goTo('claims')}
      onSubmit={form.handleSubmit((values) =>
        wizardStore.commit('certificate', { certificate: fromCertificateForm(values) as CertificateAnswers }, 'review'),
      )}
    >
      <Controller
        control={form.control}
        name="emails"
        render={({ field, fieldState }) => (
          <Field
            label="Notification e-mail addresses"
            hint={
              <>
                {presetEmails !== undefined && splitAddresses(field.value).join(',') === presetEmails.join(',') ? (
                  <PresetMark field="notify" />
                ) : null}{' '}
                One to five addresses, separated by commas. Entra ID warns them 60, 30 and 7 days before the certificate expires.
              </>
            }
            required
            validationState={fieldState.error ? 'error' : 'none'}
            validationMessage={fieldState.error?.message}
          >
            <Textarea {...field} resize="vertical" rows={2} />
          </Field>
        )}
      />
      <Controller
        control={form.control}
        name="validityYears"
        render={({ field }) => (
          <Field label="Valid for">
            <RadioGroup value={field.value} onChange={(_, d) => field.onChange(d.value)} layout="horizontal">
              <Radio value="1" label="1 year" />
              <Radio value="2" label="2 years" />
              <Radio value="3" label="3 years" />
            </RadioGroup>
          </Field>
        )}
      />
      <Controller
        control={form.control}
        name="commonName"
        render={({ field, fieldState }) => (
          <Field
            label="Certificate subject"
            hint="Written as CN=<subject>."
            required
            validationState={fieldState.error ? 'error' : 'none'}
            validationMessage={fieldState.error?.message}
          >
            <Input {...field} contentBefore="CN=" autoComplete="off" />
          </Field>
        )}
      />
    </StepFrame>
  );
}
