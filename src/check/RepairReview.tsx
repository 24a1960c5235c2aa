// The repair's review: the app is read again, checked again, and the flagged items planned through
// the setup's own planner (repairPlan → buildPlan). The exact requests are shown before anything is
// written, as on the setup's Review page.
import {
  Badge,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { AdminSession } from '../auth/session';
import type { GraphApi } from '../graph/client';
import { GRAPH_ROOT } from '../graph/client';
import { readAppForCheck } from '../graph/check-setup';
import { initialContext } from '../graph/plan-for-tenant';
import { StepFrame } from '../app/StepFrame';
import { currentPresets } from '../deep-link/presets-store';
import { tenantAllowsApply, useTenantCheck } from '../deep-link/use-tenant-check';
import { TenantRefusal } from '../deep-link/TenantRefusal';
import { notificationEmailsSchema, principalsSchema } from '../setup/answers-schema';
import { certificateEndDate } from '../setup/certificate';
import { checkSetup, inferExpected, repairNeeds, repairPlan } from '../setup/check';
import type { ObservedApp, Plan } from '../setup/plan';
import { PrincipalPicker } from '../steps/people/PrincipalPicker';
import { checkStore, type CheckJournal } from './check-store';
import { describeReadFailure } from './AppPicker';
import { translatedFindingMessages } from './finding-messages';
import { operationTitle, ScopeReason } from '../app/operation-text';
import { translateIssue } from '../i18n/translate';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  operation: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  request: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere', margin: 0 },
  body: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  plain: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  footer: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    flexWrap: 'wrap',
  },
});

type Read =
  | { state: 'loading' }
  | { state: 'done'; observed: ObservedApp; at: Date }
  | { state: 'missing'; reason: 'no-application' | 'no-service-principal' }
  | { state: 'error'; error: unknown };

function isValidAddress(addresses: string[]): boolean {
  return notificationEmailsSchema.safeParse(addresses).success;
}

