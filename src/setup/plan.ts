// Answers (+ what the tenant already has) → the ordered Graph operations that make the tenant
// match. Pure: the review page shows exactly this, the executor runs exactly this.
import type { Answers, IdentityClaim } from './types';
import type { planEn } from './plan-messages.en';
import { eucIdentifier, eucReplyUrl } from './regions';
import { APPLICATION_WRITE_SCOPES, ASSIGNMENT_SCOPES, CLAIMS_POLICY_SCOPES, type ScopeSet } from './scopes';

/** The global non-gallery ("Create your own application") template (docs/graph/identities-scopes-roles.md#identities-scopes-and-roles). */
const NON_GALLERY_TEMPLATE_ID = '8adf8e6e-67b2-4cf2-a259-e3dc5476c621';

/** What an earlier run (or the admin by hand) already made, as read from the tenant. */
export interface ObservedApp {
  applicationId: string;
  appId: string;
  servicePrincipalId: string;
  displayName: string;
  identifierUris: string[];
  redirectUris: string[];
  groupMembershipClaims: string | null;
  preferredSingleSignOnMode: string | null;
  notificationEmailAddresses: string[];
  preferredTokenSigningKeyThumbprint: string | null;
  /**
   * True when the preferred thumbprint names a Verify key that is still valid: one whose DER hashes
   * to it (activeSigningCertificate in summary.ts, the one rule the summary follows too).
   */
  hasActiveSigningCertificate: boolean;
  /**
   * endDateTime of the Verify key the preferred thumbprint names, expired or not; null when the
   * thumbprint is empty or names no key of the service principal.
   */
  signingCertificateExpiresAt: string | null;
  /** The service principal's "Assignment required?": when false, every user of the tenant can sign in. */
  appRoleAssignmentRequired: boolean;
  /** Enabled app role whose displayName is "User" (never hard-coded: docs/graph/call-order.md#instantiate). */
  userRoleId: string | null;
  /** principalId of every assignment to the User role. */
  assignedPrincipalIds: string[];
  /** principalDisplayName of those assignments, by principalId, for the review. */
  assignedPrincipalNames: Record<string, string>;
  /** Claims of the custom claims policy, or null when it was not read (no custom claim asked for). */
  customClaims: CustomClaimSketch[] | null;
  /** The custom claims policy's includeBasicClaimSet, or null when the policy was not read. */
  includeBasicClaimSet: boolean | null;
  /**
   * The custom claims policy exactly as Graph returned it (every property, known or not), null when
   * the service principal has none (Graph answered 404); absent when it was not read.
   */
  claimsPolicy?: RawClaimsPolicy | null;
  /**
   * Set when the claims policy was asked for and Graph refused it (403): reading it needs
   * Application Administrator or Global Reader (only Application Administrator writes it).
   * Everything else was read; a plan still plans the claims step and the review says which role it
   * needs.
   */
  claimsPolicyUnread?: true;
}

/** A custom claims policy (beta) as Graph returns it: kept whole, since PUT replaces the whole policy. */
export type RawClaimsPolicy = Record<string, unknown>;

/**
 * Entra mails expiry notices 60, 30 and 7 days ahead (docs/graph/call-order.md#expiry-notifications); a certificate inside
 * that window is renewed by a re-run, so the Trend Micro console gets the new one before the old
 * one stops working.
 */
export const SIGNING_CERTIFICATE_RENEWAL_DAYS = 60;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `now` until `endDateTime` (negative once it has passed). */
export function daysUntil(endDateTime: string, now: Date): number {
  return Math.floor((Date.parse(endDateTime) - now.getTime()) / DAY_MS);
}

/**
 * A new signing certificate is planned when none is active, or (given `now`) when the active one
 * ends within SIGNING_CERTIFICATE_RENEWAL_DAYS. The old one is never deleted by the plan.
 */
