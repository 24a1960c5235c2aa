// English texts of the check's findings (src/setup/check.ts). Keys are what translators will see
// once the translation layer exists; each function takes the values its sentence needs. A reason
// is one line: what was found, and, when it is wrong, what differs.
import { regionInfo } from './regions';
import type { Region } from './types';

export const findingMessages = {
  /** A region as the findings name it (the seed's wording, regions.ts). */
  regionName: ({ region }: { region: Region }) => regionInfo(region).label,

  // titles
  samlModeTitle: () => 'Single sign-on mode is SAML',
  identifierTitle: () => 'Identifier (Entity ID)',
  replyUrlTitle: () => 'Reply URL (Assertion Consumer Service URL)',
  assignmentsTitle: () => 'Users and groups assigned',
  identityClaimTitle: () => 'Identity claim',
  groupClaimTitle: () => 'Group claim',
  signingCertificateTitle: () => 'Active signing certificate',
  notificationEmailsTitle: () => 'Certificate expiry notifications',

  // SAML mode
  samlModeSet: () => 'The service principal signs users in with SAML.',
  samlModeUnset: () => 'No single sign-on mode is set, so Entra sends no SAML response to the End User Console.',
  samlModeOther: ({ mode }: { mode: string }) => `The single sign-on mode is "${mode}", not SAML.`,

  // URLs
  urlExact: ({ region }: { region: string }) => `Exactly what ${region} needs.`,
  identifierMissing: () => 'No identifier is set.',
  replyUrlMissing: () => 'No reply URL is set.',
  urlAmongOthers: ({ count }: { count: number }) =>
    `The right value is there, but with ${count - 1} other${count === 2 ? '' : 's'}: a SAML app needs exactly one.`,
  hostDiffers: ({
    actualHost,
    actualRegion,
    expectedHost,
    expectedRegion,
  }: {
    actualHost: string;
    actualRegion: string | null;
    expectedHost: string;
    expectedRegion: string;
  }) => `The host is ${actualHost}${actualRegion ? ` (${actualRegion})` : ''}, not ${expectedHost} (${expectedRegion}).`,
  schemeDiffers: ({ actual }: { actual: string }) => `It starts with ${actual}//, not https://.`,
  pathDiffers: ({ actual, expected }: { actual: string; expected: string }) => `The path is ${actual}, not ${expected}.`,
  cmpIdMissing: () => 'The cmpID is missing.',
  cmpIdDiffers: ({ actual, expected }: { actual: string; expected: string }) => `The cmpID is "${actual}", not "${expected}".`,
  cmpIdSame: () => 'The cmpID is right.',
  queryDiffers: () => 'It has more after the address than ?cmpID=….',
  spellingDiffers: () => 'It differs in letter case or encoding, which Entra and Trend Micro compare exactly.',
  notAUrl: ({ actual }: { actual: string }) => `"${actual}" is not a web address.`,
  cmpIdUnknown: () => 'The reply URL has no cmpID and the unique identifier was not given: enter the one from the Trend Micro console to check it.',
  cmpIdPlaceholder: () => '<unique identifier>',

  // assignments
  assignedRequired: ({ count }: { count: number }) =>
    `${count} user${count === 1 ? '' : 's'} or group${count === 1 ? '' : 's'} assigned; only they can sign in.`,
  noneAssignedRequired: () => 'Assignment is required and nobody is assigned, so nobody can sign in.',
  assignmentNotRequired: ({ count }: { count: number }) => `Assignment is not required, so every user in the tenant can sign in (${count} assigned).`,
  assignmentNotRequiredFix: () => 'Entra admin center → Enterprise applications → the app → Properties → "Assignment required?" → Yes → Save.',
  assignmentsActual: ({ count, required }: { count: number; required: boolean }) => `${count} assigned; assignment ${required ? 'required' : 'not required'}`,
  assignmentsExpected: () => 'at least one user or group; assignment required',

  // identity claim
  defaultEmailClaim: () => "Entra's default claims send the e-mail address (user.mail).",
  defaultEmailClaimFromOther: ({ source }: { source: string }) => `The e-mail address claim comes from user.${source}, not user.mail.`,
  basicClaimsLeftOut: () => "The claims policy leaves out Entra's basic claims, so no e-mail address claim is sent.",
  basicClaimsFix: () => 'Entra admin center → the app → Single sign-on → Attributes & Claims → add the claim emailaddress with source attribute user.mail.',
  defaultEmailClaimSourceFix: () => 'Entra admin center → the app → Single sign-on → Attributes & Claims → emailaddress → source attribute user.mail → Save.',
  customClaimPresent: ({ name, source }: { name: string; source: string }) => `The claim "${name}" comes from user.${source}.`,
  customClaimWrongSource: ({ name, actual, expected }: { name: string; actual: string; expected: string }) =>
    `The claim "${name}" comes from ${actual}, not user.${expected}.`,
  customClaimMissing: ({ name }: { name: string }) => `No claim is named "${name}".`,
  customClaimNameDiffers: ({ name, actual }: { name: string; actual: string }) => `No claim is named "${name}"; the app sends "${actual}" instead.`,
  customClaimCaseDiffers: ({ name, actual }: { name: string; actual: string }) =>
    `The claim is named "${actual}", not "${name}": claim names must match exactly.`,
  claimFromSource: ({ name, source }: { name: string; source: string }) => `${name} from user.${source}`,
  claimFromElsewhere: ({ name }: { name: string }) => `${name} (not from a user attribute)`,
  noCustomClaims: () => 'no custom claims',

  // group claim
  groupClaimNotUsed: () => 'The Trend Micro profile uses no group claim, so this is not checked.',
  groupClaimNotUsedExpected: () => 'not used',
  groupClaimMissing: () => 'No group claim is sent, but the Trend Micro profile expects one.',
  groupClaimOtherGroups: ({ actual, expected }: { actual: string; expected: string }) => `Group IDs are sent for ${actual}, not ${expected}.`,
  groupClaimNameUnverifiable: ({ groups, name }: { groups: string; name: string }) =>
    `Group IDs are sent (${groups}); Microsoft Graph cannot read the claim's name: confirm it is "${name}" under Attributes & Claims.`,
  groupClaimExpectedNamed: ({ groups, name }: { groups: string; name: string }) => `${groups}, named ${name}`,
  groupClaimNameFix: ({ name }: { name: string }) =>
    `Entra admin center → the app → Single sign-on → Attributes & Claims → the groups claim must be named ${name} (Edit → Advanced options → "Customize the name of the group claim").`,
  groupsNone: () => 'none',
  groupsSecurity: () => 'security groups',
  groupsApplication: () => 'groups assigned to the application',

  // signing certificate
  certificateNoneActive: () => 'No certificate is active: the app has no preferred signing thumbprint.',
  certificateThumbprintUnknown: ({ thumbprint }: { thumbprint: string }) => `The active thumbprint ${thumbprint} matches none of the app's certificates.`,
  certificateExpired: ({ date, days }: { date: string; days: number }) =>
    `Expired on ${date}, ${days} day${days === 1 ? '' : 's'} ago: Entra signs with a certificate the console cannot accept.`,
  certificateExpiresSoon: ({ date, days }: { date: string; days: number }) =>
    `Expires on ${date}, in ${days} day${days === 1 ? '' : 's'}: renew it and give the Trend Micro console the new one.`,
  certificateValid: ({ date, days }: { date: string; days: number }) => `Active until ${date} (${days} days).`,
  certificateExpected: ({ days }: { days: number }) => `an active certificate valid for more than ${days} days`,
  certificateActual: ({ thumbprint, date }: { thumbprint: string; date: string | null }) =>
    date ? `${thumbprint}, ends ${date}` : `${thumbprint}, no such certificate`,
  certificateActualNone: () => 'none active',

  // notification addresses
  notificationEmailsPresent: ({ addresses }: { addresses: string }) => `Expiry notices go to ${addresses}.`,
  notificationEmailsMissing: () => "Nobody gets Entra's expiry notices (60, 30 and 7 days before the certificate ends).",
  notificationEmailsExpected: () => 'at least one address',
  none: () => '(none)',

  /** Same words as the setup plan's own title for this operation (plan.ts). */

  // the report as text
  reportHeading: ({ app }: { app: string }) => `Trend Micro EUC single sign-on check: ${app}`,
  reportCheckedAt: ({ at, tenantId }: { at: string; tenantId: string }) => `Checked ${at} in tenant ${tenantId}`,
  reportAppIds: ({ appId, applicationId }: { appId: string; applicationId: string }) => `Application (client) ID ${appId}, object ID ${applicationId}`,
  reportExpected: ({ region, cmpId }: { region: string; cmpId: string | null }) =>
    `Compared with: region ${region}, unique identifier ${cmpId ?? '(not given)'}`,
  reportCounts: ({ pass, confirm, warning, fail }: { pass: number; confirm: number; warning: number; fail: number }) =>
    `${pass} passed, ${confirm > 0 ? `${confirm} to confirm in the portal, ` : ''}${warning} warning${warning === 1 ? '' : 's'}, ${fail} failed`,
  reportExpectedLine: ({ value }: { value: string }) => `  expected: ${value}`,
  reportActualLine: ({ value }: { value: string }) => `  actual:   ${value}`,
  reportFixLine: ({ steps }: { steps: string }) => `  fix by hand: ${steps}`,
  statusPass: () => 'PASS',
  statusConfirm: () => 'CONFIRM IN THE PORTAL',
  statusWarning: () => 'WARNING',
  statusFail: () => 'FAIL',
} as const;

export type FindingMessageKey = keyof typeof findingMessages;

/**
 * The findings' words: English here; the page passes the same functions backed by the translation
 * layer (src/check/finding-messages.ts), so the pure check words its findings in the admin's language.
 */
export type FindingMessages = { [K in FindingMessageKey]: (typeof findingMessages)[K] };
