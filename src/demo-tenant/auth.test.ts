import { describe, expect, it } from 'vitest';
import {
  DEMO_ADMIN_USER_ID,
  DEMO_CLOUD_APPLICATION_ADMIN_USER_ID,
  DEMO_GLOBAL_ADMIN_USER_ID,
  DEMO_GLOBAL_READER_USER_ID,
  DEMO_NO_ROLE_USER_ID,
  DEMO_TENANT_ID,
  DEMO_USER_IDS,
} from './seed';
import { DemoTenant } from './tenant';
import { fakeClock, graphCaller, instantiateNonGalleryApp } from './testing';
import { DEMO_WIZARD_SCOPES, issueDemoAccessToken, makeDemoAccessToken, readDemoAccessToken } from './tokens';

interface GraphErrorBody {
  error: { code: string; message: string };
}

const USER_ROLE = '18d14569-c3bd-439b-9a66-3a2aee01d14f';

function setup() {
  const clock = fakeClock();
  const tenant = new DemoTenant({ clock: clock.now });
  return { tenant, clock, admin: graphCaller(tenant) };
}

describe('demo access tokens', () => {
  it('round-trip their claims, including non-ASCII names', () => {
    const claims = { tid: DEMO_TENANT_ID, oid: DEMO_ADMIN_USER_ID, scp: 'User.Read', exp: 1_900_000_000, name: '山田 太郎' };
    const token = makeDemoAccessToken(claims);
    expect(token.split('.')).toHaveLength(3);
    expect(token.endsWith('.')).toBe(true);
    expect(readDemoAccessToken(token)).toEqual(claims);
  });

  it('read as null when garbled or missing claims', () => {
    expect(readDemoAccessToken('not a token')).toBeNull();
    expect(readDemoAccessToken('e30.e30.')).toBeNull(); // {} . {}
  });
});

describe('authentication', () => {
  it('answers 401 "Access token is empty." without an Authorization header', async () => {
    const { admin } = setup();
    const response = await admin<GraphErrorBody>('GET', '/me', { token: null });
    expect(response.status).toBe(401);
    expect(response.body.error).toEqual(expect.objectContaining({ code: 'InvalidAuthenticationToken', message: 'Access token is empty.' }));
  });

  it('answers 401 for a token that is not a well-formed JWT', async () => {
    const { admin } = setup();
    const response = await admin<GraphErrorBody>('GET', '/me', { token: 'abc.def' });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('InvalidAuthenticationToken');
    expect(response.body.error.message).toContain('validation failed');
  });

  it('answers 401 once the token has expired on the tenant clock', async () => {
    const { admin, tenant, clock } = setup();
    const token = issueDemoAccessToken({
      tenantId: DEMO_TENANT_ID,
      userOid: DEMO_ADMIN_USER_ID,
      scopes: DEMO_WIZARD_SCOPES,
      nowMs: tenant.now(),
      lifetimeSeconds: 3600,
    });
    expect((await admin('GET', '/me', { token })).status).toBe(200);
    clock.advance(3600 * 1000);
    const expired = await admin<GraphErrorBody>('GET', '/me', { token });
    expect(expired.status).toBe(401);
    expect(expired.body.error.message).toBe('Lifetime validation failed, the token is expired.');
  });

  it('answers 401 for a token issued for another tenant', async () => {
    const { admin, tenant } = setup();
    const token = issueDemoAccessToken({
      tenantId: 'f00df00d-0000-4000-8000-000000000000',
      userOid: DEMO_ADMIN_USER_ID,
      scopes: DEMO_WIZARD_SCOPES,
      nowMs: tenant.now(),
    });
    expect((await admin('GET', '/me', { token })).status).toBe(401);
  });
});

