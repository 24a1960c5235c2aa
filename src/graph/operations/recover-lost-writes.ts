// When a create's answer is lost (the connection dropped, or 504), Graph may have carried it out.
// Before creating again, look for what the lost attempt made, so nothing exists twice.
import { odataString } from '../odata';
import type { Application, KeyCredential, SelfSignedCertificate, ServicePrincipal } from '@microsoft/microsoft-graph-types';
import type { OperationEnv } from './run-operation';
import { realClock } from '../retry';
import { sha1Thumbprint } from '../../setup/certificate';
import { APPLICATION_WRITE_SCOPES } from '../../auth/scopes';

export interface InstantiateResult {
  application: Application & { id: string; appId: string };
  servicePrincipal: ServicePrincipal & { id: string };
}

/**
 * Lists are eventually consistent, so a new app may take a while to appear: look for this long
 * before concluding the lost attempt never reached Graph. Microsoft suggests polling every 5–10 s.
 */
export const LOST_CREATE_SEARCH_MS = 90_000;
/** Clock skew allowance between this browser and Graph's createdDateTime. */
const SKEW_MS = 5 * 60_000;


export async function findInstantiatedApp(env: OperationEnv, displayName: string, startedAt: number): Promise<InstantiateResult | undefined> {
  const clock = env.clock ?? realClock;
  const { client, withScopes } = env.graph;
  const deadline = clock.now() + LOST_CREATE_SEARCH_MS;
  for (let wait = 5_000; ; wait = Math.min(wait * 2, 20_000)) {
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
    if (candidate?.id && candidate.appId) {
      const sps = (await client
        .api('/servicePrincipals')
        .filter(`appId eq ${odataString(candidate.appId)}`)
        .select('id,appId,appRoles')
        .middlewareOptions(withScopes(APPLICATION_WRITE_SCOPES))
        .get()) as { value: ServicePrincipal[] };
      const servicePrincipal = sps.value[0];
      if (servicePrincipal?.id) {
        return {
          application: candidate as InstantiateResult['application'],
          servicePrincipal: servicePrincipal as InstantiateResult['servicePrincipal'],
        };
      }
    }
    if (clock.now() + wait > deadline) return undefined;
    env.onRetry({
      attempt: 0,
      reason: 'the answer to "create" was lost; checking whether the app was created before trying again',
      reasonKey: 'createAnswerLost',
      waitMs: wait,
      failure: { status: -1, code: 'NetworkError', message: '' },
    });
    await clock.sleep(wait);
  }
}

/** keyCredential contents are returned only with $select=keyCredentials on a single object. */
export async function findIssuedCertificate(
  env: OperationEnv,
  servicePrincipalPath: string,
  subject: string,
  startedAt: number,
  scopes: readonly string[],
): Promise<SelfSignedCertificate | undefined> {
  const sp = (await env.graph.client
    .api(servicePrincipalPath)
    .select('keyCredentials')
    .middlewareOptions(env.graph.withScopes(scopes))
    .get()) as { keyCredentials?: KeyCredential[] };
  const verifyKey = (sp.keyCredentials ?? [])
    .filter(
      (key) =>
        key.usage === 'Verify' &&
        key.displayName === subject &&
        typeof key.key === 'string' &&
        Date.parse(key.startDateTime ?? '') >= startedAt - SKEW_MS,
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
}
