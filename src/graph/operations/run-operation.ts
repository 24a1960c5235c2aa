// One function per planned operation kind. Each resolves the plan's placeholders from what earlier
// operations returned, calls Graph through the retry policy, and returns what later ones need.
import type { AppRole, AppRoleAssignment, SelfSignedCertificate, ServicePrincipal } from '@microsoft/microsoft-graph-types';
import type { CustomClaimsPolicy } from '@microsoft/microsoft-graph-types-beta';
import type { GraphApi } from '../client';
import { realClock, toGraphFailure, withRetry, type RetryClock, type RetryNotice, type RetryPolicy } from '../retry';
import { findInstantiatedApp, findIssuedCertificate, type InstantiateResult } from './recover-lost-writes';
import type { ApplyContext, IssuedCertificate } from '../apply-context';
import { claimsPolicyBody, type PlannedOperation } from '../../setup/plan';
import { verifyThumbprint } from '../../setup/certificate';
import type { MessageRef } from '../../setup/message-ref';

export interface OperationEnv {
  graph: GraphApi;
  policy?: RetryPolicy;
  clock?: RetryClock;
  onRetry: (notice: RetryNotice) => void;
  /** How many consecutive successful reads prove a new object has replicated. */
  confirmations: number;
  /** A confirmation's reads so far succeeded and its last one starts (see executor.ts). */
  onLastConfirmation?: () => void;
  /**
   * When an earlier run started this operation and never heard back (a reload mid-request), its
   * start time: a create then first looks for what that attempt made.
   */
  interruptedAt?: number;
}

/** A check of Graph's answer failed: English `message` for logs, `messageRef` (graph.check.*) for the page. */
export class OperationCheckError extends Error {
  constructor(
    message: string,
    readonly messageRef: MessageRef,
  ) {
    super(message);
  }
}

function resolve(text: string, context: ApplyContext): string {
  return text
    .replaceAll('{applicationId}', context.applicationId ?? '{applicationId}')
    .replaceAll('{servicePrincipalId}', context.servicePrincipalId ?? '{servicePrincipalId}')
    .replaceAll('{userRoleId}', context.userRoleId ?? '{userRoleId}')
    .replaceAll('{thumbprint}', context.certificate?.thumbprint ?? '{thumbprint}');
}

function resolveBody(body: Record<string, unknown> | undefined, context: ApplyContext): unknown {
  return body === undefined ? undefined : JSON.parse(resolve(JSON.stringify(body), context));
}

export function userRoleIdOf(appRoles: AppRole[] | undefined): string | undefined {
  return appRoles?.find((role) => role.isEnabled && role.displayName === 'User')?.id ?? undefined;
}

