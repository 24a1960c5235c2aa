import type { GraphApi } from './client';
import { findAppById, findAppsByIdentifier, inspectApp } from './inspect-tenant';
import { buildPlan, type Plan } from '../setup/plan';
import { certificateEndDate } from '../setup/certificate';
import { eucIdentifier } from '../setup/regions';
import type { Answers } from '../setup/types';
import type { ApplyContext } from './apply-context';

/**
 * Reads the tenant, then plans only what is missing or different (docs/decisions/001).
 * `knownApplicationId`: an app this wizard created moments ago (in another tab), read by id because
 * the identifier list may not show it yet.
 */
export async function planForTenant(graph: GraphApi, answers: Answers, now: Date, knownApplicationId?: string): Promise<Plan> {
  const [listed] = await findAppsByIdentifier(graph, eucIdentifier(answers.region));
  const found = listed ?? (knownApplicationId ? await findAppById(graph, knownApplicationId) : undefined);
  const existing = found ? await inspectApp(graph, found, { readClaims: answers.identityClaim.kind === 'custom', now }) : null;
  return buildPlan(answers, existing, certificateEndDate(now, answers.certificate.validityYears), now);
}

/** The ids an existing app gives the executor before any operation runs. */
export function initialContext(plan: Plan): ApplyContext {
  const existing = plan.existing;
  if (!existing) return {};
  return {
    applicationId: existing.applicationId,
    appId: existing.appId,
    servicePrincipalId: existing.servicePrincipalId,
    ...(existing.userRoleId ? { userRoleId: existing.userRoleId } : {}),
  };
}
