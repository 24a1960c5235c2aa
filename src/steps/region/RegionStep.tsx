import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { Controller } from 'react-hook-form';
import { StepFrame } from '../../app/StepFrame';
import { useStepForm } from '../../app/use-step-form';
import { wizardStore } from '../../app/wizard-store';
import type { StepProps } from '../../app/Wizard';
import { generateCmpId, regionStepSchema } from '../../setup/answers-schema';
import { REGIONS, eucIdentifier, eucReplyUrl, isValidCmpId } from '../../setup/regions';
import type { Region } from '../../setup/types';
import { findAppsByIdentifier } from '../../graph/inspect-tenant';
import { currentPresets } from '../../deep-link/presets-store';
import { PresetMark } from '../../deep-link/PresetMark';
import { ShareLinkButton } from '../../deep-link/ShareLinkButton';

const useStyles = makeStyles({
  idRow: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
  idInput: { flex: '1 1 240px', minWidth: 0 },
  preview: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
    '@media (max-width: 520px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  value: { margin: 0, fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
});

export function RegionStep({ journal, graph, goTo }: StepProps) {
  const styles = useStyles();
  const preset = currentPresets().answers;
  // What the admin typed (the draft) wins, then what they confirmed, then the link's preset.
  const form = useStepForm('region', regionStepSchema, journal, {
    region: journal.answers.region ?? preset.region ?? 'us',
    cmpId: journal.answers.cmpId ?? preset.cmpId ?? '',
  });
  const region = form.watch('region') as Region;
  const cmpId = form.watch('cmpId');
  const [existing, setExisting] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    setExisting(null);
    findAppsByIdentifier(graph, eucIdentifier(region)).then(
      (apps) => current && setExisting(apps[0]?.displayName ?? null),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [graph, region]);

  return (
    <StepFrame
      title="Region and unique identifier"
      intro="Choose where your Trend Micro Email Security account is hosted, and the unique identifier you will also enter on the Trend Micro console."
      onBack={() => goTo('people')}
      onSubmit={form.handleSubmit((values) => wizardStore.commit('region', values, 'claims'))}
    >
      <Controller
        control={form.control}
        name="region"
        render={({ field, fieldState }) => (
          <Field
            label="Region"
            required
            hint={preset.region !== undefined && field.value === preset.region ? <PresetMark field="region" /> : undefined}
            validationState={fieldState.error ? 'error' : 'none'}
            validationMessage={fieldState.error?.message}
          >
            <RadioGroup value={field.value} onChange={(_, data) => field.onChange(data.value)} name={field.name}>
              {REGIONS.map((r) => (
                <Radio key={r.code} value={r.code} label={`${r.label} (${r.domain})`} />
              ))}
            </RadioGroup>
          </Field>
        )}
      />
      <Controller
        control={form.control}
        name="cmpId"
        render={({ field, fieldState }) => (
          <div className={styles.idRow}>
            <Field
              className={styles.idInput}
              label="Unique identifier (cmpID)"
              hint={
                <>
                  {preset.cmpId !== undefined && field.value === preset.cmpId ? <PresetMark field="cmpId" /> : null}{' '}
                  Letters, digits, - and _, up to 64 characters. Record it: the Trend Micro SSO profile needs the same value.
                </>
              }
              required
              validationState={fieldState.error ? 'error' : 'none'}
              validationMessage={fieldState.error?.message}
            >
              <Input {...field} autoComplete="off" spellCheck={false} />
            </Field>
            <Button onClick={() => form.setValue('cmpId', generateCmpId(), { shouldValidate: true, shouldDirty: true, shouldTouch: true })}>
              Generate
            </Button>
          </div>
        )}
      />
      <section aria-label="Preview">
        <Text as="h2" weight="semibold" size={400}>
          What will be written
        </Text>
        <dl className={styles.preview}>
          <dt>Identifier (Entity ID)</dt>
          <dd className={styles.value} data-testid="preview-identifier">
            {eucIdentifier(region)}
          </dd>
          <dt>Reply URL (ACS)</dt>
          <dd className={styles.value} data-testid="preview-reply-url">
            {isValidCmpId(cmpId) ? eucReplyUrl(region, cmpId) : 'Enter a valid unique identifier to see the reply URL.'}
          </dd>
        </dl>
      </section>
      <ShareLinkButton
        answers={() => ({
          ...preset,
          ...journal.answers,
          ...(journal.answers.certificate ? { notificationEmails: journal.answers.certificate.notificationEmails } : {}),
          region,
          cmpId: isValidCmpId(cmpId) ? cmpId : undefined,
        })}
      />
      {existing !== null && (
        <MessageBar intent="info">
          <MessageBarBody>
            The app "<bdi>{existing}</bdi>" already uses this region's identifier in your tenant. Identifiers are unique per tenant,
            so the wizard will update that app instead of creating a new one.
          </MessageBarBody>
        </MessageBar>
      )}
    </StepFrame>
  );
}
