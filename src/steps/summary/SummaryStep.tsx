import { Button, Link, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CERTIFICATE_TYPE, downloadText } from '../../app/download-text';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { StepFrame } from '../../app/StepFrame';
import { StartOverButton } from '../../app/StartOverButton';
import type { StepProps } from '../../app/Wizard';
import { answersSchema } from '../../setup/answers-schema';
import { entraAppLinks, summaryAsText, summaryValues, type SummaryValue } from '../../setup/summary';
import { formatDateTime } from '../../i18n/format';
import { certificateFileName, pemFromBase64Der } from '../../setup/certificate';

const useStyles = makeStyles({
  values: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr) max-content',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    alignItems: 'center',
    margin: 0,
    '@media (max-width: 640px)': { gridTemplateColumns: 'minmax(0, 1fr) max-content' },
  },
  label: { fontWeight: tokens.fontWeightSemibold, '@media (max-width: 640px)': { gridColumn: '1 / -1' } },
  value: { margin: 0, minWidth: 0, fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  note: { fontFamily: tokens.fontFamilyBase },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** A value as the page shows and copies it: the certificate's expiry as a date in the admin's language. */
function shownValue(value: SummaryValue, language: string): string {
  return value.id === 'certificateExpiry' ? formatDateTime(value.value, language) : value.value;
}

function label(t: TFunction, value: SummaryValue): string {
  return t(`summary.labels.${value.id}`);
}

export function SummaryStep({ journal, session }: StepProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const parsed = answersSchema.safeParse(journal.answers);
  const context = journal.apply?.context;
  if (!parsed.success || !context?.appId || !context.servicePrincipalId) return null;
  const answers = parsed.data;
  const tenantId = session.account.tenantId;
  const values = summaryValues({ tenantId, appId: context.appId, answers, ...(context.certificate ? { certificate: context.certificate } : {}) });
  const links = entraAppLinks({ tenantId, appId: context.appId, servicePrincipalId: context.servicePrincipalId });
  const groupRename = answers.groupClaim.kind === 'custom-name' ? answers.groupClaim.name : null;

  const copy = async (what: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setAnnouncement(t('summary.copied', { label: what }));
    } catch {
      setAnnouncement(t('summary.copyFailed', { label: what }));
    }
  };
  const allAsText = () =>
    summaryAsText(values, (value) =>
      t(value.needsPortalStep ? 'summary.textLineNeedsPortalStep' : 'summary.textLine', { label: label(t, value), value: shownValue(value, i18n.language) }),
    );

  return (
    <StepFrame
      title={t('summary.title')}
      intro={t('summary.intro')}
      footer={
        <div className={styles.actions}>
          <StartOverButton journal={journal} />
        </div>
      }
    >
      <Text role="status" aria-live="polite">
        {announcement}
      </Text>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void copy(t('summary.allValues'), allAsText())}>
          {t('summary.copyAll')}
        </Button>
        {context.certificate ? (
          <Button onClick={() => downloadText(certificateFileName(answers.appName), pemFromBase64Der(context.certificate!.key), CERTIFICATE_TYPE)}>
            {t('summary.downloadCertificate')}
          </Button>
        ) : null}
      </div>
      <dl className={styles.values} aria-label={t('summary.valuesLabel')}>
        {values.map((value) => (
          <div key={value.id} style={{ display: 'contents' }}>
            <dt className={styles.label}>{label(t, value)}</dt>
            <dd className={styles.value} data-testid={`summary-${value.id}`}>
              {value.id === 'certificateExpiry' ? (
                <time dateTime={value.value} translate="no">
                  {shownValue(value, i18n.language)}
                </time>
              ) : (
                <span translate="no">{value.value}</span>
              )}
              {value.needsPortalStep ? <span className={styles.note}>{t('summary.needsPortalStep')}</span> : null}
            </dd>
            <dd style={{ margin: 0 }}>
              <Button
                size="small"
                aria-label={t('summary.copyLabel', { label: label(t, value) })}
                onClick={() => void copy(label(t, value), shownValue(value, i18n.language))}
              >
                {t('summary.copy')}
              </Button>
            </dd>
          </div>
        ))}
      </dl>
      {!context.certificate && (
        <MessageBar intent="info">
          <MessageBarBody>{t('summary.noCertificate')}</MessageBarBody>
        </MessageBar>
      )}
      {groupRename && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('summary.renameTitle', { name: groupRename })}</MessageBarTitle>
            {t('summary.renameWhy')} {t('summary.renameStepsBefore')}{' '}
            <Link href={links.singleSignOn} target="_blank" rel="noreferrer">
              {t('summary.renameStepsLink')}
            </Link>{' '}
            {t('summary.renameStepsAfter', { name: groupRename })}
          </MessageBarBody>
        </MessageBar>
      )}
      <section aria-label={t('summary.nextStepsLabel')}>
        <Text as="h2" weight="semibold" size={400}>
          {t('summary.nextStepsHeading')}
        </Text>
        <ol className={styles.steps}>
          <li>{t('summary.nextSteps.signIn')}</li>
          <li>{t('summary.nextSteps.profile')}</li>
          <li>{answers.groupClaim.kind !== 'none' ? t('summary.nextSteps.valuesWithGroup') : t('summary.nextSteps.values')}</li>
          <li>{t('summary.nextSteps.upload')}</li>
          <li>{t('summary.nextSteps.test')}</li>
        </ol>
      </section>
      <Text>
        <Link href={links.overview} target="_blank" rel="noreferrer">
          {t('summary.openInEntra')}
        </Link>
      </Text>
    </StepFrame>
  );
}
