// "Check an existing setup": compares an app read from the tenant (ObservedApp) with what the
// region and unique identifier require, item by item, and derives the repair from the same
// answers → plan path as a setup (docs/decisions/006-check-and-repair.md). Pure: no Graph, no clock.
import type { Answers, ChosenPrincipal, GroupClaim, GroupScope, IdentityClaim, Region, UserSourceAttribute } from './types';
import {
  buildPlan,
  groupMembershipClaimsValue,
  daysUntil,
  SIGNING_CERTIFICATE_RENEWAL_DAYS,
  signingCertificateNeedsRenewal,
  type ObservedApp,
  type Plan,
} from './plan';
import { cmpIdOf, eucIdentifier, eucReplyUrl, isValidCmpId, regionInfo, REGIONS } from './regions';
import { DEFAULT_GROUP_CLAIM_NAME, DEFAULT_IDENTITY_CLAIM_NAME, USER_SOURCE_ATTRIBUTES } from './claims';
import { DEFAULT_CERTIFICATE_COMMON_NAME } from './answers-schema';
import { englishWords as english, type FindingWords } from './check-messages';
import { describeChanges, type ChangeDescription } from './changes';

/**
 * confirm: what Microsoft Graph cannot read (the group claim's name, docs/graph/group-claim.md#group-claim) and the
 * admin must look at in the Entra admin center. Never counted as passed, never repaired.
 */
export type FindingStatus = 'pass' | 'confirm' | 'warning' | 'fail';

/** In the order the report lists them. */
export type FindingId = 'samlMode' | 'identifier' | 'replyUrl' | 'assignments' | 'identityClaim' | 'groupClaim' | 'signingCertificate' | 'notificationEmails';

/** The parts of a URL that can differ from the expected one. */
export type UrlPart = 'scheme' | 'host' | 'path' | 'cmpId' | 'query' | 'spelling';

/** How a warning or failure is put right: by the repair plan, or by the admin in the portal. */
type FindingFix = { by: 'plan' } | { by: 'admin'; steps: string };

export interface Finding {
  id: FindingId;
  status: FindingStatus;
  title: string;
  /** One line: what was found and, when it is wrong, what differs. */
  reason: string;
  expected?: string;
  actual?: string;
  /** Identifier and reply URL: which parts differ (host = region, cmpId = unique identifier). */
  differingParts?: UrlPart[];
  /** Only on warnings and failures. */
  fix?: FindingFix;
}

/** What the Trend Micro console's SSO profile uses: what the app is compared with. */
export interface ExpectedSetup {
  region: Region;
  /** null when nobody said and the reply URL has none. */
  cmpId: string | null;
  identityClaim: IdentityClaim;
  groupClaim: GroupClaim;
}

const PLAN: FindingFix = { by: 'plan' };

// ---- expected values --------------------------------------------------------------------------

