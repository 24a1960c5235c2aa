// The one apply runner, for the wizard's apply and the check's repair: one run at a time per tab
// and per tenant across tabs (ui/apply-lock.ts), every operation journalled as it starts and ends so a
// reload resumes where it stopped without writing twice, the statuses the page shows, and the
// attempt each run belongs to (src/auth/interaction-guard.ts). What differs between the two flows
// (where the record lives, what happens around a run) is the journal handed in.
import { useEffect, useState } from 'react';
import type { Plan } from '../../setup/plan';
import type { GraphApi } from '../../graph/client';
import type { ApplyContext } from '../../graph/apply-context';
import { executePlan, mergeContext, type ApplyOutcome, type OperationStatus } from '../../graph/executor';
import type { RetryClock } from '../../graph/retry';
import { interactionGuard, newAttemptId } from '../../auth/interaction-guard';
import { withApplyLock } from '../apply-lock';
import { forgetSummaryReads } from '../summary/use-summary-reads';

/** A reviewed plan and how far its run has come, as a flow's journal keeps it. */
export interface RunRecord {
  plan: Plan;
  finished: Record<string, ApplyContext>;
  /** When each operation was started; one started but not finished may have written already. */
  started?: Record<string, number>;
  /** stale (the wizard only): another tab created the app while this plan waited. */
  state: 'ready' | 'running' | 'failed' | 'done' | 'stale';
  context: ApplyContext;
  /** The tenant the plan was made for. */
  tenantId: string;
  /** The admin's latest click that ran this plan; unset until the first run. */
  attempt?: string;
}

/** Where a flow keeps its run record, and what it does around a run. One object per flow, made once. */
export interface RunJournal<R extends RunRecord> {
  read(): R | null;
  write(record: R): void;
  /** Under the lock, before the run: false stops it (having written why to the record). */
  mayRun?(record: R): boolean;
  /** An operation finished and was journalled. */
  recorded?(operationId: string, output: ApplyContext, record: R): void;
  /** The run ended; the record already says done or failed. */
  ended?(outcome: ApplyOutcome): void;
}

/** Changes the journal's record, if it still has one (the admin may have started over meanwhile). */
function change<R extends RunRecord>(journal: RunJournal<R>, next: (record: R) => R): void {
  const record = journal.read();
  if (record) journal.write(next(record));
}

/** The run under way per journal: one at a time per tab, even under React's double-mounted effects. */
const running = new WeakMap<object, Promise<void>>();

async function run<R extends RunRecord>(
  journal: RunJournal<R>,
  record: R,
  graph: GraphApi,
  onStatus: (id: string, status: OperationStatus) => void,
  clock?: RetryClock,
) {
  await withApplyLock(record.tenantId, async () => {
    if (journal.mayRun && !journal.mayRun(record)) return;
    journal.write({ ...record, state: 'running' });
    const outcome = await executePlan(record.plan, {
      graph,
      ...(clock ? { clock } : {}),
      initialContext: Object.values(record.finished).reduce(mergeContext, record.context),
      journal: {
        finished: record.finished,
        started: record.started ?? {},
        recordStart: (id, at) => change(journal, (r) => ({ ...r, started: { ...r.started, [id]: at } })),
        forgetStart: (id) =>
          change(journal, (r) => {
            const { [id]: _forgotten, ...started } = r.started ?? {};
            return { ...r, started };
          }),
        record: (id, output) => {
          change(journal, (r) => ({ ...r, finished: { ...r.finished, [id]: output } }));
          journal.recorded?.(id, output, record);
        },
      },
      onStatus,
    });
    forgetSummaryReads(graph);
    const latest = journal.read() ?? record;
    journal.write({ ...latest, context: outcome.context, state: outcome.ok ? 'done' : 'failed' });
    journal.ended?.(outcome);
  });
}

export interface ApplyRunnerOptions<R extends RunRecord> {
  journal: RunJournal<R>;
  graph: GraphApi;
  /** The record as the page renders it (statuses of operations finished before this page load). */
  record: R | null;
  /** The signed-in admin's tenant: a record planned for another tenant never runs. */
  signedInTenantId: string;
  /** Tests: a simulated clock for the executor's waits. */
  clock?: RetryClock;
}

export function useApplyRunner<R extends RunRecord>({ journal, graph, record, signedInTenantId, clock }: ApplyRunnerOptions<R>) {
  const [statuses, setStatuses] = useState<Record<string, OperationStatus>>({});

  /** The record to run now: none while one runs, or when the record is another tenant's. */
  const runnable = () => {
    const latest = journal.read();
    return latest && !running.has(journal) && latest.tenantId === signedInTenantId ? latest : null;
  };
  /**
   * `byClick`: the admin asked for this run (Apply, Try again, Ask Microsoft again): a new attempt,
   * which may leave for the authority once more per scope set. A resume (after a reload or a
   * redirect) continues its attempt, whose spent redirects stay spent.
   */
  const start = (byClick: boolean) => {
    const latest = runnable();
    if (!latest) return;
    // A record without an attempt has just come from the review's Apply: that click's attempt.
    const attempt = byClick || !latest.attempt ? newAttemptId() : latest.attempt;
    interactionGuard.enterAttempt(attempt);
    const task = run(journal, { ...latest, attempt }, graph, (id, status) => setStatuses((s) => ({ ...s, [id]: status })), clock).finally(() => {
      running.delete(journal);
    });
    running.set(journal, task);
  };

  /** The admin's click: the last run's statuses give way to the new run's (on arrival there are none). */
  const startByClick = () => {
    if (!runnable()) return;
    setStatuses({});
    start(true);
  };

  useEffect(() => {
    // Runs on arrival from the review, and resumes a run that a reload or a sign-in interrupted.
    const saved = journal.read();
    if (saved && (saved.state === 'ready' || saved.state === 'running')) start(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /**
   * Before a consent redirect (the admin's click: a new attempt, which the redirect is part of):
   * the run resumes on return (and is stopped again if asking failed).
   */
  const resumeOnReturn = (resume: boolean) => {
    const latest = journal.read();
    if (!latest) return;
    const attempt = resume ? newAttemptId() : latest.attempt;
    if (attempt) interactionGuard.enterAttempt(attempt);
    journal.write({ ...latest, state: resume ? 'ready' : 'failed', ...(attempt ? { attempt } : {}) });
  };

  const statusOf = (id: string): OperationStatus => statuses[id] ?? (record?.finished[id] ? { state: 'done' } : { state: 'pending' });
  const doneCount = record ? record.plan.operations.filter((op) => statusOf(op.id).state === 'done').length : 0;
  /** The record was planned under another tenant than the signed-in one: the page says why nothing runs. */
  const otherTenant = record !== null && record.tenantId !== signedInTenantId;
  return { statusOf, doneCount, startByClick, resumeOnReturn, otherTenant };
}
