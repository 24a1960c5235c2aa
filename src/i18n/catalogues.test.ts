// The catalogues are complete in both languages and say what the code's English says.
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { appEn } from '../shell/messages.en';
import { appJa } from '../shell/messages.ja';
import { restEn } from './rest.en';
import { restJa } from './rest.ja';
import { flatten, pseudoLocalize, PSEUDO_CLOSE, PSEUDO_OPEN, type Messages } from './catalogue';
import { i18n, loadLanguage } from './i18n';
import { appText, detectLanguage, chooseLanguage } from './language';
import { issueRef, translate, translateIssue } from './translate';
import { answersSchema, appNameSchema, cmpIdSchema, type AnswerMessageKey } from '../setup/answers-schema';
import { buildPlan, KEEP_EVERYTHING, type ObservedApp } from '../setup/plan';
import { englishTitle } from '../setup/plan-english';
import { describeChanges } from '../setup/changes';
import type { MessageRef } from '../setup/message-ref';
import { parseDeepLink, parsePresetValue } from '../setup/deep-link';
import { deepLinkParserEn } from '../setup/deep-link-parser.en';
import { classifyFailure, type GraphFailure } from '../graph/retry';
import { explainFailure } from '../graph/explain-failure';
import { undoList } from '../graph/undo';
import type { Answers } from '../setup/types';
import { checkReport, checkSetup, markClaimsUnread, reportAsText } from '../setup/check';
import { englishWords, type FindingCatalogueKey, type FindingWords, type SayArguments } from '../setup/check-messages';
import { translatedFindingWords } from '../check/finding-messages';

const en: Messages = { app: appEn, ...restEn };
const ja: Messages = { app: appJa, ...restJa };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Keys with plural forms folded into one (`x_one`, `x_other` → `x`). */
function baseKeys(messages: Messages): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const [key, text] of flatten(messages)) {
    const base = key.replace(PLURAL_SUFFIX, '');
    keys.set(base, [...(keys.get(base) ?? []), text]);
  }
  return keys;
}

/** The interpolation variables a text uses: `{{count, number}}` → `count`. */
function variables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((match) => match[1]!);
}

function variableSet(texts: string[]): string[] {
  return [...new Set(texts.flatMap(variables))].sort();
}

