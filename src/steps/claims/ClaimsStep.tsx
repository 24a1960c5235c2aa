import { Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { StepFrame } from '../../app/StepFrame';
import { wizardStore } from '../../app/wizard-store';
import type { StepProps } from '../../app/Wizard';
import { DEFAULT_GROUP_CLAIM_NAME, DEFAULT_IDENTITY_CLAIM_NAME, USER_SOURCE_ATTRIBUTES } from '../../setup/claims';
import type { GroupClaim, IdentityClaim } from '../../setup/types';
import { claimsFormResolver, fromClaimsForm, toClaimsForm, type ClaimsForm } from './claims-form';
import { currentPresets } from '../../deep-link/presets-store';
import { PresetMark } from '../../deep-link/PresetMark';

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
  const draft = journal.drafts.claims as Partial<ClaimsForm> | undefined;
  const preset = currentPresets().answers;
  // What the admin typed (the draft) wins, then what they confirmed, then the link's preset.
  const form = useForm<ClaimsForm>({
    resolver: claimsFormResolver,
    defaultValues: {
      ...toClaimsForm(journal.answers.identityClaim ?? preset.identityClaim, journal.answers.groupClaim ?? preset.groupClaim),
      ...draft,
    },
    mode: 'onTouched',
  });
  useEffect(() => {
    const subscription = form.watch((values) => wizardStore.saveDraft('claims', values));
    return () => subscription.unsubscribe();
  }, [form]);
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
    <StepFrame
      title="Claims"
      intro="What the SAML assertion tells the End User Console about each user. The Trend Micro SSO profile must use exactly these claim names."
      onBack={() => goTo('region')}
      onSubmit={submit}
    >
      <fieldset className={styles.group}>
        <legend className={styles.legend}>Identity claim</legend>
        {identityPreset && <PresetMark field="claim" />}
        <Controller
          control={form.control}
          name="identityKind"
          render={({ field }) => (
            <RadioGroup value={field.value} onChange={(_, d) => field.onChange(d.value)} aria-label="Identity claim">
              <Radio value="default" label="Use the e-mail address from user.mail (Entra's default claim)" />
              <Radio value="custom" label="Add a claim from another user attribute" />
            </RadioGroup>
          )}
        />
        {identityKind === 'default' ? (
          <p>
            Claim name to enter on the Trend Micro console: <span className={styles.code}>{DEFAULT_IDENTITY_CLAIM_NAME}</span>
          </p>
        ) : (
          <>
            <Controller
              control={form.control}
              name="identityName"
              render={({ field, fieldState }) => (
                <Field label="Claim name" required hint="Namespace stays empty." validationState={fieldState.error ? 'error' : 'none'} validationMessage={fieldState.error?.message}>
                  <Input {...field} autoComplete="off" spellCheck={false} />
                </Field>
              )}
            />
            <Controller
              control={form.control}
              name="identitySource"
              render={({ field, fieldState }) => (
                <Field label="Source attribute" required validationState={fieldState.error ? 'error' : 'none'} validationMessage={fieldState.error?.message}>
                  <Select value={field.value} onChange={(_, d) => field.onChange(d.value)} onBlur={field.onBlur} name={field.name}>
                    {USER_SOURCE_ATTRIBUTES.map((attribute) => (
                      <option key={attribute} value={attribute}>
                        user.{attribute}
                      </option>
                    ))}
                  </Select>
                </Field>
              )}
            />
          </>
        )}
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>Group claim (optional)</legend>
        {groupPreset && <PresetMark field="groupClaim" />}
        <Controller
          control={form.control}
          name="groupKind"
          render={({ field }) => (
            <RadioGroup value={field.value} onChange={(_, d) => field.onChange(d.value)} aria-label="Group claim">
              <Radio value="none" label="No group claim" />
              <Radio value="default-name" label="Send group IDs under Entra's group claim name (fully automatic)" />
              <Radio value="custom-name" label="Send group IDs under a custom name, such as euc_group (needs one step in the Entra admin center)" />
            </RadioGroup>
          )}
        />
        {groupKind !== 'none' && (
          <>
            <Controller
              control={form.control}
              name="groupScope"
              render={({ field, fieldState }) => (
                <Field label="Which groups" validationState={fieldState.error ? 'error' : 'none'} validationMessage={fieldState.error?.message}>
                  <RadioGroup value={field.value} onChange={(_, d) => field.onChange(d.value)}>
                    <Radio value="SecurityGroup" label="Security groups the user belongs to" />
                    <Radio value="ApplicationGroup" label="Only groups assigned to this application" />
                  </RadioGroup>
                </Field>
              )}
            />
            {groupKind === 'default-name' ? (
              <p>
                Group claim name to enter on the Trend Micro console: <span className={styles.code}>{DEFAULT_GROUP_CLAIM_NAME}</span>
              </p>
            ) : (
              <>
                <Controller
                  control={form.control}
                  name="groupName"
                  render={({ field, fieldState }) => (
                    <Field label="Group claim name" required validationState={fieldState.error ? 'error' : 'none'} validationMessage={fieldState.error?.message}>
                      <Input {...field} autoComplete="off" spellCheck={false} />
                    </Field>
                  )}
                />
                <MessageBar intent="warning">
                  <MessageBarBody>
                    Microsoft Graph has no documented way to rename the group claim. The wizard sets group IDs as the source; the
                    summary gives you the exact steps to set this name in the Entra admin center.
                  </MessageBarBody>
                </MessageBar>
              </>
            )}
          </>
        )}
      </fieldset>
    </StepFrame>
  );
}
