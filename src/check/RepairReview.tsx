// The repair's review: the app is read again, checked again, and the flagged items planned through
// the setup's own planner (repairReview → buildPlan). What changes, the confirmation a breaking
// change needs and the exact requests are the setup's review (src/ui/review/ReviewChanges.tsx).
import { Button, Field, Input, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { AdminSession } from '../auth/session';
import type { GraphApi } from '../graph/client';
import { initialContext } from '../graph/plan-for-tenant';
import { StepFooter, StepFrame } from '../ui/StepFrame';
import { currentPresets } from '../deep-link/presets-store';
import { tenantAllowsApply, useTenantCheck } from '../deep-link/use-tenant-check';
import { TenantRefusal } from '../deep-link/TenantRefusal';
import { notificationEmailsSchema, principalsSchema } from '../setup/answers-schema';
import { certificateEndDate } from '../setup/certificate';
import { inferExpected, repairNeeds, repairReview } from '../setup/check';
import type { ChangeDescription } from '../setup/changes';
import type { Plan } from '../setup/plan';
import { PrincipalPicker } from '../ui/people/PrincipalPicker';
import { splitAddresses } from '../ui/address-list';
import { checkStore, type CheckJournal } from './check-store';
import { AppReadStatus, useAppRead } from './use-app-read';
import { findingsFor, translatedFindingWords } from './finding-messages';
import { formatDate } from '../i18n/format';
import { ReviewChanges, reviewAllowsApply } from '../ui/review/ReviewChanges';
import { translateIssue } from '../i18n/translate';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  plain: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

function isValidAddress(addresses: string[]): boolean {
  return notificationEmailsSchema.safeParse(addresses).success;
}

export function RepairReview({ session, graph, journal }: { session: AdminSession; graph: GraphApi; journal: CheckJournal }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const applicationId = journal.applicationId!;
  const { read, retry } = useAppRead(graph, applicationId);
  const defaultEmail = session.account.username;
  const [emailsText, setEmailsText] = useState(() =>
    journal.repairInput.notificationEmails.length > 0 ? journal.repairInput.notificationEmails.join(', ') : isValidAddress([defaultEmail]) ? defaultEmail : '',
  );
  const tenantCheck = useTenantCheck(currentPresets().tenant, session, graph);
  // The breaking changes the admin confirmed (their key), in the journal so a reload keeps them; a
  // change to what breaks asks again.
  const confirmedBreakingKey = journal.confirmedBreakingKey;

  const emails = splitAddresses(emailsText);
  const principals = journal.repairInput.principals;

  const planned = useMemo(() => {
    if (read.state !== 'done') return null;
    const { observed, at } = read;
    const expected = inferExpected(observed, journal.expected);
    // A claims policy the admin may not read is not repaired: its finding names the role instead.
    const findings = findingsFor(read, expected, translatedFindingWords(t, { date: (iso) => formatDate(iso, i18n.language) }));
    const needs = repairNeeds(findings, expected);
    const emailsIssue = needs.notificationEmails ? notificationEmailsSchema.safeParse(emails).error?.issues[0] : undefined;
    const emailsProblem = emailsIssue ? translateIssue(t, emailsIssue) : undefined;
    const principalsProblem = needs.principals && !principalsSchema.safeParse(principals).success ? t('check.ui.principalsMissing') : undefined;
    let reviewed: { plan: Plan; changes: ChangeDescription } | null = null;
    if (!needs.cmpId && !emailsProblem && !principalsProblem) {
      reviewed = repairReview(observed, expected, findings, { principals, notificationEmails: emails }, certificateEndDate(at, 3), at);
    }
    return { observed, findings, needs, emailsProblem, principalsProblem, plan: reviewed?.plan ?? null, changes: reviewed?.changes ?? null };
    // emails is derived from emailsText on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [read, journal.expected, principals, emailsText, t, i18n.language]);

  const tenantAllowed = tenantAllowsApply(tenantCheck);
  const plan = planned?.plan ?? null;
  const changes = planned?.changes ?? null;
  const applicable = (plan?.operations.length ?? 0) > 0 && reviewAllowsApply({ plan, changes, tenantAllowed, confirmedBreakingKey });
  const apply = () => {
    if (!plan || !planned || !applicable) return;
    checkStore.setRepairInput({ principals, notificationEmails: emails });
    const rollsOver = plan.operations.some((op) => op.kind === 'addSigningCertificate');
    const { observed } = planned;
    checkStore.startRepair(
      { applicationId, plan, finished: {}, started: {}, state: 'ready', context: initialContext(plan), tenantId: session.account.tenantId },
      rollsOver
        ? {
            applicationId,
            servicePrincipalId: observed.servicePrincipalId,
            appId: observed.appId,
            appName: observed.displayName,
            previousThumbprint: observed.preferredTokenSigningKeyThumbprint,
            newCertificate: null,
            consoleHasNewCertificate: false,
          }
        : null,
    );
  };

  const manual = planned?.findings.filter((finding) => finding.status !== 'pass' && finding.fix?.by === 'admin') ?? [];

  return (
    <StepFrame
      title={t('check.ui.reviewTitle')}
      intro={t('check.ui.reviewIntro')}
      footer={
        <StepFooter>
          <Button onClick={() => checkStore.goTo('report')}>{t('check.ui.back')}</Button>
          <Button appearance="primary" disabled={!applicable} onClick={apply}>
            {t('check.ui.apply')}
          </Button>
        </StepFooter>
      }
    >
      <TenantRefusal check={tenantCheck} />
      <AppReadStatus read={read} retry={retry} loadingLabel={t('check.ui.rereading')} />
      {planned?.needs.cmpId && (
        <MessageBar intent="error">
          <MessageBarBody>{t('check.ui.cmpIdNeeded')}</MessageBarBody>
        </MessageBar>
      )}
      {planned?.needs.principals && (
        <section aria-label={t('check.ui.principalsNeeded')}>
          <Text as="p">{t('check.ui.principalsNeeded')}</Text>
          <PrincipalPicker
            graph={graph}
            value={principals}
            onChange={(chosen) => checkStore.setRepairInput({ principals: chosen, notificationEmails: emails })}
            onBlur={() => undefined}
            inputRef={null}
            errorMessage={planned.principalsProblem}
          />
        </section>
      )}
      {planned?.needs.notificationEmails && (
        <Field
          label={t('check.ui.emailsLabel')}
          hint={t('check.ui.emailsHintNeeded', { needed: t('check.ui.emailsNeeded'), hint: t('check.ui.emailsHint') })}
          validationMessage={planned.emailsProblem}
          validationState={planned.emailsProblem ? 'error' : 'none'}
        >
          <Input value={emailsText} onChange={(_, data) => setEmailsText(data.value)} autoComplete="off" spellCheck={false} />
        </Field>
      )}
      {plan && plan.operations.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{t('check.ui.nothingToRepair')}</MessageBarBody>
        </MessageBar>
      )}
      {plan && changes && plan.operations.length > 0 && (
        <ReviewChanges
          plan={plan}
          changes={changes}
          confirmedBreakingKey={confirmedBreakingKey}
          onConfirmBreaking={(key) => checkStore.confirmBreaking(key)}
          notes={
            plan.operations.some((op) => op.kind === 'addSigningCertificate') && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{t('check.ui.certificateRollover')}</MessageBarBody>
              </MessageBar>
            )
          }
        />
      )}
      {manual.length > 0 && (
        <section aria-labelledby="manual-items">
          <Text as="h2" weight="semibold" size={400} id="manual-items">
            {t('check.ui.manualItems')}
          </Text>
          <ul className={styles.plain}>
            {manual.map((finding) => (
              <li key={finding.id}>
                <strong>{finding.title}</strong>
                {t('review.scopeSeparator')}
                {finding.fix?.by === 'admin' ? finding.fix.steps : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
    </StepFrame>
  );
}
