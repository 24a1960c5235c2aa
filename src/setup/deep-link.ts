// Support staff's links: query parameters that preset answers. A preset is a suggestion the admin
// confirms, never trusted input: each value passes the same schema as the form, a bad one is
// dropped with a message naming the parameter, and the rest of the link still applies.
import type { z } from 'zod/mini';
import {
  answerIssueRef,
  appNameSchema,
  claimsStepSchema,
  cmpIdSchema,
  identityClaimNameSchema,
  groupClaimNameSchema,
  notificationEmailsSchema,
} from './answers-schema';
import { regionByCode, REGION_CODES } from './regions';
import { USER_SOURCE_ATTRIBUTES } from './claims';
import type { Answers, GroupClaim, IdentityClaim, Region, UserSourceAttribute } from './types';
import { DEEP_LINK_PARAMETERS, deepLinkQuery, hasDeepLinkParameters, isTenantHint, isTenantId, type DeepLinkParameter } from './deep-link-parameters';
import type { MessageRef } from './message-ref';
import type { deepLinkParserEn } from './deep-link-parser.en';

export { deepLinkQuery, hasDeepLinkParameters, isTenantId, type DeepLinkParameter };

interface DeepLinkProblem {
  parameter: DeepLinkParameter;
  /** What is wrong (deepLink.parser.*, its reason nested: deepLink.parser.*, validation.*). */
  ref: MessageRef;
}

export type PresetAnswers = Partial<Pick<Answers, 'region' | 'appName' | 'cmpId' | 'identityClaim' | 'groupClaim'>> & {
  notificationEmails?: string[];
};

export interface DeepLinkPresets {
  answers: PresetAnswers;
  /** A directory GUID or a verified domain: sign in to that tenant and refuse to apply to another. */
  tenant?: string;
  check?: boolean;
  problems: DeepLinkProblem[];
}

/** Longer values are refused before any rule runs: no legitimate preset is this long. */
const DEEP_LINK_VALUE_MAX_LENGTH = 512;

type ParserCatalogue = typeof deepLinkParserEn;
/** An entry of the parser's catalogue; `ignored.<parameter>` for each parameter. */
type ParserMessageKey = Exclude<keyof ParserCatalogue, 'ignored'> | `ignored.${keyof ParserCatalogue['ignored']}`;

/**
 * A problem of the link: its entry of the parser's catalogue (`deepLink.parser.*`, English in
 * deep-link-parser.en.ts) with its values. A value that is itself a message (an ignored value's
 * reason) is nested as a reference; the page renders it first (src/i18n/translate.ts).
 */
function parserMessage(key: ParserMessageKey, values?: NonNullable<MessageRef['values']>): Reason {
  return { key: `deepLink.parser.${key}`, ...(values ? { values } : {}) };
}

/**
 * Does the signed-in tenant match the link's tenant? A GUID is compared with the ID token's `tid`;
 * a domain with the tenant's verified domains (case-insensitive). `undefined`: a domain hint whose
 * verified domains have not been read yet.
 */
export function tenantMatchesHint(hint: string, tenantId: string, verifiedDomains?: readonly string[]): boolean | undefined {
  if (isTenantId(hint)) return hint.toLowerCase() === tenantId.toLowerCase();
  if (verifiedDomains === undefined) return undefined;
  return verifiedDomains.some((domain) => domain.toLowerCase() === hint.toLowerCase());
}

/** Why a value was refused, as a message for the translation layer. */
type Reason = MessageRef;

/** The first issue of a failed parse, as its answer rule's message (answers-schema.ts); `notValid` for one without. */
function firstIssue(result: { success: boolean; error?: { issues: z.core.$ZodIssue[] } }): Reason {
  const issue = result.error?.issues[0];
  return (issue && answerIssueRef(issue)) ?? parserMessage('notValid');
}

/** The value each parameter presets, once it passed its rules. */
interface PresetValues {
  region: Region;
  appName: string;
  cmpId: string;
  claim: IdentityClaim;
  groupClaim: GroupClaim;
  notify: string[];
  tenant: string;
  check: boolean;
}

