import { describe, expect, it } from 'vitest';
import { describeChanges, mayApply, readReviewDraft, EMPTY_REVIEW_DRAFT, type BreakingKind, type ChangeDescription, type SettingId } from './changes';
import { buildPlan, KEEP_EVERYTHING, type ObservedApp, type ReviewChoices } from './plan';
import type { Answers } from './types';

const END = '2029-11-25T00:00:00.000Z';
const NOW = new Date('2026-12-05T00:00:00Z');
const UAE_IDENTIFIER = 'https://euc.tmes-uae.trendmicro.com/uiserver/euc/ssoLogin';
const replyUrl = (cmpId: string) => `https://euc.tmes-uae.trendmicro.com/uiserver/euc/ssoAssert?cmpID=${cmpId}`;

const answers: Answers = {
  appName: 'Trend Micro Email Security End User Console',
  principals: [{ id: 'u1', kind: 'user', displayName: 'Adele Vance' }],
  region: 'uae',
  cmpId: 'acme-uae',
  identityClaim: { kind: 'default' },
  groupClaim: { kind: 'none' },
  certificate: { notificationEmails: ['adele@contoso.com'], validityYears: 3, commonName: 'Microsoft Azure Federated SSO Certificate' },
};

/** The demo tenant's "Trend Micro EUC (Dubai)", in production. */
const dubai: ObservedApp = {
  applicationId: 'app-object',
  appId: 'app-client',
  servicePrincipalId: 'sp',
  displayName: 'Trend Micro EUC (Dubai)',
  identifierUris: [UAE_IDENTIFIER],
  redirectUris: [replyUrl('contoso-uae')],
  groupMembershipClaims: 'SecurityGroup',
  preferredSingleSignOnMode: 'saml',
  notificationEmailAddresses: ['it-ops@contoso.com'],
  preferredTokenSigningKeyThumbprint: 'AB'.repeat(20),
  hasActiveSigningCertificate: true,
  signingCertificateExpiresAt: '2028-11-01T00:00:00Z',
  appRoleAssignmentRequired: true,
  userRoleId: 'role-user',
  assignedPrincipalIds: ['g1'],
  assignedPrincipalNames: { g1: 'Email Security Users' },
  customClaims: null,
  includeBasicClaimSet: null,
};

/** The same answers the app already matches: nothing to write. */
const matchingAnswers: Answers = {
  ...answers,
  appName: dubai.displayName,
  principals: [{ id: 'g1', kind: 'group', displayName: 'Email Security Users' }],
  cmpId: 'contoso-uae',
  groupClaim: { kind: 'default-name', groups: 'SecurityGroup' },
  certificate: { ...answers.certificate, notificationEmails: ['it-ops@contoso.com'] },
};

function describe_(a: Answers, existing: ObservedApp | null, choices: ReviewChoices = KEEP_EVERYTHING, now?: Date): ChangeDescription {
  return describeChanges(a, existing, buildPlan(a, existing, END, now, choices), choices);
}

const rowOf = (changes: ChangeDescription, setting: SettingId) => changes.blades.flatMap((b) => b.rows).find((r) => r.setting === setting)!;
const breakingKinds = (changes: ChangeDescription) => changes.breaking.map((r) => r.breaking?.kind);
const texts = (value: ReturnType<typeof rowOf>['now']) =>
  value.kind === 'items'
    ? value.items.map((i) =>
        i.kind === 'text'
          ? `${i.text}${i.mark ? ` (${i.mark})` : ''}`
          : i.kind === 'message'
            ? i.message.key.replace('review.changes.value.', '#')
            : `expires ${i.endDateTime}`,
      )
    : ['(new)'];

describe('describeChanges groups the settings by the portal blades', () => {
  it('in the portal order: Basic SAML Configuration, Attributes & Claims, SAML Certificates, Users and groups, Properties', () => {
    const changes = describe_(answers, dubai);
    expect(changes.blades.map((b) => [b.blade, b.rows.map((r) => r.setting)])).toEqual([
      ['basicSaml', ['identifier', 'replyUrl']],
      ['claims', ['identityClaim', 'groupClaim']],
      ['certificates', ['signingCertificate', 'notificationEmails']],
      ['usersAndGroups', ['assignments']],
      ['properties', ['name', 'singleSignOnMode']],
    ]);
  });
});

