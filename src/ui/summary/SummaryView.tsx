// The summary both flows end on: the wizard's last step and a finished repair in "Check an existing
// setup" (docs/decisions/015-summary-on-every-path.md, 024-one-summary-one-review.md). It is built from
// what the caller knows (the answers, or the values a repair made true) and the service principal's
// reads; each caller puts it in its own frame.
import { Button, Link, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CERTIFICATE_TYPE, downloadText } from '../download-text';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { GraphApi } from '../../graph/client';
import type { Answers } from '../../setup/types';
import {
  entraAppLinks,
  sortPrincipals,
  summaryAsText,
  summaryHeadline,
  summarySources,
  summaryValues,
  testSignInUrl,
  type AssignedPrincipal,
  type IssuedSigningCertificate,
  type SummaryValue,
} from '../../setup/summary';
import { certificateFileName, pemFromBase64Der } from '../../setup/certificate';
import { formatExpiry } from './format-expiry';
import { useSummaryReads, type Read } from './use-summary-reads';
import { useCopy } from '../use-copy';

const useStyles = makeStyles({
  headline: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
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
  plain: { fontFamily: tokens.fontFamilyBase },
  note: { fontFamily: tokens.fontFamilyBase },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  // Screen readers hear what was copied; sighted admins see it on the button itself, so nothing moves.
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** A value as the page shows and copies it: the certificate's expiry with its time zone, in the admin's language. */
function shownValue(value: SummaryValue, language: string): string {
  return value.id === 'certificateExpiry' ? formatExpiry(value.value, language) : value.value;
}

function label(t: TFunction, value: SummaryValue): string {
  return t(`summary.labels.${value.id}`);
}

/** "Copy" that says "Copied" on itself for a moment: the feedback sits where the admin looks. */
function CopyButton({ label: accessibleLabel, copied, onCopy }: { label: string; copied: boolean; onCopy: () => void }) {
  const { t } = useTranslation();
  return (
    <Button size="small" aria-label={accessibleLabel} onClick={onCopy} style={{ minWidth: '6em' }}>
      {copied ? t('summary.copiedShort') : t('summary.copy')}
    </Button>
  );
}

export interface SummaryViewProps {
  graph: GraphApi;
  tenantId: string;
  /** The setup as the tenant holds it now (answersAsApplied, repairedAnswers). */
  answers: Answers;
  appId: string;
  servicePrincipalId: string;
  /** The certificate this run issued, if it did; otherwise the active one is read. */
  issued: IssuedSigningCertificate | undefined;
  /** This run created the app: its assignments are exactly the answers' (summarySources). */
  createdByThisRun: boolean;
}

export function SummaryView(props: SummaryViewProps) {
  const { graph, tenantId, answers, appId, servicePrincipalId, issued, createdByThisRun } = props;
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const { copy: copyText, recent: copied } = useCopy();

  const sources = summarySources({
    certificateInJournal: issued !== undefined,
    createdByThisRun,
    principalsInJournal: answers.principals.length > 0,
  });
  const reads = useSummaryReads({
    graph,
    servicePrincipalId,
    certificate: sources.certificate === 'journal' ? issued : undefined,
    principals: sources.principals === 'journal' ? sortPrincipals(answers.principals) : undefined,
  });
  const certificate = reads.certificate.read.state === 'done' ? reads.certificate.read.value : null;
  const values = summaryValues({ tenantId, appId, answers, ...(certificate ? { certificate } : {}) });
  const links = entraAppLinks({ tenantId, appId, servicePrincipalId });
  const headline = summaryHeadline(answers);
  const groupRename = answers.groupClaim.kind === 'custom-name' ? answers.groupClaim.name : null;
  const signInUrl = testSignInUrl({ tenantId, appId });
  const principals = reads.principals.read.state === 'done' ? reads.principals.read.value : null;

  const copy = async (key: string, what: string, text: string) =>
    setAnnouncement(t((await copyText(key, text)) ? 'summary.copied' : 'summary.copyFailed', { label: what }));
  const allAsText = () =>
    [
      summaryAsText(values, (value) =>
        t(value.needsPortalStep ? 'summary.textLineNeedsPortalStep' : 'summary.textLine', { label: label(t, value), value: shownValue(value, i18n.language) }),
      ),
      ...(principals ?? []).map((principal) =>
        t('summary.textLinePrincipal', { name: principal.displayName, kind: t(`summary.kind.${principal.kind}`), id: principal.id }),
      ),
      t('summary.textLine', { label: t('summary.testSignInLabel'), value: signInUrl }),
    ].join('\n');

  return (
    <>
      <Text as="p" className={styles.headline} data-testid="summary-headline">
        {headline.kind === 'configured' ? t('summary.headlineConfigured') : t('summary.headlineAlmostDone')}
      </Text>
      <span role="status" aria-live="polite" className={styles.visuallyHidden} data-testid="summary-announcement">
        {announcement}
      </span>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void copy('all', t('summary.allValues'), allAsText())}>
          {copied === 'all' ? t('summary.copiedShort') : t('summary.copyAll')}
        </Button>
        {certificate ? (
          <Button onClick={() => downloadText(certificateFileName(answers.appName), pemFromBase64Der(certificate.key), CERTIFICATE_TYPE)}>
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
                <time dateTime={value.value} className={styles.plain} translate="no">
                  {shownValue(value, i18n.language)}
                </time>
              ) : (
                <span translate="no">{value.value}</span>
              )}
              {value.needsPortalStep ? <span className={styles.note}>{t('summary.needsPortalStep')}</span> : null}
            </dd>
            <dd style={{ margin: 0 }}>
              <CopyButton
                label={t('summary.copyLabel', { label: label(t, value) })}
                copied={copied === value.id}
                onCopy={() => void copy(value.id, label(t, value), shownValue(value, i18n.language))}
              />
            </dd>
          </div>
        ))}
      </dl>
      <CertificateReadState read={reads.certificate.read} ssoLink={links.singleSignOn} />
      {groupRename && (
        <MessageBar intent="warning" layout="multiline" data-testid="summary-portal-step">
          <MessageBarBody>
            <MessageBarTitle>{t('summary.renameTitle', { name: groupRename })}</MessageBarTitle>
            {t('summary.renameWhy')} {t('summary.renameStepsBefore')}{' '}
            <Link href={links.singleSignOn} target="_blank" rel="noopener noreferrer">
              {t('summary.renameStepsLink')}
            </Link>{' '}
            {t('summary.renameStepsAfter', { name: groupRename })}
          </MessageBarBody>
        </MessageBar>
      )}
      <SummarySection id="summary-principals" heading={t('summary.principalsHeading')} intro={t('summary.principalsIntro')}>
        <PrincipalsList
          read={reads.principals.read}
          retry={reads.principals.retry}
          copied={copied}
          onCopy={(principal) => void copy(`principal-${principal.id}`, principal.displayName, principal.id)}
        />
      </SummarySection>
      <SummarySection id="summary-test-sign-in" heading={t('summary.testSignInHeading')} intro={t('summary.testSignInAdvice')}>
        <Link href={signInUrl} target="_blank" rel="noopener noreferrer" data-testid="summary-test-sign-in">
          {t('summary.testSignInLink')}
        </Link>
      </SummarySection>
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
        <Link href={links.overview} target="_blank" rel="noopener noreferrer">
          {t('summary.openInEntra')}
        </Link>
      </Text>
    </>
  );
}

