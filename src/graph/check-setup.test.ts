import { describe, expect, it } from 'vitest';
import { applyHarness } from './testing/apply-harness';
import { appForRegion, checkApp, listTrendMicroApps, searchAppsByName, sortForPicker, type CheckResult } from './check-setup';
import { DemoTenant } from '../demo-tenant/tenant';
import { fakeClock } from '../demo-tenant/testing';
import {
  DEMO_CHECK_APPS,
  DEMO_CHECK_NOTIFICATION_EMAIL,
  DEMO_CLOUD_APPLICATION_ADMIN_USER_ID,
  DEMO_EXISTING_OIDC_APP,
  DEMO_EXISTING_SAML_APP,
  DEMO_GROUP_IDS,
  seedDirectory,
  type DemoCheckApp,
  type DemoCheckAppKey,
} from '../demo-tenant/seed';
import { repairAnswers, repairReview, type ExpectedSetup, type RepairInput } from '../setup/check';
import { certificateEndDate } from '../setup/certificate';
import { eucIdentifier, eucReplyUrl } from '../setup/regions';

function harnessWith(checkApps: DemoCheckAppKey[]) {
  const clock = fakeClock();
  const tenant = new DemoTenant({ clock: clock.now, checkApps });
  return applyHarness({ tenant, clock });
}

function expectedOf(app: DemoCheckApp): ExpectedSetup {
  return { ...app.expected };
}

const REPAIR_INPUT: RepairInput = {
  principals: [{ id: DEMO_GROUP_IDS.emailSecurityUsers, kind: 'group', displayName: 'Email Security Users' }],
  notificationEmails: ['it-ops@contoso.onmicrosoft.com'],
};

function assertFound(result: Awaited<ReturnType<typeof checkApp>>): CheckResult {
  if (!('findings' in result)) throw new Error(`app not found: ${result.reason}`);
  return result;
}

const nonPassing = (result: CheckResult) => result.findings.filter((finding) => finding.status !== 'pass').map(({ id, status }) => ({ id, status }));

/** The repair each break needs: operation ids, nothing else. */
const REPAIR_OPERATIONS: Record<Exclude<DemoCheckAppKey, 'correct'>, string[]> = {
  wrongRegionHost: ['application-urls'],
  missingCmpId: ['application-urls'],
  samlModeUnset: ['saml-mode'],
  noActiveCertificate: ['add-certificate', 'activate-certificate'],
  expiredCertificate: ['add-certificate', 'activate-certificate'],
  expiringCertificate: ['add-certificate', 'activate-certificate'],
  noAssignments: [`assign:${DEMO_GROUP_IDS.emailSecurityUsers}`],
  claimNameDiffers: ['claims-policy'],
  portalMadePolicy: ['claims-policy'],
};

describe('sortForPicker', () => {
  it('lists Trend Micro EUC apps first, each group by name, each app once', () => {
    const app = (applicationId: string, displayName: string, eucRegion: 'eu' | null) => ({
      applicationId,
      appId: applicationId,
      displayName,
      identifierUris: [],
      eucRegion,
    });
    const sorted = sortForPicker([
      app('1', 'Alpha', null),
      app('2', 'Zulu EUC', 'eu'),
      app('3', 'Beta', null),
      app('2', 'Zulu EUC', 'eu'),
      app('4', 'Kilo EUC', 'eu'),
    ]);
    expect(sorted.map((a) => a.displayName)).toEqual(['Kilo EUC', 'Zulu EUC', 'Alpha', 'Beta']);
  });
});

