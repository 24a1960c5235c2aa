import { GraphOperationError, type GraphFailure } from './retry';
import type { graphEn } from './messages.en';

/** Catalogue key of the advice (graph.advice.* in src/graph/messages.en.ts / .ja.ts). */
export type AdviceKey = keyof typeof graphEn.advice;

/**
 * Graph's own message (shown as Graph wrote it) plus what the admin must do about it: `advice` in
 * English for logs and tests, `adviceKey` for the page.
 */
export function explainFailure(failure: GraphFailure, exhausted: boolean): { message: string; advice: string; adviceKey: AdviceKey } {
  const graphSays = `${failure.status > 0 ? `HTTP ${failure.status} ` : ''}${failure.code ? `${failure.code}: ` : ''}${failure.message}`.trim();
  // Before `exhausted`: a 403 on a new service principal is waited out for a bounded time only
  // (retry.ts, SERVICE_PRINCIPAL_403_WAIT_MS); when it outlasts that, a role or consent is missing.
  if (failure.status === 403) {
    return {
      message: graphSays,
      advice:
        "Your account lacks the rights for this step. You need the Cloud Application Administrator or Application Administrator role (Application Administrator for the claims policy), and an administrator must have granted consent to the wizard's permissions.",
      adviceKey: 'forbidden',
    };
  }
  if (exhausted) {
    return {
      message: graphSays,
      advice: 'Microsoft Graph kept failing for several minutes. Nothing is lost: choose Apply again later and it continues where it stopped.',
      adviceKey: 'exhausted',
    };
  }
  if (failure.status === 401) {
    return { message: graphSays, advice: 'Your sign-in expired. Sign in again; Apply continues where it stopped.', adviceKey: 'signInExpired' };
  }
  if (failure.status === 400 && /identifierUris already exists/i.test(failure.message)) {
    return {
      message: graphSays,
      advice: 'Another app in this tenant already uses this identifier. Go back to step 1: the wizard will find that app and update it instead.',
      adviceKey: 'identifierTaken',
    };
  }
  return { message: graphSays, advice: 'Nothing further was written. Correct the answer concerned, or choose Apply again.', adviceKey: 'correctOrRetry' };
}

/** Any error a Graph read threw, as the page explains it: Graph's words and what to do. */
export function explainError(error: unknown): { message: string; adviceKey: AdviceKey } {
  if (error instanceof GraphOperationError) return explainFailure(error.failure, error.exhausted);
  return { message: error instanceof Error ? error.message : String(error), adviceKey: 'tryAgain' };
}
