// The words of the check's findings (src/setup/check.ts), as functions of the values each sentence
// needs. The sentences themselves are catalogue entries (`check.findings.*`: English in
// check-findings.en.ts, Japanese in src/check/messages.ja.ts); this module only says which entry and
// which values, so English lives in one place. The page passes functions backed by i18next
// (src/check/finding-messages.ts); `findingMessages` renders the English catalogue, for the JSON
// report, logs and tests.
import { checkFindingsEn } from './check-findings.en';
import { englishText, type MessageValues } from './english-text';
import { regionInfo } from './regions';
import type { Region } from './types';

type Say = () => string;

export interface FindingMessages {
  /** A region as the findings name it (the region step's wording). */
  regionName: (values: { region: Region }) => string;

  samlModeTitle: Say;
  identifierTitle: Say;
  replyUrlTitle: Say;
  assignmentsTitle: Say;
  identityClaimTitle: Say;
  groupClaimTitle: Say;
  signingCertificateTitle: Say;
  notificationEmailsTitle: Say;

  samlModeSet: Say;
  samlModeUnset: Say;
  samlModeOther: (values: { mode: string }) => string;

  urlExact: (values: { region: string }) => string;
  identifierMissing: Say;
  replyUrlMissing: Say;
  /** `count` is every value found; the sentence counts the others. */
  urlAmongOthers: (values: { count: number }) => string;
  hostDiffers: (values: { actualHost: string; actualRegion: string | null; expectedHost: string; expectedRegion: string }) => string;
  schemeDiffers: (values: { actual: string }) => string;
  pathDiffers: (values: { actual: string; expected: string }) => string;
  cmpIdMissing: Say;
  cmpIdDiffers: (values: { actual: string; expected: string }) => string;
  cmpIdSame: Say;
  queryDiffers: Say;
  spellingDiffers: Say;
  notAUrl: (values: { actual: string }) => string;
  cmpIdUnknown: Say;
  cmpIdPlaceholder: Say;

  assignedRequired: (values: { count: number }) => string;
  noneAssignedRequired: Say;
  assignmentNotRequired: (values: { count: number }) => string;
  assignmentNotRequiredFix: Say;
  assignmentsActual: (values: { count: number; required: boolean }) => string;
  assignmentsExpected: Say;

  defaultEmailClaim: Say;
  defaultEmailClaimFromOther: (values: { source: string }) => string;
  basicClaimsLeftOut: Say;
  basicClaimsFix: Say;
  defaultEmailClaimSourceFix: Say;
  customClaimPresent: (values: { name: string; source: string }) => string;
  customClaimWrongSource: (values: { name: string; actual: string; expected: string }) => string;
  customClaimMissing: (values: { name: string }) => string;
  customClaimNameDiffers: (values: { name: string; actual: string }) => string;
  customClaimCaseDiffers: (values: { name: string; actual: string }) => string;
  claimFromSource: (values: { name: string; source: string }) => string;
  claimFromElsewhere: (values: { name: string }) => string;
  noCustomClaims: Say;

  groupClaimNotUsed: Say;
  groupClaimNotUsedExpected: Say;
  groupClaimMissing: Say;
  groupClaimOtherGroups: (values: { actual: string; expected: string }) => string;
  groupClaimNameUnverifiable: (values: { groups: string; name: string }) => string;
  groupClaimExpectedNamed: (values: { groups: string; name: string }) => string;
  groupClaimNameFix: (values: { name: string }) => string;
  groupsNone: Say;
  groupsSecurity: Say;
  groupsApplication: Say;

  certificateNoneActive: Say;
  certificateThumbprintUnknown: (values: { thumbprint: string }) => string;
  certificateExpired: (values: { date: string; days: number }) => string;
  certificateExpiresSoon: (values: { date: string; days: number }) => string;
  certificateValid: (values: { date: string; days: number }) => string;
  certificateExpected: (values: { days: number }) => string;
  certificateActual: (values: { thumbprint: string; date: string | null }) => string;
  certificateActualNone: Say;

