import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDeepLink, parseDeepLink } from './deep-link';

describe('parseDeepLink', () => {
  it.each([
    ['?region=eu', 'eu'],
    ['?region=EU', 'eu'],
    ['?region=Anz', 'anz'],
    ['?region=uae', 'uae'],
    ['?region=jp', 'jp'],
  ])('reads the region from %s', (search, region) => {
    expect(parseDeepLink(search).answers.region).toBe(region);
    expect(parseDeepLink(search).problems).toEqual([]);
  });

  it.each([
    ['?region=mars', 'region', /not one of us, eu, anz, jp, sg, in, uae/],
    ['?region=eu&region=us', 'region', /2 times/],
    ['?cmpId=bad%20id', 'cmpId', /space/i],
    ['?cmpId=' + 'a'.repeat(65), 'cmpId', /65 characters/],
    ['?appName=%20padded', 'appName', /space at the start or end/],
    ['?notify=bob@', 'notify', /'bob@' is not a valid e-mail address/],
    ['?tenant=not a tenant', 'tenant', /neither a directory ID/],
    ['?check=maybe', 'check', /1 or 0/],
    ['?claim=' + encodeURIComponent('http://schemas.microsoft.com/ws/2008/06/identity/claims/role'), 'claim', /reserved/],
    ['?region=' + 'x'.repeat(600), 'region', /600 characters long/],
  ])('ignores the bad preset %s with a message naming %s', (search, parameter, message) => {
    const presets = parseDeepLink(search);
    expect(presets.answers).toEqual({});
    expect(presets.problems).toHaveLength(1);
    expect(presets.problems[0]?.parameter).toBe(parameter);
    expect(presets.problems[0]?.message).toMatch(message);
  });

  it('keeps the good presets of a link that also has bad ones', () => {
    const presets = parseDeepLink('?region=eu&cmpId=%3Cscript%3E&notify=a@contoso.com,b@contoso.com&tenant=Contoso.onmicrosoft.com');
    expect(presets.answers).toEqual({ region: 'eu', notificationEmails: ['a@contoso.com', 'b@contoso.com'] });
    expect(presets.tenant).toBe('contoso.onmicrosoft.com');
    expect(presets.problems.map((p) => p.parameter)).toEqual(['cmpId']);
  });

  it('reads claims in both forms', () => {
    expect(parseDeepLink('?claim=euc_mail:userprincipalname&groupClaim=euc_group').answers).toEqual({
      identityClaim: { kind: 'custom', name: 'euc_mail', sourceAttribute: 'userprincipalname' },
      groupClaim: { kind: 'custom-name', name: 'euc_group', groups: 'SecurityGroup' },
    });
    expect(parseDeepLink('?claim=euc_mail&groupClaim=default').answers).toEqual({
      identityClaim: { kind: 'custom', name: 'euc_mail', sourceAttribute: 'mail' },
      groupClaim: { kind: 'default-name', groups: 'SecurityGroup' },
    });
  });

  it('ignores unknown parameters silently', () => {
    expect(parseDeepLink('?utm_source=mail&foo=<b>')).toEqual({ answers: {}, problems: [] });
  });

  it('never lets a fuzzed value through unvalidated', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        const presets = parseDeepLink(`?region=${encodeURIComponent(text)}&cmpId=${encodeURIComponent(text)}&appName=${encodeURIComponent(text)}`);
        if (presets.answers.cmpId !== undefined) expect(presets.answers.cmpId).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
        if (presets.answers.region !== undefined) expect(['us', 'eu', 'anz', 'jp', 'sg', 'in', 'uae']).toContain(presets.answers.region);
        if (presets.answers.appName !== undefined) expect(presets.answers.appName).toBe(text);
        for (const problem of presets.problems) expect(problem.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('buildDeepLink', () => {
  it('builds a link that parses back to the same presets', () => {
    const link = buildDeepLink('https://wizard.example/share?old=1', { region: 'eu', cmpId: 'contoso-1', notify: 'a@contoso.com' });
    expect(link).toBe('https://wizard.example/share?region=eu&cmpId=contoso-1&notify=a%40contoso.com');
    expect(parseDeepLink(new URL(link).search).answers).toEqual({ region: 'eu', cmpId: 'contoso-1', notificationEmails: ['a@contoso.com'] });
  });
});
