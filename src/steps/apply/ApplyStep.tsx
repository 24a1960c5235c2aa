import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { StepFrame } from '../../app/StepFrame';
import { wizardStore, type ApplyRecord } from '../../app/wizard-store';
import type { StepProps } from '../../app/Wizard';
import { executePlan, mergeContext, type OperationStatus } from '../../graph/executor';
import type { GraphApi } from '../../graph/client';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  line: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  done: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  detail: { overflowWrap: 'anywhere' },
});

const STATE_LABEL: Record<OperationStatus['state'], string> = {
  pending: 'Pending',
  running: 'Running',
  retrying: 'Retrying',
  done: 'Done',
  failed: 'Failed',
};

/** One apply at a time per tab, even under React's double-mounted effects. */
let applying: Promise<void> | null = null;

async function runApply(apply: ApplyRecord, graph: GraphApi, onStatus: (id: string, status: OperationStatus) => void) {
  wizardStore.setApply({ ...apply, state: 'running' });
  const outcome = await executePlan(apply.plan, {
    graph,
    initialContext: apply.context,
    journal: { finished: apply.finished, record: (id, output) => wizardStore.recordOperation(id, output) },
    onStatus,
  });
  const latest = wizardStore.get().apply ?? apply;
  const context = Object.values(latest.finished).reduce(mergeContext, apply.context);
  wizardStore.setApply({ ...latest, context: { ...context, ...outcome.context }, state: outcome.ok ? 'done' : 'failed' });
  if (outcome.ok) wizardStore.goTo('summary');
}

export function ApplyStep({ journal, graph, session, goTo }: StepProps) {
  const styles = useStyles();
  const apply = journal.apply;
  const [statuses, setStatuses] = useState<Record<string, OperationStatus>>({});
  const startedHere = useRef(false);
  const tenantMismatch = apply !== null && apply.tenantId !== session.account.tenantId;

  const start = () => {
    if (!apply || applying || tenantMismatch) return;
    startedHere.current = true;
    applying = runApply(apply, graph, (id, status) => setStatuses((s) => ({ ...s, [id]: status }))).finally(() => {
      applying = null;
    });
  };

  useEffect(() => {
    // Runs on arrival from Review, and resumes an apply that a reload or sign-in interrupted.
    if (apply && (apply.state === 'ready' || apply.state === 'running')) start();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (!apply) return null;
  const operations = apply.plan.operations;
  const doneCount = operations.filter((op) => (statuses[op.id]?.state ?? (apply.finished[op.id] ? 'done' : 'pending')) === 'done').length;

  return (
    <StepFrame
      title="Apply"
      intro="Each Microsoft Graph operation and its progress. Operations that do not depend on each other run at the same time."
      footer={
        apply.state === 'failed' ? (
          <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
            <Button onClick={() => goTo('review')}>Back to review</Button>
            <Button appearance="primary" onClick={start}>
              Try again
            </Button>
          </div>
        ) : (
          <span />
        )
      }
    >
      {tenantMismatch && (
        <MessageBar intent="error">
          <MessageBarBody>
            This plan was made for tenant {apply.tenantId}, but you are signed in to {session.account.tenantId}. Nothing will be applied.
          </MessageBarBody>
        </MessageBar>
      )}
      <Text role="status" aria-live="polite">
        {doneCount} of {operations.length} operations done
      </Text>
      <ol className={styles.list} aria-label="Operations">
        {operations.map((op) => {
          const status: OperationStatus = statuses[op.id] ?? (apply.finished[op.id] ? { state: 'done' } : { state: 'pending' });
          return (
            <li key={op.id} className={styles.row} data-testid={`operation-${op.id}`} data-state={status.state}>
              <span className={styles.line}>
                {status.state === 'running' || status.state === 'retrying' ? <Spinner size="extra-tiny" /> : null}
                <Text weight="semibold" className={status.state === 'done' ? styles.done : status.state === 'failed' ? styles.failed : undefined}>
                  {STATE_LABEL[status.state]}
                </Text>
                <Text>{op.title}</Text>
              </span>
              {status.state === 'retrying' && (
                <Text size={200} className={styles.detail}>
                  Attempt {status.attempt + 1} in {Math.round(status.waitMs / 1000)} s: {status.reason}
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
      {apply.state === 'failed' && (
        <MessageBar intent="warning">
          <MessageBarBody>
            Apply stopped. Everything that finished is recorded: Try again continues from here without creating anything twice.
          </MessageBarBody>
        </MessageBar>
      )}
    </StepFrame>
  );
}
