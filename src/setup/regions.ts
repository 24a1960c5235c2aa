// Trend Micro Email Security regions and the End User Console (EUC) SAML URLs built from them.
// Source: Trend Micro, "Configuring Microsoft ENTRA ID" (seed/000_3cfbe9d2ee7a7e27.txt).

import type { Region } from './types';

type EucDomain =
  | 'tmes.trendmicro.com'
  | 'tmes.trendmicro.eu'
  | 'tmes-anz.trendmicro.com'
  | 'tmems-jp.trendmicro.com'
  | 'tmes-sg.trendmicro.com'
  | 'tmes-in.trendmicro.com'
  | 'tmes-uae.trendmicro.com';

/** A region and its EUC domain; its name is words (region-names.en.ts and the catalogues). */
export interface RegionInfo {
  code: Region;
  domain: EucDomain;
}

// A Record keyed by Region makes the compiler reject a missing or extra region; key order is the
// seed's order.
const EUC_DOMAINS: Record<Region, EucDomain> = {
  us: 'tmes.trendmicro.com',
  eu: 'tmes.trendmicro.eu',
  anz: 'tmes-anz.trendmicro.com',
  jp: 'tmems-jp.trendmicro.com',
  sg: 'tmes-sg.trendmicro.com',
  in: 'tmes-in.trendmicro.com',
  uae: 'tmes-uae.trendmicro.com',
};

export const REGION_CODES = Object.keys(EUC_DOMAINS) as readonly Region[];

export const REGIONS: readonly RegionInfo[] = REGION_CODES.map(regionInfo);

export function regionInfo(region: Region): RegionInfo {
  return { code: region, domain: EUC_DOMAINS[region] };
}

/** For deep links (`?region=EU`): case-insensitive, and never matches Object.prototype keys. */
export function regionByCode(code: string): Region | undefined {
  const lowerCase = code.toLowerCase();
  return REGION_CODES.find((region) => region === lowerCase);
}

/**
 * The unique identifier goes into the reply URL's query string and must be typed again on the
 * Trend Micro console, so it is kept to characters that need no URL encoding and survive copying.
 */
export const CMP_ID_MAX_LENGTH = 64;
const CMP_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function isValidCmpId(cmpId: string): boolean {
  return CMP_ID_PATTERN.test(cmpId);
}

/** Identifier (Entity ID) of the Basic SAML Configuration. */
export function eucIdentifier(region: Region): string {
  return `https://euc.${EUC_DOMAINS[region]}/uiserver/euc/ssoLogin`;
}

/**
 * Reply URL (Assertion Consumer Service URL) of the Basic SAML Configuration.
 * Throws for an invalid cmpId: this string is written to Graph, so it is never built from
 * unvalidated input. Check `isValidCmpId` first when previewing what the admin is typing.
 */
export function eucReplyUrl(region: Region, cmpId: string): string {
  if (!isValidCmpId(cmpId)) {
    throw new RangeError(`Invalid unique identifier for the reply URL: ${JSON.stringify(cmpId)}`);
  }
  return `${replyUrlPrefix(region)}${cmpId}`;
}

/**
 * Recognises an existing app's identifier and reply URL. Strict: both must be exactly what
 * `eucIdentifier` and `eucReplyUrl` produce for the same region, so anything else (another
 * region's host, a trailing slash, `cmpid=` in another case, an encoded character) is reported as
 * different rather than silently accepted.
 */
export function parseEucUrls(identifier: string, replyUrl: string): { region: Region; cmpId: string } | null {
  for (const region of REGION_CODES) {
    if (identifier !== eucIdentifier(region)) continue;
    const prefix = replyUrlPrefix(region);
    if (!replyUrl.startsWith(prefix)) return null;
    const cmpId = replyUrl.slice(prefix.length);
    return isValidCmpId(cmpId) ? { region, cmpId } : null;
  }
  return null;
}

/**
 * The cmpID parameter of any reply URL (another host, extra parameters), undefined when there is
 * none or the URL does not parse: what an existing app's reply URL names on the Trend Micro side.
 */
export function cmpIdOf(url: string): string | undefined {
  try {
    return new URL(url).searchParams.get('cmpID') ?? undefined;
  } catch {
    return undefined;
  }
}

function replyUrlPrefix(region: Region): string {
  return `https://euc.${EUC_DOMAINS[region]}/uiserver/euc/ssoAssert?cmpID=`;
}