export function signingCertificateNeedsRenewal(existing: ObservedApp, now?: Date): boolean {
  if (!existing.hasActiveSigningCertificate) return true;
  if (!now || existing.signingCertificateExpiresAt === null) return false;
  return Date.parse(existing.signingCertificateExpiresAt) - now.getTime() <= SIGNING_CERTIFICATE_RENEWAL_DAYS * DAY_MS;
}

export interface CustomClaimSketch {
  name: string;
  sourceAttribute: string | null;
}

/** Catalogue key of an operation's title (plan-messages.en.ts / .ja.ts). */
type PlanTitleKey = keyof typeof planEn;

interface OperationBase {
  id: string;
  /** Its title: a plan catalogue entry (the UI renders it in the admin's language, `englishTitle` in English). */
  titleKey: PlanTitleKey;
  titleValues?: Record<string, string>;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  /** Graph path after the version, e.g. /servicePrincipals/{servicePrincipalId}. */
  path: string;
  version: 'v1.0' | 'beta';
  body?: Record<string, unknown>;
  dependsOn: string[];
  scopes: ScopeSet;
}

export type PlannedOperation =
  | (OperationBase & { kind: 'instantiate' })
  | (OperationBase & { kind: 'confirmReadable' })
  | (OperationBase & { kind: 'setSamlMode' })
  | (OperationBase & { kind: 'setApplicationUrls' })
  | (OperationBase & { kind: 'assignPrincipal'; principalId: string })
  | (OperationBase & {
      kind: 'putClaimsPolicy';
      claim: Extract<IdentityClaim, { kind: 'custom' }>;
      /** The policy as read for the review (null: none yet), and `after`, what the PUT sends (= body). */
      before: RawClaimsPolicy | null;
      after: RawClaimsPolicy;
    })
  | (OperationBase & { kind: 'addSigningCertificate' })
  | (OperationBase & { kind: 'activateSigningCertificate' })
  | (OperationBase & { kind: 'setNotificationEmails' })
  | (OperationBase & { kind: 'setDisplayName' });

export interface Plan {
  operations: PlannedOperation[];
  /** The app being updated, when one was found; null means a new app is created. */
  existing: ObservedApp | null;
  /** Things the plan cannot do through Graph, shown on review and summary. */
  manualSteps: ManualStep[];
}

type ManualStep = { kind: 'renameGroupClaim'; claimName: string };

/**
 * What the admin decided on the review about an existing app, where the answers alone would change
 * something the admin did not ask to change (docs/decisions/014-review-in-portal-words.md). The
 * defaults keep everything; each choice is ignored for a new app.
 */
export interface ReviewChoices {
  /** Existing notification addresses to drop (compared without case); every other one is kept. */
  removedNotificationEmails: string[];
  /** Switch off the app's group claim when the answers ask for none; by default it is kept. */
  removeGroupClaim: boolean;
  /** Rename the app (application and service principal) to the name in the answers; by default it keeps its name. */
  renameApp: boolean;
}

export const KEEP_EVERYTHING: ReviewChoices = { removedNotificationEmails: [], removeGroupClaim: false, renameApp: false };

/** Mail addresses compare without case (Entra keeps the case it was given). */
export const sameAddress = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The notification addresses after apply: the app's own (less those the admin removed), then the
 * answers' new ones. Entra mails every address on the list, so keeping one costs nothing, while a
 * dropped one silently stops an expiry notice somebody relies on.
 */
export function notificationEmailsAfter(answers: Answers, existing: ObservedApp | null, choices: ReviewChoices = KEEP_EVERYTHING): string[] {
  const wanted = answers.certificate.notificationEmails;
  if (!existing) return [...wanted];
  const kept = existing.notificationEmailAddresses.filter((address) => !choices.removedNotificationEmails.some((removed) => sameAddress(removed, address)));
  return [...kept, ...wanted.filter((address) => !kept.some((k) => sameAddress(k, address)))];
}

/** groupMembershipClaims as read, with "None" (the portal's "no group claim") read as null. */
export function currentGroupMembershipClaims(existing: ObservedApp | null): string | null {
  return existing?.groupMembershipClaims === 'None' ? null : (existing?.groupMembershipClaims ?? null);
}

