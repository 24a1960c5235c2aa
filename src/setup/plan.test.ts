import { describe, expect, it } from 'vitest';
import { buildPlan, claimsPolicyBody, KEEP_EVERYTHING, planDepth, plannedRename, type ObservedApp, type Plan } from './plan';
import type { Answers } from './types';

const answers: Answers = {
  appName: 'Trend Micro Email Security End User Console',
  principals: [
    { id: 'u1', kind: 'user', displayName: 'Adele Vance' },
    { id: 'g1', kind: 'group', displayName: 'Sales' },
  ],
  region: 'eu',
  cmpId: 'contoso-1',
  identityClaim: { kind: 'default' },
  groupClaim: { kind: 'none' },
  certificate: { notificationEmails: ['admin@contoso.com'], validityYears: 3, commonName: 'Microsoft Azure Federated SSO Certificate' },
};
const END = '2029-11-25T00:00:00.000Z';

const matching: ObservedApp = {
  applicationId: 'app-object',
  appId: 'app-client',
  servicePrincipalId: 'sp',
  displayName: answers.appName,
  identifierUris: ['https://euc.tmes.trendmicro.eu/uiserver/euc/ssoLogin'],
  redirectUris: ['https://euc.tmes.trendmicro.eu/uiserver/euc/ssoAssert?cmpID=contoso-1'],
  groupMembershipClaims: null,
  preferredSingleSignOnMode: 'saml',
  notificationEmailAddresses: ['admin@contoso.com'],
  preferredTokenSigningKeyThumbprint: 'AB'.repeat(20),
  hasActiveSigningCertificate: true,
  signingCertificateExpiresAt: '2028-06-01T00:00:00Z',
  appRoleAssignmentRequired: true,
  userRoleId: 'role-user',
  assignedPrincipalIds: ['u1', 'g1'],
  assignedPrincipalNames: { u1: 'Adele Vance', g1: 'Sales' },
  customClaims: null,
  includeBasicClaimSet: null,
};

describe('buildPlan for a new app', () => {
  const plan = buildPlan(answers, null, END);
  const byId = Object.fromEntries(plan.operations.map((op) => [op.id, op]));

  it('instantiates the non-gallery template with the app name', () => {
    expect(byId.instantiate?.path).toBe('/applicationTemplates/8adf8e6e-67b2-4cf2-a259-e3dc5476c621/instantiate');
    expect(byId.instantiate?.body).toEqual({ displayName: 'Trend Micro Email Security End User Console' });
  });

  it('sets SAML mode before the identifier and reply URL', () => {
    expect(byId['saml-mode']?.dependsOn).toEqual(['confirm-readable']);
    expect(byId['application-urls']?.dependsOn).toEqual(['saml-mode']);
    expect(byId['application-urls']?.body).toEqual({
      identifierUris: ['https://euc.tmes.trendmicro.eu/uiserver/euc/ssoLogin'],
      web: { redirectUris: ['https://euc.tmes.trendmicro.eu/uiserver/euc/ssoAssert?cmpID=contoso-1'] },
    });
  });

  it('assigns every principal to the User role found at run time', () => {
    expect(byId['assign:u1']?.body).toEqual({ principalId: 'u1', resourceId: '{servicePrincipalId}', appRoleId: '{userRoleId}' });
    expect(byId['assign:g1']?.path).toBe('/servicePrincipals/{servicePrincipalId}/appRoleAssignedTo');
  });

  it('creates the certificate with CN= and activates it by thumbprint afterwards', () => {
    expect(byId['add-certificate']?.body).toEqual({ displayName: 'CN=Microsoft Azure Federated SSO Certificate', endDateTime: END });
    // And after the addresses' PATCH on the same service principal.
    expect(byId['activate-certificate']?.dependsOn).toEqual(['add-certificate', 'notification-emails']);
    expect(byId['activate-certificate']?.body).toEqual({ preferredTokenSigningKeyThumbprint: '{thumbprint}' });
  });

  it('writes no claims policy or group claim when the defaults are kept', () => {
    expect(byId['claims-policy']).toBeUndefined();
    expect(byId['application-urls']?.body).not.toHaveProperty('groupMembershipClaims');
    expect(plan.manualSteps).toEqual([]);
  });

  it('has the depth instantiate → confirm → SAML → certificate → activate', () => {
    expect(planDepth(plan)).toBe(5);
  });
});