export function RepairReview({ session, graph, journal }: { session: AdminSession; graph: GraphApi; journal: CheckJournal }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const applicationId = journal.applicationId!;
  const [read, setRead] = useState<Read>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const defaultEmail = session.account.username;
  const [emailsText, setEmailsText] = useState(() =>
    journal.repairInput.notificationEmails.length > 0
      ? journal.repairInput.notificationEmails.join(', ')
      : isValidAddress([defaultEmail])
        ? defaultEmail
        : '',
  );
  const tenantCheck = useTenantCheck(currentPresets().tenant, session, graph);

  useEffect(() => {
    let current = true;
    setRead({ state: 'loading' });
    const now = new Date();
    readAppForCheck(graph, applicationId, now).then(
      (result) => {
        if (!current) return;
        if (result.found) setRead({ state: 'done', observed: result.observed, at: now });
        else setRead({ state: 'missing', reason: result.reason });
      },
      (error: unknown) => {
        if (current) setRead({ state: 'error', error });
      },
    );
    return () => {
      current = false;
    };
  }, [graph, applicationId, attempt]);

  const emails = emailsText
    .split(',')
    .map((address) => address.trim())
    .filter((address) => address !== '');
  const principals = journal.repairInput.principals;

  const planned = useMemo(() => {
    if (read.state !== 'done') return null;
    const { observed, at } = read;
    const expected = inferExpected(observed, journal.expected);
    const findings = checkSetup(observed, expected, at, translatedFindingMessages(t));
    const needs = repairNeeds(findings, expected);
    const emailsIssue = needs.notificationEmails ? notificationEmailsSchema.safeParse(emails).error?.issues[0] : undefined;
    const emailsProblem = emailsIssue ? translateIssue(t, emailsIssue) : undefined;
    const principalsProblem = needs.principals && !principalsSchema.safeParse(principals).success ? t('check.ui.principalsMissing') : undefined;
    let plan: Plan | null = null;
    if (!needs.cmpId && !emailsProblem && !principalsProblem) {
      plan = repairPlan(observed, expected, findings, { principals, notificationEmails: emails }, certificateEndDate(at, 3), at);
    }
    return { observed, findings, needs, emailsProblem, principalsProblem, plan };
    // emails is derived from emailsText on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [read, journal.expected, principals, emailsText, t]);

  const tenantAllowed = tenantAllowsApply(tenantCheck);
  const plan = planned?.plan ?? null;
  const apply = () => {
    if (!plan || !planned || !tenantAllowed || plan.operations.length === 0) return;
    checkStore.setRepairInput({ principals, notificationEmails: emails });
    const rollsOver = plan.operations.some((op) => op.kind === 'addSigningCertificate');
    const { observed } = planned;
    checkStore.startRepair(
      { applicationId, plan, finished: {}, started: {}, state: 'ready', context: initialContext(plan), tenantId: session.account.tenantId },
      rollsOver
        ? {
            applicationId,
            servicePrincipalId: observed.servicePrincipalId,
            appId: observed.appId,
            appName: observed.displayName,
            previousThumbprint: observed.preferredTokenSigningKeyThumbprint,
            newCertificate: null,
            consoleHasNewCertificate: false,
          }
        : null,
    );
  };

  const scopes = plan ? [...new Set(plan.operations.flatMap((op) => op.scopes))] : [];
  const manual = planned?.findings.filter((finding) => finding.status !== 'pass' && finding.fix?.by === 'admin') ?? [];

  return (
    <StepFrame
      title={t('check.ui.reviewTitle')}
      intro={t('check.ui.reviewIntro')}
      footer={
        <div className={styles.footer}>
          <Button onClick={() => checkStore.goTo('report')}>{t('check.ui.back')}</Button>
          <Button appearance="primary" disabled={!plan || plan.operations.length === 0 || !tenantAllowed} onClick={apply}>
            {t('check.ui.apply')}
          </Button>
        </div>
      }
    >
      <TenantRefusal check={tenantCheck} />
      <div aria-live="polite">
        {read.state === 'loading' && <Spinner label={t('check.ui.rereading')} />}
        {read.state === 'missing' && (
          <MessageBar intent="error">
            <MessageBarBody>{read.reason === 'no-application' ? t('check.ui.notFound') : t('check.ui.notEnterpriseApp')}</MessageBarBody>
          </MessageBar>
        )}
        {read.state === 'error' && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{t('check.ui.readFailed')}</MessageBarTitle>
              {describeReadFailure(t, read.error)}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => setAttempt((n) => n + 1)}>{t('check.ui.tryAgain')}</Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </div>
      {planned?.needs.cmpId && (
        <MessageBar intent="error">
          <MessageBarBody>{t('check.ui.cmpIdNeeded')}</MessageBarBody>
        </MessageBar>
      )}
      {planned?.needs.principals && (
        <section aria-label={t('check.ui.principalsNeeded')}>
          <Text as="p">{t('check.ui.principalsNeeded')}</Text>
          <PrincipalPicker
            graph={graph}
            value={principals}
            onChange={(chosen) => checkStore.setRepairInput({ principals: chosen, notificationEmails: emails })}
            onBlur={() => undefined}
            inputRef={null}
            errorMessage={planned.principalsProblem}
          />
        </section>
      )}
      {planned?.needs.notificationEmails && (
        <Field
          label={t('check.ui.emailsLabel')}
          hint={t('check.ui.emailsHintNeeded', { needed: t('check.ui.emailsNeeded'), hint: t('check.ui.emailsHint') })}
          validationMessage={planned.emailsProblem}
          validationState={planned.emailsProblem ? 'error' : 'none'}
        >
          <Input value={emailsText} onChange={(_, data) => setEmailsText(data.value)} autoComplete="off" spellCheck={false} />
        </Field>
      )}
      {plan && plan.operations.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{t('check.ui.nothingToRepair')}</MessageBarBody>
        </MessageBar>
      )}
      {plan && plan.operations.length > 0 && (
        <>
          {plan.operations.some((op) => op.kind === 'addSigningCertificate') && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{t('check.ui.certificateRollover')}</MessageBarBody>
            </MessageBar>
          )}
          <ol className={styles.list} aria-label={t('check.ui.operationsLabel')}>
            {plan.operations.map((op) => (
              <li key={op.id} className={styles.operation} data-testid={`planned-${op.id}`}>
                <Text weight="semibold">{operationTitle(t, op)}</Text>
                <p className={styles.request} translate="no">
                  <Badge appearance="outline">{op.method}</Badge> {GRAPH_ROOT}/{op.version}
                  {op.path}
                </p>
                {op.dependsOn.length > 0 && (
                  <Text size={200}>
                    {t('check.ui.after', {
                      titles: op.dependsOn
                        .map((id) => {
                          const dependency = plan.operations.find((o) => o.id === id);
                          return dependency ? operationTitle(t, dependency) : id;
                        })
                        .join(t('review.listSeparator')),
                    })}
                  </Text>
                )}
                {op.body && (
                  <pre className={styles.body} translate="no">
                    {JSON.stringify(op.body, null, 2)}
                  </pre>
                )}
              </li>
            ))}
          </ol>
          <ul className={styles.plain} aria-label={t('check.ui.permissionsLabel')}>
            {scopes.map((scope) => (
              <li key={scope}>
                <ScopeReason scope={scope} />
              </li>
            ))}
          </ul>
        </>
      )}
      {manual.length > 0 && (
        <section aria-labelledby="manual-items">
          <Text as="h2" weight="semibold" size={400} id="manual-items">
            {t('check.ui.manualItems')}
          </Text>
          <ul className={styles.plain}>
            {manual.map((finding) => (
              <li key={finding.id}>
                <strong>{finding.title}</strong>
                {t('review.scopeSeparator')}
                {finding.fix?.by === 'admin' ? finding.fix.steps : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
    </StepFrame>
  );
}