export type PresetValueResult<P extends DeepLinkParameter> = { ok: true; value: PresetValues[P] } | { ok: false; reason: Reason };

const ok = <T>(value: T) => ({ ok: true as const, value });
const bad = (reason: Reason) => ({ ok: false as const, reason });

/**
 * One parameter's value through the same rules as the form. `reason` is a sentence about the value
 * alone (the share page shows it under its field; the wizard nests it in `ignored.<parameter>`).
 */
export function parsePresetValue<P extends DeepLinkParameter>(parameter: P, value: string): PresetValueResult<P> {
  if (value.length > DEEP_LINK_VALUE_MAX_LENGTH) {
    return bad(parserMessage('valueTooLong', { length: value.length, max: DEEP_LINK_VALUE_MAX_LENGTH }));
  }
  return parseValue(parameter, value) as PresetValueResult<P>;
}

function parseValue(parameter: DeepLinkParameter, value: string): PresetValueResult<DeepLinkParameter> {
  switch (parameter) {
    case 'region': {
      const region = regionByCode(value);
      return region ? ok(region) : bad(parserMessage('regionUnknown', { codes: REGION_CODES.join(', ') }));
    }
    case 'appName': {
      const parsed = appNameSchema.safeParse(value);
      return parsed.success ? ok(parsed.data) : bad(firstIssue(parsed));
    }
    case 'cmpId': {
      const parsed = cmpIdSchema.safeParse(value);
      return parsed.success ? ok(parsed.data) : bad(firstIssue(parsed));
    }
    case 'claim': {
      const claim = parseIdentityClaim(value);
      return 'key' in claim ? bad(claim) : ok(claim);
    }
    case 'groupClaim': {
      const claim = parseGroupClaim(value);
      return 'key' in claim ? bad(claim) : ok(claim);
    }
    case 'notify': {
      const parsed = notificationEmailsSchema.safeParse(value.split(',').map((address) => address.trim()));
      return parsed.success ? ok(parsed.data) : bad(firstIssue(parsed));
    }
    case 'tenant':
      return isTenantHint(value) ? ok(value.toLowerCase()) : bad(parserMessage('tenantInvalid'));
    case 'check':
      if (value === '1' || value === 'true') return ok(true);
      if (value === '0' || value === 'false') return ok(false);
      return bad(parserMessage('checkInvalid'));
  }
}

export function parseDeepLink(search: string): DeepLinkPresets {
  const params = new URLSearchParams(search);
  const presets: DeepLinkPresets = { answers: {}, problems: [] };
  const problem = (parameter: DeepLinkParameter, ref: MessageRef) => presets.problems.push({ parameter, ref });

  for (const parameter of DEEP_LINK_PARAMETERS) {
    const values = params.getAll(parameter);
    if (values.length === 0) continue;
    if (values.length > 1) {
      problem(parameter, parserMessage('repeated', { parameter, count: values.length }));
      continue;
    }
    const value = values[0]!;
    if (value.length > DEEP_LINK_VALUE_MAX_LENGTH) {
      problem(parameter, parserMessage('tooLong', { parameter, length: value.length }));
      continue;
    }
    const result = parsePresetValue(parameter, value);
    if (!result.ok) {
      problem(parameter, parserMessage(`ignored.${parameter}`, { reason: result.reason }));
      continue;
    }
    apply(presets, parameter, result.value);
  }
  dropConflictingClaims(presets);
  return presets;
}

function apply(presets: DeepLinkPresets, parameter: DeepLinkParameter, value: PresetValues[DeepLinkParameter]): void {
  const answers = presets.answers;
  switch (parameter) {
    case 'region':
      answers.region = value as Region;
      break;
    case 'appName':
      answers.appName = value as string;
      break;
    case 'cmpId':
      answers.cmpId = value as string;
      break;
    case 'claim':
      answers.identityClaim = value as IdentityClaim;
      break;
    case 'groupClaim':
      answers.groupClaim = value as GroupClaim;
      break;
    case 'notify':
      answers.notificationEmails = value as string[];
      break;
    case 'tenant':
      presets.tenant = value as string;
      break;
    case 'check':
      if (value === true) presets.check = true;
      break;
  }
}