/**
 * groupMembershipClaims after apply. An answer of "no group claim" on an app that has one keeps it
 * unless the admin removes it on the review: the claims step asks what to add, not what to take away.
 */
export function groupMembershipClaimsAfter(answers: Answers, existing: ObservedApp | null, choices: ReviewChoices = KEEP_EVERYTHING): string | null {
  const current = currentGroupMembershipClaims(existing);
  if (answers.groupClaim.kind === 'none' && current !== null && !choices.removeGroupClaim) return current;
  return groupMembershipClaimsValue(answers);
}

const USER_ATTRIBUTE_IDS_ARE_LOWER_CASE = (id: string) => id.toLowerCase();

/** Instance annotations of the answer, not properties of the policy: not sent back. */
const READ_ONLY_ANNOTATIONS = /^@odata\.(context|etag|id|editLink|readLink)$/;

/**
 * The customClaimsPolicy PUT body (beta) that adds our claim to `existing`, the policy exactly as
 * Graph returned it (null when there is none). PUT replaces the whole policy, so everything in it is
 * sent back as read, in its order (audienceOverride, groupFilter, claims with transformations or
 * valueBasedAttribute sources, a NameID claim, properties this code does not know), except:
 * - the claim with our claim's name, replaced in place (or ours appended): the one claim we own;
 * - includeApplicationIdInIssuer, always false: the beta PUT page gives its default as true when the
 *   app signs with a custom key, which would move the SAML issuer away from the "Microsoft Entra
 *   Identifier" our summary tells the admin to enter (docs/graph/claims-policy.md#claims-policy);
 * - includeBasicClaimSet: true for a new or empty policy (its default, false, would drop the basic
 *   claims); a policy with claims keeps the value it has (docs/decisions/011-ambiguous-answers.md).
 */
export function claimsPolicyBody(claim: Extract<IdentityClaim, { kind: 'custom' }>, existing: RawClaimsPolicy | null = null): RawClaimsPolicy {
  const ours = customClaim(claim.name, USER_ATTRIBUTE_IDS_ARE_LOWER_CASE(claim.sourceAttribute));
  const claims = Array.isArray(existing?.claims) ? (existing.claims as unknown[]) : [];
  const at = claims.findIndex((c) => typeof c === 'object' && c !== null && (c as { name?: unknown }).name === claim.name);
  const merged = at === -1 ? [...claims, ours] : claims.map((c, i) => (i === at ? ours : c));
  const kept = Object.fromEntries(Object.entries(existing ?? {}).filter(([key]) => !READ_ONLY_ANNOTATIONS.test(key)));
  const basic = typeof existing?.includeBasicClaimSet === 'boolean' && claims.length > 0 ? existing.includeBasicClaimSet : true;
  // Spread order keeps every key where it was; keys new to the policy come last.
  return { ...kept, includeBasicClaimSet: basic, includeApplicationIdInIssuer: false, claims: merged };
}

function customClaim(name: string, attributeId: string) {
  return {
    '@odata.type': '#microsoft.graph.customClaim',
    name,
    namespace: null,
    tokenFormat: ['saml'],
    samlAttributeNameFormat: null,
    configurations: [
      {
        condition: null,
        transformations: [],
        attribute: { '@odata.type': '#microsoft.graph.sourcedAttribute', id: attributeId, source: 'user', isExtensionAttribute: false },
      },
    ],
  };
}

/**
 * Names from the directory go inside Unicode isolates (FSI … PDI, the text form of <bdi>), so a
 * right-to-left override in a display name cannot reorder the words around it.
 */
export function isolate(name: string): string {
  return `\u2068${name}\u2069`;
}

export function signingCertificateSubject(commonName: string): string {
  return `CN=${commonName}`;
}

export function groupMembershipClaimsValue(answers: Answers): string | null {
  return answers.groupClaim.kind === 'none' ? null : answers.groupClaim.groups;
}

