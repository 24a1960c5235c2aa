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
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StepFrame } from '../../ui/StepFrame';
import { wizardStore, type ApplyRecord } from '../../wizard/wizard-store';
import type { StepProps } from '../../wizard/step-props';
import { executePlan, mergeContext, type OperationStatus } from '../../graph/executor';
import type { GraphApi } from '../../graph/client';
import { deleteCreatedApp, undoList } from '../../graph/undo';
import { forgetCreatedAppNote, readCreatedAppNote, TAB_ID, withApplyLock, writeCreatedAppNote } from '../../ui/apply-lock';
import { eucIdentifier } from '../../setup/regions';
import type { Region } from '../../setup/types';
import { OperationProgressList } from '../../ui/OperationProgressList';
import { ForbiddenAdvice, RefusedAdvice } from '../../ui/ForbiddenAdvice';
import { interactionGuard, newAttemptId } from '../../auth/interaction-guard';
import { translate } from '../../i18n/translate';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

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
        forgetStart: (id) => wizardStore.forgetStart(id),
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
  const { t } = useTranslation();
  const apply = journal.apply;
  const [statuses, setStatuses] = useState<Record<string, OperationStatus>>({});
  const [confirmUndo, setConfirmUndo] = useState(false);
  const [undo, setUndo] = useState<{ state: 'idle' | 'running' } | { state: 'failed'; message: string }>({ state: 'idle' });
  const tenantMismatch = apply !== null && apply.tenantId !== session.account.tenantId;
  const identifier = eucIdentifier((journal.answers.region ?? 'us') as Region);

  /** The record to run now: none while one runs, or when the record is another tenant's. */
  const runnable = () => {
    const latest = wizardStore.get().apply ?? apply;
    return latest && !applying && !tenantMismatch ? latest : null;
  };
  /**
   * `byClick`: the admin asked for this run (Try again, Ask Microsoft again): a new attempt, which
   * may leave for the authority once more per scope set. A resume (after a reload or a redirect)
   * continues its attempt, whose spent redirects stay spent (src/auth/interaction-guard.ts).
   */
  const start = (byClick: boolean) => {
    const latest = runnable();
    if (!latest) return;
    // A record without an attempt has just come from Review's Apply: that click's attempt.
    const attempt = byClick || !latest.attempt ? newAttemptId() : latest.attempt;
    interactionGuard.enterAttempt(attempt);
    applying = runApply({ ...latest, attempt }, identifier, graph, (id, status) => setStatuses((s) => ({ ...s, [id]: status }))).finally(() => {
      applying = null;
    });
  };

  /** The admin's click: the last run's statuses give way to the new run's (on arrival there are none). */
  const startByClick = () => {
    if (!runnable()) return;
    setStatuses({});
    start(true);
  };

  useEffect(() => {
    // Runs on arrival from Review, and resumes an apply that a reload or sign-in interrupted.
    if (apply && (apply.state === 'ready' || apply.state === 'running')) start(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (!apply) return null;
  const operations = apply.plan.operations;
  const statusOf = (id: string): OperationStatus => statuses[id] ?? (apply.finished[id] ? { state: 'done' } : { state: 'pending' });
  const doneCount = operations.filter((op) => statusOf(op.id).state === 'done').length;
  const removable = apply.state === 'failed' ? undoList(apply.context, journal.answers.appName ?? '') : [];

  /**
   * Before a consent redirect (the admin's click: a new attempt, which the consent redirect is part
   * of): the apply resumes on return (and is stopped again if asking failed).
   */
  const resumeOnReturn = (resume: boolean) => {
    const latest = wizardStore.get().apply;
    if (!latest) return;
    const attempt = resume ? newAttemptId() : latest.attempt;
    if (attempt) interactionGuard.enterAttempt(attempt);
    wizardStore.setApply({ ...latest, state: resume ? 'ready' : 'failed', ...(attempt ? { attempt } : {}) });
  };

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
      title={t('apply.title')}
      intro={t('apply.intro')}
      footer={
        apply.state === 'failed' ? (
          <div className={styles.actions}>
            <Button onClick={() => goTo('review')}>{t('apply.backToReview')}</Button>
            {removable.length > 0 && <Button onClick={() => setConfirmUndo(true)}>{t('apply.removeCreated')}</Button>}
            <Button appearance="primary" onClick={startByClick}>
              {t('apply.tryAgain')}
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
              {t('apply.reviewAgain')}
            </Button>
          </div>
        ) : (
          <span />
        )
      }
    >
      {tenantMismatch && (
        <MessageBar intent="error">
          <MessageBarBody>{t('apply.tenantMismatch', { planned: apply.tenantId, signedIn: session.account.tenantId })}</MessageBarBody>
        </MessageBar>
      )}
      {apply.state === 'stale' && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{t('apply.staleTitle')}</MessageBarTitle>
            {t('apply.staleBody')}
          </MessageBarBody>
        </MessageBar>
      )}
      <Text role="status" aria-live="polite">
        {t('apply.progress', { done: doneCount, total: operations.length })}
      </Text>
      <OperationProgressList
        operations={operations}
        statusOf={statusOf}
        label={t('apply.operationsLabel')}
        testIdPrefix="operation-"
        adviceFor={(op, status) => {
          if (status.adviceKey === 'forbidden') {
            return <ForbiddenAdvice session={session} scopes={op.scopes} resumeOnReturn={resumeOnReturn} onConsented={startByClick} />;
          }
          const refused = status.adviceKey === 'unexpected' ? interactionGuard.refusalFor(op.scopes) : undefined;
          return refused ? <RefusedAdvice problem={refused} onAskAgain={startByClick} /> : undefined;
        }}
      />
      {apply.state === 'failed' && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('apply.stopped')}</MessageBarBody>
        </MessageBar>
      )}
      <Dialog open={confirmUndo} onOpenChange={(_, data) => setConfirmUndo(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('apply.removeTitle')}</DialogTitle>
            <DialogContent>
              <Text as="p">{t('apply.removeIntro')}</Text>
              <ul>
                {removable.map((item) => (
                  <li key={item.label}>{translate(t, item.ref)}</li>
                ))}
              </ul>
              {undo.state === 'failed' && (
                <MessageBar intent="error">
                  <MessageBarBody>{t('apply.removeFailed', { reason: undo.message })}</MessageBarBody>
                </MessageBar>
              )}
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setConfirmUndo(false)}>{t('apply.keep')}</Button>
              <Button appearance="primary" disabled={undo.state === 'running'} onClick={() => void removeCreated()}>
                {undo.state === 'running' ? t('apply.removing') : t('apply.remove')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </StepFrame>
  );
}
