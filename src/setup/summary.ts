// What the admin copies at the end: every value the Trend Micro SSO profile must repeat exactly
// (graph-saml.md §2). Built here rather than read from Graph: `samlMetadataUrl` is often empty.

import { groupClaimName, identityClaimName } from './claims';
import { eucIdentifier, eucReplyUrl } from './regions';
import type { Answers } from './types';

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
  /** Stable id; also the translation key for the label. */
  id: SummaryValueId;
  /** English label, worded as in the Entra admin center where it has one there (the page shows summary.labels.<id>). */
  label: string;
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

export function summaryValues(input: {
  tenantId: string;
  appId: string;
  answers: Answers;
  certificate?: IssuedSigningCertificate;
}): SummaryValue[] {
  const { tenantId, appId, answers, certificate } = input;
  assertGuid('tenantId', tenantId);
  assertGuid('appId', appId);
  const saml2Endpoint = `https://login.microsoftonline.com/${tenantId}/saml2`;
  const groupClaim = groupClaimName(answers.groupClaim);

  const values: SummaryValue[] = [
    { id: 'loginUrl', label: 'Login URL', value: saml2Endpoint },
    { id: 'logoutUrl', label: 'Logout URL', value: saml2Endpoint },
    // The trailing slash is part of the issuer Entra puts in every assertion.
    { id: 'entraIdentifier', label: 'Microsoft Entra Identifier', value: `https://sts.windows.net/${tenantId}/` },
    { id: 'identifier', label: 'Identifier (Entity ID)', value: eucIdentifier(answers.region) },
    { id: 'replyUrl', label: 'Reply URL (Assertion Consumer Service URL)', value: eucReplyUrl(answers.region, answers.cmpId) },
    { id: 'cmpId', label: 'Unique identifier', value: answers.cmpId },
    { id: 'identityClaimName', label: 'Identity claim name', value: identityClaimName(answers.identityClaim) },
  ];
  if (groupClaim !== undefined) {
    values.push({
      id: 'groupClaimName',
      label: 'Group claim name',
      value: groupClaim,
      // Renaming the group claim has no documented Graph route (graph-saml.md §1.7, UNCONFIRMED).
      ...(answers.groupClaim.kind === 'custom-name' ? { needsPortalStep: true as const } : {}),
    });
  }
  values.push({
    id: 'federationMetadataUrl',
    label: 'App Federation Metadata Url',
    value: `https://login.microsoftonline.com/${tenantId}/federationmetadata/2007-06/federationmetadata.xml?appid=${appId}`,
  });
  if (certificate !== undefined) {
    values.push(
      { id: 'certificateThumbprint', label: 'Certificate thumbprint', value: certificate.thumbprint },
      { id: 'certificateExpiry', label: 'Certificate expiry', value: certificate.endDateTime },
    );
  }
  return values;
}

function englishLine({ label, value, needsPortalStep }: SummaryValue): string {
  return needsPortalStep ? `${label}: ${value} (set this name in the Entra admin center)` : `${label}: ${value}`;
}

/** "Copy all": one `label: value` line each, in the summary's order (the page passes its language's `line`). */
export function summaryAsText(values: readonly SummaryValue[], line: (value: SummaryValue) => string = englishLine): string {
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
