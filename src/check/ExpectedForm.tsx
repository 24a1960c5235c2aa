// What the app is compared with: the values of the Trend Micro SSO profile. Prefilled from the link
// or read from the app; the admin corrects them against the console. Validated by the same rules as
// the setup's forms, so nothing unchecked reaches the comparison (or a repair).
import { Button, Field, Input, Radio, RadioGroup, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { cmpIdSchema, groupClaimNameSchema, identityClaimNameSchema } from '../setup/answers-schema';
import { RegionOptions, SourceAttributeOptions } from '../ui/select-options';
import type { z } from 'zod/mini';
import { translateIssue } from '../i18n/translate';
import type { ExpectedSetup } from '../setup/check';
import type { GroupClaim, IdentityClaim, Region, UserSourceAttribute } from '../setup/types';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  // A select is as wide as its longest option; on a phone it must shrink to the screen instead.
  select: { minWidth: 0, maxWidth: '100%' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-start' },
  field: { flex: '1 1 240px', minWidth: 0 },
});

type GroupChoice = 'none' | 'SecurityGroup' | 'ApplicationGroup' | 'custom';

interface FormValues {
  region: Region;
  cmpId: string;
  identityKind: 'default' | 'custom';
  claimName: string;
  claimSource: UserSourceAttribute;
  group: GroupChoice;
  groupName: string;
}

function toForm(expected: ExpectedSetup): FormValues {
  const identity = expected.identityClaim;
  const group = expected.groupClaim;
  return {
    region: expected.region,
    cmpId: expected.cmpId ?? '',
    identityKind: identity.kind,
    claimName: identity.kind === 'custom' ? identity.name : '',
    claimSource: identity.kind === 'custom' ? identity.sourceAttribute : 'mail',
    group: group.kind === 'none' ? 'none' : group.kind === 'custom-name' ? 'custom' : group.groups,
    groupName: group.kind === 'custom-name' ? group.name : '',
  };
}

/** The rule that failed, worded in the admin's language when shown. */
type Errors = Partial<Record<'cmpId' | 'claimName' | 'groupName', z.core.$ZodIssue>>;

function fromForm(values: FormValues): { expected: ExpectedSetup } | { errors: Errors } {
  const errors: Errors = {};
  const cmpId = values.cmpId === '' ? null : values.cmpId;
  if (cmpId !== null) {
    const parsed = cmpIdSchema.safeParse(cmpId);
    if (!parsed.success) errors.cmpId = parsed.error.issues[0];
  }
  let identityClaim: IdentityClaim = { kind: 'default' };
  if (values.identityKind === 'custom') {
    const parsed = identityClaimNameSchema.safeParse(values.claimName);
    if (!parsed.success) errors.claimName = parsed.error.issues[0];
    identityClaim = { kind: 'custom', name: values.claimName, sourceAttribute: values.claimSource };
  }
  let groupClaim: GroupClaim = { kind: 'none' };
  if (values.group === 'SecurityGroup' || values.group === 'ApplicationGroup') groupClaim = { kind: 'default-name', groups: values.group };
  if (values.group === 'custom') {
    const parsed = groupClaimNameSchema.safeParse(values.groupName);
    if (!parsed.success) errors.groupName = parsed.error.issues[0];
    groupClaim = { kind: 'custom-name', name: values.groupName, groups: 'SecurityGroup' };
  }
  if (Object.keys(errors).length > 0) return { errors };
  return { expected: { region: values.region, cmpId, identityClaim, groupClaim } };
}

interface ExpectedFormProps {
  expected: ExpectedSetup;
  fromLink: readonly (keyof ExpectedSetup)[];
  onCompare: (expected: ExpectedSetup) => void;
}

export function ExpectedForm({ expected, fromLink, onCompare }: ExpectedFormProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [values, setValues] = useState<FormValues>(() => toForm(expected));
  const [errors, setErrors] = useState<Errors>({});
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const linkHint = (key: keyof ExpectedSetup) => (fromLink.includes(key) ? t('check.ui.fromLink') : undefined);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = fromForm(values);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    onCompare(result.expected);
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-labelledby="expected-title">
      <Text as="h2" weight="semibold" size={400} id="expected-title">
        {t('check.ui.expectedTitle')}
      </Text>
      <Text as="p">{t('check.ui.expectedIntro')}</Text>
      <div className={styles.row}>
        <Field label={t('check.ui.regionLabel')} hint={linkHint('region')} className={styles.field}>
          <Select className={styles.select} value={values.region} onChange={(_, data) => set('region', data.value as Region)}>
            <RegionOptions />
          </Select>
        </Field>
        <Field
          label={t('check.ui.cmpIdLabel')}
          hint={linkHint('cmpId') ?? t('check.ui.cmpIdHint')}
          validationMessage={errors.cmpId ? translateIssue(t, errors.cmpId) : undefined}
          validationState={errors.cmpId ? 'error' : 'none'}
          className={styles.field}
        >
          <Input value={values.cmpId} onChange={(_, data) => set('cmpId', data.value)} autoComplete="off" spellCheck={false} />
        </Field>
      </div>
      <Field label={t('check.ui.identityClaimLabel')} hint={linkHint('identityClaim')}>
        <RadioGroup value={values.identityKind} onChange={(_, data) => set('identityKind', data.value as FormValues['identityKind'])} layout="horizontal">
          <Radio value="default" label={t('check.ui.identityDefault')} />
          <Radio value="custom" label={t('check.ui.identityCustom')} />
        </RadioGroup>
      </Field>
      {values.identityKind === 'custom' && (
        <div className={styles.row}>
          <Field
            label={t('check.ui.claimNameLabel')}
            validationMessage={errors.claimName ? translateIssue(t, errors.claimName) : undefined}
            validationState={errors.claimName ? 'error' : 'none'}
            className={styles.field}
          >
            <Input value={values.claimName} onChange={(_, data) => set('claimName', data.value)} autoComplete="off" spellCheck={false} />
          </Field>
          <Field label={t('check.ui.claimSourceLabel')} className={styles.field}>
            <Select className={styles.select} value={values.claimSource} onChange={(_, data) => set('claimSource', data.value as UserSourceAttribute)}>
              <SourceAttributeOptions />
            </Select>
          </Field>
        </div>
      )}
      <div className={styles.row}>
        <Field label={t('check.ui.groupClaimLabel')} hint={linkHint('groupClaim')} className={styles.field}>
          <Select className={styles.select} value={values.group} onChange={(_, data) => set('group', data.value as GroupChoice)}>
            <option value="none">{t('check.ui.groupNone')}</option>
            <option value="SecurityGroup">{t('check.ui.groupSecurity')}</option>
            <option value="ApplicationGroup">{t('check.ui.groupApplication')}</option>
            <option value="custom">{t('check.ui.groupCustom')}</option>
          </Select>
        </Field>
        {values.group === 'custom' && (
          <Field
            label={t('check.ui.groupNameLabel')}
            validationMessage={errors.groupName ? translateIssue(t, errors.groupName) : undefined}
            validationState={errors.groupName ? 'error' : 'none'}
            className={styles.field}
          >
            <Input value={values.groupName} onChange={(_, data) => set('groupName', data.value)} autoComplete="off" spellCheck={false} />
          </Field>
        )}
      </div>
      <div>
        <Button type="submit">{t('check.ui.compare')}</Button>
      </div>
    </form>
  );
}
