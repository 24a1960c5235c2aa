// Interactive requests (redirects to the authority) the session started, remembered across the
// redirect in sessionStorage, so that a refused one is never asked again by the page on its own.
// Rules: docs/decisions/013-consent-never-loops.md. In short:
// - an attempt is what one click of the admin started (Apply, Try again, Ask Microsoft again);
// - within an attempt, each scope set may leave for the authority once;
// - a second time only when the admin's click is what asks (a new attempt). Not the browser's
//   transient user activation: Chromium carried it across the authority's redirect back to the
//   page (seen in e2e), so it cannot tell a click from a return;
// - what the authority answered (its AADSTS code and words) is kept for the page to show.
// Without it, an apply resumed after a refused redirect asked silently, was refused, and left
// again: 58 redirects in two minutes (issue 13).
import type { AuthProblem } from './session';
import { SESSION_DATA_KEYS } from './session-data';

/** OpenID Connect scopes MSAL adds on its own: not part of what an operation asks for. */
const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);
const GRAPH_RESOURCE = 'https://graph.microsoft.com/';

/** One key per scope set: Graph's short and full names, any order, any case, are the same set. */
export function scopeSetKey(scopes: readonly string[]): string {
  const short = scopes
    .map((scope) => (scope.toLowerCase().startsWith(GRAPH_RESOURCE) ? scope.slice(GRAPH_RESOURCE.length) : scope).toLowerCase())
    .filter((scope) => !OIDC_SCOPES.has(scope));
  return [...new Set(short)].sort().join(' ');
}

interface RedirectEntry {
  /** When the redirect was started (ms). */
  at: number;
  /** What the authority answered, or what the silent request said once the redirect was spent. */
  problem?: AuthProblem;
}

export interface GuardState {
  /** The attempt these redirects belong to; another attempt starts with none. */
  attempt: string;
  redirects: Record<string, RedirectEntry>;
  /** The scope set whose redirect is under way (its answer arrives on the next page load). */
  pending?: string;
}

export type RedirectDecision = { allowed: true } | { allowed: false; problem: AuthProblem };

export class InteractionGuard {
  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined,
    private readonly key: string = SESSION_DATA_KEYS.interactionGuard,
    private readonly now: () => number = Date.now,
  ) {}

  read(): GuardState {
    try {
      const raw = this.storage?.getItem(this.key);
      const parsed = raw ? (JSON.parse(raw) as Partial<GuardState>) : null;
      if (parsed && typeof parsed.attempt === 'string' && parsed.redirects && typeof parsed.redirects === 'object') {
        return { attempt: parsed.attempt, redirects: parsed.redirects, ...(parsed.pending ? { pending: parsed.pending } : {}) };
      }
    } catch {
      // Unreadable: start afresh (below).
    }
    return { attempt: '', redirects: {} };
  }

  private write(state: GuardState): void {
    try {
      this.storage?.setItem(this.key, JSON.stringify(state));
    } catch {
      // Storage unavailable: the redirect's return cannot be told apart from a fresh start either;
      // MSAL keeps its own state in the same storage and could not complete the redirect.
    }
  }

  /**
   * The run of `attempt` is (re)starting. The same attempt keeps its spent redirects (a resume
   * after a redirect or a reload); another attempt (the admin clicked) starts with none.
   */
  enterAttempt(attempt: string): void {
    const state = this.read();
    if (state.attempt === attempt) return;
    this.write({ attempt, redirects: {} });
  }

  /**
   * Silent acquisition for `scopes` needs interaction. Allowed once per scope set per attempt, or
   * when the admin's click is what asks (`byClick`); the redirect is recorded before the page
   * leaves. Refused: the authority's answer to the spent redirect, or `silentProblem`.
   */
  beforeRedirect(scopes: readonly string[], options: { byClick: boolean; silentProblem: AuthProblem }): RedirectDecision {
    const state = this.read();
    const key = scopeSetKey(scopes);
    const spent = state.redirects[key];
    if (spent && !options.byClick) {
      const problem = spent.problem ?? options.silentProblem;
      this.write({ ...state, redirects: { ...state.redirects, [key]: { ...spent, problem } } });
      return { allowed: false, problem };
    }
    this.write({ ...state, redirects: { ...state.redirects, [key]: { at: this.now() } }, pending: key });
    return { allowed: true };
  }

  /** The redirect that was under way came back refused (or could not start): keep the reason. */
  recordRefusal(problem: AuthProblem): void {
    const state = this.read();
    const key = state.pending;
    if (key === undefined) return;
    const { pending: _answered, ...rest } = state;
    this.write({ ...rest, redirects: { ...state.redirects, [key]: { at: state.redirects[key]?.at ?? this.now(), problem } } });
  }

  /** The redirect that was under way came back with a token: still spent for this attempt. */
  recordAnswered(): void {
    const state = this.read();
    if (state.pending === undefined) return;
    const { pending: _answered, ...rest } = state;
    this.write(rest);
  }

  /** Why `scopes` cannot be had without the admin asking again, if a refusal is known. */
  refusalFor(scopes: readonly string[]): AuthProblem | undefined {
    return this.read().redirects[scopeSetKey(scopes)]?.problem;
  }

  clear(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // Nothing was kept.
    }
  }
}

export const interactionGuard = new InteractionGuard(globalThis.sessionStorage);

/** A token that needs the authority's interaction, which this attempt has spent: nothing is asked. */
export class InteractionRefusedError extends Error {
  constructor(
    readonly problem: AuthProblem,
    readonly scopes: readonly string[],
  ) {
    super(`${problem.code}: ${problem.message.replace(new RegExp(`^${problem.code}:\\s*`), '')}`);
    this.name = 'InteractionRefusedError';
  }
}

/** A fresh attempt id (the admin's click). */
export function newAttemptId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`;
}

/**
 * The admin clicked Try again on a read: a new attempt, so a sign-in Microsoft refused for these
 * reads may be asked once more (and only by this click).
 */
export function startAttemptByClick(): void {
  interactionGuard.enterAttempt(newAttemptId());
}
