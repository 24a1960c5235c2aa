import {
  EventType,
  InteractionRequiredAuthError,
  LogLevel,
  PublicClientApplication,
  type AccountInfo,
  type AuthenticationResult,
  type EventMessage,
} from '@azure/msal-browser';
import { MsalProvider, useMsal } from '@azure/msal-react';
import { InteractionStatus, InteractionType } from '@azure/msal-browser';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { AuthContext } from './auth-context';
import { notGranted, SIGN_IN_SCOPES } from '../setup/scopes';
import type { AdminSession, AuthController, AuthProblem, AuthState } from './session';
import { interactionGuard, InteractionRefusedError } from './interaction-guard';

/** MSAL errors carry an errorCode; the authority's own code (AADSTS…) is in the message. */
function describeAuthError(error: unknown): AuthProblem {
  const errorCode = typeof error === 'object' && error !== null && 'errorCode' in error ? String(error.errorCode) : '';
  const raw = error instanceof Error ? error.message : String(error);
  const aadsts = /AADSTS\d+/.exec(raw)?.[0];
  // v5 messages are mostly documentation links; keep the first sentence the authority wrote.
  const message = raw.replace(/\s*For more visit:.*$/s, '').trim() || 'Sign-in failed.';
  return { code: aadsts ?? (errorCode || 'unknown_error'), message };
}

export async function createMsalApplication(clientId: string, authority: string): Promise<PublicClientApplication> {
  const bridge = new URL('redirect.html', window.location.origin + import.meta.env.BASE_URL).href;
  const msal = new PublicClientApplication({
    auth: { clientId, authority, redirectUri: bridge, postLogoutRedirectUri: bridge },
    cache: { cacheLocation: 'sessionStorage' },
    system: {
      loggerOptions: {
        piiLoggingEnabled: false,
        logLevel: LogLevel.Warning,
        loggerCallback: (level, message, containsPii) => {
          if (containsPii) return;
          if (level === LogLevel.Error) console.error(`[msal] ${message}`);
        },
      },
    },
  });
  // Registered before the provider handles the redirect's answer, so the guard learns what the
  // authority said to the redirect it spent (docs/decisions/013-consent-never-loops.md).
  msal.addEventCallback((event: EventMessage) => {
    if (event.interactionType !== InteractionType.Redirect) return;
    if (event.eventType === EventType.ACQUIRE_TOKEN_FAILURE) interactionGuard.recordRefusal(describeAuthError(event.error));
    if (event.eventType === EventType.ACQUIRE_TOKEN_SUCCESS) interactionGuard.recordAnswered();
  });
  await msal.initialize();
  return msal;
}

/**
 * Starts the interactive sign-in; the page leaves for the authority. Used by the provider below
 * and, before MSAL was needed at boot, by the start page's deferred provider (deferred-msal-auth.tsx).
 * Resolves with the problem when MSAL refuses to start it.
 */
export async function signInWithRedirect(msal: PublicClientApplication): Promise<AuthProblem | null> {
  try {
    await msal.loginRedirect({ scopes: [...SIGN_IN_SCOPES], redirectStartPage: window.location.href, prompt: 'select_account' });
    return null;
  } catch (error) {
    return describeAuthError(error);
  }
}

/** How long sign-out waits for silent token requests already running. */
const SIGN_OUT_WAIT_MS = 5_000;

function toAccount(account: AccountInfo) {
  return {
    name: account.name ?? account.username,
    username: account.username,
    tenantId: account.tenantId,
    objectId: account.localAccountId,
  };
}

/**
 * The session for one signed-in account. Outside React: its closure holds mutable request state
 * (a redirect leaving, silent requests in flight) that no render reads.
 */
