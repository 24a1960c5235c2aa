import { GraphOperationError, type GraphFailure } from './retry';
import type { graphEn } from './messages.en';

/** Catalogue key of the advice (graph.advice.* in src/graph/messages.en.ts / .ja.ts). */
export type AdviceKey = keyof typeof graphEn.advice;

/** Graph's own message (shown as Graph wrote it) plus what the admin must do about it (graph.advice.*). */
export function explainFailure(failure: GraphFailure, exhausted: boolean): { message: string; adviceKey: AdviceKey } {
  const graphSays = `${failure.status > 0 ? `HTTP ${failure.status} ` : ''}${failure.code ? `${failure.code}: ` : ''}${failure.message}`.trim();
  const explained = (adviceKey: AdviceKey) => ({ message: graphSays, adviceKey });
  // Before `exhausted`: a 403 on a new service principal is waited out for a bounded time only
  // (retry.ts, SERVICE_PRINCIPAL_403_WAIT_MS); when it outlasts that, a role or consent is missing.
  if (failure.status === 403) return explained('forbidden');
  if (exhausted) return explained('exhausted');
  if (failure.status === 401) return explained('signInExpired');
  if (failure.status === 400 && /identifierUris already exists/i.test(failure.message)) return explained('identifierTaken');
  return explained('correctOrRetry');
}

/** Any error a Graph read threw, as the page explains it: Graph's words and what to do. */
export function explainError(error: unknown): { message: string; adviceKey: AdviceKey } {
  if (error instanceof GraphOperationError) return explainFailure(error.failure, error.exhausted);
  return { message: error instanceof Error ? error.message : String(error), adviceKey: 'tryAgain' };
}
