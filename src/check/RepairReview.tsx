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
import { SCOPE_REASONS } from '../auth/scopes';
import type { GraphApi } from '../graph/client';
import { GRAPH_ROOT } from '../graph/client';
import { readAppForCheck } from '../graph/check-setup';
import { initialContext } from '../graph/plan-for-tenant';
import { GraphOperationError } from '../graph/retry';
import { explainFailure } from '../graph/explain-failure';
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
import { checkMessages as m } from './check-messages';

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

type Read = { state: 'loading' } | { state: 'done'; observed: ObservedApp; at: Date } | { state: 'error'; message: string };

function isValidAddress(addresses: string[]): boolean {
  return notificationEmailsSchema.safeParse(addresses).success;
}

export function RepairReview({ session, graph, journal }: { session: AdminSession; graph: GraphApi; journal: CheckJournal }) {
  const styles = useStyles();
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
        else setRead({ state: 'error', message: result.reason === 'no-application' ? m.notFound() : m.notEnterpriseApp() });
      },
      (error: unknown) => {
        if (!current) return;
        const message =
          error instanceof GraphOperationError ? Object.values(explainFailure(error.failure, error.exhausted)).join(' ') : String(error);
        setRead({ state: 'error', message });
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
    const findings = checkSetup(observed, expected, at);
    const needs = repairNeeds(findings, expected);
    const emailsProblem = needs.notificationEmails ? notificationEmailsSchema.safeParse(emails).error?.issues[0]?.message : undefined;
    const principalsProblem = needs.principals && !principalsSchema.safeParse(principals).success ? m.principalsMissing() : undefined;
    let plan: Plan | null = null;
    if (!needs.cmpId && !emailsProblem && !principalsProblem) {
      plan = repairPlan(observed, expected, findings, { principals, notificationEmails: emails }, certificateEndDate(at, 3), at);
    }
    return { observed, findings, needs, emailsProblem, principalsProblem, plan };
    // emails is derived from emailsText on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [read, journal.expected, principals, emailsText]);

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
      title={m.reviewTitle()}
      intro={m.reviewIntro()}
      footer={
        <div className={styles.footer}>
          <Button onClick={() => checkStore.goTo('report')}>{m.back()}</Button>
          <Button appearance="primary" disabled={!plan || plan.operations.length === 0 || !tenantAllowed} onClick={apply}>
            {m.apply()}
          </Button>
        </div>
      }
    >
      <TenantRefusal check={tenantCheck} />
      <div aria-live="polite">
        {read.state === 'loading' && <Spinner label={m.rereading()} />}
        {read.state === 'error' && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{m.readFailed()}</MessageBarTitle>
              {read.message}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => setAttempt((n) => n + 1)}>{m.tryAgain()}</Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </div>
      {planned?.needs.cmpId && (
        <MessageBar intent="error">
          <MessageBarBody>{m.cmpIdNeeded()}</MessageBarBody>
        </MessageBar>
      )}
      {planned?.needs.principals && (
        <section aria-label={m.principalsNeeded()}>
          <Text as="p">{m.principalsNeeded()}</Text>
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
          label={m.emailsLabel()}
          hint={`${m.emailsNeeded()} ${m.emailsHint()}`}
          validationMessage={planned.emailsProblem}
          validationState={planned.emailsProblem ? 'error' : 'none'}
        >
          <Input value={emailsText} onChange={(_, data) => setEmailsText(data.value)} autoComplete="off" spellCheck={false} />
        </Field>
      )}
      {plan && plan.operations.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{m.nothingToRepair()}</MessageBarBody>
        </MessageBar>
      )}
      {plan && plan.operations.length > 0 && (
        <>
          {plan.operations.some((op) => op.kind === 'addSigningCertificate') && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{m.certificateRollover()}</MessageBarBody>
            </MessageBar>
          )}
          <ol className={styles.list} aria-label={m.operationsLabel()}>
            {plan.operations.map((op) => (
              <li key={op.id} className={styles.operation} data-testid={`planned-${op.id}`}>
                <Text weight="semibold">{op.title}</Text>
                <p className={styles.request}>
                  <Badge appearance="outline">{op.method}</Badge> {GRAPH_ROOT}/{op.version}
                  {op.path}
                </p>
                {op.dependsOn.length > 0 && (
                  <Text size={200}>{m.after({ titles: op.dependsOn.map((id) => plan.operations.find((o) => o.id === id)?.title ?? id).join('; ') })}</Text>
                )}
                {op.body && <pre className={styles.body}>{JSON.stringify(op.body, null, 2)}</pre>}
              </li>
            ))}
          </ol>
          <ul className={styles.plain} aria-label={m.permissionsLabel()}>
            {scopes.map((scope) => (
              <li key={scope}>
                <strong>{scope}</strong>: {SCOPE_REASONS[scope] ?? ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {manual.length > 0 && (
        <section aria-labelledby="manual-items">
          <Text as="h2" weight="semibold" size={400} id="manual-items">
            {m.manualItems()}
          </Text>
          <ul className={styles.plain}>
            {manual.map((finding) => (
              <li key={finding.id}>
                <strong>{finding.title}</strong>: {finding.fix?.by === 'admin' ? finding.fix.steps : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
    </StepFrame>
  );
}
