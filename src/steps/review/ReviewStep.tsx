import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StepFrame } from '../../app/StepFrame';
import { wizardStore } from '../../app/wizard-store';
import type { StepProps } from '../../app/Wizard';
import { answersSchema } from '../../setup/answers-schema';
import { isolate, type Plan } from '../../setup/plan';
import { operationTitle, ScopeReason } from '../../app/operation-text';
import { initialContext, planForTenant } from '../../graph/plan-for-tenant';
import { readCreatedAppNote } from '../../app/apply-lock';
import { eucIdentifier } from '../../setup/regions';
import { GRAPH_ROOT } from '../../graph/client';
import { GraphOperationError } from '../../graph/retry';
import { explainFailure, type AdviceKey } from '../../graph/explain-failure';
import { translateIssue } from '../../i18n/translate';
import { currentPresets } from '../../deep-link/presets-store';
import { tenantAllowsApply, useTenantCheck } from '../../deep-link/use-tenant-check';
import { TenantRefusal } from '../../deep-link/TenantRefusal';

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
  scopes: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** `message`: Graph's own words (or the error's); `adviceKey`: what to do, in the admin's language. */
type Loaded = { state: 'loading' } | { state: 'ready'; plan: Plan } | { state: 'error'; message: string; adviceKey: AdviceKey };

export function ReviewStep({ journal, graph, session, goTo }: StepProps) {
  const styles = useStyles();
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
        const explained: { message: string; adviceKey: AdviceKey } =
          error instanceof GraphOperationError ? explainFailure(error.failure, error.exhausted) : { message: String(error), adviceKey: 'tryAgain' };
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
  const scopes = plan ? [...new Set(plan.operations.flatMap((op) => op.scopes))] : [];
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
      onBack={() => goTo('certificate')}
      footer={
        <div style={{ display: 'flex', justifyContent: 'space-between', gap: 12, flexWrap: 'wrap' }}>
          <Button onClick={() => goTo('certificate')}>{t('wizard.back')}</Button>
          <Button appearance="primary" disabled={!plan || !tenantAllowed} onClick={apply}>
            {plan && plan.operations.length === 0 ? t('review.continueToSummary') : t('review.apply')}
          </Button>
        </div>
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
            <Button onClick={() => setAttempt((n) => n + 1)}>{t('review.tryAgain')}</Button>
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
            <ol className={styles.list} aria-label={t('review.operationsLabel')}>
              {plan.operations.map((op) => (
                <li key={op.id} className={styles.operation}>
                  <Text weight="semibold">{operationTitle(t, op)}</Text>
                  <p className={styles.request} translate="no">
                    <Badge appearance="outline">{op.method}</Badge> {GRAPH_ROOT}/{op.version}
                    {op.path}
                  </p>
                  {op.dependsOn.length > 0 && (
                    <Text size={200}>
                      {t('review.after', {
                        titles: op.dependsOn
                          .map((id) => {
                            const dependency = plan.operations.find((o) => o.id === id);
                            return dependency ? operationTitle(t, dependency) : id;
                          })
                          .join(t('review.listSeparator')),
                      })}
                    </Text>
                  )}
                  {op.body && (
                    <pre className={styles.body} translate="no">
                      {JSON.stringify(op.body, null, 2)}
                    </pre>
                  )}
                  {op.kind === 'putClaimsPolicy' && <Text size={200}>{t('review.claimsKept')}</Text>}
                </li>
              ))}
            </ol>
          )}
          {plan.manualSteps.map((step) => (
            <MessageBar key={step.kind} intent="warning">
              <MessageBarBody>
                <MessageBarTitle>{t('review.manualTitle')}</MessageBarTitle>
                {t('review.manualRename', { name: step.claimName })}
              </MessageBarBody>
            </MessageBar>
          ))}
          {scopes.length > 0 && (
            <section aria-label={t('review.permissionsLabel')}>
              <Text as="h2" weight="semibold" size={400}>
                {t('review.permissionsHeading')}
              </Text>
              <ul className={styles.scopes}>
                {scopes.map((scope) => (
                  <li key={scope}>
                    <ScopeReason scope={scope} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </StepFrame>
  );
}
