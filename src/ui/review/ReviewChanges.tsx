// The review both flows show before Apply (the wizard's Review step and a repair's review): what
// changes, per blade of the Entra admin center; the confirmation a change that can break sign-in
// needs; what stops Apply whatever is confirmed; and the exact Graph requests behind a disclosure
// (docs/decisions/014-review-in-portal-words.md, 024-one-summary-one-review.md).
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { mayApply, type ChangeDescription } from '../../setup/changes';
import { KEEP_EVERYTHING, type Plan, type ReviewChoices } from '../../setup/plan';
import { translate } from '../../i18n/translate';
import { PlannedOperationsList, PlanScopes } from '../PlannedOperationsList';
import { BreakingConfirmation, ChangesView } from './ChangesView';

const useStyles = makeStyles({
  requests: { '& > summary': { cursor: 'pointer', color: tokens.colorBrandForeground1 } },
  // Inside the details: Chromium does not lay a details element out as flex.
  requestsBody: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, marginTop: tokens.spacingVerticalS },
});

/**
 * Whether Apply may be clicked: a plan with its changes, a tenant the link allows, nothing blocking
 * and every breaking change confirmed as it is now (mayApply).
 */
export function reviewAllowsApply(input: {
  plan: Plan | null;
  changes: ChangeDescription | null;
  tenantAllowed: boolean;
  confirmedBreakingKey: string | null;
}): boolean {
  const { plan, changes, tenantAllowed, confirmedBreakingKey } = input;
  return plan !== null && changes !== null && tenantAllowed && mayApply(changes, confirmedBreakingKey);
}

/** The exact Graph requests Apply sends, and the permissions they use, folded away. */
function PlannedRequests({ plan }: { plan: Plan }) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (plan.operations.length === 0) return null;
  return (
    <details className={styles.requests} data-testid="graph-requests">
      <summary>{t('review.requestsSummary', { count: plan.operations.length })}</summary>
      <div className={styles.requestsBody}>
        <Text as="p">{t('review.requestsIntro')}</Text>
        <PlannedOperationsList operations={plan.operations} label={t('review.operationsLabel')} />
        <section aria-label={t('review.permissionsLabel')}>
          <Text as="h3" weight="semibold" size={400}>
            {t('review.permissionsHeading')}
          </Text>
          <PlanScopes operations={plan.operations} />
        </section>
      </div>
    </details>
  );
}

export interface ReviewChangesProps {
  plan: Plan;
  changes: ChangeDescription;
  /** The decisions an existing app offers (keep or rename, keep or remove); a repair offers none. */
  choices?: ReviewChoices;
  onChoices?: (choices: ReviewChoices) => void;
  confirmedBreakingKey: string | null;
  onConfirmBreaking: (breakingKey: string | null) => void;
  /** What the caller adds after the changes (notes on what Apply cannot do). */
  notes?: ReactNode;
}

export function ReviewChanges({ plan, changes, choices = KEEP_EVERYTHING, onChoices, confirmedBreakingKey, onConfirmBreaking, notes }: ReviewChangesProps) {
  const { t } = useTranslation();
  const confirmed = changes.breaking.length > 0 && confirmedBreakingKey === changes.breakingKey;
  return (
    <>
      <ChangesView changes={changes} choices={choices} onChoices={onChoices ?? (() => undefined)} />
      {notes}
      {changes.blockers.map((blocker) => (
        <MessageBar key={blocker.key} intent="error">
          <MessageBarBody>{translate(t, blocker)}</MessageBarBody>
        </MessageBar>
      ))}
      <BreakingConfirmation changes={changes} confirmed={confirmed} onConfirm={(yes) => onConfirmBreaking(yes ? changes.breakingKey : null)} />
      <PlannedRequests plan={plan} />
    </>
  );
}