describe('buildPlan with claims', () => {
  it('puts a custom claims policy with the basic claim set, on beta', () => {
    const plan = buildPlan(
      {
        ...answers,
        identityClaim: { kind: 'custom', name: 'euc_mail', sourceAttribute: 'userprincipalname' },
        groupClaim: { kind: 'custom-name', name: 'euc_group', groups: 'SecurityGroup' },
      },
      null,
      END,
    );
    const claims = plan.operations.find((op) => op.id === 'claims-policy');
    expect(claims?.version).toBe('beta');
    expect(claims?.method).toBe('PUT');
    expect(claims?.body).toMatchObject({
      includeBasicClaimSet: true,
      claims: [{ name: 'euc_mail', namespace: null, configurations: [{ attribute: { id: 'userprincipalname', source: 'user' } }] }],
    });
    expect(plan.operations.find((op) => op.id === 'application-urls')?.body).toMatchObject({ groupMembershipClaims: 'SecurityGroup' });
    expect(plan.manualSteps).toEqual([{ kind: 'renameGroupClaim', claimName: 'euc_group' }]);
  });
});

describe('claimsPolicyBody (PUT replaces the whole policy)', () => {
  const ours = { kind: 'custom', name: 'euc_mail', sourceAttribute: 'userprincipalname' } as const;
  const claim = (name: string, id: string) => ({
    '@odata.type': '#microsoft.graph.customClaim',
    name,
    configurations: [{ attribute: { id, source: 'user' } }],
  });

  it('makes a new policy with the basic claims and the issuer left as the Entra Identifier', () => {
    const body = claimsPolicyBody(ours, null);
    expect(body).toMatchObject({ includeBasicClaimSet: true, includeApplicationIdInIssuer: false, claims: [{ name: 'euc_mail' }] });
  });

  it('treats the empty default policy as new: includeBasicClaimSet true, not its default false', () => {
    const body = claimsPolicyBody(ours, { id: 'sp', includeBasicClaimSet: false, includeApplicationIdInIssuer: true, audienceOverride: null, claims: [] });
    expect(body).toEqual({
      id: 'sp',
      includeBasicClaimSet: true,
      includeApplicationIdInIssuer: false,
      audienceOverride: null,
      claims: [expect.objectContaining({ name: 'euc_mail' })],
    });
  });

  it('keeps every other property and claim in its place, replaces our claim in place, and drops the answer’s annotations', () => {
    const existing = {
      '@odata.context': "https://graph.microsoft.com/beta/$metadata#servicePrincipals('sp')/claimsPolicy/$entity",
      id: 'sp',
      includeBasicClaimSet: false,
      futureProperty: { nested: [1, 2] },
      claims: [claim('a', 'mail'), claim('euc_mail', 'mail'), { '@odata.type': '#microsoft.graph.samlNameIdClaim', nameIdFormat: 'persistent' }],
      audienceOverride: 'urn:x',
      includeApplicationIdInIssuer: true,
    };
    const body = claimsPolicyBody(ours, existing);
    expect(Object.keys(body)).toEqual(['id', 'includeBasicClaimSet', 'futureProperty', 'claims', 'audienceOverride', 'includeApplicationIdInIssuer']);
    // A policy with claims keeps the admin's includeBasicClaimSet (docs/decisions/011).
    expect(body.includeBasicClaimSet).toBe(false);
    expect(body.includeApplicationIdInIssuer).toBe(false);
    expect(body.futureProperty).toBe(existing.futureProperty);
    const claims = body.claims as object[];
    expect(claims[0]).toBe(existing.claims[0]);
    expect(claims[1]).toMatchObject({ name: 'euc_mail', configurations: [{ attribute: { id: 'userprincipalname' } }] });
    expect(claims[2]).toBe(existing.claims[2]);
  });

  it('appends our claim when the policy has none of that name', () => {
    const body = claimsPolicyBody(ours, { includeBasicClaimSet: true, claims: [claim('a', 'mail')] });
    expect((body.claims as { name: string }[]).map((c) => c.name)).toEqual(['a', 'euc_mail']);
  });

  it('gives the review the policy before and after on the planned operation', () => {
    const before = { includeBasicClaimSet: true, claims: [claim('a', 'mail')] };
    const plan = buildPlan(
      { ...answers, identityClaim: ours },
      { ...matching, customClaims: [{ name: 'a', sourceAttribute: 'mail' }], claimsPolicy: before },
      END,
    );
    const op = plan.operations.find((o) => o.kind === 'putClaimsPolicy');
    expect(op).toMatchObject({ before, after: claimsPolicyBody(ours, before), body: claimsPolicyBody(ours, before) });
  });
});

