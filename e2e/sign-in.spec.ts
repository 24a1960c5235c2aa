// Issue 2: sign-in with MSAL's real redirect flow (against the fake authority), sign-out,
// a readable authority error, a session that survives a reload, and demo mode.

import type { Page } from '@playwright/test';
import { AUTHORITY_ORIGIN, CONSENT_MISSING, DEFAULT_USER, TEST_CLIENT_ID, expect, test } from './fixtures/test';

const SIGN_IN = { name: 'Sign in with Microsoft' } as const;

interface StorageSnapshot {
  session: Record<string, string>;
  local: Record<string, string>;
}

async function storage(page: Page): Promise<StorageSnapshot> {
  return page.evaluate(() => {
    const dump = (s: Storage) => {
      const out: Record<string, string> = {};
      for (let i = 0; i < s.length; i++) {
        const key = s.key(i)!;
        out[key] = s.getItem(key) ?? '';
      }
      return out;
    };
    return { session: dump(window.sessionStorage), local: dump(window.localStorage) };
  });
}

/** Storage entries that belong to MSAL's cache for this app or carry the signed-in account. */
function msalEntries(entries: Record<string, string>): string[] {
  return Object.entries(entries)
    .filter(
      ([key, value]) =>
        key.startsWith('msal') ||
        key.includes(TEST_CLIENT_ID) ||
        key.includes(DEFAULT_USER.objectId) ||
        value.includes(DEFAULT_USER.objectId) ||
        value.includes(TEST_CLIENT_ID),
    )
    .map(([key]) => key);
}

async function signIn(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', SIGN_IN).click();
  await expect(page.getByTestId('admin-name')).toHaveText(DEFAULT_USER.name);
}

