import type { Application, AppRoleAssignment, ServicePrincipal } from '@microsoft/microsoft-graph-types';
import type { CustomClaimsPolicy } from '@microsoft/microsoft-graph-types-beta';
import { describe, expect, it } from 'vitest';
import { seededRandom } from './ids';
import { DEMO_ADMIN_USER_ID, DEMO_EXISTING_SAML_APP, DEMO_GROUP_IDS, DEMO_TENANT_DOMAIN, DEMO_TENANT_ID, DEMO_USER_IDS } from './seed';
import { DemoTenant } from './tenant';
import { fakeClock, graphCaller, instantiateNonGalleryApp } from './testing';

const USER_ROLE = '18d14569-c3bd-439b-9a66-3a2aee01d14f';
const MSIAM_ACCESS_ROLE = 'b9632174-c057-4f7e-951b-be3adc52bfe6';
const EUC_IDENTIFIER = 'https://euc.tmes.trendmicro.com/uiserver/euc/ssoLogin';
const EUC_REPLY_URL = 'https://euc.tmes.trendmicro.com/uiserver/euc/ssoAssert?cmpID=contoso-42';

interface GraphErrorBody {
  error: { code: string; message: string; details?: { code: string; target?: string }[]; innerError: Record<string, string> };
}
interface ListBody<T> {
  '@odata.context': string;
  '@odata.nextLink'?: string;
  '@odata.count'?: number;
  value: T[];
}

function setup() {
  const clock = fakeClock();
  const tenant = new DemoTenant({ clock: clock.now, random: seededRandom(7) });
  return { tenant, clock, graph: graphCaller(tenant) };
}

async function samlApp(graph: ReturnType<typeof graphCaller>, name = 'Trend Micro Email Security End User Console') {
  const created = await instantiateNonGalleryApp(graph, name);
  const samlMode = await graph('PATCH', `/servicePrincipals/${created.servicePrincipal.id}`, {
    body: { preferredSingleSignOnMode: 'saml' },
  });
  expect(samlMode.status).toBe(204);
  return created;
}

