// The names of support staff's link parameters, without the rules that check their values: the
// start page asks "does this tab have a link?" before the schemas (zod) are loaded.
export const DEEP_LINK_PARAMETERS = ['region', 'appName', 'cmpId', 'claim', 'groupClaim', 'notify', 'tenant', 'check'] as const;
export type DeepLinkParameter = (typeof DEEP_LINK_PARAMETERS)[number];

/** Does this query string carry any deep-link parameter? (MSAL's and unknown ones do not count.) */
export function hasDeepLinkParameters(search: string): boolean {
  const params = new URLSearchParams(search);
  return DEEP_LINK_PARAMETERS.some((parameter) => params.has(parameter));
}
