import { Field, Input, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useStepForm } from '../../wizard/use-step-form';
import { StepFrame } from '../../ui/StepFrame';
import { wizardStore } from '../../wizard/wizard-store';
import type { StepProps } from '../../wizard/step-props';
import { defaultAnswers } from '../../setup/answers-schema';
import type { CertificateAnswers } from '../../setup/types';
import { signingCertificateSubject } from '../../setup/plan';
import { certificateFormResolver, fromCertificateForm, toCertificateForm, type CertificateForm } from './certificate-form';
import { splitAddresses } from '../../ui/address-list';
import { currentPresets } from '../../deep-link/presets-store';
import { PresetMark } from '../../deep-link/PresetMark';
import { trimmedInput } from '../../ui/trimmed-input';

export function CertificateStep({ journal, session, goTo }: StepProps) {
  const { t } = useTranslation();
  const presetEmails = currentPresets().answers.notificationEmails;
  // What the admin typed (the draft) wins, then what they confirmed, then the link's preset.
  const defaults = defaultAnswers({ adminEmail: session.account.username }).certificate;
  const initial = journal.answers.certificate ?? { ...defaults, notificationEmails: presetEmails ?? defaults.notificationEmails };
  const form = useStepForm<CertificateForm>('certificate', certificateFormResolver, journal, toCertificateForm(initial));

  return (
    <StepFrame
      title={t('certificate.title')}
      intro={t('certificate.intro')}
      onBack={() => goTo('claims')}
      onSubmit={form.handleSubmit((values) => wizardStore.commit('certificate', { certificate: fromCertificateForm(values) as CertificateAnswers }, 'review'))}
    >
      <Controller
        control={form.control}
        name="emails"
        render={({ field, fieldState }) => (
          <Field
            label={t('certificate.emailsLabel')}
            hint={
              <>
                {presetEmails !== undefined && splitAddresses(field.value).join(',') === presetEmails.join(',') ? <PresetMark field="notify" /> : null}{' '}
                {t('certificate.emailsHint')}
              </>
            }
            required
            validationState={fieldState.error ? 'error' : 'none'}
            validationMessage={fieldState.error?.message}
          >
            <Textarea {...field} {...trimmedInput(field)} resize="vertical" rows={2} />
          </Field>
        )}
      />
      <Controller
        control={form.control}
        name="validityYears"
        render={({ field }) => (
          <Field label={t('certificate.validFor')}>
            <RadioGroup value={field.value} onChange={(_, d) => field.onChange(d.value)} layout="horizontal">
              <Radio value="1" label={t('certificate.years', { count: 1 })} />
              <Radio value="2" label={t('certificate.years', { count: 2 })} />
              <Radio value="3" label={t('certificate.years', { count: 3 })} />
            </RadioGroup>
          </Field>
        )}
      />
      <Controller
        control={form.control}
        name="commonName"
        render={({ field, fieldState }) => (
          <Field
            label={t('certificate.subjectLabel')}
            hint={t('certificate.subjectHint')}
            required
            validationState={fieldState.error ? 'error' : 'none'}
            validationMessage={fieldState.error?.message}
          >
            <Input {...field} {...trimmedInput(field)} contentBefore={<span translate="no">{signingCertificateSubject('')}</span>} autoComplete="off" />
          </Field>
        )}
      />
    </StepFrame>
  );
}
