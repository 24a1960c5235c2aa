// GET /organization: the signed-in tenant's verified domains, to tell whether a link's tenant
// domain (e.g. ?tenant=contoso.onmicrosoft.com) is the tenant the admin signed in to. User.Read
// suffices (learn.microsoft.com/graph/api/organization-list, least privileged permission).
import type { Organization } from '@microsoft/microsoft-graph-types';
import type { GraphApi } from './client';
import { withRetry } from './retry';
import { SIGN_IN_SCOPES } from '../setup/scopes';

export interface SignedInOrganization {
  id: string;
  displayName: string;
  verifiedDomains: string[];
}

export async function readOrganization(graph: GraphApi): Promise<SignedInOrganization> {
  const listing = await withRetry(
    () =>
      graph.client.api('/organization').select('id,displayName,verifiedDomains').middlewareOptions(graph.withScopes(SIGN_IN_SCOPES)).get() as Promise<{
        value: Organization[];
      }>,
    { freshObject: false, renewToken: graph.renewToken },
  );
  const organization = listing.value[0];
  return {
    id: organization?.id ?? '',
    displayName: organization?.displayName ?? '',
    verifiedDomains: (organization?.verifiedDomains ?? []).flatMap((domain) => (domain.name ? [domain.name] : [])),
  };
}