/**
 * `certificateEndDateTime` is computed by the caller (it depends on "now"), so the plan stays pure.
 * `existing` comes from inspectTenant; when it is null a new app is instantiated. `now`, when given,
 * also renews an active certificate that ends within SIGNING_CERTIFICATE_RENEWAL_DAYS.
 */
export function buildPlan(
  answers: Answers,
  existing: ObservedApp | null,
  certificateEndDateTime: string,
  now?: Date,
  choices: ReviewChoices = KEEP_EVERYTHING,
): Plan {
  const operations: PlannedOperation[] = [];
  const ids = {
    app: existing?.applicationId ?? '{applicationId}',
    sp: existing?.servicePrincipalId ?? '{servicePrincipalId}',
  };
  const identifier = eucIdentifier(answers.region);
  const replyUrl = eucReplyUrl(answers.region, answers.cmpId);
  const groupClaims = groupMembershipClaimsAfter(answers, existing, choices);

  // Writes that depend on SAML mode wait for it; when it is already set they start at once.
  let ready: string[] = [];
  if (!existing) {
    operations.push({
      id: 'instantiate',
      kind: 'instantiate',
      titleKey: 'instantiate',
      titleValues: { name: isolate(answers.appName) },
      method: 'POST',
      version: 'v1.0',
      path: `/applicationTemplates/${NON_GALLERY_TEMPLATE_ID}/instantiate`,
      body: { displayName: answers.appName },
      dependsOn: [],
      scopes: APPLICATION_WRITE_SCOPES,
    });
    operations.push({
      id: 'confirm-readable',
      kind: 'confirmReadable',
      titleKey: 'confirmReadable',
      method: 'GET',
      version: 'v1.0',
      path: `/servicePrincipals/${ids.sp}`,
      dependsOn: ['instantiate'],
      scopes: APPLICATION_WRITE_SCOPES,
    });
    ready = ['confirm-readable'];
  }

  if (existing?.preferredSingleSignOnMode !== 'saml') {
    // Must precede the identifier: the identifier-URI policy exempts SAML apps only once this
    // mode is set (docs/graph/call-order.md#saml-mode; docs/decisions/003-saml-mode-before-identifier.md).
    operations.push({
      id: 'saml-mode',
      kind: 'setSamlMode',
      titleKey: 'samlMode',
      method: 'PATCH',
      version: 'v1.0',
      path: `/servicePrincipals/${ids.sp}`,
      body: { preferredSingleSignOnMode: 'saml' },
      dependsOn: ready,
      scopes: APPLICATION_WRITE_SCOPES,
    });
    ready = ['saml-mode'];
  }

  const urlsDiffer =
    !existing ||
    existing.identifierUris.length !== 1 ||
    existing.identifierUris[0] !== identifier ||
    existing.redirectUris.length !== 1 ||
    existing.redirectUris[0] !== replyUrl;
  const groupClaimsDiffer = currentGroupMembershipClaims(existing) !== groupClaims;
  if (urlsDiffer || groupClaimsDiffer) {
    const body: Record<string, unknown> = {};
    if (urlsDiffer) Object.assign(body, { identifierUris: [identifier], web: { redirectUris: [replyUrl] } });
    if (groupClaimsDiffer) body.groupMembershipClaims = groupClaims ?? 'None';
    operations.push({
      id: 'application-urls',
      kind: 'setApplicationUrls',
      titleKey: groupClaimsDiffer && urlsDiffer ? 'urlsAndGroupClaim' : urlsDiffer ? 'urls' : 'groupClaim',
      method: 'PATCH',
      version: 'v1.0',
      path: `/applications/${ids.app}`,
      body,
      dependsOn: ready,
      scopes: APPLICATION_WRITE_SCOPES,
    });
  }

  const alreadyAssigned = new Set(existing?.assignedPrincipalIds ?? []);
  for (const principal of answers.principals) {
    if (alreadyAssigned.has(principal.id)) continue;
    operations.push({
      id: `assign:${principal.id}`,
      kind: 'assignPrincipal',
      principalId: principal.id,
      titleKey: principal.kind === 'user' ? 'assignUser' : 'assignGroup',
      titleValues: { name: isolate(principal.displayName) },
      method: 'POST',
      version: 'v1.0',
      path: `/servicePrincipals/${ids.sp}/appRoleAssignedTo`,
      body: { principalId: principal.id, resourceId: ids.sp, appRoleId: existing?.userRoleId ?? '{userRoleId}' },
      dependsOn: ready,
      scopes: ASSIGNMENT_SCOPES,
    });
  }

  const claim = answers.identityClaim;
  if (claim.kind === 'custom') {
    const present = existing?.customClaims?.find((c) => c.name === claim.name);
    if (!present || present.sourceAttribute !== claim.sourceAttribute.toLowerCase()) {
      const before = existing?.claimsPolicy ?? null;
      const after = claimsPolicyBody(claim, before);
      operations.push({
        id: 'claims-policy',
        kind: 'putClaimsPolicy',
        claim,
        titleKey: 'claimsPolicy',
        titleValues: { name: claim.name, source: claim.sourceAttribute },
        method: 'PUT',
        version: 'beta',
        path: `/servicePrincipals/${ids.sp}/claimsPolicy`,
        body: after,
        before,
        after,
        dependsOn: ready,
        scopes: CLAIMS_POLICY_SCOPES,
      });
    }
  }

  if (!existing || signingCertificateNeedsRenewal(existing, now)) {
    // Added next to the old one and activated; the plan never deletes the old certificate: it stays
    // (inactive) until the admin has put the new one on the Trend Micro console and removes it.
    operations.push({
      id: 'add-certificate',
      kind: 'addSigningCertificate',
      titleKey: 'addCertificate',
      method: 'POST',
      version: 'v1.0',
      path: `/servicePrincipals/${ids.sp}/addTokenSigningCertificate`,
      body: { displayName: signingCertificateSubject(answers.certificate.commonName), endDateTime: certificateEndDateTime },
      dependsOn: ready,
      scopes: APPLICATION_WRITE_SCOPES,
    });
    operations.push({
      id: 'activate-certificate',
      kind: 'activateSigningCertificate',
      titleKey: 'activateCertificate',
      method: 'PATCH',
      version: 'v1.0',
      path: `/servicePrincipals/${ids.sp}`,
      body: { preferredTokenSigningKeyThumbprint: '{thumbprint}' },
      dependsOn: ['add-certificate'],
      scopes: APPLICATION_WRITE_SCOPES,
    });
  }

  const emails = notificationEmailsAfter(answers, existing, choices);
  const emailsDiffer =
    !existing ||
    existing.notificationEmailAddresses.length !== emails.length ||
    existing.notificationEmailAddresses.some((address, i) => !sameAddress(address, emails[i] ?? ''));
  if (emailsDiffer) {
    operations.push({
      id: 'notification-emails',
      kind: 'setNotificationEmails',
      titleKey: 'notificationEmails',
      method: 'PATCH',
      version: 'v1.0',
      path: `/servicePrincipals/${ids.sp}`,
      body: { notificationEmailAddresses: [...emails] },
      dependsOn: ready,
      scopes: APPLICATION_WRITE_SCOPES,
    });
  }

  if (existing && choices.renameApp && existing.displayName !== answers.appName) {
    // The portal shows the service principal's name (Enterprise applications) and the
    // application's (App registrations); they are separate properties, so both are renamed. Each
    // rides in a PATCH already planned for that object where there is one.
    renameIn(operations, answers.appName, ['urls', 'groupClaim', 'urlsAndGroupClaim'], {
      id: 'rename-application',
      titleKey: 'renameApplication',
      path: `/applications/${ids.app}`,
    });
    renameIn(operations, answers.appName, ['samlMode', 'notificationEmails', 'activateCertificate'], {
      id: 'rename-service-principal',
      titleKey: 'renameServicePrincipal',
      path: `/servicePrincipals/${ids.sp}`,
    });
  }
  onePatchAtATime(operations);

  // The plan never depends on operations that were skipped because the tenant already matches.
  const planned = new Set(operations.map((op) => op.id));
  for (const op of operations) op.dependsOn = op.dependsOn.filter((id) => planned.has(id));

  const manualSteps: ManualStep[] = answers.groupClaim.kind === 'custom-name' ? [{ kind: 'renameGroupClaim', claimName: answers.groupClaim.name }] : [];
  return { operations, existing, manualSteps };
}