describe('delegated scopes', () => {
  it('answers 403 when the token lacks Application.ReadWrite.All for instantiate', async () => {
    const { tenant } = setup();
    const readOnly = graphCaller(tenant, { scopes: ['User.Read', 'Application.Read.All'] });
    const response = await readOnly<GraphErrorBody>('POST', '/applicationTemplates/8adf8e6e-67b2-4cf2-a259-e3dc5476c621/instantiate', {
      body: { displayName: 'EUC' },
    });
    expect(response.status).toBe(403);
    expect(response.body.error).toEqual(
      expect.objectContaining({ code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' }),
    );
  });

  it('needs Application.Read.All besides AppRoleAssignment.ReadWrite.All to assign users', async () => {
    const { tenant, admin } = setup();
    const { servicePrincipal } = await instantiateNonGalleryApp(admin, 'EUC');
    const path = `/servicePrincipals/${servicePrincipal.id}/appRoleAssignedTo`;
    const body = { principalId: DEMO_USER_IDS.joniSherman, resourceId: servicePrincipal.id, appRoleId: USER_ROLE };

    const withoutRead = graphCaller(tenant, { scopes: ['AppRoleAssignment.ReadWrite.All'] });
    expect((await withoutRead('POST', path, { body })).status).toBe(403);
    const withRead = graphCaller(tenant, { scopes: ['AppRoleAssignment.ReadWrite.All', 'Application.Read.All'] });
    expect((await withRead('POST', path, { body })).status).toBe(201);
  });

  it('needs Policy.ReadWrite.ApplicationConfiguration to write the claims policy but Policy.Read.All suffices to read it', async () => {
    const { tenant, admin } = setup();
    const { servicePrincipal } = await instantiateNonGalleryApp(admin, 'EUC');
    const path = `/beta/servicePrincipals/${servicePrincipal.id}/claimsPolicy`;
    const reader = graphCaller(tenant, { scopes: ['Policy.Read.All'] });
    expect((await reader('GET', path)).status).toBe(200);
    expect((await reader('PUT', path, { body: { includeBasicClaimSet: true, claims: [] } })).status).toBe(403);
  });

  it('reads users with User.ReadBasic.All and groups with GroupMember.Read.All, not the other way round', async () => {
    const { tenant } = setup();
    const users = graphCaller(tenant, { scopes: ['User.ReadBasic.All'] });
    const groups = graphCaller(tenant, { scopes: ['GroupMember.Read.All'] });
    expect((await users('GET', '/users?$top=1')).status).toBe(200);
    expect((await users('GET', '/groups?$top=1')).status).toBe(403);
    expect((await groups('GET', '/groups?$top=1')).status).toBe(200);
    expect((await groups('GET', '/users?$top=1')).status).toBe(403);
  });
});

describe('directory roles', () => {
  it('lets a user without a role read but answers 403 to their writes', async () => {
    const { tenant, admin } = setup();
    const { servicePrincipal } = await instantiateNonGalleryApp(admin, 'EUC');
    const member = graphCaller(tenant, { userOid: DEMO_NO_ROLE_USER_ID });
    expect((await member('GET', `/servicePrincipals/${servicePrincipal.id}`)).status).toBe(200);
    const write = await member<GraphErrorBody>('PATCH', `/servicePrincipals/${servicePrincipal.id}`, {
      body: { preferredSingleSignOnMode: 'saml' },
    });
    expect(write.status).toBe(403);
    expect(write.body.error.message).toBe('Insufficient privileges to complete the operation.');
  });

  it("answers 403 to a Global Reader's writes and accepts a Global Administrator's", async () => {
    const { tenant } = setup();
    const path = '/applicationTemplates/8adf8e6e-67b2-4cf2-a259-e3dc5476c621/instantiate';
    const reader = graphCaller(tenant, { userOid: DEMO_GLOBAL_READER_USER_ID });
    const globalAdmin = graphCaller(tenant, { userOid: DEMO_GLOBAL_ADMIN_USER_ID });
    expect((await reader('POST', path, { body: { displayName: 'EUC' } })).status).toBe(403);
    expect((await globalAdmin('POST', path, { body: { displayName: 'EUC' } })).status).toBe(201);
  });

  it('keeps the custom claims policy from a Cloud Application Administrator: Application Administrator writes it, Global Reader reads it', async () => {
    const { tenant, admin } = setup();
    const { servicePrincipal } = await instantiateNonGalleryApp(admin, 'EUC');
    const path = `/beta/servicePrincipals/${servicePrincipal.id}/claimsPolicy`;
    const body = { includeBasicClaimSet: true, claims: [] };
    const cloudAdmin = graphCaller(tenant, { userOid: DEMO_CLOUD_APPLICATION_ADMIN_USER_ID });
    const reader = graphCaller(tenant, { userOid: DEMO_GLOBAL_READER_USER_ID });
    // The same Cloud Application Administrator may change the service principal itself.
    expect((await cloudAdmin('PATCH', `/servicePrincipals/${servicePrincipal.id}`, { body: { preferredSingleSignOnMode: 'saml' } })).status).toBe(204);
    expect((await cloudAdmin('GET', path)).status).toBe(403);
    expect((await cloudAdmin('PUT', path, { body })).status).toBe(403);
    expect((await admin('PUT', path, { body })).status).toBe(204);
    expect((await reader('GET', path)).status).toBe(200);
    expect((await reader('PUT', path, { body })).status).toBe(403);
  });

  it('answers 403 to Adele once faults.denyRole takes her role away', async () => {
    const { tenant, admin } = setup();
    const path = '/applicationTemplates/8adf8e6e-67b2-4cf2-a259-e3dc5476c621/instantiate';
    expect((await admin('POST', path, { body: { displayName: 'EUC' } })).status).toBe(201);
    tenant.faults.denyRole(DEMO_ADMIN_USER_ID);
    expect(tenant.state.directoryRoles[DEMO_ADMIN_USER_ID]).toBeUndefined();
    expect((await admin('POST', path, { body: { displayName: 'EUC' } })).status).toBe(403);
    tenant.faults.grantRole(DEMO_ADMIN_USER_ID, 'Application Administrator');
    expect((await admin('POST', path, { body: { displayName: 'EUC' } })).status).toBe(201);
  });
});
