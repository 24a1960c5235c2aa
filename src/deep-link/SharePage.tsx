// Support staff build a setup link here without signing in (they have no access to the
// customer's tenant). Every field goes through the rules the wizard applies when the link is
// opened; the link is offered only when all of them pass.
import { Button, Card, Field, Input, Link, Select, Text, Textarea, Title1, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { buildDeepLink, parseDeepLink } from '../setup/deep-link';
import { generateCmpId } from '../setup/answers-schema';
import { REGIONS } from '../setup/regions';
import { USER_SOURCE_ATTRIBUTES } from '../setup/claims';
import { deepLinkUiMessages as m } from './deep-link-messages';
import { shareFormFromPresets, shareLinkValues, type ShareField, type ShareForm } from './share-form';
import { useCopyLink } from './use-copy-link';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalXL, gap: tokens.spacingVerticalL },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
  grow: { flex: '1 1 240px', minWidth: 0 },
  link: { fontFamily: tokens.fontFamilyMonospace },
  output: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export function SharePage({ baseUrl, initialSearch }: { baseUrl: string; initialSearch: string }) {
  const styles = useStyles();
  const [form, setForm] = useState<ShareForm>(() => shareFormFromPresets(parseDeepLink(initialSearch)));
  const { values, errors } = useMemo(() => shareLinkValues(form), [form]);
  const valid = Object.keys(errors).length === 0;
  const link = valid ? buildDeepLink(baseUrl, values) : '';
  const { copy, status } = useCopyLink();

  const set = <K extends keyof ShareForm>(key: K, value: ShareForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const validation = (field: ShareField) =>
    errors[field] !== undefined ? { validationState: 'error' as const, validationMessage: errors[field] } : {};

  return (
    <Card className={styles.card}>
      <Title1 as="h1">{m.sharePageTitle()}</Title1>
      <Text as="p">{m.sharePageIntro()}</Text>
      <div className={styles.form}>
        <Field label={m.regionLabel()} {...validation('region')}>
          <Select value={form.region} onChange={(_, d) => set('region', d.value as ShareForm['region'])}>
            <option value="">{m.notPreset()}</option>
            {REGIONS.map((r) => (
              <option key={r.code} value={r.code}>
                {r.label} ({r.domain})
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.row}>
          <Field className={styles.grow} label={m.cmpIdLabel()} hint={m.cmpIdHint()} {...validation('cmpId')}>
            <Input value={form.cmpId} onChange={(_, d) => set('cmpId', d.value)} autoComplete="off" spellCheck={false} />
          </Field>
          <Button onClick={() => set('cmpId', generateCmpId())}>{m.generate()}</Button>
        </div>
        <Field label={m.appNameLabel()} {...validation('appName')}>
          <Input value={form.appName} onChange={(_, d) => set('appName', d.value)} autoComplete="off" />
        </Field>
        <Field label={m.tenantLabel()} hint={m.tenantHint()} {...validation('tenant')}>
          <Input value={form.tenant} onChange={(_, d) => set('tenant', d.value)} autoComplete="off" spellCheck={false} />
        </Field>
        <Field label={m.identityClaimLabel()}>
          <Select value={form.identityKind} onChange={(_, d) => set('identityKind', d.value as ShareForm['identityKind'])}>
            <option value="">{m.notPreset()}</option>
            <option value="default">{m.identityDefault()}</option>
            <option value="custom">{m.identityCustom()}</option>
          </Select>
        </Field>
        {form.identityKind === 'custom' && (
          <div className={styles.row}>
            <Field className={styles.grow} label={m.identityNameLabel()} required {...validation('identityName')}>
              <Input value={form.identityName} onChange={(_, d) => set('identityName', d.value)} autoComplete="off" spellCheck={false} />
            </Field>
            <Field label={m.identitySourceLabel()}>
              <Select value={form.identitySource} onChange={(_, d) => set('identitySource', d.value as ShareForm['identitySource'])}>
                {USER_SOURCE_ATTRIBUTES.map((attribute) => (
                  <option key={attribute} value={attribute}>
                    user.{attribute}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        )}
        <Field label={m.groupClaimLabel()}>
          <Select value={form.groupKind} onChange={(_, d) => set('groupKind', d.value as ShareForm['groupKind'])}>
            <option value="">{m.notPreset()}</option>
            <option value="none">{m.groupNone()}</option>
            <option value="default">{m.groupDefault()}</option>
            <option value="custom">{m.groupCustom()}</option>
          </Select>
        </Field>
        {form.groupKind === 'custom' && (
          <Field label={m.groupNameLabel()} required {...validation('groupName')}>
            <Input value={form.groupName} onChange={(_, d) => set('groupName', d.value)} autoComplete="off" spellCheck={false} />
          </Field>
        )}
        <Field label={m.notifyLabel()} hint={m.notifyHint()} {...validation('notify')}>
          <Input value={form.notify} onChange={(_, d) => set('notify', d.value)} autoComplete="off" spellCheck={false} />
        </Field>
      </div>
      <section className={styles.output} aria-label={m.builtLinkLabel()}>
        <Field label={m.builtLinkLabel()} hint={valid ? undefined : m.fixErrors()}>
          <Textarea className={styles.link} value={link} readOnly resize="vertical" rows={3} data-testid="share-link" />
        </Field>
        <div className={styles.row}>
          <Button appearance="primary" disabled={!valid} onClick={() => void copy(link)}>
            {m.copyLink()}
          </Button>
          <Text role="status" aria-live="polite" data-testid="share-status">
            {status}
          </Text>
        </div>
      </section>
      <Link href={baseUrl}>{m.backToWizard()}</Link>
    </Card>
  );
}
