import type { GraphApi } from './client';
import { findAppById, findAppsByIdentifier, inspectApp } from './inspect-tenant';
import { buildPlan, type ObservedApp, type Plan, type ReviewChoices } from '../setup/plan';
import { certificateEndDate } from '../setup/certificate';
import { eucIdentifier } from '../setup/regions';
import type { Answers } from '../setup/types';
import type { ApplyContext } from './apply-context';

/**
 * Reads the tenant, then plans only what is missing or different (docs/decisions/001).
 * `knownApplicationId`: an app this wizard created moments ago (in another tab), read by id because
 * the identifier list may not show it yet.
 */
export async function planForTenant(graph: GraphApi, answers: Answers, now: Date, knownApplicationId?: string, choices?: ReviewChoices): Promise<Plan> {
  const existing = await readExistingApp(graph, answers, now, knownApplicationId);
  return buildPlan(answers, existing, certificateEndDate(now, answers.certificate.validityYears), now, choices);
}

/** The app that holds the region's identifier (or the one this wizard just created), as the plan compares it; null: none. */
export async function readExistingApp(graph: GraphApi, answers: Answers, now: Date, knownApplicationId?: string): Promise<ObservedApp | null> {
  const [listed] = await findAppsByIdentifier(graph, eucIdentifier(answers.region));
  const found = listed ?? (knownApplicationId ? await findAppById(graph, knownApplicationId) : undefined);
  return found ? await inspectApp(graph, found, { readClaims: answers.identityClaim.kind === 'custom', now }) : null;
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