function CertificateReadState({ read, ssoLink }: { read: Read<IssuedSigningCertificate | null>; ssoLink: string }) {
  const { t } = useTranslation();
  if (read.state === 'loading') return <Spinner size="tiny" labelPosition="after" label={t('summary.reading')} />;
  if (read.state === 'done' && read.value) return null;
  return (
    <MessageBar intent={read.state === 'failed' ? 'warning' : 'info'} layout="multiline" data-testid="summary-no-certificate">
      <MessageBarBody>
        {read.state === 'failed' ? t('summary.certificateReadFailed') : t('summary.noActiveCertificate')}{' '}
        <Link href={ssoLink} target="_blank" rel="noopener noreferrer">
          {t('summary.renameStepsLink')}
        </Link>
      </MessageBarBody>
    </MessageBar>
  );
}

function PrincipalsList(props: { read: Read<AssignedPrincipal[]>; retry: () => void; copied: string | null; onCopy: (principal: AssignedPrincipal) => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { read, retry, copied, onCopy } = props;
  if (read.state === 'loading') return <Spinner size="tiny" labelPosition="after" label={t('summary.reading')} />;
  if (read.state === 'failed') {
    return (
      <Text as="p">
        {t('summary.principalsReadFailed')}{' '}
        <Button size="small" onClick={retry}>
          {t('summary.tryAgain')}
        </Button>
      </Text>
    );
  }
  if (read.value.length === 0) return <Text as="p">{t('summary.noPrincipals')}</Text>;
  return (
    <dl className={styles.values} aria-label={t('summary.principalsHeading')} data-testid="summary-principals">
      {read.value.map((principal) => (
        <div key={principal.id} style={{ display: 'contents' }}>
          <dt className={styles.label}>
            <bdi translate="no">{principal.displayName}</bdi> ({t(`summary.kind.${principal.kind}`)})
          </dt>
          <dd className={styles.value} data-testid={`summary-principal-${principal.id}`}>
            <span translate="no">{principal.id}</span>
          </dd>
          <dd style={{ margin: 0 }}>
            <CopyButton
              label={t('summary.copyObjectIdLabel', { name: principal.displayName })}
              copied={copied === `principal-${principal.id}`}
              onCopy={() => onCopy(principal)}
            />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A titled part of the summary: its heading names the section for screen readers. */
function SummarySection({ id, heading, intro, children }: { id: string; heading: string; intro: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Text as="h2" weight="semibold" size={400} id={id}>
        {heading}
      </Text>
      <Text as="p">{intro}</Text>
      {children}
    </section>
  );
}
