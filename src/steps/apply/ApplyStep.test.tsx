import { act, screen, waitFor, within } from '@testing-library/react';
import { wizardStore } from '../../wizard/wizard-store';
import { describe, expect, it } from 'vitest';
import { newAppAnswers } from '../../testing/answers';
import { useDemoTenant } from '../../testing/demo-graph';
import { en } from '../../testing/english';
import { renderWizardAt } from '../../testing/wizard-at';
import { applyHarness } from '../../graph/testing/apply-harness';
import { initialContext } from '../../graph/plan-for-tenant';
import { withApplyLock } from '../../ui/apply-lock';

describe('the apply step', () => {
  it("runs the reviewed plan against the tenant, shows each operation's progress, and ends on the summary", async () => {
    const { tenant, ...demo } = useDemoTenant();
    // Each answer takes 50 ms (MSW's adapter waits), so the run is still on screen when the page is read.
    tenant.faults.latencyMs = 50;
    const answers = newAppAnswers();
    const { user } = renderWizardAt('review', demo, { answers });
    const apply = await screen.findByRole('button', { name: en('review.apply') });
    await waitFor(() => expect(apply).toBeEnabled(), { timeout: 5_000 });
    await user.click(apply);

    expect(await screen.findByRole('heading', { level: 1, name: en('apply.title') })).toBeInTheDocument();
    const operations = screen.getByRole('list', { name: en('apply.operationsLabel') });
    const total = operations.querySelectorAll(':scope > li').length;
    expect(total).toBeGreaterThan(3);
    expect(screen.getByRole('status')).toHaveTextContent(/\d+ of \d+/);

    expect(await screen.findByRole('heading', { level: 1, name: en('summary.title') }, { timeout: 20_000 })).toBeInTheDocument();
    const apps = Object.values(tenant.state.applications).filter((app) => app.displayName === answers.appName);
    expect(apps).toHaveLength(1);
    expect(apps[0]?.web?.redirectUris).toEqual(['https://euc.tmes.trendmicro.eu/uiserver/euc/ssoAssert?cmpID=contoso-eu']);

    // Back on the finished run (Back, or a reload that raced its end): a way on to the summary.
    act(() => wizardStore.goTo('apply'));
    expect(await screen.findByRole('heading', { level: 1, name: en('apply.title') })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`${total} of ${total}`);
    await user.click(screen.getByRole('button', { name: en('apply.continueToSummary') }));
    expect(await screen.findByRole('heading', { level: 1, name: en('summary.title') })).toBeInTheDocument();
    expect(Object.values(tenant.state.applications).filter((app) => app.displayName === answers.appName)).toHaveLength(1);
  });

  it('refuses a plan made for another tenant than the signed-in one, and writes nothing', async () => {
    const { tenant, ...demo } = useDemoTenant();
    const answers = newAppAnswers();
    const plan = await applyHarness({ tenant }).plan(answers);
    renderWizardAt('apply', demo, { answers, apply: { plan, finished: {}, state: 'ready', tenantId: 'another-tenant', context: initialContext(plan) } });

    expect(await screen.findByText(en('apply.tenantMismatch', { planned: 'another-tenant', signedIn: demo.session.account.tenantId }))).toBeInTheDocument();
    // A run would have taken the planned tenant's lock first: queue behind it, so anything it did is done.
    await withApplyLock('another-tenant', async () => {});
    expect(Object.values(tenant.state.applications).filter((app) => app.displayName === answers.appName)).toHaveLength(0);
  });

  it('after a failed run, lists what removing the created app takes with it, and removes exactly that app', async () => {
    const { tenant, ...demo } = useDemoTenant();
    // A custom identity claim: the run writes a claims policy, after the certificate.
    const answers = newAppAnswers({ identityClaim: { kind: 'custom', name: 'euc_mail', sourceAttribute: 'mail' } });
    // A run that created the app, assigned people and added the certificate, then failed: Graph kept
    // answering 503 to the claims policy write until the run gave up.
    tenant.faults.throttle(503, 1000, { method: 'PUT', pathIncludes: '/claimsPolicy' });
    const run = await applyHarness({ tenant }).apply(answers);
    tenant.faults.clear();
    if (run.outcome.ok) throw new Error('the run was meant to fail');
    const { applicationId } = run.outcome.context;
    const appIds = () => Object.values(tenant.state.applications).map((app) => app.id);
    expect(appIds()).toContain(applicationId);
    const { user } = renderWizardAt('apply', demo, {
      answers,
      apply: { plan: run.plan, finished: run.journal, state: 'failed', tenantId: demo.session.account.tenantId, context: run.outcome.context },
    });

    await user.click(await screen.findByRole('button', { name: en('apply.removeCreated') }));
    const dialog = await screen.findByRole('dialog', { name: en('apply.removeTitle') });
    expect([...dialog.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      `The application "${answers.appName}" (object id ${applicationId}) and its enterprise app (service principal)`,
      '2 user and group assignments',
      `The signing certificate ${run.outcome.context.certificate?.thumbprint}`,
      'Its claims, SAML settings and notification addresses',
    ]);
    const others = appIds().filter((id) => id !== applicationId);
    await user.click(within(dialog).getByRole('button', { name: en('apply.remove') }));
    await waitFor(() => expect(appIds()).toEqual(others), { timeout: 10_000 });
  });
});
