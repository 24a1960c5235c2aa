// The demo session: the same AdminSession interface as MSAL, for the emulated tenant. Signing in
// needs no Entra account; tokens are the demo tenant's unsigned tokens, carrying the scopes asked
// for so far, so incremental consent is exercised the same way as with a real authority.
// The emulated tenant itself (MSW, the directory, certificates: about 230 kB gzipped) starts only
// at sign-in, or at boot when this tab already has a demo session (main.tsx, hasDemoSession). The
// tenant's code, its token format included, comes from main.tsx (the demo bootstrap), loaded lazily.
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { AuthContext } from './auth-context';
import type { AdminAccount, AdminSession, AuthController, AuthProblem, AuthState } from './session';
import { SIGN_IN_SCOPES } from '../setup/scopes';

const SESSION_KEY = 'tmes-sso-wizard.demo-session';

interface StoredDemoSession {
  account: AdminAccount;
  consented: string[];
}

/** Does this tab have a demo session? Then the tenant must run before the wizard renders. */
export function hasDemoSession(): boolean {
  return loadStored() !== null;
}

function loadStored(): StoredDemoSession | null {
  try {
    const raw = sessionStorage.getItem(SESSION_KEY);
    return raw ? (JSON.parse(raw) as StoredDemoSession) : null;
  } catch {
    return null;
  }
}

export interface DemoTenantStarter {
  /** Starts the emulated tenant (once) and resolves with the demo admin's account. */
  start(): Promise<AdminAccount>;
  /** A demo access token for the admin, carrying `scopes` (the tenant's own token format). */
  issueToken(account: AdminAccount, scopes: readonly string[]): Promise<string>;
  /** Starts loading the tenant's code ahead of the click (pointer over, or focus on, the button). */
  prepare(): void;
}

export function DemoAuthProvider({ tenant, children }: { tenant: DemoTenantStarter; children: ReactNode }) {
  const [stored, setStored] = useState<StoredDemoSession | null>(loadStored);
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<AuthProblem | undefined>();

  const save = useCallback((next: StoredDemoSession | null) => {
    if (next) sessionStorage.setItem(SESSION_KEY, JSON.stringify(next));
    else sessionStorage.removeItem(SESSION_KEY);
    setStored(next);
  }, []);

  const session = useMemo<AdminSession | null>(() => {
    if (!stored) return null;
    return {
      mode: 'demo',
      account: stored.account,
      async getToken(scopes) {
        const consented = [...new Set([...(loadStored()?.consented ?? []), ...scopes])];
        sessionStorage.setItem(SESSION_KEY, JSON.stringify({ ...stored, consented }));
        return tenant.issueToken(stored.account, consented);
      },
      async scopesNotGranted() {
        // The demo tenant's administrator has consented to every scope the wizard asks for.
        return [];
      },
      async requestConsent() {},
      async signOut() {
        save(null);
      },
    };
  }, [stored, save, tenant]);

  const controller = useMemo<AuthController>(() => {
    const state: AuthState = session
      ? { kind: 'signed-in', session }
      : starting
        ? { kind: 'starting' }
        : { kind: 'signed-out', ...(problem ? { problem } : {}) };
    return {
      state,
      prepareSignIn: tenant.prepare,
      signIn: async () => {
        setProblem(undefined);
        setStarting(true);
        try {
          const admin = await tenant.start();
          save({ account: admin, consented: [...SIGN_IN_SCOPES] });
        } catch (error) {
          // The code names the problem in the admin's language (AuthProblemBar); the message is the cause.
          setProblem({ code: 'demo_tenant_unavailable', message: error instanceof Error ? error.message : String(error) });
        } finally {
          setStarting(false);
        }
      },
    };
  }, [session, starting, problem, tenant, save]);

  return <AuthContext.Provider value={controller}>{children}</AuthContext.Provider>;
}
