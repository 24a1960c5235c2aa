// On a 403, asks the session whether the token lacked any of the operation's scopes. If so, the
// refusal was about consent, not the admin's role: offer to ask Microsoft for that consent (one
// interactive redirect, started only by the admin's click), then continue where apply stopped.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminSession } from '../auth/session';
import { ScopeReason } from './operation-text';

export interface ConsentPromptProps {
  session: AdminSession;
  scopes: readonly string[];
  /**
   * `true` before the page leaves for the authority: the run is marked to resume on return.
   * `false` when asking failed and the page stays: the run is marked stopped again.
   */
  resumeOnReturn(resume: boolean): void;
  /** Consent was granted without leaving the page (the demo session): continue now. */
  onConsented(): void;
}

export function ConsentPrompt({ session, scopes, resumeOnReturn, onConsented }: ConsentPromptProps) {
  const { t } = useTranslation();
  const [missing, setMissing] = useState<string[]>([]);
  const [request, setRequest] = useState<{ state: 'idle' | 'running' } | { state: 'failed'; reason: string }>({ state: 'idle' });
  const key = scopes.join(' ');

  useEffect(() => {
    let current = true;
    session.scopesNotGranted(key.split(' ')).then(
      (notGranted) => current && setMissing(notGranted),
      // Not knowing is not a consent problem: the role advice above stays the explanation.
      () => current && setMissing([]),
    );
    return () => {
      current = false;
    };
  }, [session, key]);

  if (missing.length === 0) return null;

  const grant = async () => {
    setRequest({ state: 'running' });
    resumeOnReturn(true);
    try {
      await session.requestConsent(missing);
      setRequest({ state: 'idle' });
      onConsented();
    } catch (error) {
      resumeOnReturn(false);
      setRequest({ state: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <MessageBar intent="warning" layout="multiline" data-testid="consent-prompt">
      <MessageBarBody>
        <MessageBarTitle>{t('apply.consent.title')}</MessageBarTitle>
        {t('apply.consent.body')}
        <ul>
          {missing.map((scope) => (
            <li key={scope}>
              <ScopeReason scope={scope} />
            </li>
          ))}
        </ul>
        {request.state === 'failed' && t('apply.consent.failed', { reason: request.reason })}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" disabled={request.state === 'running'} onClick={() => void grant()}>
          {request.state === 'running' ? t('apply.consent.granting') : t('apply.consent.grant')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
