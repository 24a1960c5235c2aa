// How a planned operation, its progress and a scope read on the page, shared by the setup's and
// the repair's review and apply pages.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PlannedOperation } from '../setup/plan';
import type { OperationStatus } from '../graph/executor';
import { dynamic, translate } from '../i18n/translate';

/** The operation's title in the admin's language (directory names stay inside their isolates). */
export function operationTitle(t: TFunction, op: Pick<PlannedOperation, 'titleKey' | 'titleValues'>): string {
  return dynamic(t)(`plan.${op.titleKey}`, op.titleValues ?? {});
}

/** "Scope.Name: why the wizard asks for it"; the scope name is an identifier, never translated. */
export function ScopeReason({ scope }: { scope: string }) {
  const { t } = useTranslation();
  const reason = dynamic(t)(`review.scopeReasons.${scope.replaceAll('.', '_')}`, { defaultValue: '' });
  return (
    <>
      <strong translate="no">{scope}</strong>
      {reason ? `${t('review.scopeSeparator')}${reason}` : null}
    </>
  );
}

/** Why an operation waits, in the admin's language: "Next attempt in 4 s: <reason>". */
export function retryText(t: TFunction, status: Extract<OperationStatus, { state: 'retrying' }>): string {
  const reason = dynamic(t)(`graph.retry.${status.reasonKey}`, status.reasonValues ?? {});
  return status.waitMs > 0 ? t('apply.nextAttempt', { seconds: Math.max(1, Math.round(status.waitMs / 1000)), reason }) : reason;
}

/** A failed operation: its message (Graph's own words, or a check of ours) and what to do. */
export function failureText(t: TFunction, status: Extract<OperationStatus, { state: 'failed' }>): { message: string; advice: string } {
  return {
    message: status.messageRef ? translate(t, status.messageRef) : status.message,
    advice: t(`graph.advice.${status.adviceKey}`),
  };
}
