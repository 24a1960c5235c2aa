// What the admin copies at the end: every value the Trend Micro SSO profile must repeat exactly
// (docs/graph/summary-values.md#values-the-admin-copies). Built here rather than read from Graph: `samlMetadataUrl` is often empty.

import { groupClaimName, identityClaimName } from './claims';
import { eucIdentifier, eucReplyUrl } from './regions';
import type { Answers } from './types';
import { sha1Thumbprint } from './certificate';
import { groupMembershipClaimsAfter, KEEP_EVERYTHING, type ObservedApp, type ReviewChoices } from './plan';

/**
 * The answers as the tenant holds them after apply. An existing app keeps its group claim when the
 * answer was "no group claim" and the admin did not remove it on the review (plan.ts): the summary
 * then shows the group claim the Trend Micro profile still receives, under Entra's name (Graph
 * cannot read a customised name; the check reports it as one to confirm in the portal).
 */
export function answersAsApplied(answers: Answers, existing: ObservedApp | null, choices: ReviewChoices = KEEP_EVERYTHING): Answers {
  if (answers.groupClaim.kind !== 'none') return answers;
  const kept = groupMembershipClaimsAfter(answers, existing, choices);
  if (kept === null) return answers;
  const groups = kept === 'ApplicationGroup' ? 'ApplicationGroup' : 'SecurityGroup';
  return { ...answers, groupClaim: { kind: 'default-name', groups } };
}

export type SummaryValueId =
  | 'loginUrl'
  | 'logoutUrl'
  | 'entraIdentifier'
  | 'identifier'
  | 'replyUrl'
  | 'cmpId'
  | 'identityClaimName'
  | 'groupClaimName'
  | 'federationMetadataUrl'
  | 'certificateThumbprint'
  | 'certificateExpiry';

export interface SummaryValue {
  /** Stable id; also the key of its label (summary.labels.<id>, src/steps/summary/messages.en.ts). */
  id: SummaryValueId;
  value: string;
  /** The value is right, but the admin still has to set it in the Entra admin center. */
  needsPortalStep?: true;
}

export interface IssuedSigningCertificate {
  thumbprint: string;
  endDateTime: string;
  /** Base64 DER, for the download; not one of the copied values. */
  key: string;
}

/** Tenant ids and app ids are GUIDs; anything else would yield URLs that only fail at sign-in. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function assertGuid(name: string, value: string): void {
  if (!GUID.test(value)) throw new RangeError(`${name} must be a GUID, got ${JSON.stringify(value)}`);
}

export function summaryValues(input: { tenantId: string; appId: string; answers: Answers; certificate?: IssuedSigningCertificate }): SummaryValue[] {
  const { tenantId, appId, answers, certificate } = input;
  assertGuid('tenantId', tenantId);
  assertGuid('appId', appId);
  const saml2Endpoint = `https://login.microsoftonline.com/${tenantId}/saml2`;
  const groupClaim = groupClaimName(answers.groupClaim);

  const values: SummaryValue[] = [
    { id: 'loginUrl', value: saml2Endpoint },
    { id: 'logoutUrl', value: saml2Endpoint },
    // The trailing slash is part of the issuer Entra puts in every assertion.
    { id: 'entraIdentifier', value: `https://sts.windows.net/${tenantId}/` },
    { id: 'identifier', value: eucIdentifier(answers.region) },
    { id: 'replyUrl', value: eucReplyUrl(answers.region, answers.cmpId) },
    { id: 'cmpId', value: answers.cmpId },
    { id: 'identityClaimName', value: identityClaimName(answers.identityClaim) },
  ];
  if (groupClaim !== undefined) {
    values.push({
      id: 'groupClaimName',
      value: groupClaim,
      // Renaming the group claim has no documented Graph route (docs/graph/group-claim.md#group-claim, UNCONFIRMED).
      ...(answers.groupClaim.kind === 'custom-name' ? { needsPortalStep: true as const } : {}),
    });
  }
  values.push({
    id: 'federationMetadataUrl',
    value: `https://login.microsoftonline.com/${tenantId}/federationmetadata/2007-06/federationmetadata.xml?appid=${appId}`,
  });
  if (certificate !== undefined) {
    values.push({ id: 'certificateThumbprint', value: certificate.thumbprint }, { id: 'certificateExpiry', value: certificate.endDateTime });
  }
  return values;
}

/** "Copy all": one line each, in the summary's order, worded by the page's language (`line`). */
export function summaryAsText(values: readonly SummaryValue[], line: (value: SummaryValue) => string): string {
  return values.map(line).join('\n');
}

/**
 * Deep links into the Entra admin center for the enterprise app. These are portal routes (the
 * blade paths the admin center itself navigates to), not an API: Microsoft may change them, so
 * they are only ever offered as links, never relied on. The tenant segment makes the admin center
 * switch to the right directory for admins who belong to several.
 */
export function entraAppLinks(input: { tenantId: string; appId: string; servicePrincipalId: string }): {
  overview: string;
  singleSignOn: string;
} {
  const { tenantId, appId, servicePrincipalId } = input;
  assertGuid('tenantId', tenantId);
  assertGuid('appId', appId);
  assertGuid('servicePrincipalId', servicePrincipalId);
  const blade = `https://entra.microsoft.com/${tenantId}/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~`;
  return {
    overview: `${blade}/Overview/objectId/${servicePrincipalId}/appId/${appId}`,
    singleSignOn: `${blade}/SignOn/objectId/${servicePrincipalId}/appId/${appId}/preferredSingleSignOnMode/saml/servicePrincipalType/Application/fromNav/`,
  };
}