/** The region whose EUC host `host` is, if it is one. */
export function regionOfEucHost(host: string): Region | undefined {
  const lowerCase = host.toLowerCase();
  return REGIONS.find((region) => `euc.${region.domain}` === lowerCase)?.code;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/**
 * What to compare with when the admin (or a deep link) did not say: read from the app itself, so a
 * check without presets finds what is missing or inconsistent. The admin confirms these values
 * against the Trend Micro console; `presets` always win.
 */
export function inferExpected(observed: ObservedApp, presets: Partial<ExpectedSetup> = {}): ExpectedSetup {
  const urls = [...observed.identifierUris, ...observed.redirectUris];
  const region = presets.region ?? urls.map((url) => regionOfEucHost(hostOf(url) ?? '')).find((found): found is Region => found !== undefined) ?? 'us';
  const fromReplyUrl = observed.redirectUris.map(cmpIdOf).find((id): id is string => id !== undefined && isValidCmpId(id));
  const customClaim = (observed.customClaims ?? []).find(
    (claim) =>
      claim.name.toLowerCase() !== DEFAULT_IDENTITY_CLAIM_NAME.toLowerCase() &&
      (USER_SOURCE_ATTRIBUTES as readonly (string | null)[]).includes(claim.sourceAttribute),
  );
  const identityClaim: IdentityClaim = customClaim
    ? { kind: 'custom', name: customClaim.name, sourceAttribute: customClaim.sourceAttribute as UserSourceAttribute }
    : { kind: 'default' };
  const scope = groupScopeOf(observed.groupMembershipClaims);
  return {
    region,
    cmpId: presets.cmpId !== undefined ? presets.cmpId : (fromReplyUrl ?? null),
    identityClaim: presets.identityClaim ?? identityClaim,
    groupClaim: presets.groupClaim ?? (scope ? { kind: 'default-name', groups: scope } : { kind: 'none' }),
  };
}

function groupScopeOf(groupMembershipClaims: string | null): GroupScope | undefined {
  return groupMembershipClaims === 'SecurityGroup' || groupMembershipClaims === 'ApplicationGroup' ? groupMembershipClaims : undefined;
}

// ---- the check ----------------------------------------------------------------------------------

/** `m`: the findings' words; English unless the page passes its language's (src/check/finding-messages.ts). */
export function checkSetup(observed: ObservedApp, expected: ExpectedSetup, now: Date, m: FindingWords = english): Finding[] {
  return [
    samlModeFinding(observed, m),
    identifierFinding(observed, expected, m),
    replyUrlFinding(observed, expected, m),
    assignmentsFinding(observed, m),
    identityClaimFinding(observed, expected, m),
    groupClaimFinding(observed, expected, m),
    signingCertificateFinding(observed, now, m),
    notificationEmailsFinding(observed, m),
  ];
}

function samlModeFinding(observed: ObservedApp, m: FindingWords): Finding {
  const mode = observed.preferredSingleSignOnMode;
  const base = { id: 'samlMode' as const, title: m.say('samlModeTitle'), expected: 'saml', actual: mode ?? m.say('none') };
  if (mode === 'saml') return { ...base, status: 'pass', reason: m.say('samlModeSet') };
  return { ...base, status: 'fail', reason: mode ? m.say('samlModeOther', { mode }) : m.say('samlModeUnset'), fix: PLAN };
}

/** Which parts of `actual` differ from `expected`, each with its sentence. */
export function compareUrls(expected: string, actual: string, m: FindingWords = english): { parts: UrlPart[]; reasons: string[] } {
  let want: URL;
  let have: URL;
  try {
    want = new URL(expected);
    have = new URL(actual);
  } catch {
    return { parts: ['spelling'], reasons: [m.say('notAUrl', { actual })] };
  }
  const parts: UrlPart[] = [];
  const reasons: string[] = [];
  if (have.protocol !== want.protocol) {
    parts.push('scheme');
    reasons.push(m.say('schemeDiffers', { actual: have.protocol }));
  }
  if (have.hostname !== want.hostname) {
    parts.push('host');
    const actualRegion = regionOfEucHost(have.hostname);
    const expectedRegion = regionOfEucHost(want.hostname);
    const hosts = { actualHost: have.hostname, expectedHost: want.hostname, expectedRegion: expectedRegion ? m.regionName(expectedRegion) : want.hostname };
    reasons.push(actualRegion ? m.say('hostDiffers', { ...hosts, actualRegion: m.regionName(actualRegion) }) : m.say('hostDiffersOutsideRegions', hosts));
  }
  if (have.pathname !== want.pathname) {
    parts.push('path');
    reasons.push(m.say('pathDiffers', { actual: have.pathname, expected: want.pathname }));
  }
  const wantCmpId = want.searchParams.get('cmpID');
  if (wantCmpId !== null) {
    const haveCmpId = have.searchParams.get('cmpID');
    if (haveCmpId === null) {
      parts.push('cmpId');
      reasons.push(m.say('cmpIdMissing'));
    } else if (haveCmpId !== wantCmpId) {
      parts.push('cmpId');
      reasons.push(m.say('cmpIdDiffers', { actual: haveCmpId, expected: wantCmpId }));
    } else if (parts.length > 0) {
      reasons.push(m.say('cmpIdSame'));
    }
  }
  const otherParameters = [...have.searchParams.keys()].filter((name) => name !== 'cmpID');
  if (otherParameters.length > 0 || have.hash !== '' || (wantCmpId === null && have.search !== '')) {
    parts.push('query');
    reasons.push(m.say('queryDiffers'));
  }
  if (parts.length === 0 && actual !== expected) {
    parts.push('spelling');
    reasons.push(m.say('spellingDiffers'));
  }
  return { parts, reasons };
}

function urlFinding(
  id: 'identifier' | 'replyUrl',
  title: string,
  actualUrls: readonly string[],
  expected: string,
  regionLabel: string,
  missing: string,
  m: FindingWords,
): Finding {
  const base = { id, title, expected, actual: actualUrls.length > 0 ? actualUrls.join(', ') : m.say('none') };
  if (actualUrls.length === 0) return { ...base, status: 'fail', reason: missing, fix: PLAN };
  if (actualUrls.length === 1 && actualUrls[0] === expected) return { ...base, status: 'pass', reason: m.say('urlExact', { region: regionLabel }) };
  if (actualUrls.includes(expected)) return { ...base, status: 'warning', reason: m.say('urlAmongOthers', { count: actualUrls.length - 1 }), fix: PLAN };
  const { parts, reasons } = compareUrls(expected, actualUrls[0]!, m);
  return { ...base, status: 'fail', reason: reasons.join(' '), differingParts: parts, fix: PLAN };
}

function identifierFinding(observed: ObservedApp, expected: ExpectedSetup, m: FindingWords): Finding {
  const regionName = m.regionName(expected.region);
  return urlFinding('identifier', m.say('identifierTitle'), observed.identifierUris, eucIdentifier(expected.region), regionName, m.say('identifierMissing'), m);
}

function replyUrlFinding(observed: ObservedApp, expected: ExpectedSetup, m: FindingWords): Finding {
  const region = regionInfo(expected.region);
  if (expected.cmpId === null || !isValidCmpId(expected.cmpId)) {
    const placeholder = `https://euc.${region.domain}/uiserver/euc/ssoAssert?cmpID=${m.say('cmpIdPlaceholder')}`;
    return {
      id: 'replyUrl',
      title: m.say('replyUrlTitle'),
      status: 'fail',
      reason: m.say('cmpIdUnknown'),
      expected: placeholder,
      actual: observed.redirectUris.length > 0 ? observed.redirectUris.join(', ') : m.say('none'),
      differingParts: ['cmpId'],
      fix: PLAN,
    };
  }
  return urlFinding(
    'replyUrl',
    m.say('replyUrlTitle'),
    observed.redirectUris,
    eucReplyUrl(expected.region, expected.cmpId),
    m.regionName(expected.region),
    m.say('replyUrlMissing'),
    m,
  );
}

function assignmentsFinding(observed: ObservedApp, m: FindingWords): Finding {
  const count = observed.assignedPrincipalIds.length;
  const required = observed.appRoleAssignmentRequired;
  const base = {
    id: 'assignments' as const,
    title: m.say('assignmentsTitle'),
    expected: m.say('assignmentsExpected'),
    actual: m.say(required ? 'assignmentsActualRequired' : 'assignmentsActualNotRequired', { count }),
  };
  if (!required) {
    return { ...base, status: 'warning', reason: m.say('assignmentNotRequired', { count }), fix: { by: 'admin', steps: m.say('assignmentNotRequiredFix') } };
  }
  if (count === 0) return { ...base, status: 'fail', reason: m.say('noneAssignedRequired'), fix: PLAN };
  return { ...base, status: 'pass', reason: m.say('assignedRequired', { count }) };
}

function describeClaims(observed: ObservedApp, m: FindingWords): string {
  const claims = observed.customClaims ?? [];
  if (claims.length === 0) return m.say('noCustomClaims');
  return claims
    .map((claim) =>
      claim.sourceAttribute ? m.say('claimFromSource', { name: claim.name, source: claim.sourceAttribute }) : m.say('claimFromElsewhere', { name: claim.name }),
    )
    .join(', ');
}

function identityClaimFinding(observed: ObservedApp, expected: ExpectedSetup, m: FindingWords): Finding {
  const claims = observed.customClaims ?? [];
  const title = m.say('identityClaimTitle');
  const claim = expected.identityClaim;
  if (claim.kind === 'default') {
    const base = { id: 'identityClaim' as const, title, expected: m.say('claimFromSource', { name: DEFAULT_IDENTITY_CLAIM_NAME, source: 'mail' }) };
    const emailClaim = claims.find((c) => c.name.toLowerCase() === DEFAULT_IDENTITY_CLAIM_NAME.toLowerCase());
    if (emailClaim) {
      const source = emailClaim.sourceAttribute ?? '?';
      const actual = m.say('claimFromSource', { name: emailClaim.name, source });
      if (source === 'mail') return { ...base, actual, status: 'pass', reason: m.say('defaultEmailClaim') };
      return {
        ...base,
        actual,
        status: 'warning',
        reason: m.say('defaultEmailClaimFromOther', { source }),
        fix: { by: 'admin', steps: m.say('defaultEmailClaimSourceFix') },
      };
    }
    // A policy without claims is the default one: the portal's default claims apply.
    if (claims.length > 0 && observed.includeBasicClaimSet === false) {
      return {
        ...base,
        actual: describeClaims(observed, m),
        status: 'fail',
        reason: m.say('basicClaimsLeftOut'),
        fix: { by: 'admin', steps: m.say('basicClaimsFix') },
      };
    }
    return {
      ...base,
      actual: m.say('claimFromSource', { name: DEFAULT_IDENTITY_CLAIM_NAME, source: 'mail' }),
      status: 'pass',
      reason: m.say('defaultEmailClaim'),
    };
  }

  const base = {
    id: 'identityClaim' as const,
    title,
    expected: m.say('claimFromSource', { name: claim.name, source: claim.sourceAttribute }),
    actual: describeClaims(observed, m),
  };
  // Exactly as the plan compares (plan.ts): a claim of this name from this user attribute.
  const present = claims.find((c) => c.name === claim.name);
  if (present) {
    if (present.sourceAttribute === claim.sourceAttribute.toLowerCase()) {
      return { ...base, status: 'pass', reason: m.say('customClaimPresent', { name: claim.name, source: claim.sourceAttribute }) };
    }
    const actualSource = present.sourceAttribute ? `user.${present.sourceAttribute}` : '?';
    return {
      ...base,
      status: 'fail',
      reason: m.say('customClaimWrongSource', { name: claim.name, actual: actualSource, expected: claim.sourceAttribute }),
      fix: PLAN,
    };
  }
  const sameButCase = claims.find((c) => c.name.toLowerCase() === claim.name.toLowerCase());
  const others = claims.filter((c) => c.name.toLowerCase() !== DEFAULT_IDENTITY_CLAIM_NAME.toLowerCase());
  const reason = sameButCase
    ? m.say('customClaimCaseDiffers', { name: claim.name, actual: sameButCase.name })
    : others.length > 0
      ? m.say('customClaimNameDiffers', { name: claim.name, actual: others.map((c) => c.name).join('", "') })
      : m.say('customClaimMissing', { name: claim.name });
  return { ...base, status: 'fail', reason, fix: PLAN };
}

function describeGroups(value: string | null, m: FindingWords): string {
  if (value === null || value === 'None') return m.say('groupsNone');
  if (value === 'SecurityGroup') return m.say('groupsSecurity');
  if (value === 'ApplicationGroup') return m.say('groupsApplication');
  return value;
}

function groupClaimFinding(observed: ObservedApp, expected: ExpectedSetup, m: FindingWords): Finding {
  const current = observed.groupMembershipClaims === 'None' ? null : observed.groupMembershipClaims;
  const claim = expected.groupClaim;
  const base = { id: 'groupClaim' as const, title: m.say('groupClaimTitle'), actual: describeGroups(current, m) };
  if (claim.kind === 'none') return { ...base, expected: m.say('groupClaimNotUsedExpected'), status: 'pass', reason: m.say('groupClaimNotUsed') };
  const wanted = describeGroups(claim.groups, m);
  const withExpected = { ...base, expected: wanted };
  if (current === null) return { ...withExpected, status: 'fail', reason: m.say('groupClaimMissing'), fix: PLAN };
  if (current !== claim.groups) {
    return { ...withExpected, status: 'warning', reason: m.say('groupClaimOtherGroups', { actual: describeGroups(current, m), expected: wanted }), fix: PLAN };
  }
  // Graph reads whether group IDs are sent, not under which name: a name customised in the portal
  // (docs/graph/group-claim.md#group-claim) looks the same as Entra's default. What cannot be read is not "passed".
  const name = claim.kind === 'custom-name' ? claim.name : DEFAULT_GROUP_CLAIM_NAME;
  return {
    ...withExpected,
    expected: m.say('groupClaimExpectedNamed', { groups: wanted, name }),
    status: 'confirm',
    reason: m.say('groupClaimNameUnverifiable', { groups: wanted, name }),
    fix: { by: 'admin', steps: m.say('groupClaimNameFix', { name }) },
  };
}

const isoDate = (dateTime: string) => new Date(dateTime).toISOString().slice(0, 10);
/** Whole days since `dateTime` (the mirror of daysUntil, both rounded down). */
const daysSince = (dateTime: string, now: Date) => Math.floor((now.getTime() - Date.parse(dateTime)) / 86_400_000);

function signingCertificateFinding(observed: ObservedApp, now: Date, m: FindingWords): Finding {
  const thumbprint = observed.preferredTokenSigningKeyThumbprint;
  const expiresAt = observed.signingCertificateExpiresAt;
  const base = {
    id: 'signingCertificate' as const,
    title: m.say('signingCertificateTitle'),
    expected: m.say('certificateExpected', { days: SIGNING_CERTIFICATE_RENEWAL_DAYS }),
    actual: !thumbprint
      ? m.say('certificateActualNone')
      : expiresAt
        ? m.say('certificateActual', { thumbprint, date: m.date(isoDate(expiresAt)) })
        : m.say('certificateActualUnknown', { thumbprint }),
  };
  // The status follows the plan's own rule (plan.ts), so what fails is exactly what a repair renews.
  if (!observed.hasActiveSigningCertificate) {
    const reason = !thumbprint
      ? m.say('certificateNoneActive')
      : expiresAt === null
        ? m.say('certificateThumbprintUnknown', { thumbprint })
        : m.say('certificateExpired', { date: m.date(isoDate(expiresAt)), count: Math.max(1, daysSince(expiresAt, now)) });
    return { ...base, status: 'fail', reason, fix: PLAN };
  }
  const days = expiresAt ? daysUntil(expiresAt, now) : 0;
  if (signingCertificateNeedsRenewal(observed, now)) {
    return {
      ...base,
      status: 'warning',
      reason: m.say('certificateExpiresSoon', { date: m.date(isoDate(expiresAt ?? now.toISOString())), count: Math.max(0, days) }),
      fix: PLAN,
    };
  }
  return { ...base, status: 'pass', reason: m.say('certificateValid', { date: m.date(isoDate(expiresAt ?? now.toISOString())), count: days }) };
}

function notificationEmailsFinding(observed: ObservedApp, m: FindingWords): Finding {
  const addresses = observed.notificationEmailAddresses;
  const base = { id: 'notificationEmails' as const, title: m.say('notificationEmailsTitle'), expected: m.say('notificationEmailsExpected') };
  if (addresses.length === 0) return { ...base, actual: m.say('none'), status: 'warning', reason: m.say('notificationEmailsMissing'), fix: PLAN };
  return { ...base, actual: addresses.join(', '), status: 'pass', reason: m.say('notificationEmailsPresent', { addresses: addresses.join(', ') }) };
}

/**
 * The identity claim when the claims policy could not be read (ObservedApp.claimsPolicyUnread): neither
 * pass nor fail but a warning that names the role, fixed by the admin (the repair plans nothing for
 * it). Every other finding stands as checked. `m` as for checkSetup.
 */
export function markClaimsUnread(findings: readonly Finding[], m: FindingWords = english): Finding[] {
  return findings.map((finding) => {
    if (finding.id !== 'identityClaim') return finding;
    const { actual: _unknown, differingParts: _none, ...rest } = finding;
    const fix: FindingFix = { by: 'admin', steps: m.say('claimsUnreadableFix') };
    return { ...rest, status: 'warning', reason: m.say('claimsUnreadable'), actual: m.say('claimsUnreadableActual'), fix };
  });
}

// ---- repair -----------------------------------------------------------------------------------

/** Findings a repair plan puts right (warnings and failures whose fix is the plan). */
export function repairableFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.status !== 'pass' && finding.fix?.by === 'plan');
}