describe('buildPlan against an existing app', () => {
  it('plans nothing when the tenant already matches', () => {
    expect(buildPlan(answers, matching, END).operations).toEqual([]);
  });

  it('plans only the missing assignment and the changed reply URL, with real ids', () => {
    const plan = buildPlan({ ...answers, cmpId: 'contoso-2' }, { ...matching, assignedPrincipalIds: ['u1'] }, END);
    expect(plan.operations.map((op) => op.id)).toEqual(['application-urls', 'assign:g1']);
    expect(plan.operations[0]?.path).toBe('/applications/app-object');
    expect(plan.operations[1]?.body).toEqual({ principalId: 'g1', resourceId: 'sp', appRoleId: 'role-user' });
    expect(plan.operations.every((op) => op.dependsOn.length === 0)).toBe(true);
  });

  it('sets SAML mode first when an existing app lost it', () => {
    const plan = buildPlan(answers, { ...matching, preferredSingleSignOnMode: null, identifierUris: [] }, END);
    expect(plan.operations.map((op) => op.id)).toEqual(['saml-mode', 'application-urls']);
    expect(plan.operations[1]?.dependsOn).toEqual(['saml-mode']);
  });

  it('adds and activates a certificate when none is active', () => {
    const plan = buildPlan(answers, { ...matching, hasActiveSigningCertificate: false }, END);
    expect(plan.operations.map((op) => op.id)).toEqual(['add-certificate', 'activate-certificate']);
  });
});

describe('buildPlan renews a certificate that ends within 60 days', () => {
  const now = new Date('2028-01-01T00:00:00Z');
  const endingOn = (date: string): ObservedApp => ({ ...matching, signingCertificateExpiresAt: date });

  it('keeps an active certificate with more than 60 days left', () => {
    expect(buildPlan(answers, endingOn('2028-03-02T00:00:01Z'), END, now).operations).toEqual([]);
  });

  it('adds and activates a new certificate at exactly 60 days, and deletes nothing', () => {
    const plan = buildPlan(answers, endingOn('2028-03-01T00:00:00Z'), END, now);
    expect(plan.operations.map((op) => op.id)).toEqual(['add-certificate', 'activate-certificate']);
    expect(plan.operations.every((op) => op.method !== 'GET' && !('keyCredentials' in (op.body ?? {})))).toBe(true);
  });

  it('renews an expired certificate (which is not active either)', () => {
    const plan = buildPlan(answers, { ...endingOn('2027-12-01T00:00:00Z'), hasActiveSigningCertificate: false }, END, now);
    expect(plan.operations.map((op) => op.id)).toEqual(['add-certificate', 'activate-certificate']);
  });

  it('applies the 60-day rule only when it is given the time', () => {
    expect(buildPlan(answers, endingOn('2028-01-10T00:00:00Z'), END).operations).toEqual([]);
  });
});