// ---- on every path ------------------------------------------------------------------------------
// A run that issued a certificate has it in its journal; any other run (a re-run that writes
// nothing, a run after Start over, one that only fixed a URL) must read the active certificate and
// the assignments from the service principal, or the summary would send the admin to the portal for
// them (docs/decisions/015-summary-on-every-path.md).

/** A keyCredential as Graph returns it (only the fields the pick reads). */
export interface SigningKeyCredential {
  usage?: string | null;
  /** Base64 DER of the public certificate: returned only for a single object read with $select=keyCredentials. */
  key?: string | null;
  /** The thumbprint's bytes, base64 (Edm.Binary); some tools store the hex text instead. */
  customKeyIdentifier?: string | null;
  endDateTime?: string | null;
}

/**
 * The certificate Entra signs with: the Verify key whose DER's SHA-1 is the preferred thumbprint.
 * Matching on the SHA-1 rather than on customKeyIdentifier (which any client may write) means the
 * download is always the certificate the thumbprint shows. Of two, the one that lasts longest.
 * null when no key qualifies (no preferred thumbprint, keys without DER).
 */
export async function activeSigningCertificate(
  keys: readonly SigningKeyCredential[],
  preferredThumbprint: string | null | undefined,
): Promise<IssuedSigningCertificate | null> {
  if (!preferredThumbprint || !/^[0-9a-f]{40}$/i.test(preferredThumbprint)) return null;
  const thumbprint = preferredThumbprint.toUpperCase();
  const verified: IssuedSigningCertificate[] = [];
  for (const credential of keys) {
    if (credential.usage !== 'Verify' || !credential.key || !credential.endDateTime) continue;
    let sha1: string;
    try {
      sha1 = await sha1Thumbprint(credential.key);
    } catch {
      continue; // not a certificate: nothing to offer
    }
    if (sha1 === thumbprint) verified.push({ thumbprint, endDateTime: credential.endDateTime, key: credential.key });
  }
  return verified.sort((a, b) => Date.parse(b.endDateTime) - Date.parse(a.endDateTime))[0] ?? null;
}

/** A user or group assigned to the app, as the summary lists it (a group claim carries these ids). */
export interface AssignedPrincipal {
  id: string;
  kind: 'user' | 'group';
  displayName: string;
}

/** An appRoleAssignment as Graph returns it (the fields the summary reads). */
export interface AppRoleAssignmentLike {
  principalId?: string | null;
  principalDisplayName?: string | null;
  principalType?: string | null;
}

/** Users and groups from the app's appRoleAssignedTo, each once, groups first, by name. */
export function assignedPrincipalsFrom(assignments: readonly AppRoleAssignmentLike[]): AssignedPrincipal[] {
  const byId = new Map<string, AssignedPrincipal>();
  for (const assignment of assignments) {
    const kind = assignment.principalType === 'Group' ? 'group' : assignment.principalType === 'User' ? 'user' : null;
    if (!kind || !assignment.principalId || byId.has(assignment.principalId)) continue;
    byId.set(assignment.principalId, { id: assignment.principalId, kind, displayName: assignment.principalDisplayName ?? '' });
  }
  return sortPrincipals([...byId.values()]);
}

export function sortPrincipals(principals: readonly AssignedPrincipal[]): AssignedPrincipal[] {
  return [...principals].sort((a, b) => (a.kind === b.kind ? a.displayName.localeCompare(b.displayName) : a.kind === 'group' ? -1 : 1));
}

/** Where each part of the summary comes from on this path. */
export interface SummarySources {
  certificate: 'journal' | 'servicePrincipal';
  principals: 'journal' | 'servicePrincipal';
}

/**
 * The certificate comes from the journal when this run issued it (a first run, or the same run
 * resumed after a reload: the journal survives it); otherwise from the service principal. The
 * assignments come from the journal only when this run created the app (then they are exactly the
 * chosen ones); an app that existed may have others, which the admin needs too.
 */
export function summarySources(input: { certificateInJournal: boolean; createdByThisRun: boolean; principalsInJournal: boolean }): SummarySources {
  return {
    certificate: input.certificateInJournal ? 'journal' : 'servicePrincipal',
    principals: input.createdByThisRun && input.principalsInJournal ? 'journal' : 'servicePrincipal',
  };
}

/**
 * "Configured" only when nothing is left to do in Entra; a custom group claim name is set in the
 * portal (docs/graph/group-claim.md#group-claim), so then the summary says one step is left there.
 */
export function summaryHeadline(answers: Pick<Answers, 'groupClaim'>): { kind: 'configured' } | { kind: 'portalStepLeft'; steps: 1 } {
  return answers.groupClaim.kind === 'custom-name' ? { kind: 'portalStepLeft', steps: 1 } : { kind: 'configured' };
}

/**
 * The app's User access URL (Enterprise applications → the app → Properties): My Apps signs the
 * user in to the app as if they had clicked its tile, which for a SAML app is an IdP-initiated
 * sign-in to the reply URL. The tenant id picks the directory for guests and multi-tenant users.
 */
export function testSignInUrl(input: { tenantId: string; appId: string }): string {
  assertGuid('tenantId', input.tenantId);
  assertGuid('appId', input.appId);
  return `https://launcher.myapps.microsoft.com/api/signin/${input.appId}?tenantId=${input.tenantId}`;
}
