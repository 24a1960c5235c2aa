// The names of support staff's link parameters and the tenant hint's shape, without the rules that
// check the other values: the start page asks "does this tab have a link?" and builds the sign-in
// authority before the schemas (zod) are loaded.
export const DEEP_LINK_PARAMETERS = ['region', 'appName', 'cmpId', 'claim', 'groupClaim', 'notify', 'tenant', 'check'] as const;
export type DeepLinkParameter = (typeof DEEP_LINK_PARAMETERS)[number];

/** Does this query string carry any deep-link parameter? (MSAL's and unknown ones do not count.) */
export function hasDeepLinkParameters(search: string): boolean {
  const params = new URLSearchParams(search);
  return DEEP_LINK_PARAMETERS.some((parameter) => params.has(parameter));
}

/** Only the deep-link parameters of a query string, in order, repeats kept (so their problem is kept too). */
export function deepLinkQuery(search: string): string {
  const kept = new URLSearchParams();
  for (const [name, value] of new URLSearchParams(search)) {
    if ((DEEP_LINK_PARAMETERS as readonly string[]).includes(name)) kept.append(name, value);
  }
  return kept.toString();
}

const TENANT_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A DNS name of at least two labels, e.g. contoso.onmicrosoft.com. */
const TENANT_DOMAIN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export function isTenantHint(value: string): boolean {
  return TENANT_GUID.test(value) || TENANT_DOMAIN.test(value);
}

/** A tenant hint is a directory id (compared with the token's `tid`) or a domain (compared with verified domains). */
export function isTenantId(hint: string): boolean {
  return TENANT_GUID.test(hint);
}
