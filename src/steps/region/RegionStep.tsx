import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useKeyedRead } from '../../ui/use-keyed-read';
import { useTranslation } from 'react-i18next';
import { Controller } from 'react-hook-form';
import { StepFrame } from '../../ui/StepFrame';
import { useStepForm } from '../../wizard/use-step-form';
import { wizardStore } from '../../wizard/wizard-store';
import type { StepProps } from '../../wizard/step-props';
import { generateCmpId, regionStepSchema } from '../../setup/answers-schema';
import { REGIONS, eucIdentifier, eucReplyUrl, isValidCmpId } from '../../setup/regions';
import type { Region } from '../../setup/types';
import { isolate } from '../../setup/plan';
import { findAppsByIdentifier } from '../../graph/inspect-tenant';
import { currentPresets } from '../../deep-link/presets-store';
import { PresetMark } from '../../deep-link/PresetMark';
import { ShareLinkButton } from '../../deep-link/ShareLinkButton';
import { trimmedInput } from '../../ui/trimmed-input';

/** The form's value while no region is chosen. */
const NO_REGION = '';

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
  const { t } = useTranslation();
  const preset = currentPresets().answers;
  // What the admin typed (the draft) wins, then what they confirmed, then the link's preset. No
  // region is chosen otherwise (''): a preselected one let an admin click Next into the wrong host,
  // and Next without a choice says which choice is missing (the rules' regionRequired).
  const form = useStepForm('region', regionStepSchema, journal, {
    region: (journal.answers.region ?? preset.region ?? NO_REGION) as Region,
    cmpId: journal.answers.cmpId ?? preset.cmpId ?? '',
  });
  const chosen: string = form.watch('region');
  const region = chosen === NO_REGION ? null : (chosen as Region);
  const cmpId = form.watch('cmpId');
  const found = useKeyedRead([graph, region], region === null ? null : () => findAppsByIdentifier(graph, eucIdentifier(region)));
  // A hint only: a failed lookup shows nothing.
  const existing = found.state === 'done' ? (found.value[0]?.displayName ?? null) : null;

  return (
    <StepFrame
      title={t('region.title')}
      intro={t('region.intro')}
      onBack={() => goTo('people')}
      onSubmit={form.handleSubmit((values) => wizardStore.commit('region', values, 'claims'))}
    >
      <Controller
        control={form.control}
        name="region"
        render={({ field, fieldState }) => (
          <Field
            label={t('region.regionLabel')}
            required
            hint={preset.region !== undefined && field.value === preset.region ? <PresetMark field="region" /> : undefined}
            validationState={fieldState.error ? 'error' : 'none'}
            validationMessage={fieldState.error?.message}
          >
            <RadioGroup value={field.value} onChange={(_, data) => field.onChange(data.value)} name={field.name}>
              {REGIONS.map((r) => (
                <Radio key={r.code} value={r.code} label={t('region.regionOption', { region: t(`region.regions.${r.code}`), domain: r.domain })} />
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
              label={t('region.cmpIdLabel')}
              hint={
                <>
                  {preset.cmpId !== undefined && field.value === preset.cmpId ? <PresetMark field="cmpId" /> : null} {t('region.cmpIdHint')}
                </>
              }
              required
              validationState={fieldState.error ? 'error' : 'none'}
              validationMessage={fieldState.error?.message}
            >
              <Input {...field} {...trimmedInput(field)} autoComplete="off" spellCheck={false} />
            </Field>
            <Button onClick={() => form.setValue('cmpId', generateCmpId(), { shouldValidate: true, shouldDirty: true, shouldTouch: true })}>
              {t('region.generate')}
            </Button>
          </div>
        )}
      />
      <section aria-label={t('region.previewLabel')}>
        <Text as="h2" weight="semibold" size={400}>
          {t('region.previewHeading')}
        </Text>
        <dl className={styles.preview}>
          <dt>{t('region.identifier')}</dt>
          {region !== null ? (
            <dd className={styles.value} data-testid="preview-identifier" translate="no">
              {eucIdentifier(region)}
            </dd>
          ) : (
            <dd className={styles.value} data-testid="preview-identifier">
              {t('region.regionPending')}
            </dd>
          )}
          <dt>{t('region.replyUrl')}</dt>
          {region !== null && isValidCmpId(cmpId) ? (
            <dd className={styles.value} data-testid="preview-reply-url" translate="no">
              {eucReplyUrl(region, cmpId)}
            </dd>
          ) : (
            <dd className={styles.value} data-testid="preview-reply-url">
              {region === null ? t('region.regionPending') : t('region.replyUrlPending')}
            </dd>
          )}
        </dl>
      </section>
      <ShareLinkButton
        answers={{
          ...preset,
          ...journal.answers,
          ...(journal.answers.certificate ? { notificationEmails: journal.answers.certificate.notificationEmails } : {}),
          region: region ?? undefined,
          cmpId: isValidCmpId(cmpId) ? cmpId : undefined,
        }}
      />
      {existing !== null && (
        <MessageBar intent="info">
          <MessageBarBody>{t('region.existingApp', { name: isolate(existing) })}</MessageBarBody>
        </MessageBar>
      )}
    </StepFrame>
  );
}
