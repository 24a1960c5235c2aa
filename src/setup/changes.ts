// What a plan changes, in the words of the Entra admin center's blades: for each setting the value
// now and after apply, whether it is unchanged, and whether the change can break sign-in for an app
// that is already in use (docs/decisions/014-review-in-portal-words.md). Pure: words live in the
// review's catalogues (review.changes.*); this module returns keys, values and the tenant's own text.
import type { MessageRef } from './message-ref';
import {
  currentGroupMembershipClaims,
  groupMembershipClaimsAfter,
  KEEP_EVERYTHING,
  notificationEmailsAfter,
  plannedRename,
  sameAddress,
  type ObservedApp,
  type Plan,
  type ReviewChoices,
} from './plan';
import { NOTIFICATION_EMAILS_MAX } from './answers-schema';
import { z } from 'zod/mini';
import { cmpIdOf, eucIdentifier, eucReplyUrl } from './regions';
import type { Answers } from './types';

/** The blades of an enterprise application's Single sign-on, Users and groups and Properties pages. */
type BladeId = 'basicSaml' | 'claims' | 'certificates' | 'usersAndGroups' | 'properties';

export type SettingId =
  'identifier' | 'replyUrl' | 'identityClaim' | 'groupClaim' | 'signingCertificate' | 'notificationEmails' | 'assignments' | 'name' | 'singleSignOnMode';

/** One line of a value: the tenant's or the admin's own text, a message, or a date the page formats. */
export type ShownItem = ({ kind: 'text'; text: string } | { kind: 'message'; message: MessageRef } | { kind: 'expiry'; endDateTime: string }) & {
  mark?: 'added' | 'removed';
};

/** `new`: the app does not exist yet, so there is no "now". */
export type ShownValue = { kind: 'new' } | { kind: 'items'; items: ShownItem[] };

export type BreakingKind =
  | 'identifierChanged'
  | 'replyUrlChanged'
  | 'claimSourceChanged'
  | 'groupClaimRemoved'
  | 'groupClaimChanged'
  | 'certificateReplaced'
  | 'notificationEmailRemoved'
  | 'singleSignOnModeChanged';

export interface ChangeRow {
  setting: SettingId;
  now: ShownValue;
  after: ShownValue;
  unchanged: boolean;
  /** Set when the change can break sign-in (or its upkeep) for an app already in use; `reason` says how. */
  breaking: { kind: BreakingKind; reason: MessageRef } | null;
}

export interface BladeChanges {
  blade: BladeId;
  rows: ChangeRow[];
}

export interface ChangeDescription {
  isNew: boolean;
  blades: BladeChanges[];
  breaking: ChangeRow[];
  /**
   * Names exactly these breaking changes. A confirmation is stored with the key it was given for,
   * so any change to what breaks (another cmpID, another removed address) asks again.
   */
  breakingKey: string;
  /** What stops Apply whatever the admin confirms. */
  blockers: MessageRef[];
  /** The decisions the review offers for this app (null / empty: none to make). */
  offered: {
    rename: { current: string; typed: string } | null;
    /** groupMembershipClaims of an app whose group claim the answers would not keep. */
    removeGroupClaim: { groups: string } | null;
    removableNotificationEmails: string[];
  };
}

const BLADE_SETTINGS: Record<BladeId, SettingId[]> = {
  basicSaml: ['identifier', 'replyUrl'],
  claims: ['identityClaim', 'groupClaim'],
  certificates: ['signingCertificate', 'notificationEmails'],
  usersAndGroups: ['assignments'],
  properties: ['name', 'singleSignOnMode'],
};

const KEY = 'review.changes';
const message = (key: string, values?: MessageRef['values']): ShownItem => ({
  kind: 'message',
  message: { key: `${KEY}.value.${key}`, ...(values ? { values } : {}) },
});
const text = (value: string, mark?: 'added' | 'removed'): ShownItem => ({ kind: 'text', text: value, ...(mark ? { mark } : {}) });
const items = (list: ShownItem[]): ShownValue => ({ kind: 'items', items: list });
const reason = (kind: BreakingKind, values?: MessageRef['values']) => ({ kind, reason: { key: `${KEY}.breaking.${kind}`, ...(values ? { values } : {}) } });