test.describe('sign-in (real-tenant mode, MSAL redirect flow)', () => {
  test("signs in through the fake authority with MSAL's redirect flow, shows the admin's name and tenant, and signs out", async ({ page, authority }) => {
    await page.goto('/');
    const signInButton = page.getByRole('button', SIGN_IN);
    await expect(signInButton).toBeVisible();

    // The page leaves for the authority and comes back through the redirect bridge.
    const bridge = page.waitForURL(/\/redirect\.html#/, { waitUntil: 'commit' });
    await signInButton.click();
    await bridge;
    await expect(page.getByTestId('admin-name')).toHaveText('Adele Vance');
    await expect(page.getByTestId('tenant-id')).toHaveText(DEFAULT_USER.tenantId);
    await expect(page.getByText(DEFAULT_USER.username)).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/');

    // One interactive authorize with PKCE, one code redemption asking for the sign-in scope only.
    expect(authority.authorizeRequests).toHaveLength(1);
    expect(authority.authorizeRequests[0]).toMatchObject({ clientId: TEST_CLIENT_ID, tenant: 'organizations', inIframe: false, outcome: 'code' });
    expect(authority.authorizeRequests[0]!.redirectUri).toBe(new URL('/redirect.html', page.url()).href);
    // (The wizard's first step may already be asking for more scopes, silently: see below.)
    expect(authority.tokenRequests[0]).toMatchObject({ grantType: 'authorization_code', clientId: TEST_CLIENT_ID, granted: ['User.Read'] });

    // MSAL's cache lives in sessionStorage, nothing of it in localStorage.
    const stored = await storage(page);
    expect(msalEntries(stored.session).length).toBeGreaterThan(0);
    expect(Object.values(stored.session).some((v) => v.includes(DEFAULT_USER.objectId))).toBe(true);
    expect(msalEntries(stored.local)).toEqual([]);

    // Sign out: through the authority's logout endpoint and back to the start page (a silent token
    // request still running at that moment is the next test's).
    const logout = page.waitForRequest((r) => r.url().startsWith(`${AUTHORITY_ORIGIN}/organizations/oauth2/v2.0/logout`));
    await page.getByRole('button', { name: 'Sign out' }).click();
    await logout;
    await expect(page.getByRole('button', SIGN_IN)).toBeVisible();
    await expect(page.getByTestId('admin-name')).toHaveCount(0);
    expect(authority.logoutRequests).toHaveLength(1);
    expect(authority.logoutRequests[0]!.state).toBeTruthy();
    // MSAL cleared the account and every token (its version marker may stay).
    const after = await storage(page);
    expect(Object.values(after.session).filter((v) => v.includes('"credentialType"') || v.includes(DEFAULT_USER.username))).toEqual([]);
    expect(Object.values(after.session).filter((v) => v.includes(DEFAULT_USER.objectId))).toEqual([]);
    expect(msalEntries(after.local)).toEqual([]);
  });

  test('sign-out while a silent token request is still running leaves nothing of the account behind', async ({ page, authority }) => {
    // The first step asks silently for more scopes right after sign-in: hold that answer, and the
    // logout request too, so the token answer can only arrive while sign-out is under way.
    const refresh = authority.hold('refresh-token');
    await signIn(page);
    await refresh.arrived;
    const logout = authority.hold('logout');
    // Not awaited: the click's navigation is held with the logout answer.
    const clicked = page.getByRole('button', { name: 'Sign out' }).click();
    // The token answer comes once sign-out has reached the authority, or after a second if the page
    // is (rightly) still waiting for it before signing out.
    await Promise.race([logout.arrived, new Promise((done) => setTimeout(done, 1_000))]);
    const tokenAnswered = page.waitForResponse((r) => r.url().includes('/oauth2/v2.0/token'));
    refresh.release();
    await tokenAnswered;
    await logout.arrived;
    // The document that asked is still alive until the logout answer: give it time to act on the
    // token (nothing in a navigating page can be awaited, so this is a plain pause).
    await new Promise((done) => setTimeout(done, 500));
    logout.release();
    await clicked;
    await expect(page.getByRole('button', SIGN_IN)).toBeVisible();
    const after = await storage(page);
    expect(Object.values(after.session).filter((v) => v.includes('"credentialType"') || v.includes(DEFAULT_USER.objectId))).toEqual([]);
    expect(msalEntries(after.local)).toEqual([]);
  });

  test("shows a readable error with the authority's code when consent is missing", async ({ page, authority }) => {
    authority.failNextAuthorize(CONSENT_MISSING);

    await page.goto('/');
    await page.getByRole('button', SIGN_IN).click();

    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('Sign-in failed (AADSTS65001)');
    await expect(alert).toContainText('has not consented');
    // Not signed in: the start page is still there to try again.
    await expect(page.getByRole('button', SIGN_IN)).toBeVisible();
    await expect(page.getByTestId('admin-name')).toHaveCount(0);
    expect(authority.tokenRequests).toHaveLength(0);
  });

  test('a reload keeps the admin signed in', async ({ page, authority }) => {
    await signIn(page);
    const authorizeBefore = authority.authorizeRequests.length;

    await page.reload();
    await expect(page.getByTestId('admin-name')).toHaveText(DEFAULT_USER.name);
    await expect(page.getByTestId('tenant-id')).toHaveText(DEFAULT_USER.tenantId);
    await expect(page.getByRole('button', SIGN_IN)).toHaveCount(0);
    // Served from the token cache in sessionStorage: no new trip to the authority.
    expect(authority.authorizeRequests).toHaveLength(authorizeBefore);
  });
});

test.describe('Graph behind the sign-in', () => {
  test("the wizard's Graph calls carry the authority's tokens, with scopes consented incrementally", async ({ page, authority, tenant }) => {
    await signIn(page);
    // Signing in asked for the profile only; the first step's look-up needs more, asked for silently.
    await expect.poll(() => tenant.log.length).toBeGreaterThan(0);
    expect(authority.tokenRequests[0]).toMatchObject({ grantType: 'authorization_code', granted: ['User.Read'] });
    expect(authority.tokenRequests.slice(1).every((r) => r.grantType === 'refresh_token')).toBe(true);
    expect(authority.grantedScopeSets().flat()).toContain('Application.Read.All');
    expect(authority.authorizeRequests).toHaveLength(1);
    // The demo tenant accepted every token the authority issued.
    expect(tenant.log.filter((entry) => entry.status === 401)).toEqual([]);
  });
});

test.describe('demo mode', () => {
  test.use({ appMode: 'demo' });

  test('demo mode: with no client id the wizard starts on the demo tenant with a visible banner', async ({ page, authority }) => {
    await page.goto('/');
    await expect(page.getByText('Demo tenant: nothing here touches a real directory')).toBeVisible();
    // Nothing goes to the real-tenant authority in demo mode.
    expect(authority.log).toEqual([]);
  });
});
