import type { CustomClaimsPolicy } from '@microsoft/microsoft-graph-types-beta';
import type { CustomClaimSketch, RawClaimsPolicy } from '../../setup/plan';
import type { GraphApi } from '../client';
import { toGraphFailure } from '../retry';

/**
 * GET /beta/servicePrincipals/{id}/claimsPolicy, the policy exactly as Graph returns it, or null when
 * there is none. What Graph answers for a service principal that never had a policy is not
 * documented: an empty policy or 404 (docs/graph/replication-and-retries.md#ambiguous-answers). Either means "no policy": a 404 here is
 * never waited on as replication (issue 13: a new app waited 7.5 minutes on it, then failed). On a
 * service principal too new to be known yet, the PUT that follows meets the 404 and waits for it.
 * Throws every other failure, for the caller's retry policy.
 */
export async function readClaimsPolicy(graph: GraphApi, policyPath: string, scopes: readonly string[]): Promise<RawClaimsPolicy | null> {
  try {
    const policy = (await graph.client.api(policyPath).version('beta').middlewareOptions(graph.withScopes(scopes)).get()) as RawClaimsPolicy | undefined;
    return policy ?? null;
  } catch (error) {
    if (toGraphFailure(error).status === 404) return null;
    throw error;
  }
}

/** The claims of a custom claims policy that come from a user attribute (the only kind we write). */
export function readCustomClaims(policy: CustomClaimsPolicy | null | undefined): CustomClaimSketch[] {
  return (policy?.claims ?? []).flatMap((claim) => {
    if (!('name' in claim) || typeof claim.name !== 'string') return [];
    const configurations = (claim as { configurations?: { attribute?: { id?: string; source?: string } }[] }).configurations;
    const attribute = configurations?.[0]?.attribute;
    return [{ name: claim.name, sourceAttribute: attribute?.source === 'user' ? (attribute.id ?? null) : null }];
  });
}
