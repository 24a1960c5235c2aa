// Is the admin signed in to the tenant the link names? A directory id is compared with the ID
// token's `tid` (the session's tenantId) at once; a domain needs the tenant's verified domains
// (GET /organization), read once per tenant and page and shared by every component that asks.
import { useEffect, useState } from 'react';
import type { AdminSession } from '../auth/session';
import type { GraphApi } from '../graph/client';
import { readOrganization, type SignedInOrganization } from '../graph/read-organization';
import { explainError } from '../graph/explain-failure';
import { isTenantId, tenantMatchesHint } from '../setup/deep-link';

export type TenantCheck =
  | { state: 'no-hint' }
  | { state: 'checking'; hint: string }
  | { state: 'match'; hint: string }
  | { state: 'mismatch'; hint: string; signedIn: string }
  | { state: 'failed'; hint: string; reason: string; retry: () => void };

const organizations = new Map<string, Promise<SignedInOrganization>>();

function organizationOf(tenantId: string, graph: GraphApi): Promise<SignedInOrganization> {
  let pending = organizations.get(tenantId);
  if (!pending) {
    pending = readOrganization(graph);
    organizations.set(tenantId, pending);
    // A failed read is not remembered: Try again reads again.
    pending.catch(() => organizations.delete(tenantId));
  }
  return pending;
}

type DomainLookup = { key: string } & ({ state: 'checking' } | { state: 'done'; organization: SignedInOrganization } | { state: 'failed'; reason: string });

/** `undefined` hint: no tenant in the link, nothing to check. */
export function useTenantCheck(hint: string | undefined, session: AdminSession, graph: GraphApi): TenantCheck {
  const tenantId = session.account.tenantId;
  const needsDomains = hint !== undefined && !isTenantId(hint);
  const [attempt, setAttempt] = useState(0);
  // A retry is a new key: the failure gives way to "checking" until the new answer.
  const key = `${tenantId}|${hint ?? ''}|${attempt}`;
  const [lookup, setLookup] = useState<DomainLookup>({ key, state: 'checking' });

  useEffect(() => {
    if (!needsDomains) return;
    let current = true;
    organizationOf(tenantId, graph).then(
      (organization) => current && setLookup({ key, state: 'done', organization }),
      (error: unknown) =>
        current &&
        setLookup({
          key,
          state: 'failed',
          reason: explainError(error).message,
        }),
    );
    return () => {
      current = false;
    };
  }, [needsDomains, key, tenantId, graph]);

  if (hint === undefined) return { state: 'no-hint' };
  if (!needsDomains) {
    return tenantMatchesHint(hint, tenantId) ? { state: 'match', hint } : { state: 'mismatch', hint, signedIn: tenantId };
  }
  if (lookup.key !== key || lookup.state === 'checking') return { state: 'checking', hint };
  if (lookup.state === 'failed') return { state: 'failed', hint, reason: lookup.reason, retry: () => setAttempt((n) => n + 1) };
  const { organization } = lookup;
  if (tenantMatchesHint(hint, tenantId, organization.verifiedDomains)) return { state: 'match', hint };
  const shownAs = organization.verifiedDomains[0] ? `${organization.verifiedDomains[0]} (${tenantId})` : tenantId;
  return { state: 'mismatch', hint, signedIn: shownAs };
}

/** Apply may run only when the link names no tenant, or the one signed in to. */
export function tenantAllowsApply(check: TenantCheck): boolean {
  return check.state === 'no-hint' || check.state === 'match';
}