  notificationEmailsPresent: (values: { addresses: string }) => string;
  notificationEmailsMissing: Say;
  notificationEmailsExpected: Say;
  none: Say;

  reportHeading: (values: { app: string }) => string;
  reportCheckedAt: (values: { at: string; tenantId: string }) => string;
  reportAppIds: (values: { appId: string; applicationId: string }) => string;
  reportExpected: (values: { region: string; cmpId: string | null }) => string;
  reportCounts: (values: { pass: number; confirm: number; warning: number; fail: number }) => string;
  reportExpectedLine: (values: { value: string }) => string;
  reportActualLine: (values: { value: string }) => string;
  reportFixLine: (values: { steps: string }) => string;
  statusPass: Say;
  statusConfirm: Say;
  statusWarning: Say;
  statusFail: Say;
}

export type FindingMessageKey = keyof FindingMessages;

/** Every key of `check.findings` a finding message can render (the catalogue test holds both catalogues to it). */
type FindingCatalogueKey = keyof typeof checkFindingsEn extends infer K ? (K extends `${infer Base}_${'one' | 'other'}` ? Base : K) : never;

export interface FindingWords {
  /** A `check.findings` entry with its values, in the page's language. */
  say: (key: FindingCatalogueKey, values?: MessageValues) => string;
  regionName: (region: Region) => string;
  /** How an ISO date (YYYY-MM-DD) reads. */
  date: (iso: string) => string;
}

