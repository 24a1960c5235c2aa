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
import { StepFrame } from '../../app/StepFrame';
import { wizardStore } from '../../app/wizard-store';
import type { StepProps } from '../../app/Wizard';
import { answersSchema } from '../../setup/answers-schema';
import type { Plan } from '../../setup/plan';
import { initialContext, planForTenant } from '../../graph/plan-for-tenant';
import { readCreatedAppNote } from '../../app/apply-lock';
import { eucIdentifier } from '../../setup/regions';
import { GRAPH_ROOT } from '../../graph/client';
import { GraphOperationError } from '../../graph/retry';
import { explainFailure } from '../../graph/explain-failure';
import { SCOPE_REASONS } from '../../auth/scopes';
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

type Loaded = { state: 'loading' } | { state: 'ready'; plan: Plan } | { state: 'error'; message: string; advice: string };

export function ReviewStep({ journal, graph, session, goTo }: StepProps) {
  const styles = useStyles();
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
        const explained =
          error instanceof GraphOperationError
            ? explainFailure(error.failure, error.exhausted)
            : { message: String(error), advice: 'Try again.' };
        setLoaded({ state: 'error', ...explained });
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
      <StepFrame title="Review" onBack={() => goTo('certificate')}>
        <MessageBar intent="error">
          <MessageBarBody>Some answers are missing or invalid: {parsed.error?.issues[0]?.message}</MessageBarBody>
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
      title="Review"
      intro="Nothing has been written yet. These are the exact Microsoft Graph requests Apply will send, in this order; requests at the same level run at the same time."
      onBack={() => goTo('certificate')}
      footer={
        <div style={{ display: 'flex', justifyContent: 'space-between', gap: 12, flexWrap: 'wrap' }}>
          <Button onClick={() => goTo('certificate')}>Back</Button>
          <Button appearance="primary" disabled={!plan || !tenantAllowed} onClick={apply}>
            {plan && plan.operations.length === 0 ? 'Continue to summary' : 'Apply'}
          </Button>
        </div>
      }
    >
      <TenantRefusal check={tenantCheck} />
      <div aria-live="polite">
        {loaded.state === 'loading' && <Spinner label="Reading your tenant to plan the changes…" />}
        {loaded.state === 'error' && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>Could not read your tenant</MessageBarTitle>
              {loaded.message} {loaded.advice}
            </MessageBarBody>
            <Button onClick={() => setAttempt((n) => n + 1)}>Try again</Button>
          </MessageBar>
        )}
      </div>
      {plan && (
        <>
          {plan.existing ? (
            <MessageBar intent="info">
              <MessageBarBody>
                <MessageBarTitle>Updating an existing app</MessageBarTitle>
                "<bdi>{plan.existing.displayName}</bdi>" already has this region's identifier. Only what differs from your answers
                is written; nothing is duplicated.
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {plan.operations.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>Your tenant already matches every answer: nothing will be written.</MessageBarBody>
            </MessageBar>
          ) : (
            <ol className={styles.list} aria-label="Planned Graph operations">
              {plan.operations.map((op) => (
                <li key={op.id} className={styles.operation}>
                  <Text weight="semibold">{op.title}</Text>
                  <p className={styles.request}>
                    <Badge appearance="outline">{op.method}</Badge> {GRAPH_ROOT}/{op.version}
                    {op.path}
                  </p>
                  {op.dependsOn.length > 0 && <Text size={200}>After: {op.dependsOn.map((id) => plan.operations.find((o) => o.id === id)?.title ?? id).join('; ')}</Text>}
                  {op.body && <pre className={styles.body}>{JSON.stringify(op.body, null, 2)}</pre>}
                  {op.kind === 'putClaimsPolicy' && <Text size={200}>Claims already on the policy are read first and kept.</Text>}
                </li>
              ))}
            </ol>
          )}
          {plan.manualSteps.map((step) => (
            <MessageBar key={step.kind} intent="warning">
              <MessageBarBody>
                <MessageBarTitle>One step stays manual</MessageBarTitle>
                Renaming the group claim to "{step.claimName}" has no documented Microsoft Graph route. The summary gives the exact
                Entra admin center steps.
              </MessageBarBody>
            </MessageBar>
          ))}
          {scopes.length > 0 && (
            <section aria-label="Permissions used">
              <Text as="h2" weight="semibold" size={400}>
                Permissions Apply will use
              </Text>
              <ul className={styles.scopes}>
                {scopes.map((scope) => (
                  <li key={scope}>
                    <strong>{scope}</strong>: {SCOPE_REASONS[scope] ?? ''}
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
