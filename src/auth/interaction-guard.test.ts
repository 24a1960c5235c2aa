import { describe, expect, it, vi } from 'vitest';
import { InteractionGuard, InteractionRefusedError, scopeSetKey } from './interaction-guard';
import { forgetSessionData } from './session-data';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const WRITE = ['Application.ReadWrite.All'];
const silent = { code: 'AADSTS65001', message: 'AADSTS65001: The user or administrator has not consented.' };
const declined = { code: 'AADSTS65004', message: 'AADSTS65004: User declined to consent to access the app.' };

/** A page load: a new guard over the same storage (what survives the redirect is what is stored). */
function pageLoad(storage: ReturnType<typeof memoryStorage>) {
  return new InteractionGuard(storage, 'guard', () => 1000);
}

describe('interaction guard', () => {
  it('allows one redirect per scope set per attempt; after the refusal comes back, the resumed run is refused with the reason', () => {
    const storage = memoryStorage();
    const before = pageLoad(storage);
    before.enterAttempt('click-1');
    expect(before.beforeRedirect(WRITE, { byClick: false, silentProblem: silent })).toEqual({ allowed: true });

    const after = pageLoad(storage);
    after.recordRefusal(declined);
    after.enterAttempt('click-1'); // the resume continues the attempt
    expect(after.beforeRedirect(WRITE, { byClick: false, silentProblem: silent })).toEqual({ allowed: false, problem: declined });
    // Asked again and again (every render, every resume): still no redirect.
    expect(pageLoad(storage).beforeRedirect(WRITE, { byClick: false, silentProblem: silent })).toEqual({ allowed: false, problem: declined });
    expect(pageLoad(storage).refusalFor(['https://graph.microsoft.com/application.readwrite.all', 'openid'])).toEqual(declined);
  });

  it('AADSTS65001 again after an accepted redirect: refused with the silent answer, not redirected twice', () => {
    const storage = memoryStorage();
    pageLoad(storage).enterAttempt('click-1');
    expect(pageLoad(storage).beforeRedirect(WRITE, { byClick: false, silentProblem: silent }).allowed).toBe(true);
    pageLoad(storage).recordAnswered();
    expect(pageLoad(storage).beforeRedirect(WRITE, { byClick: false, silentProblem: silent })).toEqual({ allowed: false, problem: silent });
    expect(pageLoad(storage).refusalFor(WRITE)).toEqual(silent);
  });

  it('a new attempt (the admin clicked) may redirect once more; other scope sets are counted apart', () => {
    const storage = memoryStorage();
    const guard = pageLoad(storage);
    guard.enterAttempt('click-1');
    guard.beforeRedirect(WRITE, { byClick: false, silentProblem: silent });
    guard.recordRefusal(declined);
    expect(guard.beforeRedirect(['AppRoleAssignment.ReadWrite.All', 'Application.Read.All'], { byClick: false, silentProblem: silent }).allowed).toBe(true);
    guard.enterAttempt('click-2');
    expect(guard.refusalFor(WRITE)).toBeUndefined();
    expect(guard.beforeRedirect(WRITE, { byClick: false, silentProblem: silent }).allowed).toBe(true);
    expect(guard.beforeRedirect(WRITE, { byClick: false, silentProblem: silent }).allowed).toBe(false);
  });

  it("the admin's consent click is always allowed, and its refusal is kept for the rows", () => {
    const storage = memoryStorage();
    const guard = pageLoad(storage);
    guard.enterAttempt('click-1');
    guard.beforeRedirect(WRITE, { byClick: false, silentProblem: silent });
    expect(guard.beforeRedirect(WRITE, { byClick: true, silentProblem: silent }).allowed).toBe(true);
    guard.recordRefusal(declined);
    expect(guard.refusalFor(WRITE)).toEqual(declined);
  });

  it('keys scope sets by short, lower-case names in any order, without OpenID Connect scopes', () => {
    expect(scopeSetKey(['Policy.Read.All', 'https://graph.microsoft.com/Policy.ReadWrite.ApplicationConfiguration', 'openid', 'offline_access'])).toBe(
      scopeSetKey(['policy.readwrite.applicationconfiguration', 'POLICY.READ.ALL']),
    );
  });

  it('survives unreadable storage and forgets everything on clear (sign-out)', () => {
    const storage = memoryStorage();
    storage.setItem('guard', '{not json');
    const guard = pageLoad(storage);
    expect(guard.read()).toEqual({ attempt: '', redirects: {} });
    guard.beforeRedirect(WRITE, { byClick: false, silentProblem: silent });
    guard.clear();
    expect(storage.getItem('guard')).toBeNull();
  });

  it("sign-out forgets the guard's record with the other session data", () => {
    const storage = { ...memoryStorage(), length: 0, key: () => null, clear: () => undefined };
    vi.stubGlobal('sessionStorage', storage);
    try {
      const guard = new InteractionGuard(storage);
      guard.enterAttempt('click-1');
      guard.beforeRedirect(WRITE, { byClick: false, silentProblem: silent });
      expect(guard.read().redirects).not.toEqual({});
      forgetSessionData();
      expect(guard.read()).toEqual({ attempt: '', redirects: {} });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("the refusal error carries the authority's code once", () => {
    expect(new InteractionRefusedError(declined, WRITE).message).toBe('AADSTS65004: User declined to consent to access the app.');
    expect(new InteractionRefusedError({ code: 'AADSTS90094', message: 'The grant requires admin permission.' }, WRITE).message).toBe(
      'AADSTS90094: The grant requires admin permission.',
    );
  });
});
