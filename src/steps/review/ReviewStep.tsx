import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StepFooter, StepFrame } from '../../app/StepFrame';
import { wizardStore } from '../../app/wizard-store';
import type { StepProps } from '../../app/Wizard';
import { answersSchema } from '../../setup/answers-schema';
import { isolate, type Plan } from '../../setup/plan';
import { PlannedOperationsList, PlanScopes } from '../../app/PlannedOperationsList';
import { initialContext, planForTenant } from '../../graph/plan-for-tenant';
import { interactionGuard, newAttemptId } from '../../auth/interaction-guard';
import { readCreatedAppNote } from '../../app/apply-lock';
import { eucIdentifier } from '../../setup/regions';
import { explainError, type AdviceKey } from '../../graph/explain-failure';
import { translateIssue } from '../../i18n/translate';
import { currentPresets } from '../../deep-link/presets-store';
import { tenantAllowsApply, useTenantCheck } from '../../deep-link/use-tenant-check';
import { TenantRefusal } from '../../deep-link/TenantRefusal';


/** `message`: Graph's own words (or the error's); `adviceKey`: what to do, in the admin's language. */
type Loaded = { state: 'loading' } | { state: 'ready'; plan: Plan } | { state: 'error'; message: string; adviceKey: AdviceKey };

export function ReviewStep({ journal, graph, session, goTo }: StepProps) {
  const { t } = useTranslation();
  const parsed = answersSchema.safeParse(journal.answers);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const answers = parsed.success ? parsed.data : null;
  // A link that names a tenant may be applied only to that tenant.
  const tenantCheck = useTenantCheck(currentPresets().tenant, session, graph);
  const tenantAllowed = tenantAllowsApply(tenantCheck);

  useEffect(() => {
    if (!answers) return;
    let current = true;
    setLoaded({ state: 'loading' });
    planForTenant(graph, answers, new Date(), readCreatedAppNote(session.account.tenantId, eucIdentifier(answers.region))?.applicationId).then(
      (plan) => current && setLoaded({ state: 'ready', plan }),
      (error: unknown) => {
        if (!current) return;
        const explained = explainError(error);
        setLoaded({ state: 'error', message: explained.message, adviceKey: explained.adviceKey });
      },
    );
    return () => {
      current = false;
    };
    // The plan is rebuilt when the answers change or the admin asks again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [JSON.stringify(journal.answers), graph, attempt]);

  if (!answers) {
    return (
      <StepFrame title={t('review.title')} onBack={() => goTo('certificate')}>
        <MessageBar intent="error">
          <MessageBarBody>
            {t('review.invalidAnswers', { reason: parsed.error?.issues[0] ? translateIssue(t, parsed.error.issues[0]) : '' })}
          </MessageBarBody>
        </MessageBar>
      </StepFrame>
    );
  }

  const plan = loaded.state === 'ready' ? loaded.plan : null;
  const apply = () => {
    if (!plan || !tenantAllowed) return;
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
          <Button appearance="primary" disabled={!plan || !tenantAllowed} onClick={apply}>
            {plan && plan.operations.length === 0 ? t('review.continueToSummary') : t('review.apply')}
          </Button>
        </StepFooter>
      }
    >
      <TenantRefusal check={tenantCheck} />
      <div aria-live="polite">
        {loaded.state === 'loading' && <Spinner label={t('review.reading')} />}
        {loaded.state === 'error' && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{t('review.readFailed')}</MessageBarTitle>
              <span translate="no">{loaded.message}</span> {t(`graph.advice.${loaded.adviceKey}`)}
            </MessageBarBody>
            <Button
              onClick={() => {
                // The admin's click: a refused sign-in for these reads may be asked once more.
                interactionGuard.enterAttempt(newAttemptId());
                setAttempt((n) => n + 1);
              }}
            >
              {t('review.tryAgain')}
            </Button>
          </MessageBar>
        )}
      </div>
      {plan && (
        <>
          {plan.existing ? (
            <MessageBar intent="info">
              <MessageBarBody>
                <MessageBarTitle>{t('review.updatingTitle')}</MessageBarTitle>
                {t('review.updatingBody', { name: isolate(plan.existing.displayName) })}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {plan.operations.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>{t('review.nothingToWrite')}</MessageBarBody>
            </MessageBar>
          ) : (
            <PlannedOperationsList operations={plan.operations} label={t('review.operationsLabel')} />
          )}
          {plan.claimsPolicyUnread && (
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
          {plan.operations.length > 0 && (
            <section aria-label={t('review.permissionsLabel')}>
              <Text as="h2" weight="semibold" size={400}>
                {t('review.permissionsHeading')}
              </Text>
              <PlanScopes operations={plan.operations} />
            </section>
          )}
        </>
      )}
    </StepFrame>
  );
}