describe('describeChanges for a new app', () => {
  const changes = describe_(answers, null);

  it('has no "now" for any setting, nothing unchanged and nothing breaking', () => {
    const rows = changes.blades.flatMap((b) => b.rows);
    expect(rows.every((r) => r.now.kind === 'new' && !r.unchanged && r.breaking === null)).toBe(true);
    expect(changes.isNew).toBe(true);
    expect(mayApply(changes, null)).toBe(true);
  });

  it('shows what the app will have', () => {
    expect(texts(rowOf(changes, 'replyUrl').after)).toEqual([replyUrl('acme-uae')]);
    expect(texts(rowOf(changes, 'name').after)).toEqual([answers.appName]);
    expect(texts(rowOf(changes, 'assignments').after)).toEqual(['Adele Vance']);
    expect(texts(rowOf(changes, 'signingCertificate').after)).toEqual(['#newCertificate', `expires ${END}`]);
  });
});

describe('describeChanges for an app that already matches', () => {
  it('marks every setting unchanged, breaks nothing and offers no decision', () => {
    const changes = describe_(matchingAnswers, dubai);
    expect(
      changes.blades
        .flatMap((b) => b.rows)
        .filter((r) => !r.unchanged)
        .map((r) => r.setting),
    ).toEqual([]);
    expect(changes.breaking).toEqual([]);
    expect(changes.offered.rename).toBeNull();
    expect(changes.offered.removeGroupClaim).toBeNull();
    expect(mayApply(changes, null)).toBe(true);
  });
});

describe('describeChanges marks each change that can break sign-in, with its reason', () => {
  const cases: [BreakingKind, Answers, Partial<ObservedApp>, ReviewChoices?, Date?][] = [
    ['replyUrlChanged', { ...matchingAnswers, cmpId: 'acme-uae' }, {}],
    ['identifierChanged', matchingAnswers, { identifierUris: [UAE_IDENTIFIER, 'https://euc.example.com/old'] }],
    [
      'claimSourceChanged',
      { ...matchingAnswers, identityClaim: { kind: 'custom', name: 'euc_mail', sourceAttribute: 'mail' } },
      { customClaims: [{ name: 'euc_mail', sourceAttribute: 'userprincipalname' }] },
    ],
    ['groupClaimRemoved', { ...matchingAnswers, groupClaim: { kind: 'none' } }, {}, { ...KEEP_EVERYTHING, removeGroupClaim: true }],
    ['groupClaimChanged', { ...matchingAnswers, groupClaim: { kind: 'default-name', groups: 'ApplicationGroup' } }, {}],
    ['certificateReplaced', matchingAnswers, { signingCertificateExpiresAt: '2027-01-01T00:00:00Z' }, KEEP_EVERYTHING, NOW],
    [
      'notificationEmailRemoved',
      matchingAnswers,
      { notificationEmailAddresses: ['it-ops@contoso.com', 'old@contoso.com'] },
      { ...KEEP_EVERYTHING, removedNotificationEmails: ['old@contoso.com'] },
    ],
    ['singleSignOnModeChanged', matchingAnswers, { preferredSingleSignOnMode: 'password' }],
  ];

  it.each(cases)('%s', (kind, a, observed, choices = KEEP_EVERYTHING, now) => {
    const changes = describe_(a, { ...dubai, ...observed }, choices, now);
    expect(breakingKinds(changes)).toEqual([kind]);
    expect(changes.breaking[0]?.breaking?.reason.key).toBe(`review.changes.breaking.${kind}`);
    expect(mayApply(changes, null)).toBe(false);
    expect(mayApply(changes, changes.breakingKey)).toBe(true);
  });

  it('names the Trend Micro profile that stops working by its old cmpID', () => {
    const row = rowOf(describe_(answers, dubai), 'replyUrl');
    expect(texts(row.now)).toEqual([replyUrl('contoso-uae')]);
    expect(texts(row.after)).toEqual([replyUrl('acme-uae')]);
    expect(row.breaking?.reason.values).toEqual({ profile: 'cmpID=contoso-uae' });
  });

  it('does not call a change breaking when there was nothing to break (no reply URL, an expired certificate, no group claim)', () => {
    const changes = describe_(
      { ...answers, groupClaim: { kind: 'default-name', groups: 'SecurityGroup' } },
      { ...dubai, redirectUris: [], hasActiveSigningCertificate: false, groupMembershipClaims: null, preferredSingleSignOnMode: null },
    );
    expect(rowOf(changes, 'replyUrl').unchanged).toBe(false);
    expect(rowOf(changes, 'signingCertificate').unchanged).toBe(false);
    expect(rowOf(changes, 'groupClaim').unchanged).toBe(false);
    expect(breakingKinds(changes)).toEqual([]);
  });

  it('keeps a confirmation of a certificate replacement through a reload (the new end date moves with the clock)', () => {
    const ending = { ...dubai, signingCertificateExpiresAt: '2027-01-01T00:00:00Z' };
    const plan = (end: string) => buildPlan(matchingAnswers, ending, end, NOW);
    const first = describeChanges(matchingAnswers, ending, plan(END));
    const later = describeChanges(matchingAnswers, ending, plan('2029-11-26T00:00:00.000Z'));
    expect(later.breakingKey).toBe(first.breakingKey);
  });

  it('asks again when what breaks changes after a confirmation (another cmpID)', () => {
    const first = describe_(answers, dubai);
    const second = describe_({ ...answers, cmpId: 'acme-2' }, dubai);
    expect(mayApply(second, first.breakingKey)).toBe(false);
  });
});

