// What to do about a 403, once the token is asked: Graph's refusal does not say whether consent or
// the admin's directory role is missing (docs/decisions/009-consent-or-role-on-403.md). If the
// token this session gets lacks some of the operation's scopes, consent is missing: offer to ask
// Microsoft for it (one interactive redirect, started only by the admin's click) and continue where
// the run stopped. If it carries them all, the role is missing: name it.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminSession, AuthProblem } from '../auth/session';
import { AuthProblemHint } from './AuthProblemBar';
import { ScopeReason } from './operation-text';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  text: { margin: 0 },
  scopes: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

export interface ForbiddenAdviceProps {
  session: AdminSession;
  scopes: readonly string[];
  /**
   * `true` before the page leaves for the authority: the run is marked to resume on return.
   * `false` when asking failed and the page stays: the run is marked stopped again.
   */
  resumeOnReturn(resume: boolean): void;
  /** Consent was granted without leaving the page: continue now. */
  onConsented(): void;
}

type Cause = { kind: 'checking' } | { kind: 'role' } | { kind: 'consent'; missing: string[] };

export function ForbiddenAdvice({ session, scopes, resumeOnReturn, onConsented }: ForbiddenAdviceProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [cause, setCause] = useState<Cause>({ kind: 'checking' });
  const [request, setRequest] = useState<{ state: 'idle' | 'running' } | { state: 'failed'; reason: string }>({ state: 'idle' });
  const key = scopes.join(' ');

  useEffect(() => {
    let current = true;
    session.scopesNotGranted(key.split(' ')).then(
      (missing) => current && setCause(missing.length > 0 ? { kind: 'consent', missing } : { kind: 'role' }),
      // The token could not be asked: both causes stay possible, and the advice names both.
      () => current && setCause({ kind: 'checking' }),
    );
    return () => {
      current = false;
    };
  }, [session, key]);

  if (cause.kind === 'checking') return <>{t('graph.advice.forbidden')}</>;
  if (cause.kind === 'role') return <>{t('graph.advice.forbiddenRole')}</>;

  const grant = async () => {
    setRequest({ state: 'running' });
    resumeOnReturn(true);
    try {
      await session.requestConsent(cause.missing);
      setRequest({ state: 'idle' });
      onConsented();
    } catch (error) {
      resumeOnReturn(false);
      setRequest({ state: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className={styles.root} data-testid="consent-prompt">
      <p className={styles.text}>{t('apply.consent.body')}</p>
      <ul className={styles.scopes}>
        {cause.missing.map((scope) => (
          <li key={scope}>
            <ScopeReason scope={scope} />
          </li>
        ))}
      </ul>
      {request.state === 'failed' && (
        <p className={styles.text} role="alert">
          {t('apply.consent.failed', { reason: request.reason })}
        </p>
      )}
      <Button appearance="primary" disabled={request.state === 'running'} onClick={() => void grant()}>
        {request.state === 'running' ? t('apply.consent.granting') : t('apply.consent.grant')}
      </Button>
    </div>
  );
}

/**
 * The authority refused the interactive request an operation's token needed (consent declined,
 * admin approval needed, a Conditional Access requirement not met), and this attempt has spent its
 * one redirect for it: the authority's code and what it means, and the one way to ask again.
 */
export function RefusedAdvice({ problem, onAskAgain }: { problem: AuthProblem; onAskAgain(): void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <div className={styles.root} data-testid="interaction-refused">
      <p className={styles.text}>{t('apply.refused.body', { code: problem.code })}</p>
      <AuthProblemHint code={problem.code} />
      <Button appearance="primary" onClick={onAskAgain}>
        {t('apply.refused.askAgain')}
      </Button>
    </div>
  );
}