/** The PATCHes a rename can ride in, by their title, and the title each then takes (plan-messages: `<key>AndRename`). */
type RenameCarrierTitle = 'urls' | 'groupClaim' | 'urlsAndGroupClaim' | 'samlMode' | 'notificationEmails' | 'activateCertificate';
const WITH_RENAME: Record<RenameCarrierTitle, PlanTitleKey> = {
  urls: 'urlsAndRename',
  groupClaim: 'groupClaimAndRename',
  urlsAndGroupClaim: 'urlsAndGroupClaimAndRename',
  samlMode: 'samlModeAndRename',
  notificationEmails: 'notificationEmailsAndRename',
  activateCertificate: 'activateCertificateAndRename',
};

/**
 * Adds `displayName` to the first planned PATCH titled one of `carriers` (in that order),
 * retitled to say so; when none is planned, plans the rename as a PATCH of its own.
 */
function renameIn(
  operations: PlannedOperation[],
  name: string,
  carriers: readonly RenameCarrierTitle[],
  alone: { id: string; titleKey: PlanTitleKey; path: string },
): void {
  for (const carrierTitle of carriers) {
    const at = operations.findIndex((op) => op.titleKey === carrierTitle);
    const carrier = operations[at];
    if (!carrier) continue;
    operations[at] = {
      ...carrier,
      titleKey: WITH_RENAME[carrierTitle],
      titleValues: { ...carrier.titleValues, name: isolate(name) },
      body: { ...carrier.body, displayName: name },
    };
    return;
  }
  operations.push({
    ...alone,
    kind: 'setDisplayName',
    titleValues: { name: isolate(name) },
    method: 'PATCH',
    version: 'v1.0',
    body: { displayName: name },
    dependsOn: [],
    scopes: APPLICATION_WRITE_SCOPES,
  });
}