describe('the English and Japanese catalogues', () => {
  const english = baseKeys(en);
  const japanese = baseKeys(ja);

  it('have the same keys', () => {
    expect(
      [...english.keys()].filter((key) => !japanese.has(key)),
      'missing in Japanese',
    ).toEqual([]);
    expect(
      [...japanese.keys()].filter((key) => !english.has(key)),
      'missing in English',
    ).toEqual([]);
  });

  it('use the same interpolation variables in every message', () => {
    const differing = [...english].filter(([key, texts]) => {
      const other = japanese.get(key);
      return other !== undefined && variableSet(texts).join() !== variableSet(other).join();
    });
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it('give every plural message the forms each language needs (English one/other, Japanese other)', () => {
    const flatEn = flatten(en);
    const flatJa = flatten(ja);
    const plurals = [...flatEn.keys()].filter((key) => PLURAL_SUFFIX.test(key)).map((key) => key.replace(PLURAL_SUFFIX, ''));
    for (const base of new Set(plurals)) {
      expect(flatEn.has(`${base}_one`) && flatEn.has(`${base}_other`), `${base} in English`).toBe(true);
      expect(flatJa.has(`${base}_other`), `${base} in Japanese`).toBe(true);
    }
  });

  it('leave nothing in Japanese untranslated (every sentence has Japanese in it)', () => {
    // Identifiers, separators and formats that read the same in both languages.
    const SAME_IN_BOTH = new Set([
      'app.languageNames.en',
      'app.languageNames.ja',
      'wizard.stepButton',
      'region.regionOption',
      'review.scopeSeparator',
      'review.changes.value.ssoSaml',
      'deepLink.separator',
      'deepLink.identityPreset',
      'summary.textLine',
      'people.kindInParentheses',
    ]);
    const japaneseScript = /[\u3000-\u30ff\u3400-\u9fff\uff01-\uff60]/;
    const words = (text: string) => text.replace(/\{\{[^}]*\}\}/g, '');
    const untranslated = [...flatten(ja)].filter(([key, text]) => !SAME_IN_BOTH.has(key) && /[A-Za-z]{3}/.test(words(text)) && !japaneseScript.test(text));
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});

describe('the pseudo-locale', () => {
  it('marks every English text', () => {
    const pseudo = flatten(pseudoLocalize(en));
    expect([...pseudo.values()].every((text) => text.startsWith(PSEUDO_OPEN) && text.endsWith(PSEUDO_CLOSE))).toBe(true);
    expect(pseudo.size).toBe(flatten(en).size);
  });
});

describe('the language at boot', () => {
  it('is the remembered choice, else the first of the browser languages the wizard has, else English', () => {
    expect(detectLanguage('ja', ['en-US'])).toBe('ja');
    expect(detectLanguage('en', ['ja-JP'])).toBe('en');
    expect(detectLanguage(null, ['ja-JP', 'en-US'])).toBe('ja');
    expect(detectLanguage(null, ['ja'])).toBe('ja');
    expect(detectLanguage(null, ['fr-FR', 'ja'])).toBe('ja');
    expect(detectLanguage(null, ['en-GB', 'ja'])).toBe('en');
    expect(detectLanguage(null, ['de-DE'])).toBe('en');
    expect(detectLanguage('xx', [])).toBe('en');
  });
});

// ---- the English catalogue says what the code's English says ---------------------------------

let t: TFunction;
let tJa: TFunction;
beforeAll(async () => {
  await loadLanguage('en');
  await loadLanguage('ja');
  t = i18n.getFixedT('en');
  tJa = i18n.getFixedT('ja');
});

const answers: Answers = {
  appName: 'Trend Micro Email Security End User Console',
  principals: [
    { id: '3f2504e0-4f89-41d3-9a0c-0305e82c3301', kind: 'user', displayName: 'Adele Vance' },
    { id: '3f2504e0-4f89-41d3-9a0c-0305e82c3302', kind: 'group', displayName: 'Sales \u202Eevil' },
  ],
  region: 'jp',
  cmpId: 'contoso-1',
  identityClaim: { kind: 'custom', name: 'euc_mail', sourceAttribute: 'userprincipalname' },
  groupClaim: { kind: 'custom-name', name: 'euc_group', groups: 'SecurityGroup' },
  certificate: { notificationEmails: ['admin@contoso.com'], validityYears: 3, commonName: 'Microsoft Azure Federated SSO Certificate' },
};

/** Values for each answer rule's message; a Record, so a new rule without a sample does not compile. */
const SAMPLES: Record<AnswerMessageKey, Record<string, unknown>[]> = {
  appNameRequired: [{}],
  appNameSurroundingSpace: [{}],
  appNameTooLong: [{ length: 300 }],
  invisibleCharacter: [{ character: '\u200B' }, { character: '\u202E' }],
  principalsRequired: [{}],
  principalDuplicate: [{ displayName: 'Adele Vance' }, { displayName: 'x'.repeat(120) }],
  principalInvalid: [{}],
  regionRequired: [{}],
  cmpIdRequired: [{}],
  cmpIdCharacter: [{ character: ' ' }, { character: '.' }, { character: '\t' }],
  cmpIdNonAsciiCharacter: [{ character: 'é' }],
  cmpIdTooLong: [{ length: 65 }],
  claimOptionRequired: [{}],
  claimNameRequired: [{}],
  claimNameCharacter: [{ character: '"' }, { character: ' ' }],
  claimNameTooLong: [{ length: 200 }],
  claimNameRestricted: [{ name: 'aud' }],
  identityClaimSourceRequired: [{}],
  groupClaimNameIsDefault: [{}],
  groupClaimNameTakenByDefaultClaim: [{ name: 'givenname' }],
  groupClaimSameAsIdentityClaim: [{}],
  groupClaimGroupsRequired: [{}],
  notificationEmailsRequired: [{}],
  notificationEmailsTooMany: [{ count: 6 }],
  notificationEmailEmpty: [{}],
  notificationEmailHasSpace: [{ address: 'a b@contoso.com' }],
  notificationEmailInvalid: [{ address: 'bob@' }],
  notificationEmailDuplicate: [{ address: 'a@contoso.com' }],
  validityYearsInvalid: [{}],
  commonNameRequired: [{}],
  commonNameHasPrefix: [{}],
  commonNameSurroundingSpace: [{}],
  commonNameCharacter: [{ character: ',' }],
  commonNameTooLong: [{ length: 70 }],
};

/** A key, or its plural forms, in a flattened catalogue. */
function hasEntry(messages: Messages, key: string): boolean {
  const flat = flatten(messages);
  return flat.has(key) || flat.has(`${key}_other`);
}

describe('the validation catalogue', () => {
  it.each(Object.entries(SAMPLES))('has %s in both languages, and the page words it whole in each', (key, samples) => {
    expect(hasEntry(en, `validation.${key}`), 'English').toBe(true);
    expect(hasEntry(ja, `validation.${key}`), 'Japanese').toBe(true);
    for (const values of samples) {
      expect(translate(t, { key: `validation.${key}`, values: values as never })).not.toMatch(/\{\{|^validation|describeCharacter/);
      expect(translate(tJa, { key: `validation.${key}`, values: values as never })).not.toMatch(/\{\{|validation\.|describeCharacter/);
    }
  });

  it('renders real issues of the schemas by their rule, in English and in Japanese', () => {
    const issues = [
      ...appNameSchema.safeParse(' x\u200B').error!.issues,
      ...cmpIdSchema.safeParse('bad id'.repeat(20)).error!.issues,
      ...answersSchema.safeParse({ ...answers, certificate: { ...answers.certificate, notificationEmails: ['bob@', 'bob@'] } }).error!.issues,
    ];
    expect(issues.length).toBeGreaterThanOrEqual(5);
    for (const issue of issues) {
      expect(issueRef(issue).key, issue.message).not.toBe('validation.malformed');
      expect(translateIssue(t, issue)).not.toMatch(/\{\{|validation\.|describeCharacter/);
      expect(translateIssue(tJa, issue)).not.toMatch(/\{\{|validation\.|describeCharacter/);
      expect(translateIssue(tJa, issue)).not.toBe(translateIssue(t, issue));
    }
    expect(issues.map((issue) => translateIssue(t, issue))).toEqual([
      'Remove the space at the start or end of the name.',
      'A space is not allowed: use letters, digits, - and _.',
      'The unique identifier is 120 characters long; the limit is 64.',
      "'bob@' is not a valid e-mail address.",
      "'bob@' is not a valid e-mail address.",
    ]);
    expect(translateIssue(tJa, cmpIdSchema.safeParse('bad id').error!.issues[0]!)).toBe('スペースは使用できません。英字、数字、- と _ を使用してください。');
  });

  it('words an issue that names no rule (malformed stored state) as validation.malformed, not in zod’s English', () => {
    const [issue] = answersSchema.safeParse({ ...answers, certificate: null }).error!.issues;
    expect(issueRef(issue!)).toEqual({ key: 'validation.malformed' });
    expect(translateIssue(t, issue!)).toBe('This answer was saved in a form the wizard cannot read; enter it again.');
    expect(translateIssue(tJa, issue!)).toBe('この回答はウィザードが読み取れない形式で保存されています。もう一度入力してください。');
  });
});

describe('the plan catalogue', () => {
  const observed: ObservedApp = {
    applicationId: 'app-object',
    appId: 'app-client',
    servicePrincipalId: 'sp',
    displayName: answers.appName,
    identifierUris: ['https://euc.tmems-jp.trendmicro.com/uiserver/euc/ssoLogin'],
    redirectUris: ['https://euc.tmems-jp.trendmicro.com/uiserver/euc/ssoAssert?cmpID=contoso-1'],
    groupMembershipClaims: null,
    preferredSingleSignOnMode: 'saml',
    notificationEmailAddresses: ['admin@contoso.com'],
    preferredTokenSigningKeyThumbprint: 'AB'.repeat(20),
    hasActiveSigningCertificate: true,
    signingCertificateExpiresAt: '2099-06-01T00:00:00Z',
    appRoleAssignmentRequired: true,
    userRoleId: 'role-user',
    assignedPrincipalIds: [],
    assignedPrincipalNames: {},
    customClaims: null,
    includeBasicClaimSet: null,
  };
  const plans = [
    buildPlan(answers, null, '2029-11-25T00:00:00.000Z'),
    buildPlan(answers, observed, '2029-11-25T00:00:00.000Z'),
    buildPlan({ ...answers, cmpId: 'other' }, { ...observed, groupMembershipClaims: 'SecurityGroup' }, '2029-11-25T00:00:00.000Z'),
    buildPlan({ ...answers, appName: 'EUC' }, observed, '2029-11-25T00:00:00.000Z', undefined, { ...KEEP_EVERYTHING, renameApp: true }),
    // The rename rides in the PATCH planned for each object: every carrier's title.
    ...[
      { cmpId: 'other', seen: {} },
      { cmpId: 'other', seen: { groupMembershipClaims: 'SecurityGroup' } },
      { cmpId: answers.cmpId, seen: { groupMembershipClaims: 'SecurityGroup', preferredSingleSignOnMode: null } },
      { cmpId: answers.cmpId, seen: { notificationEmailAddresses: [] } },
      { cmpId: answers.cmpId, seen: { hasActiveSigningCertificate: false } },
    ].map(({ cmpId, seen }) =>
      buildPlan({ ...answers, appName: 'EUC', cmpId }, { ...observed, ...seen }, '2029-11-25T00:00:00.000Z', undefined, {
        ...KEEP_EVERYTHING,
        renameApp: true,
      }),
    ),
  ];

  it('has every title the plan can give, in both languages, and words it in English as logs do', () => {
    const operations = plans.flatMap((plan) => plan.operations);
    expect(new Set(operations.map((op) => op.titleKey)).size).toBe(Object.keys(restEn.plan).length);
    for (const op of operations) {
      expect(translate(t, { key: `plan.${op.titleKey}`, values: op.titleValues ?? {} })).toBe(englishTitle(op));
      expect(translate(tJa, { key: `plan.${op.titleKey}`, values: op.titleValues ?? {} })).not.toMatch(/\{\{|^plan\./);
    }
    expect(englishTitle(operations.find((op) => op.titleKey === 'claimsPolicy')!)).toBe('Add the identity claim "euc_mail" from user.userprincipalname');
    const evil = operations.find((op) => op.titleKey === 'assignGroup')!;
    expect(translate(tJa, { key: `plan.${evil.titleKey}`, values: evil.titleValues ?? {} })).toBe(
      'グループ "\u2068Sales \u202Eevil\u2069" をアプリに割り当てる',
    );
  });
});

describe('the Graph catalogue', () => {
  const failures: [GraphFailure, boolean][] = [
    [{ status: -1, code: 'NetworkError', message: '' }, false],
    [{ status: 429, code: 'TooManyRequests', message: '' }, false],
    [{ status: 503, code: 'ServiceUnavailable', message: '' }, false],
    [{ status: 409, code: 'Directory_ConcurrencyViolation', message: '' }, false],
    [{ status: 404, code: 'Request_ResourceNotFound', message: '' }, true],
    [{ status: 409, code: 'Conflict', message: '' }, true],
    [{ status: 400, code: 'Request_BadRequest', message: 'does not reference a valid application object' }, true],
    [{ status: 403, code: 'Authorization_RequestDenied', message: '' }, true],
  ];

  it('words every retry reason in English and in Japanese, its values filled in', () => {
    for (const [failure, fresh] of failures) {
      const verdict = classifyFailure(failure, fresh);
      if (!verdict.retry) throw new Error(`not retried: ${failure.status}`);
      const ref = { key: `graph.retry.${verdict.reasonKey}`, values: verdict.reasonValues ?? {} };
      expect(translate(t, ref)).not.toMatch(/graph\.retry|\{\{/);
      expect(translate(tJa, ref)).not.toMatch(/graph\.retry|\{\{/);
    }
    expect(translate(t, { key: 'graph.retry.unavailable', values: { status: 503 } })).toBe('Microsoft Graph is temporarily unavailable (503)');
  });

  it('words every piece of advice explainFailure gives in English and in Japanese', () => {
    const keys = (
      [
        [{ status: 503, code: 'x', message: 'm' }, true],
        [{ status: 403, code: 'x', message: 'm' }, false],
        [{ status: 401, code: 'x', message: 'm' }, false],
        [{ status: 400, code: 'x', message: 'identifierUris already exists' }, false],
        [{ status: 400, code: 'x', message: 'm' }, false],
      ] as [GraphFailure, boolean][]
    ).map(([failure, exhausted]) => explainFailure(failure, exhausted));
    expect(keys.map((explained) => explained.adviceKey)).toEqual(['exhausted', 'forbidden', 'signInExpired', 'identifierTaken', 'correctOrRetry']);
    for (const explained of keys) {
      expect(t(`graph.advice.${explained.adviceKey}`)).not.toMatch(/graph\.advice/);
      expect(tJa(`graph.advice.${explained.adviceKey}`)).not.toMatch(/graph\.advice/);
    }
  });

  it('lists what undo removes, counting in the language', () => {
    const items = undoList(
      {
        createdByThisRun: true,
        applicationId: '0000-app',
        assignments: { a: '1', b: '2' },
        certificate: { thumbprint: 'AB12', key: '', keyId: '', startDateTime: '', endDateTime: '' },
      },
      'EUC',
    );
    expect(items.map((item) => translate(t, item))).toEqual([
      'The application "EUC" (object id 0000-app) and its enterprise app (service principal)',
      '2 user and group assignments',
      'The signing certificate AB12',
      'Its claims, SAML settings and notification addresses',
    ]);
    expect(items.map((item) => translate(tJa, item))).toContain('ユーザーとグループの割り当て 2 件');
  });
});

describe('the deep-link catalogue', () => {
  /** Values for any parser entry; `reason` stands for a nested, already rendered message. */
  const PARSER_VALUES = { parameter: 'cmpId', count: 2, length: 600, max: 512, codes: 'us, eu', reason: 'A space is not allowed.' };
  const parserKeys = [...flatten(deepLinkParserEn as unknown as Messages).keys()];

  it.each(parserKeys)('has parser.%s in both languages, each worded whole', (key) => {
    expect(hasEntry(en, `deepLink.parser.${key}`), 'English').toBe(true);
    expect(hasEntry(ja, `deepLink.parser.${key}`), 'Japanese').toBe(true);
    expect(t(`deepLink.parser.${key}` as never, PARSER_VALUES as never)).not.toMatch(/\{\{|deepLink\./);
    expect(tJa(`deepLink.parser.${key}` as never, PARSER_VALUES as never)).not.toMatch(/\{\{|deepLink\./);
  });

  it('words every problem of a bad link, naming every entry of its catalogue', () => {
    const presets = parseDeepLink(`?region=mars&cmpId=bad%20id&appName=${'a'.repeat(600)}&claim=a%22b&groupClaim=EUC&notify=bob@&tenant=x&check=2&region=eu`);
    const more = parseDeepLink('?claim=euc&groupClaim=EUC&cmpId=a&cmpId=b');
    const each = parseDeepLink('?region=mars&appName=%20x&cmpId=a.b&claim=a%22b&groupClaim=default%22&notify=bob@&tenant=x&check=2');
    const problems = [...presets.problems, ...more.problems, ...each.problems];
    expect(problems.length).toBeGreaterThanOrEqual(16);
    for (const problem of problems) {
      expect(translate(t, problem.ref)).toMatch(/^The link('s| gives) /);
      expect(translate(t, problem.ref)).not.toMatch(/\{\{|deepLink\.|validation\./);
      expect(translate(tJa, problem.ref)).toMatch(/無視されました/);
    }
    expect(translate(t, each.problems[0]!.ref)).toBe(
      'The link\'s region ("region") was ignored: It is not one of us, eu, anz, jp, sg, in, uae. Choose the region in the wizard.',
    );
    const tooLong = parsePresetValue('cmpId', 'a'.repeat(513));
    if (tooLong.ok) throw new Error('a 513-character value passed');
    expect(translate(t, tooLong.reason)).toBe('It is 513 characters long; a value in a link may have at most 512.');
    const refs = [...problems.map((problem) => problem.ref), tooLong.reason];
    const named = new Set(refs.flatMap((ref) => [ref, ...Object.values(ref.values ?? {})]).flatMap((ref) => (typeof ref === 'object' ? [ref.key] : [])));
    // `notValid` is the parser's safeguard for an issue without a rule's key, which no string value raises.
    expect(parserKeys.filter((key) => key !== 'notValid').filter((key) => !named.has(`deepLink.parser.${key}`))).toEqual([]);
  });
});

describe('counts and plurals', () => {
  it('follow each language (English one/other, Japanese counter words, numbers grouped)', () => {
    expect(t('people.matchCount', { count: 1 })).toBe('1 match. Use the arrow keys to choose it.');
    expect(t('people.matchCount', { count: 1200 })).toBe('1,200 matches. Use the arrow keys to choose.');
    expect(tJa('people.matchCount', { count: 1 })).toBe('1 件が一致しました。方向キーで選択してください。');
    expect(t('apply.progress', { done: 3, total: 11 })).toBe('3 of 11 operations done');
    expect(tJa('apply.progress', { done: 3, total: 11 })).toBe('11 件中 3 件の操作が完了');
  });
});

describe('the check catalogue', () => {
  // Every entry, so a new finding entry without a sample does not compile; each sample is what the
  // check may pass for it (its placeholders' values, `count` for plurals).
  const FINDING_SAMPLES: { [K in FindingCatalogueKey]: SayArguments<K>[] } = {
    samlModeTitle: [[]],
    identifierTitle: [[]],
    replyUrlTitle: [[]],
    assignmentsTitle: [[]],
    identityClaimTitle: [[]],
    groupClaimTitle: [[]],
    signingCertificateTitle: [[]],
    notificationEmailsTitle: [[]],
    samlModeSet: [[]],
    samlModeUnset: [[]],
    samlModeOther: [[{ mode: 'password' }]],
    urlExact: [[{ region: 'Japan' }]],
    identifierMissing: [[]],
    replyUrlMissing: [[]],
    urlAmongOthers: [[{ count: 1 }], [{ count: 4 }]],
    hostDiffers: [
      [{ actualHost: 'euc.tmes.trendmicro.eu', actualRegion: 'Europe and Africa', expectedHost: 'euc.tmes.trendmicro.com', expectedRegion: 'Japan' }],
    ],
    hostDiffersOutsideRegions: [[{ actualHost: 'example.com', expectedHost: 'euc.tmes.trendmicro.com', expectedRegion: 'Japan' }]],
    schemeDiffers: [[{ actual: 'http:' }]],
    pathDiffers: [[{ actual: '/a', expected: '/b' }]],
    cmpIdMissing: [[]],
    cmpIdDiffers: [[{ actual: 'a', expected: 'b' }]],
    cmpIdSame: [[]],
    queryDiffers: [[]],
    spellingDiffers: [[]],
    notAUrl: [[{ actual: 'x' }]],
    cmpIdUnknown: [[]],
    cmpIdPlaceholder: [[]],
    assignedRequired: [[{ count: 1 }], [{ count: 3 }]],
    noneAssignedRequired: [[]],
    assignmentNotRequired: [[{ count: 0 }]],
    assignmentNotRequiredFix: [[]],
    assignmentsActualRequired: [[{ count: 2 }]],
    assignmentsActualNotRequired: [[{ count: 0 }]],
    assignmentsExpected: [[]],
    defaultEmailClaim: [[]],
    defaultEmailClaimFromOther: [[{ source: 'userprincipalname' }]],
    basicClaimsLeftOut: [[]],
    basicClaimsFix: [[]],
    defaultEmailClaimSourceFix: [[]],
    customClaimPresent: [[{ name: 'euc', source: 'mail' }]],
    customClaimWrongSource: [[{ name: 'euc', actual: 'user.upn', expected: 'mail' }]],
    customClaimMissing: [[{ name: 'euc' }]],
    customClaimNameDiffers: [[{ name: 'euc', actual: 'x' }]],
    customClaimCaseDiffers: [[{ name: 'euc', actual: 'EUC' }]],
    claimFromSource: [[{ name: 'euc', source: 'mail' }]],
    claimFromElsewhere: [[{ name: 'euc' }]],
    noCustomClaims: [[]],
    claimsUnreadable: [[]],
    claimsUnreadableActual: [[]],
    claimsUnreadableFix: [[]],
    groupClaimNotUsed: [[]],
    groupClaimNotUsedExpected: [[]],
    groupClaimMissing: [[]],
    groupClaimOtherGroups: [[{ actual: 'All', expected: 'security groups' }]],
    groupClaimNameUnverifiable: [[{ groups: 'security groups', name: 'euc_group' }]],
    groupClaimNameFix: [[{ name: 'euc_group' }]],
    groupClaimExpectedNamed: [[{ groups: 'security groups', name: 'euc_group' }]],
    groupsNone: [[]],
    groupsSecurity: [[]],
    groupsApplication: [[]],
    certificateNoneActive: [[]],
    certificateThumbprintUnknown: [[{ thumbprint: 'AB' }]],
    certificateExpired: [[{ date: '2027-02-19', count: 1 }], [{ date: '2027-02-19', count: 30 }]],
    certificateExpiresSoon: [[{ date: '2027-02-19', count: 1 }], [{ date: '2027-02-19', count: 30 }]],
    certificateValid: [[{ date: '2029-02-19', count: 400 }]],
    certificateExpected: [[{ days: 60 }]],
    certificateActual: [[{ thumbprint: 'AB', date: '2027-02-19' }]],
    certificateActualUnknown: [[{ thumbprint: 'AB' }]],
    certificateActualNone: [[]],
    notificationEmailsPresent: [[{ addresses: 'a@contoso.com' }]],
    notificationEmailsMissing: [[]],
    notificationEmailsExpected: [[]],
    none: [[]],
    reportHeading: [[{ app: 'EUC' }]],
    reportCheckedAt: [[{ at: '2026-01-01T00:00:00.000Z', tenantId: 'x' }]],
    reportAppIds: [[{ appId: 'a', applicationId: 'b' }]],
    reportExpected: [[{ region: 'Japan', cmpId: 'c1' }]],
    reportExpectedNoCmpId: [[{ region: 'Japan' }]],
    reportCounts: [[{ pass: 5, warnings: '1 warning', fail: 2 }]],
    reportCountsConfirm: [[{ pass: 5, confirm: 1, warnings: '2 warnings', fail: 0 }]],
    reportWarnings: [[{ count: 1 }], [{ count: 2 }]],
    reportExpectedLine: [[{ value: 'v' }]],
    reportActualLine: [[{ value: 'v' }]],
    reportFixLine: [[{ steps: 's' }]],
    statusPass: [[]],
    statusConfirm: [[]],
    statusWarning: [[]],
    statusFail: [[]],
  };

  /** `say` for a key known only at run time (the samples' types are checked above). */
  const sayAny = (words: FindingWords, key: string, sample: readonly unknown[]) => (words.say as (key: string, ...values: unknown[]) => string)(key, ...sample);

  it.each(Object.entries(FINDING_SAMPLES))('renders check.findings.%s from the English catalogue as i18next does, and in Japanese', (key, samples) => {
    const translated = translatedFindingWords(t);
    const japanese = translatedFindingWords(tJa);
    for (const sample of samples) {
      expect(sayAny(translated, key, sample)).toBe(sayAny(englishWords, key, sample));
      expect(sayAny(japanese, key, sample)).not.toMatch(/\{\{|check\.findings/);
    }
  });

  it('names regions as the region step does, in both languages', () => {
    for (const region of ['jp', 'uae'] as const) {
      expect(translatedFindingWords(t).regionName(region)).toBe(englishWords.regionName(region));
      expect(translatedFindingWords(tJa).regionName(region)).not.toMatch(/region\.regions/);
    }
  });

  it('words whole checks in English as the pure check does, and in Japanese', () => {
    const app: ObservedApp = {
      applicationId: 'app-object',
      appId: 'app-client',
      servicePrincipalId: 'sp',
      displayName: 'EUC',
      identifierUris: ['https://euc.tmes.trendmicro.eu/uiserver/euc/ssoLogin', 'https://other'],
      redirectUris: ['http://euc.tmes.trendmicro.com/x?cmpID=other&y=1'],
      groupMembershipClaims: 'All',
      preferredSingleSignOnMode: null,
      notificationEmailAddresses: [],
      preferredTokenSigningKeyThumbprint: 'AB',
      hasActiveSigningCertificate: true,
      signingCertificateExpiresAt: '2026-12-01T00:00:00Z',
      appRoleAssignmentRequired: false,
      userRoleId: null,
      assignedPrincipalIds: ['a'],
      assignedPrincipalNames: { a: 'A' },
      customClaims: [{ name: 'EUC_mail', sourceAttribute: 'mail' }],
      includeBasicClaimSet: true,
    };
    const expected = {
      region: 'jp' as const,
      cmpId: 'contoso-1',
      identityClaim: { kind: 'custom' as const, name: 'euc_mail', sourceAttribute: 'mail' as const },
      groupClaim: { kind: 'custom-name' as const, name: 'euc_group', groups: 'SecurityGroup' as const },
    };
    const now = new Date('2026-11-20T00:00:00Z');
    const english = checkSetup(app, expected, now);
    expect(checkSetup(app, expected, now, translatedFindingWords(t))).toEqual(english);
    const japanese = checkSetup(app, expected, now, translatedFindingWords(tJa));
    expect(japanese.map((finding) => finding.status)).toEqual(english.map((finding) => finding.status));
    expect(japanese.find((finding) => finding.id === 'signingCertificate')?.reason).toMatch(/あと 11 日/);
    const words = translatedFindingWords(t);
    expect(markClaimsUnread(checkSetup(app, expected, now, words), words)).toEqual(markClaimsUnread(english));
    const report = checkReport({ observed: app, expected, findings: english, tenantId: 'tenant', checkedAt: now });
    expect(reportAsText(report, words)).toBe(reportAsText(report));
    expect(reportAsText(report, translatedFindingWords(tJa))).not.toMatch(/\{\{|check\.findings/);
  });
});

describe('the first screen (language.ts, without i18next)', () => {
  it('renders every `app` string exactly as i18next does, in both languages, and marks <html lang>', async () => {
    const values = { code: 'AADSTS50011', status: 503 };
    for (const [language, fixedT] of [
      ['en', () => t],
      ['ja', () => tJa],
    ] as const) {
      await chooseLanguage(language);
      for (const key of flatten(appEn).keys()) {
        expect(appText(key as never, values), `${language} ${key}`).toBe(fixedT()(`app.${key}` as never, values as never));
      }
    }
    expect(appText('start.signIn')).toBe('Microsoft でサインイン');
    await chooseLanguage('en');
    expect(appText('auth.failed', { code: 'X' })).toBe('Sign-in failed (X)');
  });
});

describe('the review catalogue', () => {
  const existing: ObservedApp = {
    applicationId: 'app-object',
    appId: 'app-client',
    servicePrincipalId: 'sp',
    displayName: 'EUC (Dubai)',
    identifierUris: ['https://euc.tmems-jp.trendmicro.com/uiserver/euc/ssoLogin', 'https://euc.example.com/old'],
    redirectUris: ['https://euc.tmems-jp.trendmicro.com/uiserver/euc/ssoAssert?cmpID=old'],
    groupMembershipClaims: 'All',
    preferredSingleSignOnMode: 'password',
    notificationEmailAddresses: ['a@contoso.com', 'b@contoso.com', 'c@contoso.com', 'd@contoso.com', 'e@contoso.com'],
    preferredTokenSigningKeyThumbprint: 'AB'.repeat(20),
    hasActiveSigningCertificate: true,
    signingCertificateExpiresAt: '2026-12-20T00:00:00Z',
    appRoleAssignmentRequired: true,
    userRoleId: 'role-user',
    assignedPrincipalIds: [],
    assignedPrincipalNames: {},
    customClaims: [{ name: 'euc_mail', sourceAttribute: 'mail' }],
    includeBasicClaimSet: true,
  };
  const now = new Date('2026-12-05T00:00:00Z');
  const choices = { removedNotificationEmails: ['a@contoso.com'], removeGroupClaim: false, renameApp: true };
  const descriptions = [
    describeChanges(answers, null, buildPlan(answers, null, '2029-11-25T00:00:00.000Z')),
    describeChanges(answers, existing, buildPlan(answers, existing, '2029-11-25T00:00:00.000Z', now, choices), choices),
    describeChanges(
      { ...answers, groupClaim: { kind: 'none' } },
      { ...existing, groupMembershipClaims: 'SecurityGroup', redirectUris: ['https://x.example.com/acs'] },
      buildPlan(
        { ...answers, groupClaim: { kind: 'none' } },
        { ...existing, groupMembershipClaims: 'SecurityGroup', redirectUris: ['https://x.example.com/acs'] },
        '2029-11-25T00:00:00.000Z',
        now,
        { ...KEEP_EVERYTHING, removeGroupClaim: true },
      ),
      { ...KEEP_EVERYTHING, removeGroupClaim: true },
    ),
  ];
  const refs: MessageRef[] = descriptions.flatMap((d) => [
    ...d.blockers,
    ...d.breaking.flatMap((row) => (row.breaking ? [row.breaking.reason] : [])),
    ...d.blades
      .flatMap((blade) => blade.rows.flatMap((row) => [row.now, row.after]))
      .flatMap((value) => (value.kind === 'items' ? value.items : []))
      .flatMap((item) => (item.kind === 'message' ? [item.message] : [])),
  ]);

  it('has every message the change description uses, with every value filled in, in both languages', () => {
    expect(new Set(descriptions.flatMap((d) => d.breaking.map((row) => row.breaking?.kind))).size).toBeGreaterThanOrEqual(7);
    expect(descriptions[2]!.blockers).toHaveLength(1);
    for (const ref of refs) {
      for (const tr of [t, tJa]) expect(translate(tr, ref), ref.key).not.toMatch(/\{\{|review\.changes/);
    }
  });
});
