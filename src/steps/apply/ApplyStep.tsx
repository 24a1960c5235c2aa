import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { StepFrame } from '../../app/StepFrame';
import { wizardStore, type ApplyRecord } from '../../app/wizard-store';
import type { StepProps } from '../../app/Wizard';
import { executePlan, mergeContext, type OperationStatus } from '../../graph/executor';
import type { GraphApi } from '../../graph/client';
import { deleteCreatedApp, undoList } from '../../graph/undo';
import { forgetCreatedAppNote, readCreatedAppNote, TAB_ID, withApplyLock, writeCreatedAppNote } from '../../app/apply-lock';
import { eucIdentifier } from '../../setup/regions';
import type { Region } from '../../setup/types';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  line: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  done: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  detail: { overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
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

async function runApply(apply: ApplyRecord, identifier: string, graph: GraphApi, onStatus: (id: string, status: OperationStatus) => void) {
  await withApplyLock(apply.tenantId, async () => {
    // Waited behind another tab? If it created the app this plan was about to create, re-plan.
    const mustCreate = apply.plan.operations.some((op) => op.kind === 'instantiate') && !apply.finished.instantiate;
    const note = readCreatedAppNote(apply.tenantId, identifier);
    if (mustCreate && note && note.tabId !== TAB_ID) {
      wizardStore.setApply({ ...apply, state: 'stale' });
      return;
    }
    wizardStore.setApply({ ...apply, state: 'running' });
    const outcome = await executePlan(apply.plan, {
      graph,
      initialContext: Object.values(apply.finished).reduce(mergeContext, apply.context),
      journal: {
        finished: apply.finished,
        started: apply.started ?? {},
        recordStart: (id, at) => wizardStore.recordStart(id, at),
        record: (id, output) => {
          wizardStore.recordOperation(id, output);
          if (id === 'instantiate' && output.applicationId) writeCreatedAppNote(apply.tenantId, identifier, output.applicationId);
        },
      },
      onStatus,
    });
    const latest = wizardStore.get().apply ?? apply;
    wizardStore.setApply({ ...latest, context: outcome.context, state: outcome.ok ? 'done' : 'failed' });
    if (outcome.ok) wizardStore.goTo('summary');
  });
}

export function ApplyStep({ journal, graph, session, goTo }: StepProps) {
  const styles = useStyles();
  const apply = journal.apply;
  const [statuses, setStatuses] = useState<Record<string, OperationStatus>>({});
  const [confirmUndo, setConfirmUndo] = useState(false);
  const [undo, setUndo] = useState<{ state: 'idle' | 'running' } | { state: 'failed'; message: string }>({ state: 'idle' });
  const tenantMismatch = apply !== null && apply.tenantId !== session.account.tenantId;
  const identifier = eucIdentifier((journal.answers.region ?? 'us') as Region);

  const start = () => {
    if (!apply || applying || tenantMismatch) return;
    setStatuses({});
    applying = runApply(wizardStore.get().apply ?? apply, identifier, graph, (id, status) => setStatuses((s) => ({ ...s, [id]: status }))).finally(() => {
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
  const statusOf = (id: string): OperationStatus => statuses[id] ?? (apply.finished[id] ? { state: 'done' } : { state: 'pending' });
  const doneCount = operations.filter((op) => statusOf(op.id).state === 'done').length;
  const removable = apply.state === 'failed' ? undoList(apply.context, journal.answers.appName ?? '') : [];

  const removeCreated = async () => {
    setUndo({ state: 'running' });
    try {
      await deleteCreatedApp(graph, apply.context);
      forgetCreatedAppNote(apply.tenantId, identifier);
      setConfirmUndo(false);
      wizardStore.setApply(null);
      goTo('review');
    } catch (error) {
      setUndo({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <StepFrame
      title="Apply"
      intro="Each Microsoft Graph operation and its progress. Operations that do not depend on each other run at the same time."
      footer={
        apply.state === 'failed' ? (
          <div className={styles.actions}>
            <Button onClick={() => goTo('review')}>Back to review</Button>
            {removable.length > 0 && <Button onClick={() => setConfirmUndo(true)}>Remove what this run created</Button>}
            <Button appearance="primary" onClick={start}>
              Try again
            </Button>
          </div>
        ) : apply.state === 'stale' ? (
          <div className={styles.actions}>
            <Button
              appearance="primary"
              onClick={() => {
                wizardStore.setApply(null);
                goTo('review');
              }}
            >
              Review again
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
      {apply.state === 'stale' && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Another tab created this app meanwhile</MessageBarTitle>
            While this plan waited its turn, another tab of the wizard created the app for this identifier. Nothing was written
            here. Review again: the new plan updates that app instead of creating a second one.
          </MessageBarBody>
        </MessageBar>
      )}
      <Text role="status" aria-live="polite">
        {doneCount} of {operations.length} operations done
      </Text>
      <ol className={styles.list} aria-label="Operations">
        {operations.map((op) => {
          const status = statusOf(op.id);
          return (
            <li key={op.id} className={styles.row} data-testid={`operation-${op.id}`} data-state={status.state}>
              <span className={styles.line}>
                {status.state === 'running' || status.state === 'retrying' ? <Spinner size="extra-tiny" aria-label={STATE_LABEL[status.state]} /> : null}
                <Text weight="semibold" className={status.state === 'done' ? styles.done : status.state === 'failed' ? styles.failed : undefined}>
                  {STATE_LABEL[status.state]}
                </Text>
                <Text>{op.title}</Text>
              </span>
              {status.state === 'retrying' && (
                <Text size={200} className={styles.detail}>
                  {status.waitMs > 0 ? `Next attempt in ${Math.max(1, Math.round(status.waitMs / 1000))} s: ` : ''}
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
      {apply.state === 'failed' && (
        <MessageBar intent="warning">
          <MessageBarBody>
            Apply stopped. Everything that finished is recorded: Try again continues from here without creating anything twice.
          </MessageBarBody>
        </MessageBar>
      )}
      <Dialog open={confirmUndo} onOpenChange={(_, data) => setConfirmUndo(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Remove what this run created?</DialogTitle>
            <DialogContent>
              <Text as="p">Deleting the application removes all of this from your tenant:</Text>
              <ul>
                {removable.map((item) => (
                  <li key={item.label}>{item.label}</li>
                ))}
              </ul>
              {undo.state === 'failed' && (
                <MessageBar intent="error">
                  <MessageBarBody>Could not remove it: {undo.message}</MessageBarBody>
                </MessageBar>
              )}
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setConfirmUndo(false)}>Keep it</Button>
              <Button appearance="primary" disabled={undo.state === 'running'} onClick={() => void removeCreated()}>
                {undo.state === 'running' ? 'Removing…' : 'Remove'}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </StepFrame>
  );
}
