// The guard for e2e/fixtures/seeded.ts: a journal seeded with some answers opens the wizard on the
// seeded step with exactly those answers. If the fixture's journal and the app's
// (src/wizard/wizard-store.ts) drift apart, the app discards the seed and opens the first step, or
// shows other values, and this test fails before the specs that start from a seed do.
import { expect, test } from './fixtures/test';
import { heading } from './fixtures/wizard';
import { adele, salesAndMarketing, startAt } from './fixtures/seeded';

test('a seeded journal opens on its step with its answers, and every earlier step shows them', async ({ page, tenant }) => {
  await startAt(page, 'review', {
    principals: [adele(tenant), salesAndMarketing(tenant)],
    region: 'anz',
    cmpId: 'seeded-1',
    identityClaim: { kind: 'custom', name: 'euc_mail', sourceAttribute: 'userprincipalname' },
    groupClaim: { kind: 'default-name', groups: 'SecurityGroup' },
    emails: ['ops@contoso.com', 'it@contoso.com'],
  });
  expect(new URL(page.url()).searchParams.get('step')).toBe('review');
  await expect(page.getByTestId('change-replyUrl-after')).toHaveText('https://euc.tmes-anz.trendmicro.com/uiserver/euc/ssoAssert?cmpID=seeded-1');
  await expect(page.getByTestId('change-notificationEmails-after')).toContainText('it@contoso.com');
  await expect(page.getByTestId('change-assignments-after')).toContainText('Sales and Marketing');
  await expect(page.getByTestId('change-identityClaim-after')).toContainText('euc_mail');
  await expect(page.getByRole('button', { name: 'Apply', exact: true })).toBeEnabled();

  // Each earlier step's form starts from the seeded answers, as after a walk.
  const steps = page.getByRole('navigation', { name: 'Wizard steps' });
  await steps.getByRole('button', { name: '2. Users and groups' }).click();
  await heading(page, 'Users and groups');
  await expect(page.getByRole('main').getByText('Adele Vance', { exact: true })).toBeVisible();
  await expect(page.getByRole('main').getByText('Sales and Marketing', { exact: true })).toBeVisible();
  await steps.getByRole('button', { name: '3. Region and unique identifier' }).click();
  await expect(page.getByRole('radio', { name: /^Australia and New Zealand / })).toBeChecked();
  await expect(page.getByRole('textbox', { name: /Unique identifier/ })).toHaveValue('seeded-1');
  await steps.getByRole('button', { name: '4. Claims' }).click();
  await expect(page.getByRole('textbox', { name: 'Claim name', exact: true })).toHaveValue('euc_mail');
  await steps.getByRole('button', { name: '5. Signing certificate' }).click();
  await expect(page.getByRole('textbox', { name: /Notification e-mail addresses/ })).toHaveValue('ops@contoso.com, it@contoso.com');
});

// The guard for e2e/fixtures/session.ts: a restored session opens the app signed in without any
// authorize request, and the tokens the wizard asks for later come from the test's own authority,
// by the refresh token the worker's sign-in left in MSAL's cache. If the restored entries stop
// being MSAL's, the start page shows; if the authority stops honouring them, MSAL redirects.
test.describe('a restored session', () => {
  test.use({ session: 'restored' });

  test('opens signed in on the seeded step; later tokens come from the refresh token, with no redirect', async ({ page, tenant, authority }) => {
    await startAt(page, 'review', { principals: [adele(tenant)], region: 'jp', cmpId: 'restored-1', emails: ['ops@contoso.com'] });
    await expect(page.getByRole('button', { name: 'Apply', exact: true })).toBeEnabled();
    expect(authority.authorizeRequests).toEqual([]);
    // The review read the tenant's apps: a Graph scope beyond the sign-in's User.Read.
    expect(authority.tokenRequests.length).toBeGreaterThan(0);
    expect(authority.tokenRequests.map(({ grantType, error }) => ({ grantType, error }))).toEqual(
      authority.tokenRequests.map(() => ({ grantType: 'refresh_token', error: undefined })),
    );
    expect(authority.grantedScopeSets().flat()).toContain('Application.Read.All');
  });
});
