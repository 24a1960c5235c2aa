// The service principal reads the plan and the summary share: every page of appRoleAssignedTo (Graph
// answers 100 a page by default), and one rule for the active signing certificate.
import { describe, expect, it } from 'vitest';
import type { AppRoleAssignment, ServicePrincipal } from '@microsoft/microsoft-graph-types';
import type { DirectoryState } from '../demo-tenant/state';
import { applyHarness, SAMPLE_USER, sampleAnswers } from './testing/apply-harness';
import { readActiveSigningCertificate, readAssignedPrincipals } from './read-service-principal';
import { DemoTenant } from '../demo-tenant/tenant';
import { DEMO_CHECK_APPS } from '../demo-tenant/seed';
import { fakeClock } from '../demo-tenant/testing';

const DUBAI = DEMO_CHECK_APPS.correct;
/** Base64 that is not the DER of the certificate any thumbprint here names. */
const NOT_THAT_CERTIFICATE = btoa('not that certificate');
/** Dubai's answers: the same region and cmpID, so the plan is about what it already has. */
const dubaiAnswers = sampleAnswers({ region: 'uae', cmpId: 'contoso-uae', principals: [{ id: SAMPLE_USER, kind: 'user', displayName: 'A user' }] });

type DirectoryEdit = (state: DirectoryState, dubai: ServicePrincipal) => void;

/** A tenant with Dubai, edited before it starts (the tenant hands out copies of its state only). */
function tenantWithDubai(edit: DirectoryEdit = () => undefined) {
  const clock = fakeClock();
  const state = new DemoTenant({ clock: clock.now, checkApps: ['correct'] }).state;
  edit(
    state,
    state.servicePrincipals.find((s) => s.id === DUBAI.servicePrincipalId)!,
  );
  const tenant = new DemoTenant({ clock: clock.now, state });
  return { wizard: applyHarness({ clock, tenant }), tenant };
}