describe('describeChanges keeps what the admin did not ask to change', () => {
  const changes = describe_(answers, dubai);

  it('keeps the existing notification address and adds the new one', () => {
    const row = rowOf(changes, 'notificationEmails');
    expect(texts(row.now)).toEqual(['it-ops@contoso.com']);
    expect(texts(row.after)).toEqual(['it-ops@contoso.com', 'adele@contoso.com (added)']);
    expect(row.breaking).toBeNull();
    expect(changes.offered.removableNotificationEmails).toEqual(['it-ops@contoso.com']);
    // An address the answers ask for again is not offered for removal: removing it would do nothing.
    expect(describe_(matchingAnswers, dubai).offered.removableNotificationEmails).toEqual([]);
  });

  it('marks a removed address in "now"', () => {
    const removed = describe_(answers, dubai, { ...KEEP_EVERYTHING, removedNotificationEmails: ['it-ops@contoso.com'] });
    expect(texts(rowOf(removed, 'notificationEmails').now)).toEqual(['it-ops@contoso.com (removed)']);
  });

  it('keeps the group claim (unchanged), offering to remove it', () => {
    expect(rowOf(changes, 'groupClaim')).toMatchObject({ unchanged: true, breaking: null });
    expect(texts(rowOf(changes, 'groupClaim').after)).toEqual(['#groupsSecurityGroup']);
    expect(changes.offered.removeGroupClaim).toEqual({ groups: 'SecurityGroup' });
  });

  it('keeps the name, offering the typed one; renaming is not breaking', () => {
    expect(rowOf(changes, 'name')).toMatchObject({ unchanged: true });
    expect(changes.offered.rename).toEqual({ current: 'Trend Micro EUC (Dubai)', typed: answers.appName });
    const renamed = describe_(answers, dubai, { ...KEEP_EVERYTHING, renameApp: true });
    expect(texts(rowOf(renamed, 'name').after)).toEqual([answers.appName]);
    expect(rowOf(renamed, 'name').breaking).toBeNull();
  });

  it('lists the existing assignments by name and the new ones as added', () => {
    expect(texts(rowOf(changes, 'assignments').now)).toEqual(['Email Security Users']);
    expect(texts(rowOf(changes, 'assignments').after)).toEqual(['Email Security Users', 'Adele Vance (added)']);
  });

  it('collapses what does not change: here the identifier, identity claim and SAML mode', () => {
    expect(
      changes.blades
        .flatMap((b) => b.rows)
        .filter((r) => r.unchanged)
        .map((r) => r.setting),
    ).toEqual(['identifier', 'identityClaim', 'groupClaim', 'signingCertificate', 'name', 'singleSignOnMode']);
  });

  it('blocks Apply when kept and new addresses exceed the five Entra accepts', () => {
    const many = { ...dubai, notificationEmailAddresses: ['a@contoso.com', 'b@contoso.com', 'c@contoso.com', 'd@contoso.com', 'e@contoso.com'] };
    const blocked = describe_(answers, many);
    expect(blocked.blockers).toEqual([{ key: 'review.changes.blocker.tooManyNotificationEmails', values: { count: 6, max: 5 } }]);
    expect(mayApply(blocked, blocked.breakingKey)).toBe(false);
  });
});

describe('readReviewDraft', () => {
  it('reads a stored draft and refuses a malformed one', () => {
    const draft = { choices: { removedNotificationEmails: ['a@b.com'], removeGroupClaim: true, renameApp: false }, confirmedBreakingKey: 'k' };
    expect(readReviewDraft(draft)).toEqual(draft);
    expect(readReviewDraft({ choices: { removeGroupClaim: 'yes' } })).toEqual(EMPTY_REVIEW_DRAFT);
    expect(readReviewDraft(undefined)).toEqual(EMPTY_REVIEW_DRAFT);
  });
});
