// Runs the reviewed repair plan with the setup's executor, under the same cross-tab lock, and
// journals every operation as it starts and finishes, so a reload resumes without writing twice.
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { AdminSession } from '../auth/session';
import type { GraphApi } from '../graph/client';
import { executePlan, mergeContext, type OperationStatus } from '../graph/executor';
import { withApplyLock } from '../ui/apply-lock';
import { StepFrame } from '../ui/StepFrame';
import { checkStore, type CheckJournal, type RepairRecord } from './check-store';
import { useTranslation } from 'react-i18next';
import { RolloverPanel } from './RolloverPanel';
import { RepairSummary } from './RepairSummary';
import { OperationProgressList } from '../ui/OperationProgressList';
import { ForbiddenAdvice, RefusedAdvice } from '../ui/ForbiddenAdvice';
import { interactionGuard, newAttemptId } from '../auth/interaction-guard';

const useStyles = makeStyles({
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
        forgetStart: (id) => checkStore.forgetStart(id),
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
  const { t } = useTranslation();
  const repair = journal.repair;
  const [statuses, setStatuses] = useState<Record<string, OperationStatus>>({});
  const tenantMismatch = repair !== null && repair.tenantId !== session.account.tenantId;

  /** The record to run now: none while one runs, or when the record is another tenant's. */
  const runnable = () => {
    const latest = checkStore.get().repair;
    return latest && !repairing && !tenantMismatch ? latest : null;
  };
  /** `byClick`: a new attempt (src/auth/interaction-guard.ts); a resume continues its attempt. */
  const start = (byClick: boolean) => {
    const latest = runnable();
    if (!latest) return;
    // A record without an attempt has just come from the repair review's Apply: that click's attempt.
    const attempt = byClick || !latest.attempt ? newAttemptId() : latest.attempt;
    interactionGuard.enterAttempt(attempt);
    repairing = runRepair({ ...latest, attempt }, graph, (id, status) => setStatuses((s) => ({ ...s, [id]: status }))).finally(() => {
      repairing = null;
    });
  };

  /** The admin's click: the last run's statuses give way to the new run's (on arrival there are none). */
  const startByClick = () => {
    if (!runnable()) return;
    setStatuses({});
    start(true);
  };

  useEffect(() => {
    // Runs on arrival from the review, and resumes a repair that a reload interrupted.
    if (repair && (repair.state === 'ready' || repair.state === 'running')) start(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (!repair) return null;
  const operations = repair.plan.operations;
  const statusOf = (id: string): OperationStatus => statuses[id] ?? (repair.finished[id] ? { state: 'done' } : { state: 'pending' });
  const doneCount = operations.filter((op) => statusOf(op.id).state === 'done').length;
  /** Before a consent redirect: the repair resumes on return (and is stopped again if asking failed). */
  const resumeOnReturn = (resume: boolean) => {
    const latest = checkStore.get().repair;
    if (!latest) return;
    // The consent click is a new attempt, which its redirect is part of.
    const attempt = resume ? newAttemptId() : latest.attempt;
    if (attempt) interactionGuard.enterAttempt(attempt);
    checkStore.setRepair({ ...latest, state: resume ? 'ready' : 'failed', ...(attempt ? { attempt } : {}) });
  };

  return (
    <StepFrame
      title={repair.state === 'done' ? t('check.ui.repaired') : t('check.ui.applyTitle')}
      intro={repair.state === 'done' ? t('check.ui.repairedIntro') : t('check.ui.applyIntro')}
      footer={
        <div className={styles.actions}>
          {repair.state === 'failed' && (
            <>
              <Button onClick={() => checkStore.checkAgain()}>{t('check.ui.back')}</Button>
              <Button appearance="primary" onClick={startByClick}>
                {t('check.ui.tryAgain')}
              </Button>
            </>
          )}
          {repair.state === 'done' && (
            <Button appearance="primary" onClick={() => checkStore.checkAgain()}>
              {t('check.ui.checkAgain')}
            </Button>
          )}
        </div>
      }
    >
      {tenantMismatch && (
        <MessageBar intent="error">
          <MessageBarBody>{t('check.ui.tenantMismatch', { planned: repair.tenantId, signedIn: session.account.tenantId })}</MessageBarBody>
        </MessageBar>
      )}
      <Text role="status" aria-live="polite">
        {t('check.ui.progress', { done: doneCount, total: operations.length })}
      </Text>
      <OperationProgressList
        operations={operations}
        statusOf={statusOf}
        label={t('check.ui.operationsLabel')}
        testIdPrefix="repair-"
        adviceFor={(op, status) => {
          if (status.adviceKey === 'forbidden') {
            return <ForbiddenAdvice session={session} scopes={op.scopes} resumeOnReturn={resumeOnReturn} onConsented={startByClick} />;
          }
          const refused = status.adviceKey === 'unexpected' ? interactionGuard.refusalFor(op.scopes) : undefined;
          return refused ? <RefusedAdvice problem={refused} onAskAgain={startByClick} /> : undefined;
        }}
      />
      {repair.state === 'failed' && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('check.ui.applyStopped')}</MessageBarBody>
        </MessageBar>
      )}
      {repair.state === 'done' && journal.rollover && journal.rollover.applicationId === repair.applicationId && (
        <RolloverPanel rollover={journal.rollover} tenantId={session.account.tenantId} />
      )}
      {repair.state === 'done' && <RepairSummary graph={graph} tenantId={session.account.tenantId} journal={journal} repair={repair} />}
    </StepFrame>
  );
}
