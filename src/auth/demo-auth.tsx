// The demo session: the same AdminSession interface as MSAL, for the emulated tenant. Signing in
// needs no Entra account; tokens are the demo tenant's unsigned tokens, carrying the scopes asked
// for so far, so incremental consent is exercised the same way as with a real authority.
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { AuthContext } from './auth-context';
import type { AdminAccount, AdminSession, AuthController, AuthState } from './session';
import { issueDemoAccessToken } from '../demo-tenant/tokens';
import { SIGN_IN_SCOPES } from './scopes';

const SESSION_KEY = 'tmes-sso-wizard.demo-session';

interface StoredDemoSession {
  account: AdminAccount;
  consented: string[];
}

function loadStored(): StoredDemoSession | null {
  try {
    const raw = sessionStorage.getItem(SESSION_KEY);
    return raw ? (JSON.parse(raw) as StoredDemoSession) : null;
  } catch {
    return null;
  }
}

export function DemoAuthProvider({ admin, children }: { admin: AdminAccount; children: ReactNode }) {
  const [stored, setStored] = useState<StoredDemoSession | null>(loadStored);

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
        return issueDemoAccessToken({
          tenantId: stored.account.tenantId,
          userOid: stored.account.objectId,
          scopes: consented,
          nowMs: Date.now(),
          name: stored.account.name,
          preferredUsername: stored.account.username,
        });
      },
      async signOut() {
        save(null);
      },
    };
  }, [stored, save]);

  const controller = useMemo<AuthController>(() => {
    const state: AuthState = session ? { kind: 'signed-in', session } : { kind: 'signed-out' };
    return { state, signIn: async () => save({ account: admin, consented: [...SIGN_IN_SCOPES] }) };
  }, [session, admin, save]);

  return <AuthContext.Provider value={controller}>{children}</AuthContext.Provider>;
}
