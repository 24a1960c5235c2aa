// Support staff's links: query parameters that preset answers. A preset is a suggestion the admin
// confirms, never trusted input: each value passes the same schema as the form, a bad one is
// dropped with a message naming the parameter, and the rest of the link still applies.
import { appNameSchema, cmpIdSchema, identityClaimNameSchema, groupClaimNameSchema, notificationEmailsSchema } from './answers-schema';
import { regionByCode, REGION_CODES } from './regions';
import { USER_SOURCE_ATTRIBUTES } from './claims';
import type { Answers, GroupClaim, IdentityClaim, Region, UserSourceAttribute } from './types';

export const DEEP_LINK_PARAMETERS = ['region', 'appName', 'cmpId', 'claim', 'groupClaim', 'notify', 'tenant', 'check'] as const;
export type DeepLinkParameter = (typeof DEEP_LINK_PARAMETERS)[number];

export interface DeepLinkProblem {
  parameter: DeepLinkParameter;
  message: string;
}

export interface DeepLinkPresets {
  answers: Partial<Pick<Answers, 'region' | 'appName' | 'cmpId' | 'identityClaim' | 'groupClaim'>> & { notificationEmails?: string[] };
  /** A directory GUID or a verified domain: sign in to that tenant and refuse to apply to another. */
  tenant?: string;
  check?: boolean;
  problems: DeepLinkProblem[];
}

/** Longer values are refused before any rule runs: no legitimate preset is this long. */
export const DEEP_LINK_VALUE_MAX_LENGTH = 512;

const TENANT_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A DNS name of at least two labels, e.g. contoso.onmicrosoft.com. */
const TENANT_DOMAIN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export function isTenantHint(value: string): boolean {
  return TENANT_GUID.test(value) || TENANT_DOMAIN.test(value);
}

function firstIssue(result: { success: boolean; error?: { issues: { message: string }[] } }): string {
  return result.error?.issues[0]?.message ?? 'The value is not valid.';
}

export function parseDeepLink(search: string): DeepLinkPresets {
  const params = new URLSearchParams(search);
  const presets: DeepLinkPresets = { answers: {}, problems: [] };
  const problem = (parameter: DeepLinkParameter, message: string) => presets.problems.push({ parameter, message });

  for (const parameter of DEEP_LINK_PARAMETERS) {
    const values = params.getAll(parameter);
    if (values.length === 0) continue;
    if (values.length > 1) {
      problem(parameter, `The link gives "${parameter}" ${values.length} times, so it was ignored: send a link that gives it once.`);
      continue;
    }
    const value = values[0]!;
    if (value.length > DEEP_LINK_VALUE_MAX_LENGTH) {
      problem(parameter, `The link's "${parameter}" is ${value.length} characters long, so it was ignored.`);
      continue;
    }
    switch (parameter) {
      case 'region': {
        const region: Region | undefined = regionByCode(value);
        if (region) presets.answers.region = region;
        else problem('region', `The link's region is not one of ${REGION_CODES.join(', ')}, so it was ignored: choose the region below.`);
        break;
      }
      case 'appName': {
        const parsed = appNameSchema.safeParse(value);
        if (parsed.success) presets.answers.appName = parsed.data;
        else problem('appName', `The link's application name was ignored: ${firstIssue(parsed)}`);
        break;
      }
      case 'cmpId': {
        const parsed = cmpIdSchema.safeParse(value);
        if (parsed.success) presets.answers.cmpId = parsed.data;
        else problem('cmpId', `The link's unique identifier was ignored: ${firstIssue(parsed)}`);
        break;
      }
      case 'claim': {
        const claim = parseIdentityClaim(value);
        if (typeof claim === 'string') problem('claim', `The link's identity claim was ignored: ${claim}`);
        else presets.answers.identityClaim = claim;
        break;
      }
      case 'groupClaim': {
        const claim = parseGroupClaim(value);
        if (typeof claim === 'string') problem('groupClaim', `The link's group claim was ignored: ${claim}`);
        else presets.answers.groupClaim = claim;
        break;
      }
      case 'notify': {
        const addresses = value.split(',').map((address) => address.trim());
        const parsed = notificationEmailsSchema.safeParse(addresses);
        if (parsed.success) presets.answers.notificationEmails = parsed.data;
        else problem('notify', `The link's notification addresses were ignored: ${firstIssue(parsed)}`);
        break;
      }
      case 'tenant':
        if (isTenantHint(value)) presets.tenant = value.toLowerCase();
        else problem('tenant', 'The link\'s tenant is neither a directory ID (GUID) nor a domain such as contoso.onmicrosoft.com, so it was ignored.');
        break;
      case 'check':
        if (value === '1' || value === 'true') presets.check = true;
        else if (value !== '0' && value !== 'false') problem('check', 'The link\'s "check" must be 1 or 0, so it was ignored.');
        break;
    }
  }
  return presets;
}

/** `claim=<name>` (source user.mail) or `claim=<name>:<attribute>`, e.g. `euc_mail:userprincipalname`. */
function parseIdentityClaim(value: string): IdentityClaim | string {
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
function parseGroupClaim(value: string): GroupClaim | string {
  if (value.toLowerCase() === 'none') return { kind: 'none' };
  if (value.toLowerCase() === 'default') return { kind: 'default-name', groups: 'SecurityGroup' };
  const parsed = groupClaimNameSchema.safeParse(value);
  return parsed.success ? { kind: 'custom-name', name: parsed.data, groups: 'SecurityGroup' } : firstIssue(parsed);
}

/** The link support staff send, built from chosen values (only the valid ones). */
export function buildDeepLink(base: string, values: Partial<Record<DeepLinkParameter, string>>): string {
  const url = new URL(base);
  url.search = '';
  for (const parameter of DEEP_LINK_PARAMETERS) {
    const value = values[parameter];
    if (value !== undefined && value !== '') url.searchParams.set(parameter, value);
  }
  return url.href;
}
