import { describe, expect, it } from 'vitest';
import {
  checkReport,
  repairableFindings,
  checkSetup,
  compareUrls,
  inferExpected,
  repairNeeds,
  repairedAnswers,
  repairReview,
  reportAsJson,
  reportAsText,
  type ExpectedSetup,
  type Finding,
  type FindingId,
} from './check';
import type { ObservedApp } from './plan';

const NOW = new Date('2027-03-01T12:00:00Z');
const DAY = 86_400_000;
const inDays = (days: number) => new Date(NOW.getTime() + days * DAY).toISOString();
const END = '2030-02-28T12:00:00.000Z';

const EU_IDENTIFIER = 'https://euc.tmes.trendmicro.eu/uiserver/euc/ssoLogin';
const EU_REPLY = 'https://euc.tmes.trendmicro.eu/uiserver/euc/ssoAssert?cmpID=contoso-1';

const good: ObservedApp = {
  applicationId: 'app-object',
  appId: 'app-client',
  servicePrincipalId: 'sp',
  displayName: 'Trend Micro Email Security End User Console',
  identifierUris: [EU_IDENTIFIER],
  redirectUris: [EU_REPLY],
  groupMembershipClaims: null,
  preferredSingleSignOnMode: 'saml',
  notificationEmailAddresses: ['it@contoso.com'],
  preferredTokenSigningKeyThumbprint: 'AB'.repeat(20),
  hasActiveSigningCertificate: true,
  signingCertificateExpiresAt: inDays(400),
  appRoleAssignmentRequired: true,
  userRoleId: 'role-user',
  assignedPrincipalIds: ['g1'],
  assignedPrincipalNames: { g1: 'Email Security Users' },
  customClaims: [],
  includeBasicClaimSet: false,
};

const expected: ExpectedSetup = { region: 'eu', cmpId: 'contoso-1', identityClaim: { kind: 'default' }, groupClaim: { kind: 'none' } };

function finding(id: FindingId, observed: Partial<ObservedApp>, expect: Partial<ExpectedSetup> = {}): Finding {
  return checkSetup({ ...good, ...observed }, { ...expected, ...expect }, NOW).find((f) => f.id === id)!;
}