export async function runOperation(op: PlannedOperation, context: ApplyContext, env: OperationEnv): Promise<ApplyContext> {
  const { client, withScopes } = env.graph;
  const path = resolve(op.path, context);
  const body = resolveBody(op.body, context);
  const request = () => client.api(path).version(op.version).middlewareOptions(withScopes(op.scopes));
  const clock = env.clock ?? realClock;
  const retry = <T>(attempt: () => Promise<T>, freshObject = context.createdByThisRun === true, recover?: () => Promise<T | undefined>) =>
    withRetry(attempt, {
      freshObject,
      acceptsWrites: context.servicePrincipalAcceptedWrite === true,
      ...(recover ? { recover, mayHaveLandedBefore: env.interruptedAt !== undefined } : {}),
      onRetry: env.onRetry,
      renewToken: env.graph.renewToken,
      ...(env.policy ? { policy: env.policy } : {}),
      ...(env.clock ? { clock: env.clock } : {}),
    });

  switch (op.kind) {
    case 'instantiate': {
      // Nothing exists yet, so only throttling, outages and lost answers are retried here; a lost
      // answer is first looked for, so the app is never created twice.
      const started = env.interruptedAt ?? clock.now();
      const created = await retry(
        () => request().post(body) as Promise<InstantiateResult>,
        false,
        () => findInstantiatedApp(env, String((op.body as { displayName: string }).displayName), started),
      );
      return {
        applicationId: created.application.id,
        appId: created.application.appId,
        servicePrincipalId: created.servicePrincipal.id,
        userRoleId: userRoleIdOf(created.servicePrincipal.appRoles),
        createdByThisRun: true,
      };
    }
    case 'confirmReadable': {
      // Terraform learned that one good read is not proof: require several in a row.
      const readBoth = () =>
        Promise.all([
          client.api(`/applications/${context.applicationId}`).select('id').middlewareOptions(withScopes(op.scopes)).get(),
          client.api(`/servicePrincipals/${context.servicePrincipalId}`).select('id,appRoles').middlewareOptions(withScopes(op.scopes)).get(),
        ]);
      let servicePrincipal: ServicePrincipal | undefined;
      await retry(async () => {
        for (let i = 0; i < env.confirmations; i++) {
          if (i > 0 && i === env.confirmations - 1) env.onLastConfirmation?.();
          servicePrincipal = (await readBoth())[1] as ServicePrincipal;
        }
      });
      return { userRoleId: context.userRoleId ?? userRoleIdOf(servicePrincipal?.appRoles) };
    }
    case 'setSamlMode':
      await retry(() => request().patch(body));
      return context.createdByThisRun ? { servicePrincipalAcceptedWrite: true } : {};
    case 'setApplicationUrls':
    case 'setNotificationEmails':
    case 'setDisplayName':
      await retry(() => request().patch(body));
      return {};
    case 'assignPrincipal': {
      const assignment = await retry(async () => {
        try {
          return (await request().post(body)) as AppRoleAssignment;
        } catch (error) {
          // A retried POST whose first attempt landed: the assignment exists, which is the goal.
          if (toGraphFailure(error).status === 409 && /already exists/i.test(toGraphFailure(error).message)) return null;
          throw error;
        }
      });
      return assignment?.id ? { assignments: { ...context.assignments, [op.principalId]: assignment.id } } : {};
    }
    case 'putClaimsPolicy': {
      const policyPath = path;
      const current = await retry(
        () => client.api(policyPath).version('beta').middlewareOptions(withScopes(op.scopes)).get() as Promise<CustomClaimsPolicy>,
      );
      // GET before PUT and keep claims that are already there (graph-saml.md §1.6).
      const merged = claimsPolicyBody(op.claim, (current.claims ?? []) as object[]);
      await retry(() => client.api(policyPath).version('beta').middlewareOptions(withScopes(op.scopes)).put(merged));
      return {};
    }
    case 'addSigningCertificate': {
      const started = env.interruptedAt ?? clock.now();
      const subject = String((op.body as { displayName: string }).displayName);
      const issued = await retry(
        () => request().post(body) as Promise<SelfSignedCertificate>,
        undefined,
        () => findIssuedCertificate(env, path.replace(/\/addTokenSigningCertificate$/, ''), subject, started, op.scopes),
      );
      if (!issued.key || !issued.thumbprint) throw new OperationCheckError('Graph returned a certificate without its key or thumbprint.', { key: 'graph.check.certificateIncomplete' });
      const certificate: IssuedCertificate = {
        thumbprint: issued.thumbprint.toUpperCase(),
        key: issued.key,
        keyId: issued.keyId ?? '',
        startDateTime: issued.startDateTime ?? '',
        endDateTime: issued.endDateTime ?? '',
      };
      return { certificate };
    }
    case 'activateSigningCertificate': {
      const certificate = context.certificate;
      if (!certificate) throw new OperationCheckError('No certificate was created to activate.', { key: 'graph.check.noCertificate' });
      // Graph accepts any thumbprint here, so check it against the certificate itself first.
      if (!(await verifyThumbprint(certificate.key, certificate.thumbprint))) {
        throw new OperationCheckError(`The thumbprint ${certificate.thumbprint} is not the SHA-1 of the certificate Graph returned; it was not activated.`, {
          key: 'graph.check.thumbprintMismatch',
          values: { thumbprint: certificate.thumbprint },
        });
      }
      await retry(() => request().patch(body));
      return {};
    }
  }
}