describe('applicationTemplates/{id}/instantiate', () => {
  it('creates an application and a service principal shaped like the non-gallery template', async () => {
    const { graph } = setup();
    const response = await graph<{ '@odata.context': string; application: Application; servicePrincipal: ServicePrincipal }>(
      'POST',
      '/applicationTemplates/8adf8e6e-67b2-4cf2-a259-e3dc5476c621/instantiate',
      { body: { displayName: 'Trend Micro Email Security End User Console' } },
    );

    expect(response.status).toBe(201);
    const { application, servicePrincipal } = response.body;
    expect(response.body['@odata.context']).toBe('https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.applicationServicePrincipal');
    expect(application.displayName).toBe('Trend Micro Email Security End User Console');
    expect(application.appRoles?.map((role) => [role.id, role.displayName, role.isEnabled])).toEqual([
      [MSIAM_ACCESS_ROLE, 'msiam_access', true],
      [USER_ROLE, 'User', true],
    ]);
    expect(servicePrincipal.appRoles?.map((role) => role.id)).toEqual([MSIAM_ACCESS_ROLE, USER_ROLE]);
    expect(application.identifierUris).toEqual([]);
    expect(application.web?.redirectUris).toEqual([]);
    expect(application.signInAudience).toBe('AzureADMyOrg');
    expect(application.applicationTemplateId).toBe('8adf8e6e-67b2-4cf2-a259-e3dc5476c621');
    expect(servicePrincipal.appRoleAssignmentRequired).toBe(true);
    expect(servicePrincipal.preferredSingleSignOnMode).toBeNull();
    expect(servicePrincipal.tags).toEqual(['WindowsAzureActiveDirectoryCustomSingleSignOnApplication', 'WindowsAzureActiveDirectoryIntegratedApp']);
    expect(servicePrincipal.appId).toBe(application.appId);
    expect(servicePrincipal.appOwnerOrganizationId).toBe(DEMO_TENANT_ID);
    expect(new Set([application.id, application.appId, servicePrincipal.id]).size).toBe(3);
  });

  it('allows two applications with the same display name, as Entra does', async () => {
    const { graph } = setup();
    const first = await instantiateNonGalleryApp(graph, 'Same name');
    const second = await instantiateNonGalleryApp(graph, 'Same name');
    expect(first.application.id).not.toBe(second.application.id);
    expect(first.application.appId).not.toBe(second.application.appId);
  });

  it('answers 404 for a template id that does not exist', async () => {
    const { graph } = setup();
    const response = await graph<GraphErrorBody>('POST', '/applicationTemplates/4602d0b4-76bb-404b-bca9-2652e1a39c6d/instantiate', {
      body: { displayName: 'x' },
    });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('Request_ResourceNotFound');
  });

  it('answers 400 when displayName is missing or empty', async () => {
    const { graph } = setup();
    const path = '/applicationTemplates/8adf8e6e-67b2-4cf2-a259-e3dc5476c621/instantiate';
    const missing = await graph<GraphErrorBody>('POST', path, { body: {} });
    const empty = await graph<GraphErrorBody>('POST', path, { body: { displayName: '  ' } });
    expect([missing.status, empty.status]).toEqual([400, 400]);
    expect(missing.body.error.message).toContain('displayName');
  });

  it('rejects a parameter the instantiate action does not declare', async () => {
    const { graph } = setup();
    const response = await graph<GraphErrorBody>('POST', '/applicationTemplates/8adf8e6e-67b2-4cf2-a259-e3dc5476c621/instantiate', {
      body: { displayName: 'x', identifierUris: [EUC_IDENTIFIER] },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe("The parameter 'identifierUris' in the request payload is not a valid parameter for the operation 'instantiate'.");
  });

  it('accepts serviceManagementReference and stores it on the application', async () => {
    const { graph } = setup();
    const response = await graph<{ application: Application }>('POST', '/applicationTemplates/8adf8e6e-67b2-4cf2-a259-e3dc5476c621/instantiate', {
      body: { displayName: 'x', serviceManagementReference: 'CHG0042' },
    });
    expect(response.body.application.serviceManagementReference).toBe('CHG0042');
  });
});

describe('applications and servicePrincipals by id', () => {
  it('answers 404 Request_ResourceNotFound when a service principal id or an appId is used under /applications', async () => {
    const { graph } = setup();
    const { servicePrincipal, application } = await instantiateNonGalleryApp(graph, 'EUC');
    for (const wrongId of [servicePrincipal.id, application.appId]) {
      const response = await graph<GraphErrorBody>('GET', `/applications/${wrongId}`);
      expect(response.status).toBe(404);
      expect(response.body.error).toMatchObject({
        code: 'Request_ResourceNotFound',
        message: `Resource '${wrongId}' does not exist or one of its queried reference-property objects are not present.`,
      });
    }
    const asServicePrincipal = await graph<GraphErrorBody>('GET', `/servicePrincipals/${application.id}`);
    expect(asServicePrincipal.status).toBe(404);
  });

  it('finds an application and a service principal by the appId alternate key', async () => {
    const { graph } = setup();
    const { application, servicePrincipal } = await instantiateNonGalleryApp(graph, 'EUC');
    const app = await graph<Application>('GET', `/applications(appId='${application.appId}')`);
    const sp = await graph<ServicePrincipal>('GET', `/servicePrincipals(appId='${application.appId}')`);
    expect([app.status, app.body.id]).toEqual([200, application.id]);
    expect([sp.status, sp.body.id]).toEqual([200, servicePrincipal.id]);
  });

  it('answers 400 Invalid object identifier for an id that is not a GUID', async () => {
    const { graph } = setup();
    const response = await graph<GraphErrorBody>('GET', '/applications/not-a-guid');
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe("Invalid object identifier 'not-a-guid'.");
  });

  it('applies $select to a single application', async () => {
    const { graph } = setup();
    const { application } = await instantiateNonGalleryApp(graph, 'EUC');
    const response = await graph<Record<string, unknown>>('GET', `/applications/${application.id}?$select=id,appId,identifierUris`);
    expect(response.body).toEqual({
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#applications(id,appId,identifierUris)/$entity',
      id: application.id,
      appId: application.appId,
      identifierUris: [],
    });
  });
});

describe('PATCH /applications/{id}', () => {
  it('rejects a property that does not exist on microsoft.graph.application', async () => {
    const { graph } = setup();
    const { application } = await instantiateNonGalleryApp(graph, 'EUC');
    const response = await graph<GraphErrorBody>('PATCH', `/applications/${application.id}`, {
      body: { replyUrls: [EUC_REPLY_URL] },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/^The property 'replyUrls' does not exist on type 'microsoft.graph.application'/);
  });

  it('rejects an unknown property nested inside web', async () => {
    const { graph } = setup();
    const { application } = await instantiateNonGalleryApp(graph, 'EUC');
    const response = await graph<GraphErrorBody>('PATCH', `/applications/${application.id}`, {
      body: { web: { replyUrl: EUC_REPLY_URL } },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain("'microsoft.graph.webApplication'");
  });

  it('refuses to change the read-only appId', async () => {
    const { graph } = setup();
    const { application } = await instantiateNonGalleryApp(graph, 'EUC');
    const response = await graph<GraphErrorBody>('PATCH', `/applications/${application.id}`, {
      body: { appId: '11111111-1111-4111-8111-111111111111' },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe("Property 'appId' is read-only and cannot be set.");
  });

  it('rejects a Trend Micro identifier with HostNameNotOnVerifiedDomain before the SP is in SAML mode', async () => {
    const { graph } = setup();
    const { application } = await instantiateNonGalleryApp(graph, 'EUC');
    const response = await graph<GraphErrorBody>('PATCH', `/applications/${application.id}`, {
      body: { identifierUris: [EUC_IDENTIFIER] },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('HostNameNotOnVerifiedDomain');
    expect(response.body.error.message).toContain('Values of identifierUris property must use a verified domain of the organization or its subdomain');
  });

  it('accepts the identifier and reply URL once the SP is in SAML mode, and mirrors them on the SP', async () => {
    const { graph } = setup();
    const { application, servicePrincipal } = await samlApp(graph);
    const patch = await graph('PATCH', `/applications/${application.id}`, {
      body: { identifierUris: [EUC_IDENTIFIER], web: { redirectUris: [EUC_REPLY_URL] } },
    });
    expect(patch.status).toBe(204);
    expect(patch.body).toBeUndefined();

    const app = await graph<Application>('GET', `/applications/${application.id}`);
    expect(app.body.identifierUris).toEqual([EUC_IDENTIFIER]);
    expect(app.body.web?.redirectUris).toEqual([EUC_REPLY_URL]);
    expect(app.body.web?.implicitGrantSettings).toEqual({ enableAccessTokenIssuance: false, enableIdTokenIssuance: false });
    const sp = await graph<ServicePrincipal>('GET', `/servicePrincipals/${servicePrincipal.id}`);
    expect(sp.body.servicePrincipalNames).toEqual([application.appId, EUC_IDENTIFIER]);
    expect(sp.body.replyUrls).toEqual([EUC_REPLY_URL]);
  });

  it('accepts identifiers on a verified domain or the api:// scheme without SAML mode', async () => {
    const { graph } = setup();
    const { application } = await instantiateNonGalleryApp(graph, 'EUC');
    const response = await graph('PATCH', `/applications/${application.id}`, {
      body: { identifierUris: [`api://${application.appId}`, `https://euc.${DEMO_TENANT_DOMAIN}/sso`] },
    });
    expect(response.status).toBe(204);
  });

  it('answers 400 ObjectConflict when another application already uses the identifier', async () => {
    const { graph } = setup();
    const first = await samlApp(graph);
    expect((await graph('PATCH', `/applications/${first.application.id}`, { body: { identifierUris: [EUC_IDENTIFIER] } })).status).toBe(204);
    const second = await samlApp(graph);

    const response = await graph<GraphErrorBody>('PATCH', `/applications/${second.application.id}`, {
      body: { identifierUris: [EUC_IDENTIFIER.toUpperCase().replace('HTTPS://', 'https://')] },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('Request_BadRequest');
    expect(response.body.error.message).toBe('Another object with the same value for property identifierUris already exists.');
    expect(response.body.error.details).toEqual([{ code: 'ObjectConflict', target: 'identifierUris' }]);
  });

  it('lets an application keep its own identifier on a repeated PATCH', async () => {
    const { graph } = setup();
    const { application } = await samlApp(graph);
    const body = { identifierUris: [EUC_IDENTIFIER] };
    expect((await graph('PATCH', `/applications/${application.id}`, { body })).status).toBe(204);
    expect((await graph('PATCH', `/applications/${application.id}`, { body })).status).toBe(204);
  });

  it('accepts the documented groupMembershipClaims values and rejects others', async () => {
    const { graph } = setup();
    const { application } = await instantiateNonGalleryApp(graph, 'EUC');
    for (const value of ['SecurityGroup', 'ApplicationGroup', 'SecurityGroup, DirectoryRole', 'None']) {
      const response = await graph('PATCH', `/applications/${application.id}`, { body: { groupMembershipClaims: value } });
      expect(response.status, value).toBe(204);
    }
    const stored = await graph<Application>('GET', `/applications/${application.id}`);
    expect(stored.body.groupMembershipClaims).toBe('None');
    const rejected = await graph<GraphErrorBody>('PATCH', `/applications/${application.id}`, {
      body: { groupMembershipClaims: 'GroupIds' },
    });
    expect(rejected.status).toBe(400);
    expect(rejected.body.error.message).toContain('groupMembershipClaims');
  });

  it('rejects a reply URL that is not https', async () => {
    const { graph } = setup();
    const { application } = await samlApp(graph);
    const response = await graph<GraphErrorBody>('PATCH', `/applications/${application.id}`, {
      body: { web: { redirectUris: ['http://euc.tmes.trendmicro.com/uiserver/euc/ssoAssert'] } },
    });
    expect(response.status).toBe(400);
  });

  it("answers 400 with Graph's message for a malformed JSON body", async () => {
    const { graph } = setup();
    const { application } = await instantiateNonGalleryApp(graph, 'EUC');
    const response = await graph<GraphErrorBody>('PATCH', `/applications/${application.id}`, {
      body: '{"identifierUris": [',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('BadRequest');
    expect(response.body.error.message).toMatch(/^Unable to read JSON request payload/);
  });
});

describe('GET /applications and /servicePrincipals with query options', () => {
  it('finds an application by identifierUris/any, displayName eq, appId eq, startswith and tags', async () => {
    const { graph } = setup();
    const { application } = await samlApp(graph, 'Trend Micro EUC');
    await graph('PATCH', `/applications/${application.id}`, { body: { identifierUris: [EUC_IDENTIFIER], tags: ['tmes-wizard'] } });

    const filters = [
      `identifierUris/any(x:x eq '${EUC_IDENTIFIER}')`,
      "displayName eq 'trend micro euc'",
      `appId eq '${application.appId}'`,
      "startswith(displayName,'Trend')",
      "tags/any(t:t eq 'tmes-wizard')",
    ];
    for (const filter of filters) {
      const response = await graph<ListBody<Application>>('GET', `/applications?$filter=${encodeURIComponent(filter)}&$select=id,displayName`);
      expect(response.status, filter).toBe(200);
      expect(response.body.value, filter).toEqual([{ id: application.id, displayName: 'Trend Micro EUC' }]);
    }
    const none = await graph<ListBody<Application>>('GET', `/applications?$filter=${encodeURIComponent("displayName eq 'Nope'")}`);
    expect(none.body.value).toEqual([]);
  });

  it('answers 400 for a $filter on a property Graph cannot filter', async () => {
    const { graph } = setup();
    const response = await graph<GraphErrorBody>('GET', `/applications?$filter=${encodeURIComponent("notes eq 'x'")}`);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('Request_UnsupportedQuery');
  });

  it('lists service principals by appId and by tag', async () => {
    const { graph } = setup();
    const { application, servicePrincipal } = await instantiateNonGalleryApp(graph, 'EUC');
    const byAppId = await graph<ListBody<ServicePrincipal>>('GET', `/servicePrincipals?$filter=appId eq '${application.appId}'`);
    expect(byAppId.body.value.map((sp) => sp.id)).toEqual([servicePrincipal.id]);
    const byTag = await graph<ListBody<ServicePrincipal>>(
      'GET',
      `/servicePrincipals?$filter=tags/any(t:t eq 'WindowsAzureActiveDirectoryCustomSingleSignOnApplication')&$select=displayName`,
    );
    expect(byTag.body.value).toEqual([{ displayName: 'Fabrikam Wiki' }, { displayName: 'EUC' }]);
  });

  it('searches service principals only with ConsistencyLevel: eventual', async () => {
    const { graph } = setup();
    await instantiateNonGalleryApp(graph, 'Trend Micro Email Security End User Console');
    const path = `/servicePrincipals?$search="displayName:email"&$select=displayName`;
    expect((await graph('GET', path)).status).toBe(400);
    const found = await graph<ListBody<ServicePrincipal>>('GET', path, { headers: { ConsistencyLevel: 'eventual' } });
    expect(found.body.value).toEqual([{ displayName: 'Trend Micro Email Security End User Console' }]);
  });
});

describe('PATCH and DELETE /servicePrincipals/{id}', () => {
  it('stores SAML mode, notification addresses and an unchecked signing thumbprint', async () => {
    const { graph } = setup();
    const { servicePrincipal } = await instantiateNonGalleryApp(graph, 'EUC');
    const response = await graph('PATCH', `/servicePrincipals/${servicePrincipal.id}`, {
      body: {
        preferredSingleSignOnMode: 'saml',
        notificationEmailAddresses: ['secops@contoso.com', 'adele@contoso.onmicrosoft.com'],
        preferredTokenSigningKeyThumbprint: '0123456789ABCDEF0123456789ABCDEF01234567',
      },
    });
    expect(response.status).toBe(204);
    const stored = await graph<ServicePrincipal>('GET', `/servicePrincipals/${servicePrincipal.id}`);
    expect(stored.body.preferredSingleSignOnMode).toBe('saml');
    expect(stored.body.notificationEmailAddresses).toEqual(['secops@contoso.com', 'adele@contoso.onmicrosoft.com']);
    // Graph does not check the thumbprint against the SP's certificates (docs/graph/signing-certificate.md#activate-the-certificate).
    expect(stored.body.preferredTokenSigningKeyThumbprint).toBe('0123456789ABCDEF0123456789ABCDEF01234567');
  });

  it('rejects an unknown SSO mode, a malformed e-mail address and an unknown property', async () => {
    const { graph } = setup();
    const { servicePrincipal } = await instantiateNonGalleryApp(graph, 'EUC');
    const path = `/servicePrincipals/${servicePrincipal.id}`;
    const mode = await graph<GraphErrorBody>('PATCH', path, { body: { preferredSingleSignOnMode: 'SAML2' } });
    const email = await graph<GraphErrorBody>('PATCH', path, { body: { notificationEmailAddresses: ['not an address'] } });
    const unknown = await graph<GraphErrorBody>('PATCH', path, { body: { identifierUris: [EUC_IDENTIFIER] } });
    expect([mode.status, email.status, unknown.status]).toEqual([400, 400, 400]);
    expect(mode.body.error.message).toContain('preferredSingleSignOnMode');
    expect(email.body.error.message).toContain('notificationEmailAddresses');
    expect(unknown.body.error.message).toMatch(/^The property 'identifierUris' does not exist on type 'microsoft.graph.servicePrincipal'/);
  });

  it('refuses to delete the service principal of a SAML app but deletes the application with everything hanging off it', async () => {
    const { graph, tenant } = setup();
    const { application, servicePrincipal } = await samlApp(graph);
    await graph('POST', `/servicePrincipals/${servicePrincipal.id}/appRoleAssignedTo`, {
      body: { principalId: DEMO_ADMIN_USER_ID, resourceId: servicePrincipal.id, appRoleId: USER_ROLE },
    });

    const spDelete = await graph<GraphErrorBody>('DELETE', `/servicePrincipals/${servicePrincipal.id}`);
    expect(spDelete.status).toBe(400);
    expect(spDelete.body.error.code).toBe('DeletingSamlSpNotAllowed');

    const appDelete = await graph('DELETE', `/applications/${application.id}`);
    expect(appDelete.status).toBe(204);
    expect((await graph('GET', `/applications/${application.id}`)).status).toBe(404);
    expect((await graph('GET', `/servicePrincipals/${servicePrincipal.id}`)).status).toBe(404);
    expect(tenant.state.appRoleAssignments.filter((a) => a.resourceId === servicePrincipal.id)).toEqual([]);
  });

  it('deletes a service principal that is not in SAML mode', async () => {
    const { graph } = setup();
    const { servicePrincipal } = await instantiateNonGalleryApp(graph, 'EUC');
    expect((await graph('DELETE', `/servicePrincipals/${servicePrincipal.id}`)).status).toBe(204);
    expect((await graph('GET', `/servicePrincipals/${servicePrincipal.id}`)).status).toBe(404);
  });
});

describe('servicePrincipals/{id}/appRoleAssignedTo', () => {
  it('assigns a user and a group to the User role and lists both', async () => {
    const { graph } = setup();
    const { servicePrincipal } = await samlApp(graph, 'EUC');
    const path = `/servicePrincipals/${servicePrincipal.id}/appRoleAssignedTo`;

    const user = await graph<AppRoleAssignment>('POST', path, {
      body: { principalId: DEMO_USER_IDS.johannaLorenz, resourceId: servicePrincipal.id, appRoleId: USER_ROLE },
    });
    const group = await graph<AppRoleAssignment>('POST', path, {
      body: { principalId: DEMO_GROUP_IDS.emailSecurityUsers, resourceId: servicePrincipal.id, appRoleId: USER_ROLE },
    });

    expect(user.status).toBe(201);
    expect(user.body).toMatchObject({
      principalId: DEMO_USER_IDS.johannaLorenz,
      principalDisplayName: 'Johanna Lorenz',
      principalType: 'User',
      resourceId: servicePrincipal.id,
      resourceDisplayName: 'EUC',
      appRoleId: USER_ROLE,
      createdDateTime: '2025-01-15T12:00:00Z',
    });
    expect(user.body.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(user.headers.location).toBe(`https://graph.microsoft.com/v1.0${path}/${user.body.id ?? ''}`);
    expect(group.body).toMatchObject({ principalType: 'Group', principalDisplayName: 'Email Security Users' });

    const list = await graph<ListBody<AppRoleAssignment>>('GET', path);
    expect(list.body.value.map((assignment) => assignment.principalDisplayName)).toEqual(['Johanna Lorenz', 'Email Security Users']);
  });

  it('answers 400 when the role is not an enabled role of the service principal, including Default Access', async () => {
    const { graph } = setup();
    const { servicePrincipal } = await samlApp(graph);
    const path = `/servicePrincipals/${servicePrincipal.id}/appRoleAssignedTo`;
    for (const appRoleId of ['5d1b6f1e-0000-4000-8000-000000000000', '00000000-0000-0000-0000-000000000000']) {
      const response = await graph<GraphErrorBody>('POST', path, {
        body: { principalId: DEMO_ADMIN_USER_ID, resourceId: servicePrincipal.id, appRoleId },
      });
      expect(response.status, appRoleId).toBe(400);
      expect(response.body.error.message).toMatch(/^Permission being assigned was not found on application/);
    }
  });

  it('answers 400 (as Graph does, not 409) when the same principal already has the role', async () => {
    const { graph } = setup();
    const { servicePrincipal } = await samlApp(graph);
    const path = `/servicePrincipals/${servicePrincipal.id}/appRoleAssignedTo`;
    const body = { principalId: DEMO_ADMIN_USER_ID, resourceId: servicePrincipal.id, appRoleId: USER_ROLE };
    expect((await graph('POST', path, { body })).status).toBe(201);
    const duplicate = await graph<GraphErrorBody>('POST', path, { body });
    expect([duplicate.status, duplicate.body.error.code]).toEqual([400, 'Request_BadRequest']);
    expect(duplicate.body.error.message).toBe('Permission being assigned already exists on the object.');
  });

  it('answers 404 for a principal that does not exist and 400 for a resourceId that is not this SP', async () => {
    const { graph } = setup();
    const { servicePrincipal } = await samlApp(graph);
    const path = `/servicePrincipals/${servicePrincipal.id}/appRoleAssignedTo`;
    const ghost = await graph<GraphErrorBody>('POST', path, {
      body: { principalId: '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f', resourceId: servicePrincipal.id, appRoleId: USER_ROLE },
    });
    const otherResource = await graph<GraphErrorBody>('POST', path, {
      body: { principalId: DEMO_ADMIN_USER_ID, resourceId: DEMO_EXISTING_SAML_APP.servicePrincipalId, appRoleId: USER_ROLE },
    });
    expect(ghost.status).toBe(404);
    expect(otherResource.status).toBe(400);
  });

  it('removes an assignment with DELETE .../appRoleAssignedTo/{id}', async () => {
    const { graph } = setup();
    const { servicePrincipal } = await samlApp(graph);
    const path = `/servicePrincipals/${servicePrincipal.id}/appRoleAssignedTo`;
    const created = await graph<AppRoleAssignment>('POST', path, {
      body: { principalId: DEMO_ADMIN_USER_ID, resourceId: servicePrincipal.id, appRoleId: USER_ROLE },
    });
    expect((await graph('DELETE', `${path}/${created.body.id ?? ''}`)).status).toBe(204);
    expect((await graph<ListBody<AppRoleAssignment>>('GET', path)).body.value).toEqual([]);
    expect((await graph('DELETE', `${path}/${created.body.id ?? ''}`)).status).toBe(404);
  });
});

describe('beta servicePrincipals/{id}/claimsPolicy', () => {
  const mailClaim = {
    '@odata.type': '#microsoft.graph.customClaim',
    name: 'emailaddress',
    namespace: null,
    tokenFormat: ['saml'],
    samlAttributeNameFormat: null,
    configurations: [
      {
        condition: null,
        transformations: [],
        attribute: { '@odata.type': '#microsoft.graph.sourcedAttribute', id: 'extensionattribute1', source: 'user', isExtensionAttribute: false },
      },
    ],
  };

  it('reads the default policy before any write, then round-trips a PUT', async () => {
    const { graph } = setup();
    const { servicePrincipal } = await samlApp(graph);
    const path = `/beta/servicePrincipals/${servicePrincipal.id}/claimsPolicy`;

    const before = await graph<CustomClaimsPolicy>('GET', path);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ includeBasicClaimSet: false, claims: [] });

    const put = await graph('PUT', path, { body: { includeBasicClaimSet: true, claims: [mailClaim] } });
    expect(put.status).toBe(204);

    const after = await graph<CustomClaimsPolicy>('GET', path);
    expect(after.body.includeBasicClaimSet).toBe(true);
    expect(after.body.claims).toEqual([mailClaim]);
  });

  it('rejects a restricted claim name, an unknown attribute and a claim without its type annotation', async () => {
    const { graph } = setup();
    const { servicePrincipal } = await samlApp(graph);
    const path = `/beta/servicePrincipals/${servicePrincipal.id}/claimsPolicy`;
    const restricted = await graph<GraphErrorBody>('PUT', path, {
      body: { includeBasicClaimSet: true, claims: [{ ...mailClaim, name: 'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups' }] },
    });
    const badAttribute = await graph<GraphErrorBody>('PUT', path, {
      body: {
        includeBasicClaimSet: true,
        claims: [{ ...mailClaim, configurations: [{ attribute: { '@odata.type': '#microsoft.graph.sourcedAttribute', id: 'shoeSize', source: 'user' } }] }],
      },
    });
    const { '@odata.type': _omitted, ...untyped } = mailClaim;
    const noType = await graph<GraphErrorBody>('PUT', path, { body: { includeBasicClaimSet: true, claims: [untyped] } });

    expect(restricted.status).toBe(400);
    expect(restricted.body.error.message).toContain('restricted claim set');
    expect(badAttribute.status).toBe(400);
    expect(badAttribute.body.error.message).toContain("'shoeSize'");
    expect(noType.status).toBe(400);
    expect(noType.body.error.message).toContain("'microsoft.graph.customClaimBase'");
  });

  it('exists only in beta: the v1.0 path answers 400 for the unknown segment', async () => {
    const { graph } = setup();
    const { servicePrincipal } = await samlApp(graph);
    const response = await graph<GraphErrorBody>('GET', `/v1.0/servicePrincipals/${servicePrincipal.id}/claimsPolicy`);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe("Resource not found for the segment 'claimsPolicy'.");
  });

  it('PATCH changes only the properties it names', async () => {
    const { graph } = setup();
    const { servicePrincipal } = await samlApp(graph);
    const path = `/beta/servicePrincipals/${servicePrincipal.id}/claimsPolicy`;
    await graph('PUT', path, { body: { includeBasicClaimSet: true, claims: [mailClaim] } });
    expect((await graph('PATCH', path, { body: { includeBasicClaimSet: false } })).status).toBe(204);
    const after = await graph<CustomClaimsPolicy>('GET', path);
    expect([after.body.includeBasicClaimSet, after.body.claims?.length]).toEqual([false, 1]);
  });
});

describe('organization, me and routing errors', () => {
  it('describes the tenant in /organization and the signed-in user in /me', async () => {
    const { graph } = setup();
    const organization = await graph<ListBody<{ id: string; displayName: string; verifiedDomains: { name: string }[] }>>('GET', '/organization');
    expect(organization.body.value[0]).toMatchObject({
      id: DEMO_TENANT_ID,
      displayName: 'Contoso Ltd',
      verifiedDomains: [{ name: 'contoso.onmicrosoft.com', isDefault: true, isInitial: true }],
    });
    const me = await graph<{ id: string; userPrincipalName: string }>('GET', '/me?$select=id,userPrincipalName');
    expect(me.body).toMatchObject({ id: DEMO_ADMIN_USER_ID, userPrincipalName: 'adele@contoso.onmicrosoft.com' });
  });

  it('answers 400 for an unknown version or segment and 405 for a method the resource does not support', async () => {
    const { graph } = setup();
    const version = await graph<GraphErrorBody>('GET', 'https://graph.microsoft.com/v2.0/users');
    const segment = await graph<GraphErrorBody>('GET', '/widgets');
    const method = await graph<GraphErrorBody>('PUT', `/applications/${DEMO_EXISTING_SAML_APP.applicationId}`, { body: {} });
    expect([version.status, version.body.error.code, version.body.error.message]).toEqual([400, 'BadRequest', 'Invalid version: v2.0']);
    expect([segment.status, segment.body.error.message]).toEqual([400, "Resource not found for the segment 'widgets'."]);
    expect([method.status, method.body.error.code]).toEqual([405, 'Request_BadRequest']);
  });

  it('puts request-id and client-request-id on every answer and in error bodies', async () => {
    const { graph } = setup();
    const ok = await graph('GET', '/organization', { headers: { 'client-request-id': 'abc-123' } });
    const failed = await graph<GraphErrorBody>('GET', '/widgets', { headers: { 'client-request-id': 'def-456' } });
    expect(ok.headers['client-request-id']).toBe('abc-123');
    expect(ok.headers['request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(failed.headers['content-type']).toBe('application/json');
    expect(failed.body.error.innerError).toEqual({
      date: '2025-01-15T12:00:00',
      'request-id': failed.headers['request-id'],
      'client-request-id': 'def-456',
    });
  });
});

describe('state, log and writes', () => {
  it('restores a JSON round-tripped state into a tenant that answers the same', async () => {
    const { graph, tenant } = setup();
    const { application } = await samlApp(graph);
    await graph('PATCH', `/applications/${application.id}`, { body: { identifierUris: [EUC_IDENTIFIER] } });

    const restored = new DemoTenant({ state: JSON.parse(JSON.stringify(tenant.state)) });
    const again = graphCaller(restored);
    const found = await again<ListBody<Application>>('GET', `/applications?$filter=identifierUris/any(x:x eq '${EUC_IDENTIFIER}')&$select=id`);
    expect(found.body.value).toEqual([{ id: application.id }]);
  });

  it('logs every request and lists only successful writes in writes()', async () => {
    const { graph, tenant } = setup();
    const { servicePrincipal } = await instantiateNonGalleryApp(graph, 'EUC');
    await graph('PATCH', `/servicePrincipals/${servicePrincipal.id}`, { body: { preferredSingleSignOnMode: 'bogus' } });
    await graph('PATCH', `/servicePrincipals/${servicePrincipal.id}`, { body: { preferredSingleSignOnMode: 'saml' } });
    await graph('GET', `/servicePrincipals/${servicePrincipal.id}`);

    expect(tenant.log.map((entry) => [entry.method, entry.status])).toEqual([
      ['POST', 201],
      ['PATCH', 400],
      ['PATCH', 204],
      ['GET', 200],
    ]);
    expect(tenant.writes().map((entry) => [entry.method, entry.path, entry.requestBody])).toEqual([
      ['POST', '/v1.0/applicationTemplates/8adf8e6e-67b2-4cf2-a259-e3dc5476c621/instantiate', { displayName: 'EUC' }],
      ['PATCH', `/v1.0/servicePrincipals/${servicePrincipal.id}`, { preferredSingleSignOnMode: 'saml' }],
    ]);
  });

  it('does not let callers mutate its directory through the state getter', async () => {
    const { tenant } = setup();
    tenant.state.users.length = 0;
    expect(tenant.state.users.length).toBe(40);
  });
});

describe('$batch', () => {
  it('runs each request through the same handler and answers each by id', async () => {
    const { graph, tenant } = setup();
    const { servicePrincipal } = await instantiateNonGalleryApp(graph, 'EUC');
    const response = await graph<{
      responses: { id: string; status: number; headers: Record<string, string>; body?: { value?: unknown[]; error?: { code: string } } }[];
    }>('POST', '/$batch', {
      body: {
        requests: [
          { id: 'users', method: 'GET', url: '/users?$search="displayName:jo"&$select=displayName', headers: { ConsistencyLevel: 'eventual' } },
          { id: 'no-header', method: 'GET', url: '/groups?$search="displayName:fin"' },
          {
            id: 'saml',
            method: 'PATCH',
            url: `/servicePrincipals/${servicePrincipal.id}`,
            headers: { 'Content-Type': 'application/json' },
            body: { preferredSingleSignOnMode: 'saml' },
          },
        ],
      },
    });
    expect(response.status).toBe(200);
    const byId = Object.fromEntries(response.body.responses.map((item) => [item.id, item]));
    expect(byId.users?.status).toBe(200);
    expect(byId.users?.body?.value?.length).toBe(6);
    expect(byId['no-header']?.status).toBe(400);
    expect(byId['no-header']?.body?.error?.code).toBe('Request_UnsupportedQuery');
    expect(byId.saml?.status).toBe(204);
    expect(tenant.state.servicePrincipals.find((sp) => sp.id === servicePrincipal.id)?.preferredSingleSignOnMode).toBe('saml');
    expect(tenant.writes().map((entry) => entry.path)).toEqual([
      '/v1.0/applicationTemplates/8adf8e6e-67b2-4cf2-a259-e3dc5476c621/instantiate',
      `/v1.0/servicePrincipals/${servicePrincipal.id}`,
    ]);
  });

  it('refuses more than 20 requests and a write without Content-Type', async () => {
    const { graph } = setup();
    const many = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' }));
    const tooMany = await graph<GraphErrorBody>('POST', '/$batch', { body: { requests: many } });
    const untyped = await graph<GraphErrorBody>('POST', '/$batch', {
      body: { requests: [{ id: '1', method: 'PATCH', url: `/servicePrincipals/${DEMO_EXISTING_SAML_APP.servicePrincipalId}`, body: { notes: 'x' } }] },
    });
    expect(tooMany.status).toBe(400);
    expect(untyped.status).toBe(400);
    expect(untyped.body.error.message).toBe('Write request id : 1 does not contain Content-Type header or body.');
  });

  it('answers 424 for a request whose dependency failed', async () => {
    const { graph } = setup();
    const response = await graph<{ responses: { id: string; status: number }[] }>('POST', '/$batch', {
      body: {
        requests: [
          { id: 'a', method: 'GET', url: '/applications/not-a-guid' },
          { id: 'b', method: 'GET', url: '/me', dependsOn: ['a'] },
        ],
      },
    });
    expect(response.body.responses.map((item) => [item.id, item.status])).toEqual([
      ['a', 400],
      ['b', 424],
    ]);
  });
});
