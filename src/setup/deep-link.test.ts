import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildDeepLink,
  deepLinkQuery,
  deepLinkValuesFromAnswers,
  hasDeepLinkParameters,
  parseDeepLink,
  parsePresetValue,
  tenantMatchesHint,
} from './deep-link';
import { appNameSchema, identityClaimNameSchema } from './answers-schema';
import { USER_SOURCE_ATTRIBUTES } from './claims';
import { REGION_CODES } from './regions';
import type { IdentityClaim } from './types';
import { loadLanguage } from '../i18n/i18n';
import { enRef } from '../testing/english';

// Problems are message references: the tests read them in English, as the page renders them.
beforeAll(() => loadLanguage('en'));

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
    expect(enRef(presets.problems[0]!.ref)).toMatch(message);
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
        // Each problem reads as a whole sentence: no entry missing, no value left open.
        for (const problem of presets.problems) expect(enRef(problem.ref)).not.toMatch(/\{\{|deepLink\.|validation\.|^$/);
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

describe('script text in a link', () => {
  const payloads = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>'];
  const refusing = ['region', 'cmpId', 'claim', 'groupClaim', 'notify', 'tenant', 'check'] as const;

  it.each(payloads.flatMap((payload) => refusing.map((parameter) => [parameter, payload] as const)))(
    'refuses %s=%s with a message naming the parameter',
    (parameter, payload) => {
      const presets = parseDeepLink(`?${parameter}=${encodeURIComponent(payload)}`);
      expect(presets.answers).toEqual({});
      expect(presets.tenant).toBeUndefined();
      expect(presets.check).toBeUndefined();
      expect(presets.problems).toHaveLength(1);
      expect(presets.problems[0]?.parameter).toBe(parameter);
      expect(enRef(presets.problems[0]!.ref)).toContain(`("${parameter}")`);
    },
  );

  it.each(payloads)('keeps %s as an application name: the form allows it, and it is only ever shown as text', (payload) => {
    expect(parseDeepLink(`?appName=${encodeURIComponent(payload)}`).answers).toEqual({ appName: payload });
  });
});

describe('parsePresetValue', () => {
  it.each([
    ['region', 'EU', 'eu'],
    ['cmpId', 'contoso_1', 'contoso_1'],
    ['notify', 'a@contoso.com, b@contoso.com', ['a@contoso.com', 'b@contoso.com']],
    ['tenant', 'Contoso.OnMicrosoft.com', 'contoso.onmicrosoft.com'],
    ['check', '0', false],
    ['groupClaim', 'none', { kind: 'none' }],
  ] as const)('accepts %s=%s', (parameter, value, expected) => {
    expect(parsePresetValue(parameter, value)).toEqual({ ok: true, value: expected });
  });

  it('gives a reason that reads on its own, without the parameter prefix', () => {
    const result = parsePresetValue('cmpId', 'bad id');
    expect(result).toEqual({ ok: false, reason: { key: 'validation.cmpIdCharacter', values: { character: ' ' } } });
    const reason = (parameter: Parameters<typeof parsePresetValue>[0], value: string) => {
      const refused = parsePresetValue(parameter, value);
      return refused.ok ? 'accepted' : enRef(refused.reason);
    };
    expect(reason('cmpId', 'bad id')).toBe('A space is not allowed: use letters, digits, - and _.');
    expect(reason('tenant', 'x')).toMatch(/^It is neither a directory ID/);
    expect(reason('appName', 'a'.repeat(513))).toMatch(/513 characters long/);
  });
});

describe('claims in a link', () => {
  it('drops a group claim named like the identity claim, as the claims step would refuse it', () => {
    const presets = parseDeepLink('?claim=euc_mail&groupClaim=EUC_MAIL');
    expect(presets.answers).toEqual({ identityClaim: { kind: 'custom', name: 'euc_mail', sourceAttribute: 'mail' } });
    expect(presets.problems).toEqual([
      {
        parameter: 'groupClaim',
        ref: { key: 'deepLink.parser.ignored.groupClaim', values: { reason: { key: 'validation.groupClaimSameAsIdentityClaim' } } },
      },
    ]);
    expect(enRef(presets.problems[0]!.ref)).toMatch(/different name from the identity claim/);
  });
});

describe('tenantMatchesHint', () => {
  const tid = '0b5e6c38-1f2a-4c3d-9e8f-7a6b5c4d3e2f';
  it('compares a directory id with the token tid, case-insensitively', () => {
    expect(tenantMatchesHint(tid.toUpperCase(), tid)).toBe(true);
    expect(tenantMatchesHint('11111111-2222-3333-4444-555555555555', tid)).toBe(false);
  });
  it('compares a domain with the verified domains, once they are known', () => {
    expect(tenantMatchesHint('contoso.onmicrosoft.com', tid)).toBeUndefined();
    expect(tenantMatchesHint('contoso.onmicrosoft.com', tid, ['Contoso.onmicrosoft.com', 'contoso.com'])).toBe(true);
    expect(tenantMatchesHint('fabrikam.com', tid, ['contoso.onmicrosoft.com'])).toBe(false);
    // A domain never matches the tenant id itself, nor a subdomain.
    expect(tenantMatchesHint('mail.contoso.com', tid, ['contoso.com'])).toBe(false);
  });
});

describe('what a URL carries', () => {
  it('tells deep-link parameters from MSAL and unknown ones', () => {
    expect(hasDeepLinkParameters('?region=eu')).toBe(true);
    expect(hasDeepLinkParameters('?check=1')).toBe(true);
    expect(hasDeepLinkParameters('?state=abc&code=xyz&utm_source=mail')).toBe(false);
    expect(hasDeepLinkParameters('')).toBe(false);
  });
  it('keeps only deep-link parameters, repeats included', () => {
    expect(deepLinkQuery('?state=abc&region=eu&foo=1&region=us&cmpId=a%20b')).toBe('region=eu&region=us&cmpId=a+b');
  });
});

describe('deepLinkValuesFromAnswers', () => {
  it('writes each answer a link can carry', () => {
    expect(
      deepLinkValuesFromAnswers({
        region: 'jp',
        cmpId: 'c-1',
        appName: 'EUC',
        identityClaim: { kind: 'custom', name: 'urn:x:mail', sourceAttribute: 'mail' },
        groupClaim: { kind: 'default-name', groups: 'ApplicationGroup' },
        notificationEmails: ['a@contoso.com', 'b@contoso.com'],
      }),
    ).toEqual({ region: 'jp', cmpId: 'c-1', appName: 'EUC', claim: 'urn:x:mail:mail', groupClaim: 'default', notify: 'a@contoso.com,b@contoso.com' });
  });

  it('leaves out a custom group claim named like a keyword', () => {
    expect(deepLinkValuesFromAnswers({ groupClaim: { kind: 'custom-name', name: 'None', groups: 'SecurityGroup' } })).toEqual({});
  });

  const claimName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_:/.-]{0,40}$/);
  const attribute = fc.constantFrom(...USER_SOURCE_ATTRIBUTES);
  const answers = fc.record(
    {
      region: fc.constantFrom(...REGION_CODES),
      cmpId: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
      appName: fc.string({ minLength: 1, maxLength: 60 }).filter((name) => appNameSchema.safeParse(name).success),
      identityClaim: fc.oneof(
        fc.constant<IdentityClaim>({ kind: 'default' }),
        fc.record({ kind: fc.constant('custom' as const), name: claimName, sourceAttribute: attribute }),
      ),
      notificationEmails: fc.uniqueArray(fc.stringMatching(/^[a-z]{1,10}@[a-z]{1,10}\.com$/), { minLength: 1, maxLength: 5 }),
    },
    { requiredKeys: [] },
  );

  it('builds links that parse back to the same answers', () => {
    fc.assert(
      fc.property(answers, (chosen) => {
        const valid = chosen.identityClaim?.kind !== 'custom' || identityClaimNameSchema.safeParse(chosen.identityClaim.name).success;
        fc.pre(valid);
        const link = buildDeepLink('https://wizard.example/', deepLinkValuesFromAnswers(chosen));
        const parsed = parseDeepLink(new URL(link).search);
        expect(parsed.problems).toEqual([]);
        expect(parsed.answers).toEqual(chosen);
      }),
      { numRuns: 300 },
    );
  });
});
