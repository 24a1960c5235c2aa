import fc from 'fast-check';
import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod/mini';
import {
  answerMessageKey,
  answersSchema,
  appNameSchema,
  certificateAnswersSchema,
  claimsStepSchema,
  cmpIdSchema,
  commonNameSchema,
  defaultAnswers,
  generateCmpId,
  groupClaimSchema,
  identityClaimSchema,
  notificationEmailsSchema,
  principalsSchema,
  regionSchema,
  validityYearsSchema,
} from './answers-schema';
import { eucIdentifier, eucReplyUrl, isValidCmpId, parseEucUrls, REGIONS } from './regions';
import type { Answers } from './types';
import { loadLanguage } from '../i18n/i18n';
import { enIssue } from '../testing/english';

// The issues carry catalogue keys: the tests read them in English, as the page renders them.
beforeAll(() => loadLanguage('en'));

function issuesOf(schema: z.ZodMiniType, value: unknown): { path: PropertyKey[]; message: string }[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, message: enIssue(issue) }));
}

function messagesOf(schema: z.ZodMiniType, value: unknown): string[] {
  return issuesOf(schema, value).map((issue) => issue.message);
}

const GROUP_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const USER_ID = '6e1b2a9c-0d3f-4e5a-8b7c-9d0e1f2a3b4c';

const validAnswers: Answers = {
  appName: 'Trend Micro Email Security End User Console',
  principals: [
    { id: GROUP_ID, kind: 'group', displayName: 'EUC users' },
    { id: USER_ID, kind: 'user', displayName: 'Adele Vance', detail: 'AdeleV@contoso.com' },
  ],
  region: 'eu',
  cmpId: 'tmes-7k3q9x2m',
  identityClaim: { kind: 'custom', name: 'euc_email', sourceAttribute: 'extensionattribute3' },
  groupClaim: { kind: 'custom-name', name: 'euc_group', groups: 'SecurityGroup' },
  certificate: {
    notificationEmails: ['admin@contoso.com', 'secops@contoso.com'],
    validityYears: 2,
    commonName: 'Contoso EUC SSO',
  },
};

describe('application name', () => {
  it.each([
    'Trend Micro Email Security End User Console',
    'Trend Micro 電子メール エンドユーザーコンソール',
    'EUC (Contoso) – production',
    'x'.repeat(256),
    // Rendered as text everywhere and legal in Entra: a display name may look like markup.
    '<script>alert(1)</script>',
  ])('accepts %j', (appName) => {
    expect(messagesOf(appNameSchema, appName)).toEqual([]);
  });

  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['not text', 42],
    ['missing', undefined],
  ])('asks for a name when it is %s', (_case, appName) => {
    expect(messagesOf(appNameSchema, appName)).toEqual(['Enter a name for the application.']);
  });

  it.each([' EUC', 'EUC ', '\u00a0EUC'])('says to remove the surrounding space in %j', (appName) => {
    expect(messagesOf(appNameSchema, appName)).toEqual(['Remove the space at the start or end of the name.']);
  });

  it.each([
    ['EUC\nproduction', 'The invisible character U+000A is not allowed: remove it.'],
    ['EUC\tproduction', 'The invisible character U+0009 is not allowed: remove it.'],
    ['EUC \u202Eedoc', 'The invisible character U+202E is not allowed: remove it.'],
    ['EUC\u0000', 'The invisible character U+0000 is not allowed: remove it.'],
  ])('names the control character in %j', (appName, message) => {
    expect(messagesOf(appNameSchema, appName)).toEqual([message]);
  });

  it('gives the length of a name that is too long', () => {
    expect(messagesOf(appNameSchema, 'x'.repeat(257))).toEqual(['The name is 257 characters long; Microsoft Entra ID allows at most 256.']);
  });
});

