// When a create's answer is ambiguous (retry.ts, classifyWriteAnswer: no answer, a 5xx, instantiate's
// 404, a 2xx without a body), Graph may have carried it out. Before creating again, look for what the
// attempt made, so nothing exists twice.
import { odataString, readPages } from '../odata';
import type { AppRoleAssignment, Application, KeyCredential, SelfSignedCertificate, ServicePrincipal } from '@microsoft/microsoft-graph-types';
import type { OperationEnv } from './run-operation';
import { realClock, replicationPollDelay, type RetryNotice } from '../retry';
import { sha1Thumbprint } from '../../setup/certificate';
import { APPLICATION_WRITE_SCOPES } from '../../setup/scopes';

export interface InstantiateResult {
  application: Application & { id: string; appId: string };
  servicePrincipal: ServicePrincipal & { id: string };
}

/**
 * Lists are eventually consistent, so a new app may take a while to appear: look for this long
 * before concluding the lost attempt never reached Graph. Microsoft suggests polling every 5–10 s.
 */
const LOST_CREATE_SEARCH_MS = 90_000;
/** Clock skew allowance between this browser and Graph's createdDateTime. */
const SKEW_MS = 5 * 60_000;

export async function findInstantiatedApp(env: OperationEnv, displayName: string, startedAt: number): Promise<InstantiateResult | undefined> {
  const { client, withScopes } = env.graph;
  const lost = {
    reasonKey: 'createAnswerLost',
    failure: NO_ANSWER,
  } as const;
  return lookUntil(env, LOST_CREATE_SEARCH_MS, lost, async (): Promise<InstantiateResult | undefined> => {
    const apps = (await client
      .api('/applications')
      .filter(`displayName eq ${odataString(displayName)}`)
      .select('id,appId,displayName,identifierUris,createdDateTime')
      .middlewareOptions(withScopes(APPLICATION_WRITE_SCOPES))
      .get()) as { value: Application[] };
    // Only an app made by the lost attempt: created since it started, no identifier set yet.
    const candidate = apps.value
      .filter((app) => (app.identifierUris ?? []).length === 0 && Date.parse(app.createdDateTime ?? '') >= startedAt - SKEW_MS)
      .sort((a, b) => Date.parse(b.createdDateTime ?? '') - Date.parse(a.createdDateTime ?? ''))[0];
    if (!candidate?.id || !candidate.appId) return undefined;
    const sps = (await client
      .api('/servicePrincipals')
      .filter(`appId eq ${odataString(candidate.appId)}`)
      .select('id,appId,appRoles')
      .middlewareOptions(withScopes(APPLICATION_WRITE_SCOPES))
      .get()) as { value: ServicePrincipal[] };
    const servicePrincipal = sps.value[0];
    if (!servicePrincipal?.id) return undefined;
    return {
      application: candidate as InstantiateResult['application'],
      servicePrincipal: servicePrincipal as InstantiateResult['servicePrincipal'],
    };
  });
}

/** The lost-answer notices' failure: no answer reached the browser. */
const NO_ANSWER = { status: -1, code: 'NetworkError', message: '' } as const;

/** Every 5 s, doubling up to 20 s: the pace for a lost create's leftovers. */
const doublingDelay = (lookNumber: number): number => Math.min(5_000 * 2 ** (lookNumber - 1), 20_000);

/**
 * Looks with `look` until it finds something or `searchMs` has passed, waiting `delay(lookNumber,
 * elapsedMs)` after each empty look (the last look at the deadline itself) and telling the
 * operation's row why it waits with `notice`. One look when `searchMs` is 0.
 */
async function lookUntil<T>(
  env: OperationEnv,
  searchMs: number,
  notice: Pick<RetryNotice, 'reasonKey' | 'failure'>,
  look: () => Promise<T | undefined>,
  delay: (lookNumber: number, elapsedMs: number) => number = doublingDelay,
): Promise<T | undefined> {
  const clock = env.clock ?? realClock;
  const started = clock.now();
  const deadline = started + searchMs;
  for (let lookNumber = 1; ; lookNumber++) {
    const found = await look();
    if (found !== undefined) return found;
    const wait = Math.min(delay(lookNumber, clock.now() - started), deadline - clock.now());
    if (wait <= 0) return undefined;
    env.onRetry({ attempt: 0, ...notice, waitMs: wait });
    await clock.sleep(wait);
  }
}

