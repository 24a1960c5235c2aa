import { Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Select, makeStyles, tokens } from '@fluentui/react-components';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { StepFrame } from '../../ui/StepFrame';
import { wizardStore } from '../../wizard/wizard-store';
import type { StepProps } from '../../wizard/step-props';
import { DEFAULT_GROUP_CLAIM_NAME, DEFAULT_IDENTITY_CLAIM_NAME } from '../../setup/claims';
import { SourceAttributeOptions } from '../../ui/select-options';
import type { GroupClaim, IdentityClaim } from '../../setup/types';
import { claimsFormResolver, fromClaimsForm, toClaimsForm, type ClaimsForm } from './claims-form';
import { currentPresets } from '../../deep-link/presets-store';
import { PresetMark } from '../../deep-link/PresetMark';
import { useStepForm } from '../../wizard/use-step-form';
import { trimmedInput } from '../../ui/trimmed-input';

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalL,
    margin: 0,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
});

/** The form's claim (unvalidated) and a preset claim say the same, attribute by attribute. */
function sameClaim(formClaim: unknown, presetClaim: object): boolean {
  const a = formClaim as Record<string, unknown>;
  const b = presetClaim as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
}

export function ClaimsStep({ journal, goTo }: StepProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const preset = currentPresets().answers;
  // What the admin typed (the draft) wins, then what they confirmed, then the link's preset.
  const form = useStepForm<ClaimsForm>(
    'claims',
    claimsFormResolver,
    journal,
    toClaimsForm(journal.answers.identityClaim ?? preset.identityClaim, journal.answers.groupClaim ?? preset.groupClaim),
  );
  const identityKind = form.watch('identityKind');
  const groupKind = form.watch('groupKind');
  const current = fromClaimsForm(form.watch());
  const identityPreset = preset.identityClaim !== undefined && sameClaim(current.identityClaim, preset.identityClaim);
  const groupPreset = preset.groupClaim !== undefined && sameClaim(current.groupClaim, preset.groupClaim);

  const submit = form.handleSubmit((values) => {
    const { identityClaim, groupClaim } = fromClaimsForm(values);
    wizardStore.commit('claims', { identityClaim: identityClaim as IdentityClaim, groupClaim: groupClaim as GroupClaim }, 'certificate');
  });

  return (
    <StepFrame title={t('claims.title')} intro={t('claims.intro')} onBack={() => goTo('region')} onSubmit={submit}>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t('claims.identityLegend')}</legend>
        {identityPreset && <PresetMark field="claim" />}
        <Controller
          control={form.control}
          name="identityKind"
          render={({ field }) => (
            <RadioGroup value={field.value} onChange={(_, d) => field.onChange(d.value)} aria-label={t('claims.identityLegend')}>
              <Radio value="default" label={t('claims.identityDefault')} />
              <Radio value="custom" label={t('claims.identityCustom')} />
            </RadioGroup>
          )}
        />
        {identityKind === 'default' ? (
          <p>
            {t('claims.identityClaimName')}{' '}
            <span className={styles.code} translate="no">
              {DEFAULT_IDENTITY_CLAIM_NAME}
            </span>
          </p>
        ) : (
          <>
            <Controller
              control={form.control}
              name="identityName"
              render={({ field, fieldState }) => (
                <Field
                  label={t('claims.claimName')}
                  required
                  hint={t('claims.claimNameHint')}
                  validationState={fieldState.error ? 'error' : 'none'}
                  validationMessage={fieldState.error?.message}
                >
                  <Input {...field} {...trimmedInput(field)} autoComplete="off" spellCheck={false} />
                </Field>
              )}
            />
            <Controller
              control={form.control}
              name="identitySource"
              render={({ field, fieldState }) => (
                <Field
                  label={t('claims.sourceAttribute')}
                  required
                  validationState={fieldState.error ? 'error' : 'none'}
                  validationMessage={fieldState.error?.message}
                >
                  <Select value={field.value} onChange={(_, d) => field.onChange(d.value)} onBlur={field.onBlur} name={field.name}>
                    <SourceAttributeOptions />
                  </Select>
                </Field>
              )}
            />
          </>
        )}
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t('claims.groupLegend')}</legend>
        {groupPreset && <PresetMark field="groupClaim" />}
        <Controller
          control={form.control}
          name="groupKind"
          render={({ field }) => (
            <RadioGroup value={field.value} onChange={(_, d) => field.onChange(d.value)} aria-label={t('claims.groupLegend')}>
              <Radio value="none" label={t('claims.groupNone')} />
              <Radio value="default-name" label={t('claims.groupDefaultName')} />
              <Radio value="custom-name" label={t('claims.groupCustomName')} />
            </RadioGroup>
          )}
        />
        {groupKind !== 'none' && (
          <>
            <Controller
              control={form.control}
              name="groupScope"
              render={({ field, fieldState }) => (
                <Field label={t('claims.whichGroups')} validationState={fieldState.error ? 'error' : 'none'} validationMessage={fieldState.error?.message}>
                  <RadioGroup value={field.value} onChange={(_, d) => field.onChange(d.value)}>
                    <Radio value="SecurityGroup" label={t('claims.securityGroups')} />
                    <Radio value="ApplicationGroup" label={t('claims.applicationGroups')} />
                  </RadioGroup>
                </Field>
              )}
            />
            {groupKind === 'default-name' ? (
              <p>
                {t('claims.groupClaimName')}{' '}
                <span className={styles.code} translate="no">
                  {DEFAULT_GROUP_CLAIM_NAME}
                </span>
              </p>
            ) : (
              <>
                <Controller
                  control={form.control}
                  name="groupName"
                  render={({ field, fieldState }) => (
                    <Field
                      label={t('claims.groupNameLabel')}
                      required
                      validationState={fieldState.error ? 'error' : 'none'}
                      validationMessage={fieldState.error?.message}
                    >
                      <Input {...field} {...trimmedInput(field)} autoComplete="off" spellCheck={false} />
                    </Field>
                  )}
                />
                <MessageBar intent="warning">
                  <MessageBarBody>{t('claims.renameWarning')}</MessageBarBody>
                </MessageBar>
              </>
            )}
          </>
        )}
      </fieldset>
    </StepFrame>
  );
}
