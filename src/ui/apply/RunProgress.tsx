// What a run shows while it goes, the same in the wizard's apply and the check's repair: a refusal
// to run under another tenant, the progress line, and every operation with its status and, where
// the admin can act, the advice (consent or role on a 403, Microsoft's refusal with "ask again").
import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { AdminSession } from '../../auth/session';
import { interactionGuard } from '../../auth/interaction-guard';
import type { PlannedOperation } from '../../setup/plan';
import { OperationProgressList } from '../OperationProgressList';
import { ForbiddenAdvice, RefusedAdvice } from '../ForbiddenAdvice';
import type { useApplyRunner } from './use-apply-runner';

export function RunProgress({
  session,
  operations,
  runner,
  tenantMismatch,
  progress,
  label,
  testIdPrefix,
}: {
  session: AdminSession;
  operations: readonly PlannedOperation[];
  runner: ReturnType<typeof useApplyRunner>;
  /** What the bar says when the record was planned under another tenant (the runner will not run it). */
  tenantMismatch: string;
  progress: string;
  label: string;
  testIdPrefix: string;
}) {
  const { statusOf, startByClick, resumeOnReturn, otherTenant } = runner;
  return (
    <>
      {otherTenant && (
        <MessageBar intent="error">
          <MessageBarBody>{tenantMismatch}</MessageBarBody>
        </MessageBar>
      )}
      <Text role="status" aria-live="polite">
        {progress}
      </Text>
      <OperationProgressList
        operations={operations}
        statusOf={statusOf}
        label={label}
        testIdPrefix={testIdPrefix}
        adviceFor={(op, status) => {
          if (status.adviceKey === 'forbidden') {
            return <ForbiddenAdvice session={session} scopes={op.scopes} resumeOnReturn={resumeOnReturn} onConsented={startByClick} />;
          }
          const refused = status.adviceKey === 'unexpected' ? interactionGuard.refusalFor(op.scopes) : undefined;
          return refused ? <RefusedAdvice problem={refused} onAskAgain={startByClick} /> : undefined;
        }}
      />
    </>
  );
}