/**
 * A new certificate's keys "can take several minutes" to show in the service principal's
 * keyCredentials (docs/graph/replication-and-retries.md#ambiguous-answers, from Terraform's azuread provider): one read that does not
 * show it proves nothing. Look for this long before concluding the attempt made no certificate.
 */
export const LOST_CERTIFICATE_SEARCH_MS = 5 * 60_000;
/**
 * After a reload cut the request off, whether it was even sent is unknown, and most often it was
 * not: one look, so a resumed apply is not held up for minutes (docs/decisions/011).
 */
export const INTERRUPTED_CERTIFICATE_SEARCH_MS = 0;

/**
 * The certificate an attempt whose answer was ambiguous made: a Verify key with the subject asked
 * for, started since the attempt (the thumbprint of a certificate whose answer was lost is unknown;
 * it is computed from the key found, and Graph's customKeyIdentifier holds the same thumbprint).
 * keyCredential contents are returned only with $select=keyCredentials on a single object.
 */
export async function findIssuedCertificate(
  env: OperationEnv,
  servicePrincipalPath: string,
  subject: string,
  startedAt: number,
  scopes: readonly string[],
  searchMs = LOST_CERTIFICATE_SEARCH_MS,
): Promise<SelfSignedCertificate | undefined> {
  const lost = {
    reasonKey: 'certificateAnswerLost',
    failure: NO_ANSWER,
  } as const;
  return lookUntil(env, searchMs, lost, async (): Promise<SelfSignedCertificate | undefined> => {
    const sp = (await env.graph.client.api(servicePrincipalPath).select('keyCredentials').middlewareOptions(env.graph.withScopes(scopes)).get()) as {
      keyCredentials?: KeyCredential[];
    };
    const verifyKey = (sp.keyCredentials ?? [])
      .filter(
        (key) =>
          key.usage === 'Verify' && key.displayName === subject && typeof key.key === 'string' && Date.parse(key.startDateTime ?? '') >= startedAt - SKEW_MS,
      )
      .sort((a, b) => Date.parse(b.startDateTime ?? '') - Date.parse(a.startDateTime ?? ''))[0];
    if (!verifyKey?.key) return undefined;
    return {
      key: verifyKey.key,
      thumbprint: await sha1Thumbprint(verifyKey.key),
      keyId: verifyKey.keyId ?? null,
      startDateTime: verifyKey.startDateTime ?? null,
      endDateTime: verifyKey.endDateTime ?? null,
      displayName: verifyKey.displayName ?? null,
      usage: 'Verify',
    };
  });
}

/**
 * The assignment of `principalId` to `appRoleId` on the service principal, if there is one (one
 * read: a repeated POST is safe, Graph answers "already exists" when the first one landed).
 */
export async function findAssignment(
  env: OperationEnv,
  servicePrincipalPath: string,
  principalId: string,
  appRoleId: string,
  scopes: readonly string[],
): Promise<AppRoleAssignment | undefined> {
  // Inside the operation's own retry: each page is fetched as is.
  for await (const page of readPages<AppRoleAssignment>(env.graph, `${servicePrincipalPath}/appRoleAssignedTo?$top=999`, scopes, (attempt) => attempt())) {
    const found = page.find((assignment) => assignment.principalId === principalId && assignment.appRoleId === appRoleId);
    if (found?.id) return found;
  }
  return undefined;
}

/** How long an assignment Graph says exists is looked for in the (eventually consistent) list. */
const ASSIGNMENT_READ_BACK_MS = 60_000;

/**
 * Graph said the assignment exists: read it back for its id (undo and re-runs use it). The list may
 * lag behind; after ASSIGNMENT_READ_BACK_MS the assignment counts as made all the same (Graph said
 * so), without an id.
 */
export async function readAssignmentBack(env: OperationEnv, find: () => Promise<AppRoleAssignment | undefined>): Promise<AppRoleAssignment | undefined> {
  const readingBack = {
    reasonKey: 'assignmentReadBack',
    failure: { status: 400, code: 'Request_BadRequest', message: 'Permission being assigned already exists on the object.' },
  } as const;
  const clock = env.clock ?? realClock;
  return lookUntil(env, ASSIGNMENT_READ_BACK_MS, readingBack, find, (_, elapsedMs) => replicationPollDelay(elapsedMs, clock.random));
}
