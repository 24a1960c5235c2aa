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
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StepFrame } from '../../ui/StepFrame';
import { wizardStore, type ApplyRecord } from '../../wizard/wizard-store';
import type { StepProps } from '../../wizard/step-props';
import { deleteCreatedApp, undoList } from '../../graph/undo';
import { forgetCreatedAppNote, readCreatedAppNote, TAB_ID, writeCreatedAppNote } from '../../ui/apply-lock';
import { eucIdentifier } from '../../setup/regions';
import type { Region } from '../../setup/types';
import { RunProgress } from '../../ui/apply/RunProgress';
import { useApplyRunner, type RunJournal } from '../../ui/apply/use-apply-runner';
import { translate } from '../../i18n/translate';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

/** The tenant's identifier for the planned region: the key of the note a tab leaves when it creates the app. */
const plannedIdentifier = () => eucIdentifier((wizardStore.get().answers.region ?? 'us') as Region);

/** The wizard's apply, journalled in the wizard's store. */
const wizardRun: RunJournal<ApplyRecord> = {
  read: () => wizardStore.get().apply,
  write: (apply) => wizardStore.setApply(apply),
  mayRun: (apply) => {
    // Waited behind another tab? If it created the app this plan was about to create, re-plan.
    const mustCreate = apply.plan.operations.some((op) => op.kind === 'instantiate') && !apply.finished.instantiate;
    const note = readCreatedAppNote(apply.tenantId, plannedIdentifier());
    if (mustCreate && note && note.tabId !== TAB_ID) {
      wizardStore.setApply({ ...apply, state: 'stale' });
      return false;
    }
    return true;
  },
  recorded: (id, output, apply) => {
    if (id === 'instantiate' && output.applicationId) writeCreatedAppNote(apply.tenantId, plannedIdentifier(), output.applicationId);
  },
  ended: (outcome) => {
    if (outcome.ok) wizardStore.goTo('summary');
  },
};

export function ApplyStep({ journal, graph, session, goTo }: StepProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const apply = journal.apply;
  const [confirmUndo, setConfirmUndo] = useState(false);
  const [undo, setUndo] = useState<{ state: 'idle' | 'running' } | { state: 'failed'; message: string }>({ state: 'idle' });
  const runner = useApplyRunner({ journal: wizardRun, graph, record: apply, signedInTenantId: session.account.tenantId });
  const { doneCount, startByClick } = runner;

  if (!apply) return null;
  const operations = apply.plan.operations;
  const removable = apply.state === 'failed' ? undoList(apply.context, journal.answers.appName ?? '') : [];

  const removeCreated = async () => {
    setUndo({ state: 'running' });
    try {
      await deleteCreatedApp(graph, apply.context);
      forgetCreatedAppNote(apply.tenantId, plannedIdentifier());
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
        ) : apply.state === 'done' ? (
          // A finished run goes on to the summary by itself; this page shows it again after Back, or
          // after a reload that raced the run's end (the address still said apply).
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => goTo('summary')}>
              {t('apply.continueToSummary')}
            </Button>
          </div>
        ) : (
          <span />
        )
      }
    >
      {apply.state === 'stale' && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{t('apply.staleTitle')}</MessageBarTitle>
            {t('apply.staleBody')}
          </MessageBarBody>
        </MessageBar>
      )}
      <RunProgress
        session={session}
        operations={operations}
        runner={runner}
        tenantMismatch={t('apply.tenantMismatch', { planned: apply.tenantId, signedIn: session.account.tenantId })}
        progress={t('apply.progress', { done: doneCount, total: operations.length })}
        label={t('apply.operationsLabel')}
        testIdPrefix="operation-"
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
                  <li key={item.key}>{translate(t, item)}</li>
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
