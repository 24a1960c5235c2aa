// A link's `tenant` (a directory id or a domain) signs the admin in to that tenant: the authority
// becomes https://login.microsoftonline.com/{tenant} instead of the multi-tenant `organizations`
// (learn.microsoft.com/entra/identity-platform/msal-client-application-configuration#authority).
// A deployment configured for one tenant keeps its own authority: a link cannot widen or move it.
import { isTenantHint } from '../setup/deep-link-parameters';

const MULTI_TENANT_SEGMENTS = new Set(['organizations', 'common']);

export function authorityForTenant(configured: string, tenant: string | undefined): string {
  if (tenant === undefined || !isTenantHint(tenant)) return configured;
  const url = new URL(configured);
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments.length !== 1 || !MULTI_TENANT_SEGMENTS.has(segments[0]!.toLowerCase())) return configured;
  return `${url.origin}/${tenant}`;
}
