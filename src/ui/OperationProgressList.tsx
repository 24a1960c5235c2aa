// The progress list of a running plan, shared by the setup's Apply step and the repair: one row per
// operation with its state, why it waits (retrying), and what failed with what to do about it.
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationStatus } from '../graph/executor';
import type { PlannedOperation } from '../setup/plan';
import { failureText, operationTitle, retryText } from './operation-text';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  line: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  done: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  detail: { overflowWrap: 'anywhere' },
});

type FailedStatus = Extract<OperationStatus, { state: 'failed' }>;

export interface OperationProgressListProps {
  operations: readonly PlannedOperation[];
  statusOf(id: string): OperationStatus;
  /** The list's accessible name. */
  label: string;
  /** Each row's test id is `${testIdPrefix}${operation id}`, with the state in `data-state`. */
  testIdPrefix: string;
  /** What to do about a failure, in place of the advice its status carries (e.g. consent on a 403). */
  adviceFor?(op: PlannedOperation, status: FailedStatus): ReactNode;
}

export function OperationProgressList({ operations, statusOf, label, testIdPrefix, adviceFor }: OperationProgressListProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <ol className={styles.list} aria-label={label}>
      {operations.map((op) => {
        const status = statusOf(op.id);
        return (
          <li key={op.id} className={styles.row} data-testid={`${testIdPrefix}${op.id}`} data-state={status.state}>
            <span className={styles.line}>
              {status.state === 'running' || status.state === 'retrying' ? (
                // The state's word beside it says the same: the spinner is decoration.
                <Spinner size="extra-tiny" aria-hidden />
              ) : null}
              <Text weight="semibold" className={status.state === 'done' ? styles.done : status.state === 'failed' ? styles.failed : undefined}>
                {t(`apply.state.${status.state}`)}
              </Text>
              <Text className={styles.detail}>{operationTitle(t, op)}</Text>
            </span>
            {status.state === 'retrying' && (
              <Text size={200} className={styles.detail}>
                {retryText(t, status)}
              </Text>
            )}
            {status.state === 'failed' && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle translate={status.messageRef ? undefined : 'no'}>{failureText(t, status).message}</MessageBarTitle>
                  {adviceFor?.(op, status) ?? failureText(t, status).advice}
                </MessageBarBody>
              </MessageBar>
            )}
          </li>
        );
      })}
    </ol>
  );
}