/** A groupMembershipClaims value in words; values Entra adds later are shown as Graph spells them. */
function groupsItem(value: string | null): ShownItem {
  switch (value) {
    case null:
      return message('groupsNone');
    case 'SecurityGroup':
    case 'ApplicationGroup':
    case 'All':
    case 'DirectoryRole':
      return message(`groups${value}`);
    default:
      return text(value);
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/**
 * `plan` is buildPlan(answers, existing, …, choices): what Apply will write. Rows compare the app
 * as read (`existing`) with the app as the plan leaves it.
 */
export function describeChanges(answers: Answers, existing: ObservedApp | null, plan: Plan, choices: ReviewChoices = KEEP_EVERYTHING): ChangeDescription {
  const planned = (kind: Plan['operations'][number]['kind']) => plan.operations.find((op) => op.kind === kind);
  const rows: ChangeRow[] = [];
  const row = (setting: SettingId, now: ShownItem[], after: ShownItem[], unchanged: boolean, breaking: ChangeRow['breaking'] = null) =>
    rows.push(
      existing
        ? { setting, now: items(now), after: items(after), unchanged, breaking: unchanged ? null : breaking }
        : { setting, now: { kind: 'new' }, after: items(after), unchanged: false, breaking: null },
    );

  // Basic SAML Configuration
  const identifier = eucIdentifier(answers.region);
  const replyUrl = eucReplyUrl(answers.region, answers.cmpId);
  const identifiersNow = existing?.identifierUris ?? [];
  const replyUrlsNow = existing?.redirectUris ?? [];
  const identifierUnchanged = sameList(identifiersNow, [identifier]);
  row(
    'identifier',
    identifiersNow.length > 0 ? identifiersNow.map((uri) => text(uri)) : [message('empty')],
    [text(identifier)],
    identifierUnchanged,
    identifiersNow.length > 0 ? reason('identifierChanged', { identifier: identifiersNow.find((uri) => uri !== identifier) ?? identifiersNow[0]! }) : null,
  );
  const oldReplyUrl = replyUrlsNow.find((url) => url !== replyUrl) ?? replyUrlsNow[0];
  const oldCmpId = oldReplyUrl ? cmpIdOf(oldReplyUrl) : undefined;
  row(
    'replyUrl',
    replyUrlsNow.length > 0 ? replyUrlsNow.map((url) => text(url)) : [message('empty')],
    [text(replyUrl)],
    sameList(replyUrlsNow, [replyUrl]),
    // The profile is known on the Trend Micro side by its cmpID; a reply URL without one by itself.
    oldReplyUrl ? reason('replyUrlChanged', { profile: oldCmpId ? `cmpID=${oldCmpId}` : oldReplyUrl }) : null,
  );

  // Attributes & Claims
  const claim = answers.identityClaim;
  const claimsNow = existing?.customClaims ?? [];
  const claimItem = (name: string, source: string | null, mark?: 'added') => ({
    ...message('claimFrom', { name, source: source ?? '' }),
    ...(mark ? { mark } : {}),
  });
  const nowClaims = claimsNow.length > 0 ? claimsNow.map((c) => claimItem(c.name, c.sourceAttribute)) : [message('defaultClaims')];
  const writesClaim = planned('putClaimsPolicy') !== undefined;
  let afterClaims = nowClaims;
  let claimBreaks: ChangeRow['breaking'] = null;
  if (claim.kind === 'custom' && (writesClaim || !existing)) {
    const replaced = claimsNow.find((c) => c.name === claim.name);
    if (replaced?.sourceAttribute)
      claimBreaks = reason('claimSourceChanged', { name: claim.name, from: replaced.sourceAttribute, to: claim.sourceAttribute.toLowerCase() });
    afterClaims = [
      ...claimsNow.filter((c) => c.name !== claim.name).map((c) => claimItem(c.name, c.sourceAttribute)),
      claimItem(claim.name, claim.sourceAttribute.toLowerCase(), 'added'),
    ];
  }
  row('identityClaim', nowClaims, afterClaims, !writesClaim, claimBreaks);

  const groupsNow = currentGroupMembershipClaims(existing);
  const groupsAfter = groupMembershipClaimsAfter(answers, existing, choices);
  const groupRename = answers.groupClaim.kind === 'custom-name' ? [message('groupClaimRenamedInPortal', { name: answers.groupClaim.name })] : [];
  row(
    'groupClaim',
    [groupsItem(groupsNow)],
    [groupsItem(groupsAfter), ...groupRename],
    groupsNow === groupsAfter && groupRename.length === 0,
    groupsNow === null || groupsNow === groupsAfter ? null : groupsAfter === null ? reason('groupClaimRemoved') : reason('groupClaimChanged'),
  );

  // SAML Certificates
  const certificateNow: ShownItem[] = existing?.preferredTokenSigningKeyThumbprint
    ? [
        text(existing.preferredTokenSigningKeyThumbprint),
        ...(existing.signingCertificateExpiresAt ? [{ kind: 'expiry' as const, endDateTime: existing.signingCertificateExpiresAt }] : []),
      ]
    : [message('noActiveCertificate')];
  const added = planned('addSigningCertificate');
  const newEnd = (added?.body as { endDateTime?: string } | undefined)?.endDateTime;
  row(
    'signingCertificate',
    certificateNow,
    added ? [message('newCertificate'), ...(newEnd ? [{ kind: 'expiry' as const, endDateTime: newEnd }] : [])] : certificateNow,
    !added,
    existing?.hasActiveSigningCertificate && existing.preferredTokenSigningKeyThumbprint
      ? reason('certificateReplaced', { thumbprint: existing.preferredTokenSigningKeyThumbprint })
      : null,
  );

  const emailsNow = existing?.notificationEmailAddresses ?? [];
  const emailsAfter = notificationEmailsAfter(answers, existing, choices);
  const removedEmails = emailsNow.filter((address) => !emailsAfter.some((a) => sameAddress(a, address)));
  row(
    'notificationEmails',
    emailsNow.length > 0 ? emailsNow.map((address) => text(address, removedEmails.includes(address) ? 'removed' : undefined)) : [message('empty')],
    emailsAfter.map((address) => text(address, existing && !emailsNow.some((a) => sameAddress(a, address)) ? 'added' : undefined)),
    planned('setNotificationEmails') === undefined,
    removedEmails.length > 0 ? reason('notificationEmailRemoved', { addresses: removedEmails.join(', ') }) : null,
  );

  // Users and groups: the plan adds assignments and never removes one.
  const assignedNow = (existing?.assignedPrincipalIds ?? []).map((id) => text(existing?.assignedPrincipalNames[id] ?? id));
  const assigning = answers.principals.filter((p) => plan.operations.some((op) => op.kind === 'assignPrincipal' && op.principalId === p.id));
  row(
    'assignments',
    assignedNow.length > 0 ? assignedNow : [message('nobody')],
    [...assignedNow, ...assigning.map((p) => text(p.displayName, existing ? 'added' : undefined))],
    assigning.length === 0,
  );

  // Properties
  const nameAfter = existing ? (plannedRename(plan) ?? existing.displayName) : answers.appName;
  row('name', existing ? [text(existing.displayName)] : [], [text(nameAfter)], existing?.displayName === nameAfter);
  const modeNow = existing?.preferredSingleSignOnMode ?? null;
  row(
    'singleSignOnMode',
    [modeNow === null ? message('ssoNotSet') : modeNow === 'saml' ? message('ssoSaml') : text(modeNow)],
    [message('ssoSaml')],
    modeNow === 'saml',
    modeNow !== null && modeNow !== 'notSupported' ? reason('singleSignOnModeChanged', { mode: modeNow }) : null,
  );

  const blades = (Object.keys(BLADE_SETTINGS) as BladeId[]).map((blade) => ({
    blade,
    rows: BLADE_SETTINGS[blade].map((setting) => rows.find((r) => r.setting === setting)!),
  }));
  const breaking = blades.flatMap((blade) => blade.rows.filter((r) => r.breaking !== null));
  const blockers: MessageRef[] =
    emailsAfter.length > NOTIFICATION_EMAILS_MAX
      ? [{ key: `${KEY}.blocker.tooManyNotificationEmails`, values: { count: emailsAfter.length, max: NOTIFICATION_EMAILS_MAX } }]
      : [];
  return {
    isNew: existing === null,
    blades,
    breaking,
    // A new certificate's end date moves with the clock; a reload must not undo the confirmation.
    breakingKey: JSON.stringify(breaking.map((r) => [r.setting, r.now, withoutNewExpiry(r.after), r.breaking])),
    blockers,
    offered: {
      rename: existing && existing.displayName !== answers.appName ? { current: existing.displayName, typed: answers.appName } : null,
      removeGroupClaim: existing && answers.groupClaim.kind === 'none' && groupsNow !== null ? { groups: groupsNow } : null,
      removableNotificationEmails: existing ? emailsNow.filter((address) => !answers.certificate.notificationEmails.some((a) => sameAddress(a, address))) : [],
    },
  };
}

function withoutNewExpiry(value: ShownValue): ShownValue {
  return value.kind === 'items' ? { kind: 'items', items: value.items.filter((item) => item.kind !== 'expiry') } : value;
}

/** Whether Apply may run: nothing blocks it and every breaking change was confirmed as it is now. */
export function mayApply(changes: ChangeDescription, confirmedBreakingKey: string | null): boolean {
  return changes.blockers.length === 0 && (changes.breaking.length === 0 || confirmedBreakingKey === changes.breakingKey);
}

/** What the review keeps in the wizard's journal (drafts.review): the choices and the confirmation. */
export interface ReviewDraft {
  choices: ReviewChoices;
  /** The breakingKey the admin confirmed, or null. */
  confirmedBreakingKey: string | null;
}

export const EMPTY_REVIEW_DRAFT: ReviewDraft = { choices: KEEP_EVERYTHING, confirmedBreakingKey: null };

const reviewDraftSchema = z.object({
  choices: z.object({
    removedNotificationEmails: z.array(z.string()),
    removeGroupClaim: z.boolean(),
    renameApp: z.boolean(),
  }),
  confirmedBreakingKey: z.nullable(z.string()),
});

/** The stored draft, or the empty one when there is none or it is malformed (stored state is never trusted). */
export function readReviewDraft(stored: unknown): ReviewDraft {
  const parsed = reviewDraftSchema.safeParse(stored);
  return parsed.success ? parsed.data : EMPTY_REVIEW_DRAFT;
}