describe('checkSetup', () => {
  it('passes a correct app on every item, in the report order', () => {
    const findings = checkSetup(good, expected, NOW);
    expect(findings.map((f) => [f.id, f.status])).toEqual([
      ['samlMode', 'pass'],
      ['identifier', 'pass'],
      ['replyUrl', 'pass'],
      ['assignments', 'pass'],
      ['identityClaim', 'pass'],
      ['groupClaim', 'pass'],
      ['signingCertificate', 'pass'],
      ['notificationEmails', 'pass'],
    ]);
    expect(findings.every((f) => f.fix === undefined && !f.reason.includes('\n'))).toBe(true);
  });

  describe('single sign-on mode', () => {
    it('fails when unset, and when another mode is set, naming it', () => {
      expect(finding('samlMode', { preferredSingleSignOnMode: null })).toMatchObject({ status: 'fail', actual: '(none)', fix: { by: 'plan' } });
      expect(finding('samlMode', { preferredSingleSignOnMode: 'password' }).reason).toBe('The single sign-on mode is "password", not SAML.');
    });
  });

  describe('identifier', () => {
    it('fails when missing', () => {
      expect(finding('identifier', { identifierUris: [] })).toMatchObject({ status: 'fail', reason: 'No identifier is set.', expected: EU_IDENTIFIER });
    });

    it("fails with another region's host, naming both regions side by side", () => {
      const us = 'https://euc.tmes.trendmicro.com/uiserver/euc/ssoLogin';
      expect(finding('identifier', { identifierUris: [us] })).toMatchObject({
        status: 'fail',
        expected: EU_IDENTIFIER,
        actual: us,
        differingParts: ['host'],
        reason: 'The host is euc.tmes.trendmicro.com (North America, Latin America and Asia Pacific), not euc.tmes.trendmicro.eu (Europe and Africa).',
      });
    });

    it('warns when the right identifier is one of several', () => {
      expect(finding('identifier', { identifierUris: [EU_IDENTIFIER, 'https://other.example/saml'] })).toMatchObject({
        status: 'warning',
        reason: 'The right value is there, but with 1 other: a SAML app needs exactly one.',
      });
    });

    it('tells a trailing slash, http and letter case apart', () => {
      expect(finding('identifier', { identifierUris: [`${EU_IDENTIFIER}/`] }).differingParts).toEqual(['path']);
      expect(finding('identifier', { identifierUris: [EU_IDENTIFIER.replace('https:', 'http:')] }).differingParts).toEqual(['scheme']);
      expect(finding('identifier', { identifierUris: [EU_IDENTIFIER.replace('euc.tmes', 'EUC.tmes')] })).toMatchObject({
        status: 'fail',
        differingParts: ['spelling'],
      });
    });
  });

  describe('reply URL', () => {
    it('fails when the cmpID is missing, and says so', () => {
      const noCmpId = 'https://euc.tmes.trendmicro.eu/uiserver/euc/ssoAssert';
      expect(finding('replyUrl', { redirectUris: [noCmpId] })).toMatchObject({
        status: 'fail',
        reason: 'The cmpID is missing.',
        differingParts: ['cmpId'],
        expected: EU_REPLY,
        actual: noCmpId,
      });
    });

    it('names a different cmpID, and a cmpid in the wrong case as missing', () => {
      expect(finding('replyUrl', { redirectUris: [EU_REPLY.replace('contoso-1', 'contoso-2')] }).reason).toBe('The cmpID is "contoso-2", not "contoso-1".');
      expect(finding('replyUrl', { redirectUris: [EU_REPLY.replace('cmpID', 'cmpid')] }).differingParts).toEqual(['cmpId', 'query']);
    });

    it('says which part differs when the host is wrong but the cmpID is right', () => {
      const f = finding('replyUrl', { redirectUris: [EU_REPLY.replace('tmes.trendmicro.eu', 'tmes-anz.trendmicro.com')] });
      expect(f.differingParts).toEqual(['host']);
      expect(f.reason).toBe(
        'The host is euc.tmes-anz.trendmicro.com (Australia and New Zealand), not euc.tmes.trendmicro.eu (Europe and Africa). The cmpID is right.',
      );
    });

    it('fails and asks for the unique identifier when it is not known', () => {
      expect(finding('replyUrl', {}, { cmpId: null })).toMatchObject({
        status: 'fail',
        expected: 'https://euc.tmes.trendmicro.eu/uiserver/euc/ssoAssert?cmpID=<unique identifier>',
        differingParts: ['cmpId'],
      });
    });

    it('fails when missing', () => {
      expect(finding('replyUrl', { redirectUris: [] }).reason).toBe('No reply URL is set.');
    });
  });

  describe('assignments', () => {
    it('fails when assignment is required and nobody is assigned', () => {
      expect(finding('assignments', { assignedPrincipalIds: [] })).toMatchObject({ status: 'fail', fix: { by: 'plan' } });
    });

    it('warns when assignment is not required, with the portal steps', () => {
      const f = finding('assignments', { appRoleAssignmentRequired: false, assignedPrincipalIds: [] });
      expect(f.status).toBe('warning');
      expect(f.reason).toBe('Assignment is not required, so every user in the tenant can sign in (0 assigned).');
      expect(f.fix).toEqual({ by: 'admin', steps: expect.stringContaining('Assignment required?') });
    });
  });

  describe('identity claim', () => {
    it("passes the default claim when the policy has no claims (Entra's defaults apply)", () => {
      expect(finding('identityClaim', { customClaims: [], includeBasicClaimSet: false }).status).toBe('pass');
    });

    it('fails the default claim when a policy with claims leaves out the basic claim set', () => {
      const f = finding('identityClaim', { customClaims: [{ name: 'euc_mail', sourceAttribute: 'mail' }], includeBasicClaimSet: false });
      expect(f).toMatchObject({ status: 'fail', fix: { by: 'admin' } });
    });

    it('warns when the e-mail claim comes from another attribute', () => {
      const claim = { name: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress', sourceAttribute: 'userprincipalname' };
      expect(finding('identityClaim', { customClaims: [claim], includeBasicClaimSet: true }).reason).toBe(
        'The e-mail address claim comes from user.userprincipalname, not user.mail.',
      );
    });

    const custom = { identityClaim: { kind: 'custom', name: 'euc_mail', sourceAttribute: 'mail' } } as const;

    it('passes a custom claim of that name from that attribute', () => {
      expect(finding('identityClaim', { customClaims: [{ name: 'euc_mail', sourceAttribute: 'mail' }] }, custom).status).toBe('pass');
    });

    it('fails a custom claim whose name differs, showing both names', () => {
      const f = finding('identityClaim', { customClaims: [{ name: 'euc_email', sourceAttribute: 'mail' }] }, custom);
      expect(f).toMatchObject({
        status: 'fail',
        reason: 'No claim is named "euc_mail"; the app sends "euc_email" instead.',
        expected: 'euc_mail from user.mail',
        actual: 'euc_email from user.mail',
        fix: { by: 'plan' },
      });
    });

    it('fails a name that differs only in letter case, and a claim from the wrong attribute', () => {
      expect(finding('identityClaim', { customClaims: [{ name: 'EUC_mail', sourceAttribute: 'mail' }] }, custom).reason).toBe(
        'The claim is named "EUC_mail", not "euc_mail": claim names must match exactly.',
      );
      expect(finding('identityClaim', { customClaims: [{ name: 'euc_mail', sourceAttribute: 'userprincipalname' }] }, custom).reason).toBe(
        'The claim "euc_mail" comes from user.userprincipalname, not user.mail.',
      );
    });

    it('fails when there is no custom claim at all', () => {
      expect(finding('identityClaim', { customClaims: [] }, custom).reason).toBe('No claim is named "euc_mail".');
    });
  });

  describe('group claim', () => {
    const groups = { groupClaim: { kind: 'default-name', groups: 'SecurityGroup' } } as const;

    it('passes when the profile uses none, whatever the app sends', () => {
      expect(finding('groupClaim', { groupMembershipClaims: 'All' }).status).toBe('pass');
    });

    it('fails when the profile expects group IDs and the app sends none', () => {
      expect(finding('groupClaim', { groupMembershipClaims: 'None' }, groups)).toMatchObject({ status: 'fail', fix: { by: 'plan' } });
    });

    it('warns when other groups are sent; the expected ones are sent but their name is to confirm, never passed', () => {
      expect(finding('groupClaim', { groupMembershipClaims: 'All' }, groups).reason).toBe('Group IDs are sent for All, not security groups.');
      expect(finding('groupClaim', { groupMembershipClaims: 'SecurityGroup' }, groups)).toMatchObject({
        status: 'confirm',
        expected: 'security groups, named http://schemas.microsoft.com/ws/2008/06/identity/claims/groups',
        fix: { by: 'admin', steps: expect.stringContaining('the groups claim must be named http://schemas.microsoft.com/ws/2008/06/identity/claims/groups') },
      });
    });

    it('asks to confirm a custom group claim name in the portal: Graph cannot read it', () => {
      const f = finding(
        'groupClaim',
        { groupMembershipClaims: 'SecurityGroup' },
        { groupClaim: { kind: 'custom-name', name: 'euc_group', groups: 'SecurityGroup' } },
      );
      expect(f).toMatchObject({
        status: 'confirm',
        reason: 'Group IDs are sent (security groups); Microsoft Graph cannot read the claim\'s name: confirm it is "euc_group" under Attributes & Claims.',
        expected: 'security groups, named euc_group',
        fix: { by: 'admin', steps: expect.stringContaining('must be named euc_group') },
      });
    });

    it('a claim to confirm is neither repaired nor counted as passed', () => {
      const observed: ObservedApp = { ...good, groupMembershipClaims: 'SecurityGroup' };
      const wanted: ExpectedSetup = { ...expected, groupClaim: { kind: 'custom-name', name: 'euc_group', groups: 'SecurityGroup' } };
      const findings = checkSetup(observed, wanted, NOW);
      expect(repairableFindings(findings).map((f) => f.id)).not.toContain('groupClaim');
      const report = checkReport({ observed, expected: wanted, findings, tenantId: 't', checkedAt: NOW });
      expect(report.counts.confirm).toBe(1);
      expect(reportAsText(report)).toContain('[CONFIRM IN THE PORTAL] Group claim:');
      expect(reportAsText(report)).toContain('to confirm in the portal');
    });
  });

  describe('signing certificate', () => {
    it('fails when no certificate is active', () => {
      expect(
        finding('signingCertificate', { preferredTokenSigningKeyThumbprint: null, hasActiveSigningCertificate: false, signingCertificateExpiresAt: null }),
      ).toMatchObject({
        status: 'fail',
        reason: 'No certificate is active: the app has no preferred signing thumbprint.',
        actual: 'none active',
      });
    });

    it('fails when the thumbprint names no certificate of the app', () => {
      expect(finding('signingCertificate', { hasActiveSigningCertificate: false, signingCertificateExpiresAt: null }).reason).toBe(
        `The active thumbprint ${'AB'.repeat(20)} matches none of the app's certificates.`,
      );
    });

    it('fails when expired, with the date and the days since', () => {
      expect(finding('signingCertificate', { hasActiveSigningCertificate: false, signingCertificateExpiresAt: '2027-02-19T12:00:00Z' }).reason).toBe(
        'Expired on 2027-02-19, 10 days ago: Entra signs with a certificate the console cannot accept.',
      );
    });

    it('warns at 60 days and passes at 61', () => {
      expect(finding('signingCertificate', { signingCertificateExpiresAt: inDays(60) })).toMatchObject({
        status: 'warning',
        reason: 'Expires on 2027-04-30, in 60 days: renew it and give the Trend Micro console the new one.',
        fix: { by: 'plan' },
      });
      expect(finding('signingCertificate', { signingCertificateExpiresAt: inDays(61) })).toMatchObject({
        status: 'pass',
        reason: 'Active until 2027-05-01 (61 days).',
      });
    });
  });

  describe('notification addresses', () => {
    it('warns when there are none', () => {
      expect(finding('notificationEmails', { notificationEmailAddresses: [] })).toMatchObject({ status: 'warning', fix: { by: 'plan' } });
      expect(finding('notificationEmails', {}).reason).toBe('Expiry notices go to it@contoso.com.');
    });
  });
});

describe('compareUrls', () => {
  it('reports a URL that is not one', () => {
    expect(compareUrls(EU_REPLY, 'euc.tmes.trendmicro.eu/x')).toEqual({ parts: ['spelling'], reasons: ['"euc.tmes.trendmicro.eu/x" is not a web address.'] });
  });
});

describe('inferExpected', () => {
  it('reads the region, cmpID and claims from the app', () => {
    const observed = { ...good, customClaims: [{ name: 'euc_mail', sourceAttribute: 'userprincipalname' }], groupMembershipClaims: 'SecurityGroup' };
    expect(inferExpected(observed)).toEqual({
      region: 'eu',
      cmpId: 'contoso-1',
      identityClaim: { kind: 'custom', name: 'euc_mail', sourceAttribute: 'userprincipalname' },
      groupClaim: { kind: 'default-name', groups: 'SecurityGroup' },
    });
  });

  it('lets presets win, and leaves the cmpID unknown when the reply URL has none', () => {
    const observed = { ...good, redirectUris: ['https://euc.tmes.trendmicro.eu/uiserver/euc/ssoAssert'] };
    expect(inferExpected(observed).cmpId).toBeNull();
    expect(inferExpected(observed, { region: 'jp', cmpId: 'x-1' })).toMatchObject({ region: 'jp', cmpId: 'x-1' });
  });
});

describe('repairReview(...).plan', () => {
  const input = { principals: [{ id: 'g2', kind: 'group' as const, displayName: 'Sales' }], notificationEmails: ['ops@contoso.com'] };
  const plan = (observed: ObservedApp, expect: ExpectedSetup = expected) =>
    repairReview(observed, expect, checkSetup(observed, expect, NOW), input, END, NOW).plan;

  it('plans nothing for a correct app', () => {
    expect(plan(good).operations).toEqual([]);
  });

  it('plans one operation per broken item, in the setup order, SAML mode first', () => {
    const broken: ObservedApp = {
      ...good,
      preferredSingleSignOnMode: null,
      redirectUris: ['https://euc.tmes.trendmicro.eu/uiserver/euc/ssoAssert'],
      assignedPrincipalIds: [],
      notificationEmailAddresses: [],
      signingCertificateExpiresAt: inDays(10),
    };
    const repaired = plan(broken);
    expect(repaired.operations.map((op) => op.id)).toEqual([
      'saml-mode',
      'application-urls',
      'assign:g2',
      'add-certificate',
      'activate-certificate',
      'notification-emails',
    ]);
    expect(repaired.operations.find((op) => op.id === 'application-urls')?.dependsOn).toEqual(['saml-mode']);
    expect(repaired.operations.find((op) => op.id === 'notification-emails')?.body).toEqual({ notificationEmailAddresses: ['ops@contoso.com'] });
  });

  it('never touches a group claim the check passed, even one the answers cannot describe', () => {
    const withAll = { ...good, groupMembershipClaims: 'All', redirectUris: [] };
    const repaired = plan(withAll);
    expect(repaired.operations.map((op) => op.id)).toEqual(['application-urls']);
    expect(repaired.operations[0]).toMatchObject({
      titleKey: 'urls',
      body: { identifierUris: [EU_IDENTIFIER], web: { redirectUris: [EU_REPLY] } },
    });
    expect(plan({ ...good, groupMembershipClaims: 'All' }).operations).toEqual([]);
  });

  it('sets the group claim when the check flagged it', () => {
    const expectGroups: ExpectedSetup = { ...expected, groupClaim: { kind: 'default-name', groups: 'SecurityGroup' } };
    expect(plan(good, expectGroups).operations.map((op) => op.body)).toEqual([{ groupMembershipClaims: 'SecurityGroup' }]);
  });

  it('leaves items fixed by hand out of the plan', () => {
    const notRequired = { ...good, appRoleAssignmentRequired: false };
    expect(plan(notRequired).operations).toEqual([]);
  });

  it('needs the unique identifier before it can write the reply URL', () => {
    const noCmpId = { ...good, redirectUris: ['https://euc.tmes.trendmicro.eu/uiserver/euc/ssoAssert'] };
    const unknown = { ...expected, cmpId: null };
    expect(repairNeeds(checkSetup(noCmpId, unknown, NOW), unknown)).toEqual({ principals: false, notificationEmails: false, cmpId: true });
    expect(() => plan(noCmpId, unknown)).toThrow(RangeError);
  });
});

describe('repairReview', () => {
  const input = { principals: [], notificationEmails: [] };
  const review = (observed: ObservedApp) => repairReview(observed, expected, checkSetup(observed, expected, NOW), input, END, NOW);

  it('words the repair as the setup review does: a replaced active certificate and a changed reply URL are breaking', () => {
    const broken = { ...good, signingCertificateExpiresAt: inDays(10), redirectUris: ['https://euc.tmes.trendmicro.eu/uiserver/euc/ssoAssert?cmpID=old'] };
    const { plan, changes } = review(broken);
    expect(plan.operations.map((op) => op.id)).toEqual(['application-urls', 'add-certificate', 'activate-certificate']);
    expect(changes.breaking.map((row) => row.breaking?.kind)).toEqual(['replyUrlChanged', 'certificateReplaced']);
    expect(changes.blockers).toEqual([]);
  });

  it('shows a group claim the check passed as unchanged, since the repair leaves it alone', () => {
    const { plan, changes } = review({ ...good, groupMembershipClaims: 'All', preferredSingleSignOnMode: null });
    expect(plan.operations.map((op) => op.id)).toEqual(['saml-mode']);
    expect(changes.blades.flatMap((b) => b.rows).find((row) => row.setting === 'groupClaim')).toMatchObject({ unchanged: true, breaking: null });
    expect(changes.breaking).toEqual([]);
  });
});

describe('repairedAnswers', () => {
  const input = { principals: [{ id: 'g2', kind: 'group' as const, displayName: 'Sales' }], notificationEmails: ['ops@contoso.com'] };

  it('describes the app as the repair leaves it: its own values, the flagged items as expected', () => {
    const broken: ObservedApp = { ...good, redirectUris: [], notificationEmailAddresses: [], assignedPrincipalIds: [] };
    expect(repairedAnswers(broken, { cmpId: 'contoso-1' }, input, NOW)).toMatchObject({
      appName: good.displayName,
      region: 'eu',
      cmpId: 'contoso-1',
      principals: input.principals,
      certificate: { notificationEmails: ['ops@contoso.com'] },
      groupClaim: { kind: 'none' },
    });
    // What passed is kept as it is: its own addresses, nobody added.
    expect(repairedAnswers(good, {}, input, NOW)).toMatchObject({ principals: [], certificate: { notificationEmails: ['it@contoso.com'] } });
  });

  it('is null when the unique identifier is not known', () => {
    expect(repairedAnswers({ ...good, redirectUris: [] }, {}, input, NOW)).toBeNull();
  });
});

describe('the report', () => {
  const observed = { ...good, preferredSingleSignOnMode: null, notificationEmailAddresses: [] };
  const report = checkReport({ observed, expected, findings: checkSetup(observed, expected, NOW), tenantId: 'tenant-1', checkedAt: NOW });

  it('counts the findings and carries the expected URLs', () => {
    expect(report.counts).toEqual({ pass: 6, confirm: 0, warning: 1, fail: 1 });
    expect(report.expected).toMatchObject({ identifier: EU_IDENTIFIER, replyUrl: EU_REPLY });
  });

  it('as text: the status in words, expected and actual for what is wrong', () => {
    const text = reportAsText(report);
    expect(text).toContain('[FAIL] Single sign-on mode is SAML: No single sign-on mode is set');
    expect(text).toContain('  expected: saml\n  actual:   (none)');
    expect(text).toContain('[WARNING] Certificate expiry notifications');
    expect(text).toContain('[PASS] Identifier (Entity ID): Exactly what Europe and Africa needs.');
    expect(text).toContain('6 passed, 1 warning, 1 failed');
  });

  it('as JSON: the same report', () => {
    expect(JSON.parse(reportAsJson(report))).toEqual(JSON.parse(JSON.stringify(report)));
  });
});
