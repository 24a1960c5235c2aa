import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useKeyedRead } from '../../ui/use-keyed-read';
import { useTranslation } from 'react-i18next';
import { StepFooter, StepFrame } from '../../ui/StepFrame';
import { wizardStore } from '../../wizard/wizard-store';
import type { StepProps } from '../../wizard/step-props';
import { answersSchema } from '../../setup/answers-schema';
import { isolate, type ReviewChoices } from '../../setup/plan';
import { describeChanges, readReviewDraft, type ReviewDraft } from '../../setup/changes';
import { initialContext, planFromRead, readExistingApp, type ExistingRead } from '../../graph/plan-for-tenant';
import { startAttemptByClick } from '../../auth/interaction-guard';
import { ReviewChanges, reviewAllowsApply } from '../../ui/review/ReviewChanges';
import { readCreatedAppNote } from '../../ui/apply-lock';
import { eucIdentifier } from '../../setup/regions';
import { explainError } from '../../graph/explain-failure';
import { translateIssue } from '../../i18n/translate';
import { currentPresets } from '../../deep-link/presets-store';
import { tenantAllowsApply, useTenantCheck } from '../../deep-link/use-tenant-check';
import { TenantRefusal } from '../../deep-link/TenantRefusal';

export function ReviewStep({ journal, graph, session, goTo }: StepProps) {
  const { t } = useTranslation();
  // The review's decisions and confirmation live in the journal, so a reload keeps them.
  const draft = readReviewDraft(journal.drafts.review);
  const saveDraft = (next: ReviewDraft) => wizardStore.saveDraft('review', next);
  const parsed = answersSchema.safeParse(journal.answers);
  const [attempt, setAttempt] = useState(0);
  // The plan is rebuilt when the answers change (the journal rebuilds them on every render; their
  // JSON says when they changed) or the admin asks again.
  const answersJson = JSON.stringify(journal.answers);
  const answers = parsed.success ? parsed.data : null;
  const loaded = useKeyedRead(
    [answersJson, graph, attempt],
    answers
      ? async (): Promise<{ read: ExistingRead; at: Date }> => {
          const at = new Date();
          const read = await readExistingApp(graph, answers, at, readCreatedAppNote(session.account.tenantId, eucIdentifier(answers.region))?.applicationId);
          return { read, at };
        }
      : null,
  );
  // A link that names a tenant may be applied only to that tenant.
  const tenantCheck = useTenantCheck(currentPresets().tenant, session, graph);
  const tenantAllowed = tenantAllowsApply(tenantCheck);

  const choices = draft.choices;
  const choicesJson = JSON.stringify(choices);
  const reviewed = useMemo(() => {
    if (!answers || loaded.state !== 'done') return null;
    const { read, at } = loaded.value;
    const plan = planFromRead(answers, read, at, choices);
    return { plan, changes: describeChanges(answers, read.existing, plan, choices) };
    // answers and choices are rebuilt from the journal on every render; their JSON says when they changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded, answersJson, choicesJson]);
  if (!answers) {
    return (
      <StepFrame title={t('review.title')} onBack={() => goTo('certificate')}>
        <MessageBar intent="error">
          <MessageBarBody>{t('review.invalidAnswers', { reason: parsed.error?.issues[0] ? translateIssue(t, parsed.error.issues[0]) : '' })}</MessageBarBody>
        </MessageBar>
      </StepFrame>
    );
  }

  // Graph's own words (or the error's), and what to do in the admin's language.
  const failure = loaded.state === 'failed' ? explainError(loaded.error) : null;
  const plan = reviewed?.plan ?? null;
  const changes = reviewed?.changes ?? null;
  const applicable = reviewAllowsApply({ plan, changes, tenantAllowed, confirmedBreakingKey: draft.confirmedBreakingKey });
  const setChoices = (next: ReviewChoices) => saveDraft({ ...draft, choices: next });
  const apply = () => {
    if (!plan || !applicable) return;
    wizardStore.setApply({
      plan,
      finished: {},
      state: 'ready',
      tenantId: session.account.tenantId,
      context: initialContext(plan),
    });
    goTo('apply');
  };

  return (
    <StepFrame
      title={t('review.title')}
      intro={t('review.intro')}
      footer={
        <StepFooter>
          <Button onClick={() => goTo('certificate')}>{t('wizard.back')}</Button>
          <Button appearance="primary" disabled={!applicable} onClick={apply}>
            {plan && plan.operations.length === 0 ? t('review.continueToSummary') : t('review.apply')}
          </Button>
        </StepFooter>
      }
    >
      <TenantRefusal check={tenantCheck} />
      <div aria-live="polite">
        {loaded.state === 'loading' && <Spinner label={t('review.reading')} />}
        {failure && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{t('review.readFailed')}</MessageBarTitle>
              <span translate="no">{failure.message}</span> {t(`graph.advice.${failure.adviceKey}`)}
            </MessageBarBody>
            <Button
              onClick={() => {
                startAttemptByClick();
                setAttempt((n) => n + 1);
              }}
            >
              {t('review.tryAgain')}
            </Button>
          </MessageBar>
        )}
      </div>
      {plan && changes && (
        <>
          <MessageBar intent={plan.existing ? 'warning' : 'info'} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{plan.existing ? t('review.updatingTitle') : t('review.creatingTitle')}</MessageBarTitle>
              {plan.existing ? t('review.updatingBody', { name: isolate(plan.existing.displayName) }) : t('review.creatingBody')}
            </MessageBarBody>
          </MessageBar>
          {plan.operations.length === 0 && (
            <MessageBar intent="success">
              <MessageBarBody>{t('review.nothingToWrite')}</MessageBarBody>
            </MessageBar>
          )}
          <ReviewChanges
            plan={plan}
            changes={changes}
            choices={choices}
            onChoices={setChoices}
            confirmedBreakingKey={draft.confirmedBreakingKey}
            onConfirmBreaking={(key) => saveDraft({ ...draft, confirmedBreakingKey: key })}
            notes={
              <>
                {plan.existing?.claimsPolicyUnread && (
                  <MessageBar intent="warning" data-testid="claims-policy-unread">
                    <MessageBarBody>
                      <MessageBarTitle>{t('review.claimsRoleTitle')}</MessageBarTitle>
                      {t('review.claimsRoleBody')}
                    </MessageBarBody>
                  </MessageBar>
                )}
                {plan.manualSteps.map((step) => (
                  <MessageBar key={step.kind} intent="warning">
                    <MessageBarBody>
                      <MessageBarTitle>{t('review.manualTitle')}</MessageBarTitle>
                      {t('review.manualRename', { name: step.claimName })}
                    </MessageBarBody>
                  </MessageBar>
                ))}
              </>
            }
          />
        </>
      )}
    </StepFrame>
  );
}