describe('check and repair against the demo tenant', () => {
  for (const [key, operations] of Object.entries(REPAIR_OPERATIONS) as [Exclude<DemoCheckAppKey, 'correct'>, string[]][]) {
    const app = DEMO_CHECK_APPS[key];
    it(`${key}: the check reports ${app.broken.map((b) => `${b.id} (${b.status})`).join(', ')}; the repair writes exactly that; a second check passes`, async () => {
      const wizard = harnessWith([key]);
      const now = new Date(wizard.clock.now());
      const expected = expectedOf(app);

      const first = assertFound(await checkApp(wizard.graph, app.applicationId, expected, now));
      expect(nonPassing(first)).toEqual(app.broken);
      expect(wizard.tenant.writes()).toEqual([]);

      const plan = repairReview(first.observed, expected, first.findings, REPAIR_INPUT, certificateEndDate(now, 3), now).plan;
      expect(plan.operations.map((op) => op.id)).toEqual(operations);
      expect(plan.existing?.applicationId).toBe(app.applicationId);

      const run = await wizard.apply(repairAnswers(first.observed, expected, first.findings, REPAIR_INPUT), {}, plan);
      expect(run.outcome.ok).toBe(true);
      // One write per operation (the claims policy is read before it is written; reads are not writes).
      expect(wizard.tenant.writes()).toHaveLength(operations.length);

      const second = assertFound(await checkApp(wizard.graph, app.applicationId, expected, new Date(wizard.clock.now())));
      expect(nonPassing(second)).toEqual([]);
    });
  }

  it('wrong region host: the identifier and reply URL move to the expected region, the cmpID is kept', async () => {
    const app = DEMO_CHECK_APPS.wrongRegionHost;
    const wizard = harnessWith(['wrongRegionHost']);
    const now = new Date(wizard.clock.now());
    const first = assertFound(await checkApp(wizard.graph, app.applicationId, expectedOf(app), now));
    const replyUrl = first.findings.find((finding) => finding.id === 'replyUrl')!;
    expect(replyUrl.differingParts).toEqual(['host']);
    expect(replyUrl.reason).toBe(
      'The host is euc.tmes.trendmicro.com (North America, Latin America and Asia Pacific), not euc.tmes.trendmicro.eu (Europe and Africa). The cmpID is right.',
    );
    const plan = repairReview(first.observed, expectedOf(app), first.findings, REPAIR_INPUT, certificateEndDate(now, 3), now).plan;
    expect(plan.operations[0]?.body).toEqual({
      identifierUris: [eucIdentifier('eu')],
      web: { redirectUris: [eucReplyUrl('eu', 'contoso-eu')] },
    });
  });

  it('certificate rollover: the new certificate is active and the old one is still on the app', async () => {
    const app = DEMO_CHECK_APPS.expiringCertificate;
    const wizard = harnessWith(['expiringCertificate']);
    const now = new Date(wizard.clock.now());
    const first = assertFound(await checkApp(wizard.graph, app.applicationId, expectedOf(app), now));
    const oldThumbprint = first.observed.preferredTokenSigningKeyThumbprint;
    const plan = repairReview(first.observed, expectedOf(app), first.findings, REPAIR_INPUT, certificateEndDate(now, 3), now).plan;
    const run = await wizard.apply(repairAnswers(first.observed, expectedOf(app), first.findings, REPAIR_INPUT), {}, plan);
    const sp = wizard.tenant.state.servicePrincipals.find((s) => s.id === app.servicePrincipalId)!;
    expect(sp.preferredTokenSigningKeyThumbprint).toBe(run.outcome.context.certificate?.thumbprint);
    expect(sp.preferredTokenSigningKeyThumbprint).not.toBe(oldThumbprint);
    expect(sp.keyCredentials?.filter((key) => key.usage === 'Verify')).toHaveLength(2);
    expect(sp.passwordCredentials).toHaveLength(2);
  });

  it('claim name differs: the policy keeps the old claim and gains the expected one', async () => {
    const app = DEMO_CHECK_APPS.claimNameDiffers;
    const wizard = harnessWith(['claimNameDiffers']);
    const now = new Date(wizard.clock.now());
    const first = assertFound(await checkApp(wizard.graph, app.applicationId, expectedOf(app), now));
    expect(first.findings.find((finding) => finding.id === 'identityClaim')?.reason).toBe('No claim is named "euc_mail"; the app sends "euc_email" instead.');
    const plan = repairReview(first.observed, expectedOf(app), first.findings, REPAIR_INPUT, certificateEndDate(now, 3), now).plan;
    await wizard.apply(repairAnswers(first.observed, expectedOf(app), first.findings, REPAIR_INPUT), {}, plan);
    const policy = wizard.tenant.state.claimsPolicies[app.servicePrincipalId]?.current;
    expect(policy?.claims?.map((claim) => (claim as { name: string }).name)).toEqual(['euc_email', 'euc_mail']);
    expect(policy?.includeBasicClaimSet).toBe(true);
  });

  it('a correct app checks all green, plans nothing and writes nothing', async () => {
    const app = DEMO_CHECK_APPS.correct;
    const wizard = harnessWith(['correct']);
    const now = new Date(wizard.clock.now());
    const result = assertFound(await checkApp(wizard.graph, app.applicationId, expectedOf(app), now));
    // Everything passes except the group claim's name, which Graph cannot read: confirm, never pass.
    expect(result.findings.map((finding) => [finding.id, finding.status])).toEqual([
      ['samlMode', 'pass'],
      ['identifier', 'pass'],
      ['replyUrl', 'pass'],
      ['assignments', 'pass'],
      ['identityClaim', 'pass'],
      ['groupClaim', 'confirm'],
      ['signingCertificate', 'pass'],
      ['notificationEmails', 'pass'],
    ]);
    expect(result.observed.notificationEmailAddresses).toEqual([DEMO_CHECK_NOTIFICATION_EMAIL]);
    const plan = repairReview(result.observed, expectedOf(app), result.findings, REPAIR_INPUT, certificateEndDate(now, 3), now).plan;
    expect(plan.operations).toEqual([]);
    // The same app through the setup's own planner: also nothing to do.
    const setupPlan = await wizard.plan(repairAnswers(result.observed, expectedOf(app), result.findings, REPAIR_INPUT));
    expect(setupPlan.operations).toEqual([]);
    expect(wizard.tenant.writes()).toEqual([]);
    expect(wizard.tenant.log.every((entry) => entry.method === 'GET')).toBe(true);
  });

  it('a Cloud Application Administrator, refused the claims policy (403), gets every other item; the identity claim names the roles', async () => {
    const app = DEMO_CHECK_APPS.correct;
    const clock = fakeClock();
    const tenant = new DemoTenant({ clock: clock.now, checkApps: ['correct'] });
    const megan = applyHarness({ tenant, clock, userOid: DEMO_CLOUD_APPLICATION_ADMIN_USER_ID });
    const result = assertFound(await checkApp(megan.graph, app.applicationId, expectedOf(app), new Date(clock.now())));
    // The group claim's name is one Graph cannot read for anyone: to confirm in the portal.
    expect(nonPassing(result)).toEqual([
      { id: 'identityClaim', status: 'warning' },
      { id: 'groupClaim', status: 'confirm' },
    ]);
    const claim = result.findings.find((finding) => finding.id === 'identityClaim');
    expect(claim?.reason).toBe('Could not be read: reading the custom claims policy needs the Application Administrator or Global Reader role.');
    expect(claim?.fix?.by).toBe('admin');
    // Nothing for the repair to do about it, and nothing was written.
    const plan = repairReview(
      result.observed,
      expectedOf(app),
      result.findings,
      REPAIR_INPUT,
      certificateEndDate(new Date(clock.now()), 3),
      new Date(clock.now()),
    ).plan;
    expect(plan.operations).toEqual([]);
    expect(tenant.writes()).toEqual([]);
    expect(tenant.log.filter((entry) => entry.path.endsWith('/claimsPolicy')).map((entry) => entry.status)).toEqual([403]);
  });

  it('the wizard asked for a custom claim on an existing app by a Cloud Application Administrator: the review is built and names the role; apply stops at the claims step at once', async () => {
    const app = DEMO_CHECK_APPS.correct;
    const clock = fakeClock();
    const tenant = new DemoTenant({ clock: clock.now, checkApps: ['correct'] });
    const megan = applyHarness({ tenant, clock, userOid: DEMO_CLOUD_APPLICATION_ADMIN_USER_ID });
    const observed = assertFound(await checkApp(megan.graph, app.applicationId, expectedOf(app), new Date(clock.now()))).observed;
    const expected: ExpectedSetup = { ...expectedOf(app), identityClaim: { kind: 'custom', name: 'euc_mail', sourceAttribute: 'mail' } };
    const answers = repairAnswers(observed, expected, [], REPAIR_INPUT);
    const plan = await megan.plan(answers);
    expect(plan.existing?.claimsPolicyUnread).toBe(true);
    expect(plan.operations.map((op) => op.id)).toContain('claims-policy');
    const started = clock.now();
    const run = await megan.apply(answers, {}, plan);
    expect(run.outcome.ok).toBe(false);
    const failed = run.statuses.filter(({ status }) => status.state === 'failed');
    expect(failed.map(({ id }) => id)).toEqual(['claims-policy']);
    expect(failed[0]?.status).toMatchObject({ adviceKey: 'forbidden' });
    // A refusal, not replication: no waiting (the simulated clock barely moved).
    expect(clock.now() - started).toBeLessThan(5_000);
    expect(tenant.writes().filter((entry) => entry.path.endsWith('/claimsPolicy'))).toEqual([]);
  });

  it('without presets the check compares the app with itself: a consistent app passes, its group claim’s name to confirm', async () => {
    const app = DEMO_CHECK_APPS.correct;
    const wizard = harnessWith(['correct']);
    const result = assertFound(await checkApp(wizard.graph, app.applicationId, {}, new Date(wizard.clock.now())));
    expect(result.expected).toEqual(expectedOf(app));
    expect(result.findings.filter((finding) => finding.status !== 'pass').map((finding) => [finding.id, finding.status])).toEqual([['groupClaim', 'confirm']]);
  });

  it('an app registration without a service principal, or a deleted app, is reported as such', async () => {
    const clock = fakeClock();
    const state = seedDirectory();
    state.servicePrincipals = state.servicePrincipals.filter((sp) => sp.id !== DEMO_EXISTING_OIDC_APP.servicePrincipalId);
    const wizard = applyHarness({ tenant: new DemoTenant({ clock: clock.now, state }), clock });
    const now = new Date(clock.now());
    expect(await checkApp(wizard.graph, DEMO_EXISTING_OIDC_APP.applicationId, {}, now)).toEqual({ found: false, reason: 'no-service-principal' });
    expect(await checkApp(wizard.graph, '3f2504e0-4f89-41d3-9a0c-0305e82c3301', {}, now)).toEqual({ found: false, reason: 'no-application' });
  });
});