/**
 * A later PATCH on one object waits for the earlier one: two writes at once on one object may race
 * (409 Directory_ConcurrencyViolation, docs/graph/errors.md). "Later" is plan order, except that
 * activation, which waits for the new certificate anyway, goes after the other PATCHes on its
 * object, so they do not wait for the certificate too.
 */
function onePatchAtATime(operations: PlannedOperation[]): void {
  const patches = operations
    .filter((op) => op.method === 'PATCH')
    .sort((a, b) => Number(a.kind === 'activateSigningCertificate') - Number(b.kind === 'activateSigningCertificate'));
  const lastOn = new Map<string, string>();
  for (const op of patches) {
    const earlier = lastOn.get(op.path);
    if (earlier !== undefined && !op.dependsOn.includes(earlier)) op.dependsOn = [...op.dependsOn, earlier];
    lastOn.set(op.path, op.id);
  }
}

/** The name an existing app is renamed to by `plan` (in whichever PATCH carries it), or null. */
export function plannedRename(plan: Plan): string | null {
  if (!plan.existing) return null;
  for (const op of plan.operations) {
    const name = op.method === 'PATCH' ? op.body?.displayName : undefined;
    if (typeof name === 'string') return name;
  }
  return null;
}

/** Longest chain of dependent operations: the floor for sequential round trips. */
export function planDepth(plan: Plan): number {
  const byId = new Map(plan.operations.map((op) => [op.id, op]));
  const memo = new Map<string, number>();
  const depth = (id: string): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const op = byId.get(id);
    const value = 1 + Math.max(0, ...(op?.dependsOn ?? []).map(depth));
    memo.set(id, value);
    return value;
  };
  return Math.max(0, ...plan.operations.map((op) => depth(op.id)));
}