/** Adds `count` user assignments to Dubai's User role, the sample user's at `userAt`. */
const assignMany =
  (count: number, userAt: number): DirectoryEdit =>
  (state, sp) => {
    const userRoleId = sp.appRoles?.find((role) => role.displayName === 'User')?.id ?? '';
    for (let i = 0; i < count; i++) {
      const principalId = i === userAt ? SAMPLE_USER : `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      const assignment: AppRoleAssignment = {
        id: `paged-assignment-${i}`,
        appRoleId: userRoleId,
        principalId,
        principalDisplayName: `User ${String(i).padStart(3, '0')}`,
        principalType: 'User',
        resourceId: sp.id ?? null,
        resourceDisplayName: sp.displayName ?? null,
      };
      state.appRoleAssignments.push(assignment);
    }
  };

const seededAssignments = (state: DirectoryState) => state.appRoleAssignments.filter((a) => a.resourceId === DUBAI.servicePrincipalId).length;

const assignmentPages = (tenant: DemoTenant) =>
  tenant.log.filter((entry) => entry.method === 'GET' && entry.path.endsWith(`/servicePrincipals/${DUBAI.servicePrincipalId}/appRoleAssignedTo`));

describe('appRoleAssignedTo, every page', () => {
  it('the plan sees an assignment past the first 100 and plans no second one', async () => {
    const { wizard, tenant } = tenantWithDubai(assignMany(120, 110));
    const before = seededAssignments(new DemoTenant({ checkApps: ['correct'] }).state);
    const plan = await wizard.plan(dubaiAnswers);
    expect(plan.existing?.assignedPrincipalIds).toHaveLength(before + 120);
    expect(plan.existing?.assignedPrincipalIds).toContain(SAMPLE_USER);
    expect(plan.operations.filter((op) => op.kind === 'assignPrincipal')).toEqual([]);
    // Two pages: Graph's default of 100, then the rest.
    expect(
      assignmentPages(tenant)
        .slice(-2)
        .map((entry) => entry.query ?? ''),
    ).toEqual(['', expect.stringContaining('$skiptoken=')]);
  });

  it('the summary lists every assigned principal, past the first page', async () => {
    const { wizard } = tenantWithDubai(assignMany(120, 110));
    const before = seededAssignments(new DemoTenant({ checkApps: ['correct'] }).state);
    const principals = await readAssignedPrincipals(wizard.graph, DUBAI.servicePrincipalId);
    expect(principals).toHaveLength(before + 120);
    expect(principals.map((p) => p.id)).toContain(SAMPLE_USER);
  });
});

describe('the active signing certificate: one rule for the plan and the summary', () => {
  it('is the key whose DER hashes to the preferred thumbprint, not one whose customKeyIdentifier claims it', async () => {
    const seeded = tenantWithDubai();
    const summaryBefore = await readActiveSigningCertificate(seeded.wizard.graph, DUBAI.servicePrincipalId);
    const sp = seeded.tenant.state.servicePrincipals.find((s) => s.id === DUBAI.servicePrincipalId)!;
    expect(summaryBefore?.thumbprint).toBe(sp.preferredTokenSigningKeyThumbprint);
    expect((await seeded.wizard.plan(dubaiAnswers)).existing).toMatchObject({ hasActiveSigningCertificate: true });

    // Another Verify key whose customKeyIdentifier names the thumbprint but whose DER is not that
    // certificate (any client may write customKeyIdentifier), lasting longer: the plan and the
    // summary still agree on the certificate whose bytes match, and on its expiry.
    const { wizard } = tenantWithDubai((_, dubai) => {
      const verify = dubai.keyCredentials!.find((key) => key.usage === 'Verify' && key.endDateTime === summaryBefore?.endDateTime)!;
      const impostor = { ...verify, keyId: '00000000-0000-4000-8000-00000000beef', key: NOT_THAT_CERTIFICATE, endDateTime: '2099-01-01T00:00:00Z' };
      dubai.keyCredentials = [...dubai.keyCredentials!, impostor];
    });
    const summary = await readActiveSigningCertificate(wizard.graph, DUBAI.servicePrincipalId);
    const existing = (await wizard.plan(dubaiAnswers)).existing;
    expect(summary?.endDateTime).toBe(summaryBefore?.endDateTime);
    expect(existing?.signingCertificateExpiresAt).toBe(summary?.endDateTime);
    expect(existing?.hasActiveSigningCertificate).toBe(true);
  });

  it('costs the plan one read of the service principal, by appId, with its keys', async () => {
    const { wizard, tenant } = tenantWithDubai();
    const plan = await wizard.plan(dubaiAnswers);
    expect(plan.existing).toMatchObject({ hasActiveSigningCertificate: true });
    // The app by identifier, the service principal (certificate included), its assignments, its claims policy.
    expect(tenant.log.map((entry) => `${entry.method} ${entry.path}`)).toEqual([
      'GET /v1.0/applications',
      `GET /v1.0/servicePrincipals(appId='${DUBAI.appId}')`,
      `GET /v1.0/servicePrincipals/${DUBAI.servicePrincipalId}/appRoleAssignedTo`,
      `GET /beta/servicePrincipals/${DUBAI.servicePrincipalId}/claimsPolicy`,
    ]);
  });

  it('is none for the plan and the summary alike when no key’s DER hashes to the thumbprint', async () => {
    const { wizard } = tenantWithDubai((_, dubai) => {
      // Every Verify key claims the thumbprint by customKeyIdentifier; none has its bytes.
      dubai.keyCredentials = dubai.keyCredentials!.map((key) => (key.usage === 'Verify' ? { ...key, key: NOT_THAT_CERTIFICATE } : key));
    });
    expect(await readActiveSigningCertificate(wizard.graph, DUBAI.servicePrincipalId)).toBeNull();
    const plan = await wizard.plan(dubaiAnswers);
    expect(plan.existing).toMatchObject({ hasActiveSigningCertificate: false, signingCertificateExpiresAt: null });
    expect(plan.operations.map((op) => op.id)).toContain('add-certificate');
  });
});