describe('finding the app to check', () => {
  it('lists apps with a Trend Micro EUC identifier, with their region', async () => {
    const wizard = harnessWith(['correct', 'missingCmpId', 'expiredCertificate']);
    const apps = await listTrendMicroApps(wizard.graph);
    expect(apps.map((app) => [app.displayName, app.eucRegion])).toEqual([
      ['Trend Micro EUC (Bangalore)', 'in'],
      ['Trend Micro EUC (Dubai)', 'uae'],
      ['Trend Micro EUC (Singapore)', 'sg'],
    ]);
  });

  it('searches by name with Trend Micro EUC apps first', async () => {
    const wizard = harnessWith(['correct']);
    const byName = await searchAppsByName(wizard.graph, 'trend');
    expect(byName.map((app) => app.displayName)).toEqual(['Trend Micro EUC (Dubai)']);
    const other = await searchAppsByName(wizard.graph, "Fabrikam's");
    expect(other).toEqual([]);
    const wiki = await searchAppsByName(wizard.graph, 'Fab');
    expect(wiki).toEqual([expect.objectContaining({ applicationId: DEMO_EXISTING_SAML_APP.applicationId, eucRegion: null })]);
  });

  it("finds the app with a region's identifier (deep link check=1&region=…), or none", async () => {
    const wizard = harnessWith(['missingCmpId']);
    const apps = await listTrendMicroApps(wizard.graph);
    expect(appForRegion(apps, 'in')?.applicationId).toBe(DEMO_CHECK_APPS.missingCmpId.applicationId);
    expect(appForRegion(apps, 'eu')).toBeNull();
  });
});