/** The claims step refuses an identity and a group claim of the same name; so does the link. */
function dropConflictingClaims(presets: DeepLinkPresets): void {
  const { identityClaim, groupClaim } = presets.answers;
  if (!identityClaim || !groupClaim) return;
  const parsed = claimsStepSchema.safeParse({ identityClaim, groupClaim });
  if (parsed.success) return;
  delete presets.answers.groupClaim;
  const ref = parserMessage('ignored.groupClaim', { reason: { key: 'validation.groupClaimSameAsIdentityClaim' } });
  presets.problems.push({ parameter: 'groupClaim', ref });
}

/** `claim=<name>` (source user.mail) or `claim=<name>:<attribute>`, e.g. `euc_mail:userprincipalname`. */
function parseIdentityClaim(value: string): IdentityClaim | Reason {
  if (value.toLowerCase() === 'default') return { kind: 'default' };
  const separator = value.lastIndexOf(':');
  const attribute = separator > 0 ? value.slice(separator + 1).toLowerCase() : '';
  const hasAttribute = (USER_SOURCE_ATTRIBUTES as readonly string[]).includes(attribute);
  const name = hasAttribute ? value.slice(0, separator) : value;
  const parsed = identityClaimNameSchema.safeParse(name);
  if (!parsed.success) return firstIssue(parsed);
  return { kind: 'custom', name: parsed.data, sourceAttribute: (hasAttribute ? attribute : 'mail') as UserSourceAttribute };
}

/** `groupClaim=default` (Entra's name) or `groupClaim=<custom name>`; security groups either way. */
function parseGroupClaim(value: string): GroupClaim | Reason {
  if (value.toLowerCase() === 'none') return { kind: 'none' };
  if (value.toLowerCase() === 'default') return { kind: 'default-name', groups: 'SecurityGroup' };
  const parsed = groupClaimNameSchema.safeParse(value);
  return parsed.success ? { kind: 'custom-name', name: parsed.data, groups: 'SecurityGroup' } : firstIssue(parsed);
}

/** The `claim` value for an identity claim; the attribute is always written, so a name ending in `:mail` survives. */
function identityClaimParameter(claim: IdentityClaim): string {
  return claim.kind === 'default' ? 'default' : `${claim.name}:${claim.sourceAttribute}`;
}

/**
 * The `groupClaim` value for a group claim, or undefined when a link cannot say it: a custom name
 * spelled "none" or "default" would read back as the keyword. (Which groups are listed is not
 * part of the link: a link always means security groups.)
 */
function groupClaimParameter(claim: GroupClaim): string | undefined {
  if (claim.kind === 'none') return 'none';
  if (claim.kind === 'default-name') return 'default';
  return ['none', 'default'].includes(claim.name.toLowerCase()) ? undefined : claim.name;
}

/** Link values for answers the admin has (only the ones a link can carry). */
export function deepLinkValuesFromAnswers(answers: PresetAnswers): Partial<Record<DeepLinkParameter, string>> {
  const values: Partial<Record<DeepLinkParameter, string>> = {};
  if (answers.region) values.region = answers.region;
  if (answers.cmpId !== undefined) values.cmpId = answers.cmpId;
  if (answers.appName !== undefined) values.appName = answers.appName;
  if (answers.identityClaim) values.claim = identityClaimParameter(answers.identityClaim);
  const groupClaim = answers.groupClaim ? groupClaimParameter(answers.groupClaim) : undefined;
  if (groupClaim !== undefined) values.groupClaim = groupClaim;
  if (answers.notificationEmails?.length) values.notify = answers.notificationEmails.join(',');
  return values;
}

/** The link support staff send, built from chosen values (only the valid ones). */
export function buildDeepLink(base: string, values: Partial<Record<DeepLinkParameter, string>>): string {
  const url = new URL(base);
  url.search = '';
  url.hash = '';
  for (const parameter of DEEP_LINK_PARAMETERS) {
    const value = values[parameter];
    if (value !== undefined && value !== '') url.searchParams.set(parameter, value);
  }
  return url.href;
}