/** Which catalogue entry each finding message is, and with which values. */
export function findingMessagesFrom({ say, regionName, date }: FindingWords): FindingMessages {
  const plain = (key: FindingCatalogueKey) => (values?: MessageValues) => say(key, values);
  const warnings = (count: number) => say('reportWarnings', { count });
  return {
    regionName: ({ region }) => regionName(region),
    samlModeTitle: plain('samlModeTitle'),
    identifierTitle: plain('identifierTitle'),
    replyUrlTitle: plain('replyUrlTitle'),
    assignmentsTitle: plain('assignmentsTitle'),
    identityClaimTitle: plain('identityClaimTitle'),
    groupClaimTitle: plain('groupClaimTitle'),
    signingCertificateTitle: plain('signingCertificateTitle'),
    notificationEmailsTitle: plain('notificationEmailsTitle'),
    samlModeSet: plain('samlModeSet'),
    samlModeUnset: plain('samlModeUnset'),
    samlModeOther: plain('samlModeOther'),
    urlExact: plain('urlExact'),
    identifierMissing: plain('identifierMissing'),
    replyUrlMissing: plain('replyUrlMissing'),
    urlAmongOthers: ({ count }) => say('urlAmongOthers', { count: count - 1 }),
    hostDiffers: (values) => say(values.actualRegion ? 'hostDiffers' : 'hostDiffersOutsideRegions', values),
    schemeDiffers: plain('schemeDiffers'),
    pathDiffers: plain('pathDiffers'),
    cmpIdMissing: plain('cmpIdMissing'),
    cmpIdDiffers: plain('cmpIdDiffers'),
    cmpIdSame: plain('cmpIdSame'),
    queryDiffers: plain('queryDiffers'),
    spellingDiffers: plain('spellingDiffers'),
    notAUrl: plain('notAUrl'),
    cmpIdUnknown: plain('cmpIdUnknown'),
    cmpIdPlaceholder: plain('cmpIdPlaceholder'),
    assignedRequired: plain('assignedRequired'),
    noneAssignedRequired: plain('noneAssignedRequired'),
    assignmentNotRequired: plain('assignmentNotRequired'),
    assignmentNotRequiredFix: plain('assignmentNotRequiredFix'),
    assignmentsActual: ({ count, required }) => say(required ? 'assignmentsActualRequired' : 'assignmentsActualNotRequired', { count }),
    assignmentsExpected: plain('assignmentsExpected'),
    defaultEmailClaim: plain('defaultEmailClaim'),
    defaultEmailClaimFromOther: plain('defaultEmailClaimFromOther'),
    basicClaimsLeftOut: plain('basicClaimsLeftOut'),
    basicClaimsFix: plain('basicClaimsFix'),
    defaultEmailClaimSourceFix: plain('defaultEmailClaimSourceFix'),
    customClaimPresent: plain('customClaimPresent'),
    customClaimWrongSource: plain('customClaimWrongSource'),
    customClaimMissing: plain('customClaimMissing'),
    customClaimNameDiffers: plain('customClaimNameDiffers'),
    customClaimCaseDiffers: plain('customClaimCaseDiffers'),
    claimFromSource: plain('claimFromSource'),
    claimFromElsewhere: plain('claimFromElsewhere'),
    noCustomClaims: plain('noCustomClaims'),
    groupClaimNotUsed: plain('groupClaimNotUsed'),
    groupClaimNotUsedExpected: plain('groupClaimNotUsedExpected'),
    groupClaimMissing: plain('groupClaimMissing'),
    groupClaimOtherGroups: plain('groupClaimOtherGroups'),
    groupClaimNameUnverifiable: plain('groupClaimNameUnverifiable'),
    groupClaimExpectedNamed: plain('groupClaimExpectedNamed'),
    groupClaimNameFix: plain('groupClaimNameFix'),
    groupsNone: plain('groupsNone'),
    groupsSecurity: plain('groupsSecurity'),
    groupsApplication: plain('groupsApplication'),
    certificateNoneActive: plain('certificateNoneActive'),
    certificateThumbprintUnknown: plain('certificateThumbprintUnknown'),
    certificateExpired: ({ date: iso, days }) => say('certificateExpired', { date: date(iso), count: days }),
    certificateExpiresSoon: ({ date: iso, days }) => say('certificateExpiresSoon', { date: date(iso), count: days }),
    certificateValid: ({ date: iso, days }) => say('certificateValid', { date: date(iso), count: days }),
    certificateExpected: plain('certificateExpected'),
    certificateActual: ({ thumbprint, date: iso }) =>
      iso ? say('certificateActual', { thumbprint, date: date(iso) }) : say('certificateActualUnknown', { thumbprint }),
    certificateActualNone: plain('certificateActualNone'),
    notificationEmailsPresent: plain('notificationEmailsPresent'),
    notificationEmailsMissing: plain('notificationEmailsMissing'),
    notificationEmailsExpected: plain('notificationEmailsExpected'),
    none: plain('none'),
    reportHeading: plain('reportHeading'),
    reportCheckedAt: plain('reportCheckedAt'),
    reportAppIds: plain('reportAppIds'),
    reportExpected: ({ region, cmpId }) => (cmpId === null ? say('reportExpectedNoCmpId', { region }) : say('reportExpected', { region, cmpId })),
    reportCounts: ({ pass, confirm, warning, fail }) =>
      say(confirm > 0 ? 'reportCountsConfirm' : 'reportCounts', { pass, confirm, fail, warnings: warnings(warning) }),
    reportExpectedLine: plain('reportExpectedLine'),
    reportActualLine: plain('reportActualLine'),
    reportFixLine: plain('reportFixLine'),
    statusPass: plain('statusPass'),
    statusConfirm: plain('statusConfirm'),
    statusWarning: plain('statusWarning'),
    statusFail: plain('statusFail'),
  };
}

/** The findings in English, from the English catalogue: the JSON report, logs and tests. */
export const findingMessages: FindingMessages = findingMessagesFrom({
  say: (key, values) => englishText(checkFindingsEn, key, values),
  regionName: (region) => regionInfo(region).label,
  date: (iso) => iso,
});