describe('users and groups', () => {
  it('accepts users and groups picked from the directory', () => {
    expect(messagesOf(principalsSchema, validAnswers.principals)).toEqual([]);
  });

  it.each([
    ['an empty list', []],
    ['no list', undefined],
  ])('asks for at least one assignment when given %s', (_case, principals) => {
    expect(messagesOf(principalsSchema, principals)).toEqual([
      'Assign at least one user or group. The app requires assignment, so only the users and groups assigned here can sign in to the End User Console.',
    ]);
  });

  it('names the principal chosen twice, whatever the case of its id', () => {
    expect(
      issuesOf(principalsSchema, [
        { id: GROUP_ID, kind: 'group', displayName: 'EUC users' },
        { id: USER_ID, kind: 'user', displayName: 'Adele Vance' },
        { id: GROUP_ID.toUpperCase(), kind: 'group', displayName: 'EUC users' },
      ]),
    ).toEqual([{ path: [2], message: "'EUC users' is in the list twice: remove one." }]);
  });

  it.each([
    ['an id that is not a directory object id', { id: 'adele', kind: 'user', displayName: 'Adele' }, [0, 'id']],
    ['an id carrying script text', { id: `${USER_ID}<script>`, kind: 'user', displayName: 'Adele' }, [0, 'id']],
    ['a kind that is neither user nor group', { id: USER_ID, kind: 'device', displayName: 'Laptop' }, [0, 'kind']],
    ['no display name', { id: USER_ID, kind: 'user' }, [0, 'displayName']],
  ])('rejects %s', (_case, principal, path) => {
    expect(issuesOf(principalsSchema, [principal])).toEqual([
      { path, message: 'This entry is not a user or group from your directory: remove it and pick it again.' },
    ]);
  });
});

describe('region', () => {
  it.each(REGIONS.map((region) => region.code))('accepts %s', (region) => {
    expect(messagesOf(regionSchema, region)).toEqual([]);
  });

  it.each(['', 'EU', 'europe', 'xx', undefined, 1])('asks for a region instead of %j', (region) => {
    expect(messagesOf(regionSchema, region)).toEqual(['Choose the region where your Trend Micro Email Security account is hosted.']);
  });
});

