import type { CustomClaimsPolicy } from '@microsoft/microsoft-graph-types-beta';
import type { CustomClaimSketch } from '../../setup/plan';

/** The claims of a custom claims policy that come from a user attribute (the only kind we write). */
export function readCustomClaims(policy: CustomClaimsPolicy | null | undefined): CustomClaimSketch[] {
  return (policy?.claims ?? []).flatMap((claim) => {
    if (!('name' in claim) || typeof claim.name !== 'string') return [];
    const configurations = (claim as { configurations?: { attribute?: { id?: string; source?: string } }[] }).configurations;
    const attribute = configurations?.[0]?.attribute;
    return [{ name: claim.name, sourceAttribute: attribute?.source === 'user' ? (attribute.id ?? null) : null }];
  });
}
