// One function per planned operation kind. Each resolves the plan's placeholders from what earlier
// operations returned, calls Graph through the retry policy, and returns what later ones need.
import type { AppRole, AppRoleAssignment, SelfSignedCertificate, ServicePrincipal } from '@microsoft/microsoft-graph-types';
import type { GraphApi } from '../client';
import {
  EmptyAnswerError,
  realClock,
  toGraphFailure,
  withRetry,
  type RetryClock,
  type RetryNotice,
  type RecoverReason,
  type RetryPolicy,
  type WriteKind,
} from '../retry';
import {
  findAssignment,
  findInstantiatedApp,
  findIssuedCertificate,
  INTERRUPTED_CERTIFICATE_SEARCH_MS,
  LOST_CERTIFICATE_SEARCH_MS,
  readAssignmentBack,
  type InstantiateResult,
} from './recover-lost-writes';
import { readClaimsPolicy } from './claims-policy';
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
  /**
   * Whether a write to the new service principal has succeeded by now, in this operation or in any
   * other (asked at each failure: operations run in parallel). From then on a 403 is a refusal.
   * The executor answers from its live context, which holds every finished operation's output, so
   * it already covers the context this operation started with.
   */
  servicePrincipalAcceptedWrite: () => boolean;
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
  const retry = <T>(
    attempt: () => Promise<T>,
    options: { write?: WriteKind; freshObject?: boolean; recover?: (why: RecoverReason) => Promise<T | undefined> } = {},
  ) =>
    withRetry(attempt, {
      freshObject: options.freshObject ?? context.createdByThisRun === true,
      acceptsWrites: env.servicePrincipalAcceptedWrite,
      ...(options.write ? { write: options.write } : {}),
      ...(context.samlModeSetByThisRun ? { samlModeSetByThisRun: true } : {}),
      ...(options.recover ? { recover: options.recover, mayHaveLandedBefore: env.interruptedAt !== undefined } : {}),
      onRetry: env.onRetry,
      renewToken: env.graph.renewToken,
      ...(env.policy ? { policy: env.policy } : {}),
      ...(env.clock ? { clock: env.clock } : {}),
    });
  /** What a successful write to the service principal tells the operations after it. */
  const wroteServicePrincipal: ApplyContext = context.createdByThisRun ? { servicePrincipalAcceptedWrite: true } : {};

  switch (op.kind) {
    case 'instantiate': {
      // Nothing exists yet, so only throttling, outages and lost answers are retried here; a lost
      // answer is first looked for, so the app is never created twice.
      const started = env.interruptedAt ?? clock.now();
      const created = await retry(
        async () => {
          const answer = (await request().post(body)) as InstantiateResult | undefined;
          if (!answer?.application?.id || !answer.application.appId || !answer.servicePrincipal?.id) throw new EmptyAnswerError(201);
          return answer;
        },
        {
          write: 'instantiate',
          freshObject: false,
          recover: () => findInstantiatedApp(env, String((op.body as { displayName: string }).displayName), started),
        },
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
      await retry(() => request().patch(body), { write: 'idempotent' });
      // The identifier PATCH after it may meet the SAML exemption's lag (retry.ts).
      return { ...wroteServicePrincipal, samlModeSetByThisRun: true };
    case 'setApplicationUrls':
    case 'setDisplayName':
      await retry(() => request().patch(body), { write: 'idempotent' });
      return {};
    case 'setNotificationEmails':
      await retry(() => request().patch(body), { write: 'idempotent' });
      return wroteServicePrincipal;
    case 'assignPrincipal': {
      const { principalId, appRoleId } = body as { principalId: string; appRoleId: string };
      const servicePrincipalPath = path.replace(/\/appRoleAssignedTo$/, '');
      const find = () => findAssignment(env, servicePrincipalPath, principalId, appRoleId, op.scopes);
      const assignment = await retry(
        async () => {
          try {
            const answer = (await request().post(body)) as AppRoleAssignment | undefined;
            if (!answer?.id) throw new EmptyAnswerError(201);
            return answer;
          } catch (error) {
            const failure = toGraphFailure(error);
            // The assignment exists already (an earlier attempt whose answer was lost, or a list that
            // lagged when the plan was made): the goal is reached. Graph says so with 400 "Permission
            // being assigned already exists on the object." (Terraform's azuread provider,
            // app_role_assignment_resource.go); 409 is accepted as well. Read it back for its id.
            if ((failure.status === 400 || failure.status === 409) && /already exists/i.test(failure.message)) {
              return (await readAssignmentBack(env, find)) ?? null;
            }
            throw error;
          }
        },
        // After a reload, whether the POST was sent is unknown: sending it again is as safe as
        // looking first (a repeat answers "already exists") and costs no extra round trip.
        { write: 'create', recover: async (why) => (why === 'ambiguous' ? find() : undefined) },
      );
      return {
        ...wroteServicePrincipal,
        ...(assignment?.id ? { assignments: { ...context.assignments, [op.principalId]: assignment.id } } : {}),
      };
    }
    case 'putClaimsPolicy': {
      const policyPath = path;
      // GET again at run time and merge again: the tenant may have changed since the review.
      const current = await retry(() => readClaimsPolicy(env.graph, policyPath, op.scopes));
      const merged = claimsPolicyBody(op.claim, current);
      // PUT replaces the whole policy with the same body each time: idempotent.
      await retry(() => client.api(policyPath).version('beta').middlewareOptions(withScopes(op.scopes)).put(merged), { write: 'idempotent' });
      return wroteServicePrincipal;
    }
    case 'addSigningCertificate': {
      const started = env.interruptedAt ?? clock.now();
      const subject = String((op.body as { displayName: string }).displayName);
      const issued = await retry(
        async () => {
          const answer = (await request().post(body)) as SelfSignedCertificate | undefined;
          if (!answer?.key || !answer.thumbprint) throw new EmptyAnswerError(200);
          return answer;
        },
        {
          write: 'create',
          recover: (why) =>
            findIssuedCertificate(
              env,
              path.replace(/\/addTokenSigningCertificate$/, ''),
              subject,
              started,
              op.scopes,
              why === 'interrupted' ? INTERRUPTED_CERTIFICATE_SEARCH_MS : LOST_CERTIFICATE_SEARCH_MS,
            ),
        },
      );
      if (!issued.key || !issued.thumbprint)
        throw new OperationCheckError('Graph returned a certificate without its key or thumbprint.', { key: 'graph.check.certificateIncomplete' });
      const certificate: IssuedCertificate = {
        thumbprint: issued.thumbprint.toUpperCase(),
        key: issued.key,
        keyId: issued.keyId ?? '',
        startDateTime: issued.startDateTime ?? '',
        endDateTime: issued.endDateTime ?? '',
      };
      return { ...wroteServicePrincipal, certificate };
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
      await retry(() => request().patch(body), { write: 'idempotent' });
      return wroteServicePrincipal;
    }
  }
}
