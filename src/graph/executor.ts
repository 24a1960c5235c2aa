// Runs a plan: every operation whose dependencies are done starts at once, so the wall time is the
// plan's depth, not its length. Each finished operation is handed to the journal as it happens, so
// an interrupted apply resumes where it stopped.
import type { Plan, PlannedOperation } from '../setup/plan';
import type { ApplyContext } from './apply-context';
import { runOperation, OperationCheckError, type OperationEnv } from './operations/run-operation';
import { GraphOperationError, realClock, type GraphFailure, type RetryNotice } from './retry';
import { explainFailure } from './explain-failure';

export type OperationStatus =
  | { state: 'pending' }
  | { state: 'running' }
  | { state: 'retrying'; reason: string; attempt: number; waitMs: number }
  | { state: 'done' }
  | { state: 'failed'; message: string; advice: string; failure?: GraphFailure };

export interface ApplyJournal {
  /** Operations finished in an earlier attempt, with what they returned. */
  finished: Record<string, ApplyContext>;
  record(operationId: string, output: ApplyContext): void;
  /** Operations started (ms) in an earlier attempt that never finished: their writes may have landed. */
  started?: Record<string, number>;
  recordStart?(operationId: string, at: number): void;
}

export interface ExecuteOptions extends Omit<OperationEnv, 'onRetry' | 'confirmations'> {
  journal: ApplyJournal;
  onStatus: (operationId: string, status: OperationStatus) => void;
  confirmations?: number;
  /** Context known before the run (ids of an existing app). */
  initialContext?: ApplyContext;
}

export interface ApplyOutcome {
  ok: boolean;
  context: ApplyContext;
}

export async function executePlan(plan: Plan, options: ExecuteOptions): Promise<ApplyOutcome> {
  let context: ApplyContext = { ...options.initialContext };
  const done = new Set<string>();
  for (const op of plan.operations) {
    const output = options.journal.finished[op.id];
    if (!output) continue;
    context = mergeContext(context, output);
    done.add(op.id);
    options.onStatus(op.id, { state: 'done' });
  }

  const started = new Set(done);
  const running = new Map<string, Promise<void>>();
  let failed = false;

  const ready = (op: PlannedOperation) => !started.has(op.id) && op.dependsOn.every((id) => done.has(id));

  const start = (op: PlannedOperation) => {
    started.add(op.id);
    options.onStatus(op.id, { state: 'running' });
    const interruptedAt = options.journal.started?.[op.id];
    options.journal.recordStart?.(op.id, interruptedAt ?? (options.clock ?? realClock).now());
    const env: OperationEnv = {
      graph: options.graph,
      ...(interruptedAt !== undefined ? { interruptedAt } : {}),
      ...(options.policy ? { policy: options.policy } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
      confirmations: options.confirmations ?? 2,
      onRetry: (notice: RetryNotice) =>
        options.onStatus(op.id, { state: 'retrying', reason: notice.reason, attempt: notice.attempt, waitMs: notice.waitMs }),
    };
    const task = runOperation(op, context, env).then(
      (output) => {
        context = mergeContext(context, output);
        options.journal.record(op.id, output);
        done.add(op.id);
        options.onStatus(op.id, { state: 'done' });
      },
      (error: unknown) => {
        failed = true;
        options.onStatus(op.id, describeError(error));
      },
    );
    running.set(op.id, task.finally(() => running.delete(op.id)));
  };

  for (;;) {
    if (!failed) plan.operations.filter(ready).forEach(start);
    if (running.size === 0) break;
    await Promise.race(running.values());
  }
  return { ok: !failed && done.size === plan.operations.length, context };
}

export function mergeContext(base: ApplyContext, output: ApplyContext): ApplyContext {
  return {
    ...base,
    ...output,
    assignments: { ...base.assignments, ...output.assignments },
    createdByThisRun: base.createdByThisRun === true || output.createdByThisRun === true,
  };
}

function describeError(error: unknown): OperationStatus {
  if (error instanceof GraphOperationError) {
    const { message, advice } = explainFailure(error.failure, error.exhausted);
    return { state: 'failed', message, advice, failure: error.failure };
  }
  if (error instanceof OperationCheckError) return { state: 'failed', message: error.message, advice: 'Nothing further was written. Run Apply again, or contact support with this message.' };
  const text = error instanceof Error ? error.message : String(error);
  return { state: 'failed', message: text, advice: 'Nothing further was written. Run Apply again to continue where it stopped.' };
}