describe('unique identifier (cmpID)', () => {
  it.each(['tmes-7k3q9x2m', 'Contoso_EUC-01', 'a', '-', 'x'.repeat(64)])('accepts %j', (cmpId) => {
    expect(messagesOf(cmpIdSchema, cmpId)).toEqual([]);
  });

  it.each([
    ['', 'Enter a unique identifier, or generate one.'],
    ['tmes 01', 'A space is not allowed: use letters, digits, - and _.'],
    [' tmes01', 'A space is not allowed: use letters, digits, - and _.'],
    ['tmes\t01', 'The invisible character U+0009 is not allowed: use letters, digits, - and _.'],
    ['tmes\u200b01', 'The invisible character U+200B is not allowed: use letters, digits, - and _.'],
    ['a%b', "'%' is not allowed: use letters, digits, - and _."],
    ['a&cmpID=b', "'&' is not allowed: use letters, digits, - and _."],
    ['contoso.euc', "'.' is not allowed: use letters, digits, - and _."],
    ['<script>alert(1)</script>', "'<' is not allowed: use letters, digits, - and _."],
    ['café-01', "'é' is not allowed: use only A–Z, a–z, 0–9, - and _, because the identifier becomes part of a URL."],
    ['ＥＵＣ', "'Ｅ' is not allowed: use only A–Z, a–z, 0–9, - and _, because the identifier becomes part of a URL."],
    ['euc😀', "'😀' is not allowed: use only A–Z, a–z, 0–9, - and _, because the identifier becomes part of a URL."],
    ['x'.repeat(65), 'The unique identifier is 65 characters long; the limit is 64.'],
  ])('rejects %j, naming the first problem', (cmpId, message) => {
    expect(messagesOf(cmpIdSchema, cmpId)).toEqual([message]);
  });

  it('reports both an illegal character and the length', () => {
    expect(messagesOf(cmpIdSchema, `a#${'x'.repeat(70)}`)).toEqual([
      "'#' is not allowed: use letters, digits, - and _.",
      'The unique identifier is 72 characters long; the limit is 64.',
    ]);
  });

  it('accepts exactly the identifiers a reply URL can be built from, and they round-trip', () => {
    const candidate = fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
      fc.string({
        unit: fc.constantFrom('a', 'Z', '0', '9', '-', '_', ' ', '%', '&', '#', '=', '/', '?', 'é', '\u200b'),
        maxLength: 70,
      }),
      fc.string({ unit: 'grapheme', maxLength: 70 }),
    );
    fc.assert(
      fc.property(candidate, fc.constantFrom(...REGIONS.map((region) => region.code)), (cmpId, region) => {
        const accepted = cmpIdSchema.safeParse(cmpId).success;
        expect(isValidCmpId(cmpId)).toBe(accepted);
        if (!accepted) {
          expect(() => eucReplyUrl(region, cmpId)).toThrow(RangeError);
          return;
        }
        expect(parseEucUrls(eucIdentifier(region), eucReplyUrl(region, cmpId))).toEqual({ region, cmpId });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('generateCmpId', () => {
  it('maps each random byte to one readable symbol', () => {
    const fill = (values: number[]) => (bytes: Uint8Array) => bytes.set(values);
    expect(generateCmpId(fill([0, 1, 2, 3, 4, 5, 6, 7]))).toBe('tmes-01234567');
    expect(generateCmpId(fill([31, 32, 255, 8, 9, 10, 11, 12]))).toBe('tmes-z0z89abc');
    expect(generateCmpId(fill([18, 19, 20, 21, 22, 23, 24, 25]))).toBe('tmes-jkmnpqrs');
  });

  it('always produces an identifier the schema accepts', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 8, maxLength: 8 }), (randomBytes) => {
        const cmpId = generateCmpId((bytes) => bytes.set(randomBytes));
        expect(cmpId).toMatch(/^tmes-[0-9a-hjkmnp-tv-z]{8}$/);
        expect(messagesOf(cmpIdSchema, cmpId)).toEqual([]);
      }),
    );
  });

  it('uses the platform’s random source by default', () => {
    const first = generateCmpId();
    const second = generateCmpId();
    expect(messagesOf(cmpIdSchema, first)).toEqual([]);
    expect(first).not.toBe(second);
  });
});

describe('identity claim', () => {
  it.each([
    { kind: 'default' },
    { kind: 'custom', name: 'euc_email', sourceAttribute: 'mail' },
    { kind: 'custom', name: 'http://schemas.contoso.com/claims/euc-email', sourceAttribute: 'extensionattribute15' },
    { kind: 'custom', name: 'x'.repeat(128), sourceAttribute: 'userprincipalname' },
  ])('accepts %j', (identityClaim) => {
    expect(messagesOf(identityClaimSchema, identityClaim)).toEqual([]);
  });

  it.each([
    ['', 'Enter the claim name.'],
    ['euc email', 'A space is not allowed in a claim name: use letters, digits and URI characters such as : / . _ -'],
    ['euc_email ', 'A space is not allowed in a claim name: use letters, digits and URI characters such as : / . _ -'],
    ['euc\nemail', 'The invisible character U+000A is not allowed in a claim name: use letters, digits and URI characters such as : / . _ -'],
    ['<script>alert(1)</script>', "'<' is not allowed in a claim name: use letters, digits and URI characters such as : / . _ -"],
    ['"euc_email"', `'"' is not allowed in a claim name: use letters, digits and URI characters such as : / . _ -`],
    ['correo_electrónico', "'ó' is not allowed in a claim name: use letters, digits and URI characters such as : / . _ -"],
    ['x'.repeat(129), 'The claim name is 129 characters long; the limit is 128.'],
    [
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn',
      "'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn' is reserved by Microsoft Entra ID and cannot be the name of a custom claim: choose another name.",
    ],
    [
      'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups',
      "'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups' is reserved by Microsoft Entra ID and cannot be the name of a custom claim: choose another name.",
    ],
    [
      'HTTP://SCHEMAS.MICROSOFT.COM/WS/2008/06/IDENTITY/CLAIMS/ROLE',
      "'HTTP://SCHEMAS.MICROSOFT.COM/WS/2008/06/IDENTITY/CLAIMS/ROLE' is reserved by Microsoft Entra ID and cannot be the name of a custom claim: choose another name.",
    ],
    [
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier',
      "'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier' is reserved by Microsoft Entra ID and cannot be the name of a custom claim: choose another name.",
    ],
  ])('rejects the custom claim name %j', (name, message) => {
    expect(issuesOf(identityClaimSchema, { kind: 'custom', name, sourceAttribute: 'mail' })).toEqual([{ path: ['name'], message }]);
  });

  it.each(['department', 'user.mail', 'Mail', ''])('asks for a listed source attribute instead of %j', (sourceAttribute) => {
    expect(issuesOf(identityClaimSchema, { kind: 'custom', name: 'euc_email', sourceAttribute })).toEqual([
      { path: ['sourceAttribute'], message: 'Choose the user attribute that holds the e-mail addresses.' },
    ]);
  });

  it.each([{ kind: 'other' }, {}, null])('asks for one of the options instead of %j', (identityClaim) => {
    expect(messagesOf(identityClaimSchema, identityClaim)).toEqual(['Choose one of the options.']);
  });
});

describe('group claim', () => {
  it.each([
    { kind: 'none' },
    { kind: 'default-name', groups: 'SecurityGroup' },
    { kind: 'default-name', groups: 'ApplicationGroup' },
    { kind: 'custom-name', name: 'euc_group', groups: 'SecurityGroup' },
  ])('accepts %j', (groupClaim) => {
    expect(messagesOf(groupClaimSchema, groupClaim)).toEqual([]);
  });

  it.each([
    ['', 'Enter the claim name.'],
    ['euc group', 'A space is not allowed in a claim name: use letters, digits and URI characters such as : / . _ -'],
    ['euc_gröup', "'ö' is not allowed in a claim name: use letters, digits and URI characters such as : / . _ -"],
    ['x'.repeat(129), 'The claim name is 129 characters long; the limit is 128.'],
    [
      'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups',
      "That is Entra's default group claim name: choose the option that keeps the default name instead, which needs no step in the Entra admin center.",
    ],
    [
      'http://schemas.microsoft.com/ws/2008/06/identity/claims/role',
      "'http://schemas.microsoft.com/ws/2008/06/identity/claims/role' is reserved by Microsoft Entra ID and cannot be the name of a custom claim: choose another name.",
    ],
    [
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
      "'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress' is already one of Entra's default claims (e-mail address, name, given name or surname): choose another name, such as euc_group.",
    ],
  ])('rejects the custom group claim name %j', (name, message) => {
    expect(issuesOf(groupClaimSchema, { kind: 'custom-name', name, groups: 'SecurityGroup' })).toEqual([{ path: ['name'], message }]);
  });

  it.each(['All', 'DirectoryRole', 'None', undefined])('asks which groups instead of %j', (groups) => {
    expect(issuesOf(groupClaimSchema, { kind: 'default-name', groups })).toEqual([{ path: ['groups'], message: 'Choose which groups the claim lists.' }]);
  });

  it('requires the group claim and the identity claim to have different names', () => {
    expect(
      issuesOf(claimsStepSchema, {
        identityClaim: { kind: 'custom', name: 'euc_claim', sourceAttribute: 'mail' },
        groupClaim: { kind: 'custom-name', name: 'EUC_CLAIM', groups: 'SecurityGroup' },
      }),
    ).toEqual([{ path: ['groupClaim', 'name'], message: 'The group claim needs a different name from the identity claim.' }]);
  });
});

describe('signing certificate', () => {
  const validCertificate = validAnswers.certificate;

  it.each([
    ['admin@contoso.com'],
    ["o'brien@contoso.co.uk", 'first.last+euc@sub.contoso.com', 'x@contoso.museum', 'IT-Alerts@Contoso.com', 'a_b@xn--bcher-kva.example'],
  ])('accepts the notification addresses %j', (...addresses) => {
    expect(messagesOf(notificationEmailsSchema, addresses)).toEqual([]);
  });

  it.each([[[]], [undefined]])('asks for at least one address when given %j', (addresses) => {
    expect(messagesOf(notificationEmailsSchema, addresses)).toEqual(['Enter at least one e-mail address to receive certificate expiry notices.']);
  });

  it('refuses a sixth address', () => {
    const six = ['a@contoso.com', 'b@contoso.com', 'c@contoso.com', 'd@contoso.com', 'e@contoso.com', 'f@contoso.com'];
    expect(messagesOf(notificationEmailsSchema, six.slice(0, 5))).toEqual([]);
    expect(messagesOf(notificationEmailsSchema, six)).toEqual(['You entered 6 addresses; Microsoft Entra ID accepts at most 5.']);
  });

  it.each([
    'bob@',
    'bob',
    '@contoso.com',
    'bob@contoso',
    'bob@@contoso.com',
    'bob..smith@contoso.com',
    '.bob@contoso.com',
    'bob.@contoso.com',
    'bob@-contoso.com',
    'bob@contoso-.com',
    'bob@contoso.c',
    'bob@contoso.com.',
    'bob@contoso..com',
    'bob@contoso.123',
    'bob@[10.0.0.1]',
    '"bob"@contoso.com',
    'bób@contoso.com',
    'bob@contöso.com',
    '<script>alert(1)</script>@contoso.com',
    'bob@contoso.com,eve@contoso.com',
    `${'a'.repeat(65)}@contoso.com`,
  ])('names %j as not a valid e-mail address', (address) => {
    expect(issuesOf(notificationEmailsSchema, [address])).toEqual([{ path: [0], message: `'${address}' is not a valid e-mail address.` }]);
  });

  it('shortens a very long address in the message', () => {
    const address = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.com`;
    expect(messagesOf(notificationEmailsSchema, [address])).toEqual([`'${address.slice(0, 79)}…' is not a valid e-mail address.`]);
  });

  it.each([' bob@contoso.com', 'bob@contoso.com ', 'bob @contoso.com', 'bob@contoso.com\n'])('says %j contains a space', (address) => {
    expect(messagesOf(notificationEmailsSchema, [address])).toEqual([`'${address}' contains a space: remove it.`]);
  });

  it('asks to fill in or remove an empty address, pointing at it', () => {
    expect(issuesOf(notificationEmailsSchema, ['admin@contoso.com', ''])).toEqual([{ path: [1], message: 'This address is empty: fill it in or remove it.' }]);
  });

  it('names an address listed twice, whatever its case', () => {
    expect(issuesOf(notificationEmailsSchema, ['Admin@Contoso.com', 'secops@contoso.com', 'admin@contoso.com'])).toEqual([
      { path: [2], message: "'admin@contoso.com' is already in the list." },
    ]);
  });

  it('reports each bad address at its own position', () => {
    expect(issuesOf(certificateAnswersSchema, { ...validCertificate, notificationEmails: ['bob@', 'admin@contoso.com', 'eve'] })).toEqual([
      { path: ['notificationEmails', 0], message: "'bob@' is not a valid e-mail address." },
      { path: ['notificationEmails', 2], message: "'eve' is not a valid e-mail address." },
    ]);
  });

  it.each([1, 2, 3])('accepts a validity of %i years', (years) => {
    expect(messagesOf(validityYearsSchema, years)).toEqual([]);
  });

  it.each([0, 4, 2.5, -1, '3', undefined])('refuses a validity of %j', (years) => {
    expect(messagesOf(validityYearsSchema, years)).toEqual(['Choose a validity of 1, 2 or 3 years.']);
  });

  it.each(['Microsoft Azure Federated SSO Certificate', 'Contoso EUC SSO', 'Contoso 株式会社 EUC', 'x'.repeat(64)])(
    'accepts the subject name %j',
    (commonName) => {
      expect(messagesOf(commonNameSchema, commonName)).toEqual([]);
    },
  );

  it.each([
    ['', "Enter the certificate's subject name."],
    ['  ', "Enter the certificate's subject name."],
    ['CN=Contoso EUC', "Leave out 'CN=': the wizard adds it."],
    ['cn = Contoso EUC', "Leave out 'CN=': the wizard adds it."],
    [' Contoso EUC', 'Remove the space at the start or end of the subject name.'],
    ['Contoso EUC ', 'Remove the space at the start or end of the subject name.'],
    ['Contoso\nEUC', 'The invisible character U+000A is not allowed: remove it.'],
    ['x'.repeat(65), "The subject name is 65 characters long; a certificate's common name allows at most 64."],
  ])('rejects the subject name %j', (commonName, message) => {
    expect(messagesOf(commonNameSchema, commonName)).toEqual([message]);
  });

  it.each([',', '=', '+', '<', '>', '#', ';', '\\', '"'])('explains why %j cannot be in the subject name', (character) => {
    expect(messagesOf(commonNameSchema, `Contoso ${character} EUC`)).toEqual([
      `'${character}' is not allowed in the subject name: , = + < > # ; \\ and " have a special meaning in certificate names.`,
    ]);
  });

  it('names the first X.500 special character in script text', () => {
    expect(messagesOf(commonNameSchema, '<script>alert(1)</script>')).toEqual([
      `'<' is not allowed in the subject name: , = + < > # ; \\ and " have a special meaning in certificate names.`,
    ]);
  });
});

