// The start page in real-tenant mode before MSAL is needed: signed out, with a "Sign in" that
// loads MSAL (src/auth/msal-auth.tsx) and starts the redirect. The first screen thus carries no
// MSAL code; main.tsx loads the full provider at boot whenever MSAL has state to handle
// (msal-state.ts): a sign-in coming back, a signed-in session, an interaction in progress.
import { useMemo, useState, type ReactNode } from 'react';
import { AuthContext } from './auth-context';
import type { AuthController, AuthProblem } from './session';

export interface DeferredSignIn {
  /** Loads MSAL and leaves for the authority; resolves with the problem when it could not. */
  start(): Promise<AuthProblem | null>;
  /** Starts loading MSAL ahead of the click (pointer over, or focus on, the button). */
  prepare(): void;
}

function loadFailure(error: unknown): AuthProblem {
  const reason = error instanceof Error ? error.message : String(error);
  // The code names the problem in the admin's language (AuthProblemBar); the message is the cause.
  return { code: 'sign_in_unavailable', message: reason };
}

export function DeferredMsalAuthProvider({ signIn, children }: { signIn: DeferredSignIn; children: ReactNode }) {
  const [problem, setProblem] = useState<AuthProblem | undefined>();

  const controller = useMemo<AuthController>(
    () => ({
      state: { kind: 'signed-out', ...(problem ? { problem } : {}) },
      prepareSignIn: signIn.prepare,
      async signIn() {
        setProblem(undefined);
        // Normally the page leaves for the authority; it stays only when sign-in could not start.
        const refused = await signIn.start().catch(loadFailure);
        if (refused) setProblem(refused);
      },
    }),
    [problem, signIn],
  );

  return <AuthContext.Provider value={controller}>{children}</AuthContext.Provider>;
}