describe('buildPlan keeps what the admin did not ask to change on an existing app', () => {
  const inProduction: ObservedApp = {
    ...matching,
    notificationEmailAddresses: ['it-ops@contoso.com'],
    groupMembershipClaims: 'SecurityGroup',
    displayName: 'EUC (Dubai)',
  };
  const emailsBody = (plan: ReturnType<typeof buildPlan>) => plan.operations.find((op) => op.id === 'notification-emails')?.body;

  it('writes the existing notification addresses and the new ones', () => {
    expect(emailsBody(buildPlan(answers, inProduction, END))).toEqual({ notificationEmailAddresses: ['it-ops@contoso.com', 'admin@contoso.com'] });
  });

  it('drops an existing address only when the admin removed it on the review', () => {
    const plan = buildPlan(answers, inProduction, END, undefined, { ...KEEP_EVERYTHING, removedNotificationEmails: ['IT-OPS@contoso.com'] });
    expect(emailsBody(plan)).toEqual({ notificationEmailAddresses: ['admin@contoso.com'] });
  });

  it('writes nothing when the answers only repeat an existing address', () => {
    expect(
      emailsBody(buildPlan({ ...answers, certificate: { ...answers.certificate, notificationEmails: ['IT-OPS@contoso.com'] } }, inProduction, END)),
    ).toBeUndefined();
  });

  it('keeps the group claim when the answer is "no group claim", and switches it off only when the admin removes it', () => {
    expect(buildPlan(answers, inProduction, END).operations.find((op) => op.id === 'application-urls')).toBeUndefined();
    const removed = buildPlan(answers, inProduction, END, undefined, { ...KEEP_EVERYTHING, removeGroupClaim: true });
    expect(removed.operations.find((op) => op.id === 'application-urls')?.body).toEqual({ groupMembershipClaims: 'None' });
  });

  it('keeps the app name unless the admin chose to rename it, then renames application and service principal', () => {
    expect(buildPlan(answers, inProduction, END).operations).toEqual([expect.objectContaining({ id: 'notification-emails' })]);
    const renamed = buildPlan(answers, inProduction, END, undefined, { ...KEEP_EVERYTHING, renameApp: true });
    // One PATCH per object: the service principal's name rides with its notification addresses.
    expect(renamed.operations.map((op) => [op.id, op.method, op.path, op.body])).toEqual([
      [
        'notification-emails',
        'PATCH',
        '/servicePrincipals/sp',
        { notificationEmailAddresses: ['it-ops@contoso.com', 'admin@contoso.com'], displayName: answers.appName },
      ],
      ['rename-application', 'PATCH', '/applications/app-object', { displayName: answers.appName }],
    ]);
    expect(renamed.operations[0]?.titleKey).toBe('notificationEmailsAndRename');
    expect(plannedRename(renamed)).toBe(answers.appName);
    expect(plannedRename(buildPlan(answers, inProduction, END))).toBeNull();
  });

  it('folds the rename into the PATCHes planned for each object, so no two PATCHes meet on one object', () => {
    const elsewhere: ObservedApp = { ...inProduction, preferredSingleSignOnMode: null, redirectUris: ['https://euc.example/ssoAssert?cmpID=old'] };
    const plan = buildPlan(answers, elsewhere, END, undefined, { ...KEEP_EVERYTHING, renameApp: true });
    const patches = plan.operations.filter((op) => op.method === 'PATCH');
    expect(patches.map((op) => [op.id, op.body?.displayName])).toEqual([
      ['saml-mode', answers.appName],
      ['application-urls', answers.appName],
      ['notification-emails', undefined],
    ]);
    expect(patches.map((op) => op.titleKey)).toEqual(['samlModeAndRename', 'urlsAndRename', 'notificationEmails']);
    // With a certificate to activate and no other PATCH on the service principal, activation carries it.
    const renewing = buildPlan(
      answers,
      { ...inProduction, notificationEmailAddresses: ['admin@contoso.com'], hasActiveSigningCertificate: false },
      END,
      undefined,
      {
        ...KEEP_EVERYTHING,
        renameApp: true,
      },
    );
    // Addresses and activation both to write: activation waits for the PATCH that renames.
    const both = buildPlan(answers, { ...inProduction, hasActiveSigningCertificate: false }, END, undefined, { ...KEEP_EVERYTHING, renameApp: true });
    expect(both.operations.find((op) => op.id === 'notification-emails')?.body?.displayName).toBe(answers.appName);
    expect(both.operations.find((op) => op.id === 'activate-certificate')?.dependsOn).toEqual(['add-certificate', 'notification-emails']);
    expect(renewing.operations.filter((op) => op.method === 'PATCH').map((op) => [op.id, op.body])).toEqual([
      ['activate-certificate', { preferredTokenSigningKeyThumbprint: '{thumbprint}', displayName: answers.appName }],
      ['rename-application', { displayName: answers.appName }],
    ]);
  });

  it('never lets two PATCHes on one object run at once, with or without a rename', () => {
    // Two writes at once on one object may race (409 Directory_ConcurrencyViolation, docs/graph/errors.md).
    const mayRunAtOnce = (plan: Plan): string[][] => {
      const byId = new Map(plan.operations.map((op) => [op.id, op]));
      const after = (id: string, earlier: string): boolean => (byId.get(id)?.dependsOn ?? []).some((dep) => dep === earlier || after(dep, earlier));
      const patches = plan.operations.filter((op) => op.method === 'PATCH');
      return patches.flatMap((a, i) =>
        patches
          .slice(i + 1)
          .filter((b) => a.path === b.path && !after(a.id, b.id) && !after(b.id, a.id))
          .map((b) => [a.id, b.id]),
      );
    };
    const noActiveCertificate: ObservedApp = { ...inProduction, hasActiveSigningCertificate: false };
    for (const plan of [
      buildPlan(answers, null, END),
      buildPlan(answers, noActiveCertificate, END, undefined, KEEP_EVERYTHING),
      buildPlan(answers, { ...noActiveCertificate, preferredSingleSignOnMode: null }, END, undefined, KEEP_EVERYTHING),
      buildPlan(answers, noActiveCertificate, END, undefined, { ...KEEP_EVERYTHING, renameApp: true }),
    ]) {
      // Addresses and activation both to write on the service principal.
      expect(plan.operations.filter((op) => op.kind === 'setNotificationEmails' || op.kind === 'activateSigningCertificate')).toHaveLength(2);
      expect(mayRunAtOnce(plan)).toEqual([]);
    }
  });

  it('ignores the review choices for a new app', () => {
    const plan = buildPlan(answers, null, END, undefined, { removedNotificationEmails: ['admin@contoso.com'], removeGroupClaim: true, renameApp: true });
    expect(plan.operations.some((op) => op.kind === 'setDisplayName')).toBe(false);
    expect(emailsBody(plan)).toEqual({ notificationEmailAddresses: ['admin@contoso.com'] });
  });
});
