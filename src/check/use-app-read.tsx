// Reading one app for the check and for the repair's review: the read (again on `retry`), and what
// the page shows while it loads, when the app is gone, and when the read failed.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphApi } from '../graph/client';
import { readAppForCheck } from '../graph/check-setup';
import type { ObservedApp } from '../setup/plan';
import { describeReadFailure } from './AppPicker';
import { startAttemptByClick } from '../auth/interaction-guard';
import { useKeyedRead } from '../ui/use-keyed-read';

export type AppRead =
  | { state: 'loading' }
  /** `claimsUnread`: the custom claims policy was refused (403); the rest was read. */
  | { state: 'done'; observed: ObservedApp; at: Date; claimsUnread: boolean }
  | { state: 'missing'; reason: 'no-application' | 'no-service-principal' }
  | { state: 'error'; error: unknown };

const LOADING: AppRead = { state: 'loading' };

export function useAppRead(graph: GraphApi, applicationId: string): { read: AppRead; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const answer = useKeyedRead([graph, applicationId, attempt], async (): Promise<AppRead> => {
    const now = new Date();
    const result = await readAppForCheck(graph, applicationId, now);
    return result.found
      ? { state: 'done', observed: result.observed, at: now, claimsUnread: result.observed.claimsPolicyUnread === true }
      : { state: 'missing', reason: result.reason };
  });
  // One object per answer: the pages derive their findings from it (useMemo).
  const read = useMemo<AppRead>(
    () => (answer.state === 'done' ? answer.value : answer.state === 'failed' ? { state: 'error', error: answer.error } : LOADING),
    [answer],
  );

  // Only the admin's click retries: a refused sign-in for these reads may be asked once more.
  const retry = useCallback(() => {
    startAttemptByClick();
    setAttempt((n) => n + 1);
  }, []);
  return { read, retry };
}

/** The read while it is not done: a spinner, the app gone, or the failure with Try again. */
export function AppReadStatus({ read, retry, loadingLabel }: { read: AppRead; retry: () => void; loadingLabel: string }) {
  const { t } = useTranslation();
  return (
    <div aria-live="polite">
      {read.state === 'loading' && <Spinner label={loadingLabel} />}
      {read.state === 'missing' && (
        <MessageBar intent="error">
          <MessageBarBody>{read.reason === 'no-application' ? t('check.ui.notFound') : t('check.ui.notEnterpriseApp')}</MessageBarBody>
        </MessageBar>
      )}
      {read.state === 'error' && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t('check.ui.readFailed')}</MessageBarTitle>
            {describeReadFailure(t, read.error)}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={retry}>{t('check.ui.tryAgain')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
