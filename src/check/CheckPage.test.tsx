import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEMO_CHECK_APPS } from '../demo-tenant/seed';
import { renderCheckAfterReload, renderCheckAt } from '../testing/check-at';
import { useDemoTenant } from '../testing/demo-graph';
import { en } from '../testing/english';

const dubai = DEMO_CHECK_APPS.correct;
const tokyo = DEMO_CHECK_APPS.samlModeUnset;
const dublin = DEMO_CHECK_APPS.wrongRegionHost;
const findings = () => screen.getByRole('list', { name: en('check.ui.findingsLabel') });
const failing = () =>
  within(findings())
    .queryAllByRole('listitem')
    .filter((item) => item.textContent?.includes(en('check.ui.statusFail')));

describe('check an existing setup', () => {
  it("the app picker lists the tenant's Trend Micro EUC apps, and checking one shows its report", async () => {
    const demo = useDemoTenant({ checkApps: ['correct', 'samlModeUnset'] });
    const { user } = renderCheckAt(demo);
    const apps = await screen.findByRole('list', { name: en('check.ui.trendMicroApps') });
    expect(within(apps).getByText(dubai.displayName)).toBeInTheDocument();
    expect(within(apps).getByText(tokyo.displayName)).toBeInTheDocument();

    await user.click(within(apps).getByRole('button', { name: en('check.ui.checkAppNamed', { app: dubai.displayName }) }));
    expect(await screen.findByRole('heading', { level: 1, name: en('check.ui.reportTitle', { app: dubai.displayName }) })).toBeInTheDocument();
    // Nothing to fix; the unique identifier is for the admin to confirm against the console.
    expect(screen.getByText(en('check.ui.allPassButConfirm'))).toBeInTheDocument();
    expect(failing()).toEqual([]);
  });

  it('the report of a broken app shows the failing finding and offers its repair', async () => {
    const demo = useDemoTenant({ checkApps: ['samlModeUnset'] });
    renderCheckAt(demo, tokyo.applicationId);
    expect(await screen.findByRole('heading', { level: 1, name: en('check.ui.reportTitle', { app: tokyo.displayName }) })).toBeInTheDocument();
    expect(failing()).toHaveLength(1);
    expect(screen.queryByText(en('check.ui.allPass'))).toBeNull();
    expect(screen.getByRole('button', { name: en('check.ui.repair', { count: 1 }) })).toBeEnabled();
  });

  it('the repair is reviewed with its Graph operations, applied to the tenant (exactly the SAML mode), and a second check passes', async () => {
    const demo = useDemoTenant({ checkApps: ['samlModeUnset'] });
    const { user } = renderCheckAt(demo, tokyo.applicationId);
    expect(await screen.findByText(/^No single sign-on mode is set/)).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: en('check.ui.repair', { count: 1 }) }));

    expect(await screen.findByRole('heading', { level: 1, name: en('check.ui.reviewTitle') })).toBeInTheDocument();
    const operations = await screen.findByRole('list', { name: en('check.ui.operationsLabel') });
    expect(within(operations).getAllByRole('listitem').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: en('check.ui.apply') }));

    expect(await screen.findByRole('heading', { level: 1, name: en('check.ui.repaired') }, { timeout: 20_000 })).toBeInTheDocument();
    expect(demo.tenant.writes().map((entry) => `${entry.method} ${entry.path}`)).toEqual([`PATCH /v1.0/servicePrincipals/${tokyo.servicePrincipalId}`]);
    await user.click(screen.getByRole('button', { name: en('check.ui.checkAgain') }));
    expect(await screen.findByText(en('check.ui.allPass'))).toBeInTheDocument();
    expect(failing()).toEqual([]);
  });

  it("keeps the admin's confirmation of the repair's breaking changes across a reload", async () => {
    // Dublin's app is on the North American host for a European account: its identifier and live
    // reply URL move to the European host, which can break sign-in.
    const demo = useDemoTenant({ checkApps: ['wrongRegionHost'] });
    const first = renderCheckAt(demo, dublin.applicationId, dublin.expected);
    await first.user.click(await screen.findByRole('button', { name: en('check.ui.repair', { count: 2 }) }));
    const confirmation = await screen.findByRole('checkbox', { name: en('review.changes.confirmLabel') });
    const apply = () => screen.getByRole('button', { name: en('check.ui.apply') });
    expect(apply()).toBeDisabled();
    await first.user.click(confirmation);
    expect(apply()).toBeEnabled();

    first.unmount();
    renderCheckAfterReload(demo);
    expect(await screen.findByRole('checkbox', { name: en('review.changes.confirmLabel') })).toBeChecked();
    expect(apply()).toBeEnabled();
    expect(demo.tenant.writes()).toEqual([]);
  });
});