/** What the admin must supply before a repair can be planned. */
export interface RepairNeeds {
  /** Nobody is assigned: choose at least one user or group. */
  principals: boolean;
  /** No expiry notice addresses: enter at least one. */
  notificationEmails: boolean;
  /** The reply URL must be written but the unique identifier is not known. */
  cmpId: boolean;
}

export function repairNeeds(findings: readonly Finding[], expected: ExpectedSetup): RepairNeeds {
  const flagged = new Set(repairableFindings(findings).map((finding) => finding.id));
  return {
    principals: flagged.has('assignments'),
    notificationEmails: flagged.has('notificationEmails'),
    cmpId: (flagged.has('identifier') || flagged.has('replyUrl')) && (expected.cmpId === null || !isValidCmpId(expected.cmpId)),
  };
}

export interface RepairInput {
  /** Assigned when the assignment finding failed; ignored otherwise. */
  principals: ChosenPrincipal[];
  /** Written when there were none; ignored otherwise. */
  notificationEmails: string[];
}

/**
 * Answers that describe the app as it is, except for the flagged items, which take the expected
 * values: buildPlan, which plans only what differs, then plans exactly the repair. The app keeps
 * its name, its assignments and its claims.
 */
export function repairAnswers(observed: ObservedApp, expected: ExpectedSetup, findings: readonly Finding[], input: RepairInput): Answers {
  const flagged = new Set(repairableFindings(findings).map((finding) => finding.id));
  const needs = repairNeeds(findings, expected);
  if (needs.cmpId) throw new RangeError('The unique identifier is needed to repair the reply URL.');
  const fromReplyUrl = observed.redirectUris.map(cmpIdOf).find((id): id is string => id !== undefined && isValidCmpId(id));
  const cmpId = expected.cmpId !== null && isValidCmpId(expected.cmpId) ? expected.cmpId : fromReplyUrl;
  if (cmpId === undefined) throw new RangeError('The unique identifier is needed to describe the app.');
  return {
    appName: observed.displayName,
    principals: flagged.has('assignments') ? input.principals : [],
    region: expected.region,
    cmpId,
    // A claim that passes is already there, so the plan leaves it alone.
    identityClaim: expected.identityClaim,
    groupClaim: flagged.has('groupClaim') ? expected.groupClaim : groupClaimAsItIs(observed),
    certificate: {
      notificationEmails: flagged.has('notificationEmails') ? input.notificationEmails : [...observed.notificationEmailAddresses],
      validityYears: 3,
      commonName: DEFAULT_CERTIFICATE_COMMON_NAME,
    },
  };
}