function createMsalSession(msal: PublicClientApplication, account: AccountInfo): AdminSession {
  /** A redirect this page started is leaving: every other request waits for the page to go. */
  let leaving = false;
  const leave = () => new Promise<never>(() => {});
  /** Silent token requests still running: sign-out lets them end first, so none writes to MSAL's cache after it was cleared. */
  const inFlight = new Set<Promise<unknown>>();
  const tracked = <T,>(request: Promise<T>): Promise<T> => {
    inFlight.add(request);
    void request.then(
      () => inFlight.delete(request),
      () => inFlight.delete(request),
    );
    return request;
  };
  return {
    mode: 'entra',
    account: toAccount(account),
    async getToken(scopes, options) {
      const request = { scopes: [...scopes], account };
      if (leaving) return leave();
      try {
        return (await tracked(msal.acquireTokenSilent({ ...request, forceRefresh: options?.forceRefresh === true }))).accessToken;
      } catch (error) {
        if (!(error instanceof InteractionRequiredAuthError)) throw error;
        if (leaving) return leave();
        // One interactive fallback (consent, a Conditional Access claims challenge) per scope set
        // per attempt; after that, only the admin's click (a new attempt) asks again: never a loop.
        const decision = interactionGuard.beforeRedirect(scopes, { byClick: false, silentProblem: describeAuthError(error) });
        if (!decision.allowed) throw new InteractionRefusedError(decision.problem, scopes);
        leaving = true;
        try {
          await msal.acquireTokenRedirect({ ...request, redirectStartPage: window.location.href });
        } catch (refused) {
          leaving = false;
          interactionGuard.recordRefusal(describeAuthError(refused));
          throw refused;
        }
        return leave();
      }
    },
    async scopesNotGranted(scopes) {
      try {
        if (leaving) return leave();
        const result = await tracked(msal.acquireTokenSilent({ scopes: [...scopes], account }));
        return notGranted(scopes, result.scopes);
      } catch (error) {
        if (error instanceof InteractionRequiredAuthError) return [...scopes];
        throw error;
      }
    },
    async requestConsent(scopes) {
      // Only ever the admin's click: always allowed, and recorded so its answer is kept.
      interactionGuard.beforeRedirect(scopes, { byClick: true, silentProblem: { code: 'consent_required', message: '' } });
      leaving = true;
      try {
        await msal.acquireTokenRedirect({ scopes: [...scopes], account, prompt: 'consent', redirectStartPage: window.location.href });
      } catch (refused) {
        leaving = false;
        interactionGuard.recordRefusal(describeAuthError(refused));
        throw refused;
      }
      return leave();
    },
    async signOut() {
      // Back through the redirect bridge (the configured postLogoutRedirectUri), which leaves no
      // `state` in the wizard's address bar. No new token request starts from here on, and those
      // already running end first (for at most a few seconds), so nothing is cached after the clear.
      leaving = true;
      await Promise.race([Promise.allSettled([...inFlight]), new Promise((done) => setTimeout(done, SIGN_OUT_WAIT_MS))]);
      try {
        await msal.logoutRedirect({ account });
      } catch (error) {
        leaving = false;
        throw error;
      }
    },
  };
}

function useMsalController(msal: PublicClientApplication): AuthController {
  const { inProgress, accounts } = useMsal();
  const [problem, setProblem] = useState<AuthProblem | undefined>();

  useEffect(() => {
    const id = msal.addEventCallback((event: EventMessage) => {
      if (event.eventType === EventType.LOGIN_SUCCESS || event.eventType === EventType.ACQUIRE_TOKEN_SUCCESS) {
        const result = event.payload as AuthenticationResult | null;
        if (result?.account && msal.getActiveAccount()?.homeAccountId !== result.account.homeAccountId) msal.setActiveAccount(result.account);
      }
      // MsalProvider swallows redirect errors: surface them here with MSAL's error code. Silent
      // failures are the callers' to handle (getToken falls back to one redirect; scopesNotGranted
      // reads one as "not granted"): shown here they would be false alarms.
      if (
        (event.eventType === EventType.ACQUIRE_TOKEN_FAILURE || event.eventType === EventType.LOGOUT_FAILURE) &&
        event.interactionType !== InteractionType.Silent
      ) {
        setProblem(describeAuthError(event.error));
      }
    });
    return () => {
      if (id) msal.removeEventCallback(id);
    };
  }, [msal]);

  const latest = msal.getActiveAccount() ?? accounts[0] ?? null;
  // MSAL builds a new account object on every call. One per signed-in identity keeps the session
  // (and every Graph read keyed on it) stable across renders, e.g. when a problem is set.
  const accountKey = latest ? `${latest.homeAccountId}|${latest.tenantId}` : '';
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const account = useMemo(() => latest, [accountKey]);

  const session = useMemo(() => (account ? createMsalSession(msal, account) : null), [account, msal]);

  const state: AuthState =
    inProgress === InteractionStatus.Startup || inProgress === InteractionStatus.HandleRedirect
      ? { kind: 'starting' }
      : session
        ? { kind: 'signed-in', session, ...(problem ? { problem } : {}) }
        : { kind: 'signed-out', ...(problem ? { problem } : {}) };

  const signIn = useCallback(async () => {
    setProblem(undefined);
    const refused = await signInWithRedirect(msal);
    if (refused) setProblem(refused);
  }, [msal]);

  return { state, signIn };
}

function MsalBridge({ msal, children }: { msal: PublicClientApplication; children: ReactNode }) {
  const controller = useMsalController(msal);
  return <AuthContext.Provider value={controller}>{children}</AuthContext.Provider>;
}

/** @public main.tsx mounts it as <msalAuth.MsalAuthProvider> after a dynamic import, a use knip does not see. */
export function MsalAuthProvider({ msal, children }: { msal: PublicClientApplication; children: ReactNode }) {
  return (
    <MsalProvider instance={msal}>
      <MsalBridge msal={msal}>{children}</MsalBridge>
    </MsalProvider>
  );
}
