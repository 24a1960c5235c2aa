// Runs a plan: every operation whose dependencies are done starts at once, so the wall time is the
// plan's depth, not its length. Each finished operation is handed to the journal as it happens, so
// an interrupted apply resumes where it stopped.
//
// One overlap keeps the confirmation of a new app off the critical path: its last confirming read
// runs alongside the idempotent PATCHes that wait for it (SAML mode). Such a PATCH counts as done
// only once the confirmation is done too, so nothing after it is released before the new objects
// read back several times in a row (docs/decisions/007-performance.md).
import type { Plan, PlannedOperation } from '../setup/plan';
import type { ApplyContext } from './apply-context';
import { runOperation, OperationCheckError, type OperationEnv } from './operations/run-operation';
import { GraphOperationError, realClock, type GraphFailure, type RetryNotice, type RetryReasonKey } from './retry';
import { explainFailure, type AdviceKey } from './explain-failure';
import type { MessageRef } from '../setup/message-ref';

export type OperationStatus =
  | { state: 'pending' }
  | { state: 'running' }
  // The retry's reason and the failure's advice are keys the page words. A failure's `message` is
  // Graph's own words (shown as they are) unless `messageRef` says otherwise (a check of ours).
  | { state: 'retrying'; reasonKey: RetryReasonKey; reasonValues?: Record<string, string | number>; attempt: number; waitMs: number }
  | { state: 'done' }
  | { state: 'failed'; message: string; messageRef?: MessageRef; adviceKey: AdviceKey; failure?: GraphFailure };

interface ApplyJournal {
  /** Operations finished in an earlier attempt, with what they returned. */
  finished: Record<string, ApplyContext>;
  record(operationId: string, output: ApplyContext): void;
  /** Operations started (ms) in an earlier attempt that never finished: their writes may have landed. */
  started?: Record<string, number>;
  recordStart?(operationId: string, at: number): void;
  /** The operation failed and Graph refused every attempt: nothing of it landed. */
  forgetStart?(operationId: string): void;
}

export interface ExecuteOptions extends Omit<OperationEnv, 'onRetry' | 'confirmations' | 'onLastConfirmation' | 'servicePrincipalAcceptedWrite'> {
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
  /** Whether each started operation ended done (true) or not (false). */
  const settled = new Map<string, Promise<boolean>>();
  /** Confirmations whose last read is under way: PATCHes waiting for them may start. */
  const confirming = new Set<string>();
  let wake: () => void = () => {};
  let failed = false;

  const ready = (op: PlannedOperation) => !started.has(op.id) && op.dependsOn.every((id) => done.has(id) || (confirming.has(id) && mayOverlapConfirmation(op)));

  const start = (op: PlannedOperation) => {
    started.add(op.id);
    options.onStatus(op.id, { state: 'running' });
    const interruptedAt = options.journal.started?.[op.id];
    const env: OperationEnv = {
      graph: options.graph,
      ...(interruptedAt !== undefined ? { interruptedAt } : {}),
      ...(options.policy ? { policy: options.policy } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
      confirmations: options.confirmations ?? 2,
      // Live: another operation's write to the new service principal counts from the moment it lands.
      servicePrincipalAcceptedWrite: () => context.servicePrincipalAcceptedWrite === true,
      onRetry: (notice: RetryNotice) =>
        options.onStatus(op.id, {
          state: 'retrying',
          reasonKey: notice.reasonKey,
          ...(notice.reasonValues ? { reasonValues: notice.reasonValues } : {}),
          attempt: notice.attempt,
          waitMs: notice.waitMs,
        }),
      onLastConfirmation: () => {
        confirming.add(op.id);
        wake();
      },
    };
    // Started alongside a confirmation's last read: done only when that confirmation is done too.
    const confirmations = op.dependsOn.filter((id) => !done.has(id)).map((id) => settled.get(id) ?? Promise.resolve(false));
    // The start is journalled once the token is at hand: a consent redirect before it (the page
    // leaves) has sent nothing, so the resumed run need not look for a write that never was.
    const run = options.graph.acquireToken(op.scopes).then(() => {
      options.journal.recordStart?.(op.id, interruptedAt ?? (options.clock ?? realClock).now());
      return runOperation(op, context, env);
    });
    const task = Promise.all([run, ...confirmations]).then(
      ([output, ...confirmed]) => {
        if (!confirmed.every(Boolean)) {
          // The write may have landed; it is idempotent and is sent again on the next try.
          options.onStatus(op.id, { state: 'pending' });
          return false;
        }
        context = mergeContext(context, output);
        options.journal.record(op.id, output);
        done.add(op.id);
        options.onStatus(op.id, { state: 'done' });
        return true;
      },
      (error: unknown) => {
        failed = true;
        // A refusal (403, 400…) wrote nothing: the next try need not look for a lost create first.
        if (error instanceof GraphOperationError && !error.mayHaveLanded) options.journal.forgetStart?.(op.id);
        options.onStatus(op.id, describeError(error));
        return false;
      },
    );
    settled.set(op.id, task);
    running.set(
      op.id,
      task.then(() => {
        running.delete(op.id);
      }),
    );
  };

  for (;;) {
    if (!failed) plan.operations.filter(ready).forEach(start);
    if (running.size === 0) break;
    await Promise.race([...running.values(), new Promise<void>((resolve) => (wake = resolve))]);
  }
  return { ok: !failed && done.size === plan.operations.length, context };
}

/** Idempotent writes: sending one early, alongside a confirmation, can at worst be sent again. */
function mayOverlapConfirmation(op: PlannedOperation): boolean {
  return op.method === 'PATCH';
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
    const { message, adviceKey } = explainFailure(error.failure, error.exhausted);
    return { state: 'failed', message, adviceKey, failure: error.failure };
  }
  if (error instanceof OperationCheckError) {
    return {
      state: 'failed',
      message: error.message,
      messageRef: error.messageRef,
      adviceKey: 'checkFailed',
    };
  }
  const text = error instanceof Error ? error.message : String(error);
  return { state: 'failed', message: text, adviceKey: 'unexpected' };
}