/**
 * The setup as a finished repair leaves it, for the summary: the app as it was read for the repair,
 * with the items the check flagged as expected (repairAnswers, the answers the repair was planned
 * from). null when the unique identifier is unknown: then nothing could have been planned.
 */
export function repairedAnswers(observed: ObservedApp, presets: Partial<ExpectedSetup>, input: RepairInput, now: Date): Answers | null {
  const expected = inferExpected(observed, presets);
  try {
    return repairAnswers(observed, expected, checkSetup(observed, expected, now), input);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

function groupClaimAsItIs(observed: ObservedApp): GroupClaim {
  const scope = groupScopeOf(observed.groupMembershipClaims);
  return scope ? { kind: 'default-name', groups: scope } : { kind: 'none' };
}

/**
 * The repair: the setup's own plan for `repairAnswers`, and what it changes, in the review's blades
 * (describeChanges), as the setup's review shows them. A repair never writes an item that passed:
 * a group claim the check did not flag (even one the answers cannot describe, e.g. "All", set in
 * the portal) is shown to the planner as already matching, so it plans nothing for it, and the
 * changes compare the app as the planner sees it.
 */
export function repairReview(
  observed: ObservedApp,
  expected: ExpectedSetup,
  findings: readonly Finding[],
  input: RepairInput,
  certificateEndDateTime: string,
  now: Date,
): { plan: Plan; changes: ChangeDescription } {
  const answers = repairAnswers(observed, expected, findings, input);
  const groupFlagged = repairableFindings(findings).some((finding) => finding.id === 'groupClaim');
  const asThePlannerSeesIt = groupFlagged ? observed : { ...observed, groupMembershipClaims: groupMembershipClaimsValue(answers) };
  const plan = { ...buildPlan(answers, asThePlannerSeesIt, certificateEndDateTime, now), existing: observed };
  return { plan, changes: describeChanges(answers, asThePlannerSeesIt, plan) };
}

// ---- the report -------------------------------------------------------------------------------

export interface CheckReport {
  /** Bumped when the shape changes, for whoever reads the JSON. */
  format: 'tmes-entra-sso-check/1';
  checkedAt: string;
  tenantId: string;
  app: { displayName: string; applicationId: string; appId: string; servicePrincipalId: string };
  expected: ExpectedSetup & { identifier: string; replyUrl: string | null };
  counts: Record<FindingStatus, number>;
  findings: Finding[];
}

export function checkReport(input: { observed: ObservedApp; expected: ExpectedSetup; findings: Finding[]; tenantId: string; checkedAt: Date }): CheckReport {
  const { observed, expected, findings } = input;
  const counts: Record<FindingStatus, number> = { pass: 0, confirm: 0, warning: 0, fail: 0 };
  for (const finding of findings) counts[finding.status] += 1;
  return {
    format: 'tmes-entra-sso-check/1',
    checkedAt: input.checkedAt.toISOString(),
    tenantId: input.tenantId,
    app: {
      displayName: observed.displayName,
      applicationId: observed.applicationId,
      appId: observed.appId,
      servicePrincipalId: observed.servicePrincipalId,
    },
    expected: {
      ...expected,
      identifier: eucIdentifier(expected.region),
      replyUrl: expected.cmpId !== null && isValidCmpId(expected.cmpId) ? eucReplyUrl(expected.region, expected.cmpId) : null,
    },
    counts,
    findings,
  };
}

/** "5 passed, 1 warning, 2 failed": the portal's count only when there is one. */
function countsLine({ pass, confirm, warning, fail }: Record<FindingStatus, number>, m: FindingWords): string {
  const warnings = m.say('reportWarnings', { count: warning });
  return confirm > 0 ? m.say('reportCountsConfirm', { pass, confirm, fail, warnings }) : m.say('reportCounts', { pass, fail, warnings });
}

/** "Copy as text": one block per finding, the status in words (never colour alone). */
export function reportAsText(report: CheckReport, m: FindingWords = english): string {
  const statusLabel: Record<FindingStatus, string> = {
    pass: m.say('statusPass'),
    confirm: m.say('statusConfirm'),
    warning: m.say('statusWarning'),
    fail: m.say('statusFail'),
  };
  const region = m.regionName(report.expected.region);
  const lines = [
    m.say('reportHeading', { app: report.app.displayName }),
    m.say('reportCheckedAt', { at: report.checkedAt, tenantId: report.tenantId }),
    m.say('reportAppIds', { appId: report.app.appId, applicationId: report.app.applicationId }),
    report.expected.cmpId === null ? m.say('reportExpectedNoCmpId', { region }) : m.say('reportExpected', { region, cmpId: report.expected.cmpId }),
    countsLine(report.counts, m),
    '',
  ];
  for (const finding of report.findings) {
    lines.push(`[${statusLabel[finding.status]}] ${finding.title}: ${finding.reason}`);
    if (finding.status !== 'pass' && finding.expected !== undefined) lines.push(m.say('reportExpectedLine', { value: finding.expected }));
    if (finding.status !== 'pass' && finding.actual !== undefined) lines.push(m.say('reportActualLine', { value: finding.actual }));
    if (finding.fix?.by === 'admin') lines.push(m.say('reportFixLine', { steps: finding.fix.steps }));
  }
  return `${lines.join('\n')}\n`;
}

export function reportAsJson(report: CheckReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
