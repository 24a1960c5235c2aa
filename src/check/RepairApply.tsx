// Runs the reviewed repair plan with the wizard's runner (ui/apply/use-apply-runner.ts): the same
// cross-tab lock, and every operation journalled as it starts and finishes, so a reload resumes
// without writing twice.
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { AdminSession } from '../auth/session';
import type { GraphApi } from '../graph/client';
import { StepFrame } from '../ui/StepFrame';
import { checkStore, type CheckJournal, type RepairRecord } from './check-store';
import { useTranslation } from 'react-i18next';
import { RolloverPanel } from './RolloverPanel';
import { RepairSummary } from './RepairSummary';
import { RunProgress } from '../ui/apply/RunProgress';
import { useApplyRunner, type RunJournal } from '../ui/apply/use-apply-runner';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

/** The check's repair, journalled in the check's store. */
const repairRun: RunJournal<RepairRecord> = {
  read: () => checkStore.get().repair,
  write: (repair) => checkStore.setRepair(repair),
  ended: (outcome) => {
    if (outcome.ok && outcome.context.certificate) checkStore.rolloverCertificateIssued(outcome.context.certificate);
  },
};

export function RepairApply({ session, graph, journal }: { session: AdminSession; graph: GraphApi; journal: CheckJournal }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const repair = journal.repair;
  const runner = useApplyRunner({ journal: repairRun, graph, record: repair, signedInTenantId: session.account.tenantId });
  const { doneCount, startByClick } = runner;

  if (!repair) return null;
  const operations = repair.plan.operations;

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
      <RunProgress
        session={session}
        operations={operations}
        runner={runner}
        tenantMismatch={t('check.ui.tenantMismatch', { planned: repair.tenantId, signedIn: session.account.tenantId })}
        progress={t('check.ui.progress', { done: doneCount, total: operations.length })}
        label={t('check.ui.operationsLabel')}
        testIdPrefix="repair-"
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