describe('all answers', () => {
  it('accepts complete answers and returns them unchanged', () => {
    expect(answersSchema.parse(validAnswers)).toEqual(validAnswers);
  });

  it('has exactly the Answers type as output', () => {
    expectTypeOf<z.output<typeof answersSchema>>().toEqualTypeOf<Answers>();
  });

  it('applies the claim-name rule to the whole as well as to the claims step', () => {
    expect(
      issuesOf(answersSchema, {
        ...validAnswers,
        identityClaim: { kind: 'custom', name: 'euc_group', sourceAttribute: 'mail' },
      }),
    ).toEqual([{ path: ['groupClaim', 'name'], message: 'The group claim needs a different name from the identity claim.' }]);
  });

  it('starts from defaults that leave only the admin’s own choices open', () => {
    expect(defaultAnswers()).toEqual({
      appName: 'Trend Micro Email Security End User Console',
      principals: [],
      region: 'us',
      cmpId: '',
      identityClaim: { kind: 'default' },
      groupClaim: { kind: 'none' },
      certificate: { notificationEmails: [], validityYears: 3, commonName: 'Microsoft Azure Federated SSO Certificate' },
    });
    expect(issuesOf(answersSchema, defaultAnswers())).toEqual([
      {
        path: ['principals'],
        message:
          'Assign at least one user or group. The app requires assignment, so only the users and groups assigned here can sign in to the End User Console.',
      },
      { path: ['cmpId'], message: 'Enter a unique identifier, or generate one.' },
      {
        path: ['certificate', 'notificationEmails'],
        message: 'Enter at least one e-mail address to receive certificate expiry notices.',
      },
    ]);
  });

  it('uses the admin’s address for expiry notices when it is a valid address', () => {
    expect(defaultAnswers({ adminEmail: 'admin@contoso.com' }).certificate.notificationEmails).toEqual(['admin@contoso.com']);
    expect(defaultAnswers({ adminEmail: 'admin@contoso' }).certificate.notificationEmails).toEqual([]);
  });

  it('tells the translation layer which message each issue is', () => {
    const result = answersSchema.safeParse({ ...validAnswers, cmpId: 'a b' });
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue && answerMessageKey(issue)).toBe('cmpIdCharacter');
    expect(issue?.code === 'custom' && issue.params).toEqual({ messageKey: 'cmpIdCharacter', values: { character: ' ' } });
  });

  it('words no issue itself: each names its catalogue entry, type errors on malformed state included', () => {
    const malformed = { ...validAnswers, appName: 42, region: 'mars', principals: [{ id: 7 }], identityClaim: { kind: 'other' } };
    const issues = [...(answersSchema.safeParse(malformed).error?.issues ?? []), ...(cmpIdSchema.safeParse('a b').error?.issues ?? [])];
    expect(issues.length).toBeGreaterThanOrEqual(5);
    for (const issue of issues) expect(issue.message).toMatch(/^validation\.\w+$/);
    expect(issues.map((issue) => answerMessageKey(issue))).toEqual(
      expect.arrayContaining(['appNameRequired', 'regionRequired', 'principalInvalid', 'claimOptionRequired', 'cmpIdCharacter']),
    );
    // A part without a rule's message of its own is zod's issue, with no key: the page words it as
    // `validation.malformed` (src/i18n/translate.ts).
    const [unnamed] = answersSchema.safeParse({ ...validAnswers, certificate: null }).error?.issues ?? [];
    expect(unnamed && answerMessageKey(unnamed)).toBeUndefined();
  });
});
