// Support staff build a setup link here without signing in (they have no access to the
// customer's tenant). Every field goes through the rules the wizard applies when the link is
// opened; the link is offered only when all of them pass.
import { Button, Field, Input, Link, Select, Text, Textarea, Title1, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { buildDeepLink, parseDeepLink } from '../setup/deep-link';
import { generateCmpId } from '../setup/answers-schema';
import { RegionOptions, SourceAttributeOptions } from '../ui/select-options';
import { useTranslation } from 'react-i18next';
import { translate } from '../i18n/translate';
import { shareFormFromPresets, shareLinkValues, type ShareField, type ShareForm } from './share-form';
import { useCopyLink } from './use-copy-link';
import { CopyStatus } from '../ui/CopyStatus';

const useStyles = makeStyles({
  // A select is as wide as its longest option; on a phone it must shrink to the screen instead.
  select: { minWidth: 0, maxWidth: '100%' },
  // Fluent's non-interactive Card (filled, medium, vertical) as styles only: the component would add
  // react-card and tabster's Groupper to this page for focus handling a card without actions never uses.
  card: {
    display: 'flex',
    flexDirection: 'column',
    position: 'relative',
    boxSizing: 'border-box',
    overflow: 'hidden',
    padding: tokens.spacingHorizontalXL,
    gap: tokens.spacingVerticalL,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    // The card's outline, transparent except in forced colours (as Card draws it).
    '::after': {
      content: '""',
      position: 'absolute',
      top: 0,
      left: 0,
      right: 0,
      bottom: 0,
      pointerEvents: 'none',
      border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
      borderRadius: tokens.borderRadiusMedium,
    },
  },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
  grow: { flex: '1 1 240px', minWidth: 0 },
  // The status beside its button, on the same line at any width: it keeps the room of its longest message.
  copyRow: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  copyButton: { flexShrink: 0 },
  link: { fontFamily: tokens.fontFamilyMonospace },
  output: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export function SharePage({ baseUrl, initialSearch }: { baseUrl: string; initialSearch: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [form, setForm] = useState<ShareForm>(() => shareFormFromPresets(parseDeepLink(initialSearch)));
  const { values, errors } = useMemo(() => shareLinkValues(form), [form]);
  const valid = Object.keys(errors).length === 0;
  const link = valid ? buildDeepLink(baseUrl, values) : '';
  const { copy, status, messages } = useCopyLink();

  const set = <K extends keyof ShareForm>(key: K, value: ShareForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const validation = (field: ShareField) =>
    errors[field] !== undefined ? { validationState: 'error' as const, validationMessage: translate(t, errors[field]) } : {};

  return (
    <div className={styles.card}>
      <Title1 as="h1">{t('deepLink.sharePageTitle')}</Title1>
      <Text as="p">{t('deepLink.sharePageIntro')}</Text>
      <div className={styles.form}>
        <Field label={t('deepLink.regionLabel')} {...validation('region')}>
          <Select className={styles.select} value={form.region} onChange={(_, d) => set('region', d.value as ShareForm['region'])}>
            <option value="">{t('deepLink.notPreset')}</option>
            <RegionOptions />
          </Select>
        </Field>
        <div className={styles.row}>
          <Field className={styles.grow} label={t('deepLink.cmpIdLabel')} hint={t('deepLink.cmpIdHint')} {...validation('cmpId')}>
            <Input value={form.cmpId} onChange={(_, d) => set('cmpId', d.value)} autoComplete="off" spellCheck={false} />
          </Field>
          <Button onClick={() => set('cmpId', generateCmpId())}>{t('deepLink.generate')}</Button>
        </div>
        <Field label={t('deepLink.appNameLabel')} {...validation('appName')}>
          <Input value={form.appName} onChange={(_, d) => set('appName', d.value)} autoComplete="off" />
        </Field>
        <Field label={t('deepLink.tenantLabel')} hint={t('deepLink.tenantHint')} {...validation('tenant')}>
          <Input value={form.tenant} onChange={(_, d) => set('tenant', d.value)} autoComplete="off" spellCheck={false} />
        </Field>
        <Field label={t('deepLink.identityClaimLabel')}>
          <Select className={styles.select} value={form.identityKind} onChange={(_, d) => set('identityKind', d.value as ShareForm['identityKind'])}>
            <option value="">{t('deepLink.notPreset')}</option>
            <option value="default">{t('deepLink.identityDefault')}</option>
            <option value="custom">{t('deepLink.identityCustom')}</option>
          </Select>
        </Field>
        {form.identityKind === 'custom' && (
          <div className={styles.row}>
            <Field className={styles.grow} label={t('deepLink.identityNameLabel')} required {...validation('identityName')}>
              <Input value={form.identityName} onChange={(_, d) => set('identityName', d.value)} autoComplete="off" spellCheck={false} />
            </Field>
            <Field label={t('deepLink.identitySourceLabel')}>
              <Select className={styles.select} value={form.identitySource} onChange={(_, d) => set('identitySource', d.value as ShareForm['identitySource'])}>
                <SourceAttributeOptions />
              </Select>
            </Field>
          </div>
        )}
        <Field label={t('deepLink.groupClaimLabel')}>
          <Select className={styles.select} value={form.groupKind} onChange={(_, d) => set('groupKind', d.value as ShareForm['groupKind'])}>
            <option value="">{t('deepLink.notPreset')}</option>
            <option value="none">{t('deepLink.groupNone')}</option>
            <option value="default">{t('deepLink.groupDefault')}</option>
            <option value="custom">{t('deepLink.groupCustom')}</option>
          </Select>
        </Field>
        {form.groupKind === 'custom' && (
          <Field label={t('deepLink.groupNameLabel')} required {...validation('groupName')}>
            <Input value={form.groupName} onChange={(_, d) => set('groupName', d.value)} autoComplete="off" spellCheck={false} />
          </Field>
        )}
        <Field label={t('deepLink.notifyLabel')} hint={t('deepLink.notifyHint')} {...validation('notify')}>
          <Input value={form.notify} onChange={(_, d) => set('notify', d.value)} autoComplete="off" spellCheck={false} />
        </Field>
      </div>
      <section className={styles.output} aria-label={t('deepLink.builtLinkLabel')}>
        <Field label={t('deepLink.builtLinkLabel')} hint={valid ? undefined : t('deepLink.fixErrors')}>
          <Textarea className={styles.link} value={link} readOnly resize="vertical" rows={3} data-testid="share-link" />
        </Field>
        <div className={styles.copyRow}>
          <Button className={styles.copyButton} appearance="primary" disabled={!valid} onClick={() => void copy(link)}>
            {t('deepLink.copyLink')}
          </Button>
          <CopyStatus status={status} messages={messages} testId="share-status" />
        </div>
      </section>
      <Link href={baseUrl}>{t('deepLink.backToWizard')}</Link>
    </div>
  );
}
