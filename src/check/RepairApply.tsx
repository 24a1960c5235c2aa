// Runs the reviewed repair plan with the setup's executor, under the same cross-tab lock, and
// journals every operation as it starts and finishes, so a reload resumes without writing twice.
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { AdminSession } from '../auth/session';
import type { GraphApi } from '../graph/client';
import { executePlan, mergeContext, type OperationStatus } from '../graph/executor';
import { withApplyLock } from '../app/apply-lock';
import { StepFrame } from '../app/StepFrame';
import { checkStore, type CheckJournal, type RepairRecord } from './check-store';
import { checkMessages as m } from './check-messages';
import { RolloverPanel } from './RolloverPanel';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  line: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  done: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  detail: { overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

/** One repair at a time per tab, even under React's double-mounted effects. */
let repairing: Promise<void> | null = null;

async function runRepair(repair: RepairRecord, graph: GraphApi, onStatus: (id: string, status: OperationStatus) => void) {
  await withApplyLock(repair.tenantId, async () => {
    checkStore.setRepair({ ...repair, state: 'running' });
    const outcome = await executePlan(repair.plan, {
      graph,
      initialContext: Object.values(repair.finished).reduce(mergeContext, repair.context),
      journal: {
        finished: repair.finished,
        started: repair.started,
        recordStart: (id, at) => checkStore.recordStart(id, at),
        record: (id, output) => checkStore.recordOperation(id, output),
      },
      onStatus,
    });
    const latest = checkStore.get().repair ?? repair;
    checkStore.setRepair({ ...latest, context: outcome.context, state: outcome.ok ? 'done' : 'failed' });
    if (outcome.ok && outcome.context.certificate) checkStore.rolloverCertificateIssued(outcome.context.certificate);
  });
}

export function RepairApply({ session, graph, journal }: { session: AdminSession; graph: GraphApi; journal: CheckJournal }) {
  const styles = useStyles();
  const repair = journal.repair;
  const [statuses, setStatuses] = useState<Record<string, OperationStatus>>({});
  const tenantMismatch = repair !== null && repair.tenantId !== session.account.tenantId;

  const start = () => {
    const latest = checkStore.get().repair;
    if (!latest || repairing || tenantMismatch) return;
    setStatuses({});
    repairing = runRepair(latest, graph, (id, status) => setStatuses((s) => ({ ...s, [id]: status }))).finally(() => {
      repairing = null;
    });
  };

  useEffect(() => {
    // Runs on arrival from the review, and resumes a repair that a reload interrupted.
    if (repair && (repair.state === 'ready' || repair.state === 'running')) start();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (!repair) return null;
  const operations = repair.plan.operations;
  const statusOf = (id: string): OperationStatus => statuses[id] ?? (repair.finished[id] ? { state: 'done' } : { state: 'pending' });
  const doneCount = operations.filter((op) => statusOf(op.id).state === 'done').length;

  return (
    <StepFrame
      title={repair.state === 'done' ? m.repaired() : m.applyTitle()}
      intro={repair.state === 'done' ? m.repairedIntro() : m.applyIntro()}
      footer={
        <div className={styles.actions}>
          {repair.state === 'failed' && (
            <>
              <Button onClick={() => checkStore.checkAgain()}>{m.back()}</Button>
              <Button appearance="primary" onClick={start}>
                {m.tryAgain()}
              </Button>
            </>
          )}
          {repair.state === 'done' && (
            <Button appearance="primary" onClick={() => checkStore.checkAgain()}>
              {m.checkAgain()}
            </Button>
          )}
        </div>
      }
    >
      {tenantMismatch && (
        <MessageBar intent="error">
          <MessageBarBody>{m.tenantMismatch({ planned: repair.tenantId, signedIn: session.account.tenantId })}</MessageBarBody>
        </MessageBar>
      )}
      <Text role="status" aria-live="polite">
        {m.progress({ done: doneCount, total: operations.length })}
      </Text>
      <ol className={styles.list} aria-label={m.operationsLabel()}>
        {operations.map((op) => {
          const status = statusOf(op.id);
          return (
            <li key={op.id} className={styles.row} data-testid={`repair-${op.id}`} data-state={status.state}>
              <span className={styles.line}>
                {status.state === 'running' || status.state === 'retrying' ? <Spinner size="extra-tiny" /> : null}
                <Text weight="semibold" className={status.state === 'done' ? styles.done : status.state === 'failed' ? styles.failed : undefined}>
                  {m.stateLabel[status.state]()}
                </Text>
                <Text>{op.title}</Text>
              </span>
              {status.state === 'retrying' && (
                <Text size={200} className={styles.detail}>
                  {status.waitMs > 0 ? m.nextAttempt({ seconds: Math.max(1, Math.round(status.waitMs / 1000)) }) : ''}
                  {status.reason}
                </Text>
              )}
              {status.state === 'failed' && (
                <MessageBar intent="error">
                  <MessageBarBody>
                    <MessageBarTitle>{status.message}</MessageBarTitle>
                    {status.advice}
                  </MessageBarBody>
                </MessageBar>
              )}
            </li>
          );
        })}
      </ol>
      {repair.state === 'failed' && (
        <MessageBar intent="warning">
          <MessageBarBody>{m.applyStopped()}</MessageBarBody>
        </MessageBar>
      )}
      {repair.state === 'done' && journal.rollover && journal.rollover.applicationId === repair.applicationId && (
        <RolloverPanel rollover={journal.rollover} tenantId={session.account.tenantId} />
      )}
    </StepFrame>
  );
}
