// The runner both flows use, against a demo tenant on a simulated clock (graph/testing/apply-harness.ts).
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { applyHarness, sampleAnswers } from '../../graph/testing/apply-harness';
import { initialContext } from '../../graph/plan-for-tenant';
import type { RetryClock } from '../../graph/retry';
import type { GraphApi } from '../../graph/client';
import type { Plan } from '../../setup/plan';
import { DEMO_CLOUD_APPLICATION_ADMIN_USER_ID } from '../../demo-tenant/seed';
import { interactionGuard } from '../../auth/interaction-guard';
import { withApplyLock } from '../apply-lock';
import { useApplyRunner, type RunJournal, type RunRecord } from './use-apply-runner';

/** A journal in memory, like a flow's store, that logs what the runner did with it. */
function memoryJournal(record: RunRecord) {
  let current: RunRecord | null = record;
  const log = { starts: [] as string[], states: [] as RunRecord['state'][] };
  const journal: RunJournal<RunRecord> = {
    read: () => current,
    write: (next) => {
      // An operation's start, as the runner writes it: a new key in `started`.
      for (const id of Object.keys(next.started ?? {})) if (!(current?.started ?? {})[id]) log.starts.push(id);
      if (next.state !== current?.state) log.states.push(next.state);
      current = next;
    },
  };
  return { journal, log, read: () => current };
}

function readyRecord(plan: Plan, tenantId: string): RunRecord {
  return { plan, finished: {}, started: {}, state: 'ready', context: initialContext(plan), tenantId };
}

/** `signedInTenantId`: the record's tenant unless a test signs in elsewhere. */
function mountRunner(journal: RunJournal<RunRecord>, graph: GraphApi, clock: RetryClock, signedInTenantId = journal.read()!.tenantId) {
  return renderHook(({ graph }) => useApplyRunner({ journal, graph, record: journal.read(), signedInTenantId, clock }), { initialProps: { graph } });
}

describe('the apply runner', () => {
  it('resumes after a reload with only the operations that had not finished, in the same attempt', async () => {
    // A Cloud Application Administrator's run stops at the claims policy, with the app made.
    const first = applyHarness({ userOid: DEMO_CLOUD_APPLICATION_ADMIN_USER_ID });
    const interrupted = await first.apply(sampleAnswers());
    expect(interrupted.outcome.ok).toBe(false);
    const unfinished = interrupted.plan.operations.map((op) => op.id).filter((id) => !interrupted.journal[id]);
    expect(unfinished.length).toBeGreaterThan(0);
    expect(unfinished.length).toBeLessThan(interrupted.plan.operations.length);

    // The page loads again while the record says running; this time the admin may write policies.
    const admin = applyHarness({ tenant: first.tenant, clock: first.clock });
    const { journal, log, read } = memoryJournal({
      ...readyRecord(interrupted.plan, admin.tenant.tenantId),
      finished: interrupted.journal,
      started: interrupted.started,
      state: 'running',
      attempt: 'attempt-before-reload',
    });
    const { result } = mountRunner(journal, admin.graph, admin.retryClock);
    await waitFor(() => expect(read()?.state).toBe('done'));

    expect(log.starts.toSorted()).toEqual(unfinished.toSorted());
    expect(Object.keys(read()?.finished ?? {}).toSorted()).toEqual(interrupted.plan.operations.map((op) => op.id).toSorted());
    expect(read()?.attempt).toBe('attempt-before-reload');
    expect(interactionGuard.read().attempt).toBe('attempt-before-reload');
    // Operations finished before the reload show as done too.
    expect(interrupted.plan.operations.every((op) => result.current.statusOf(op.id).state === 'done')).toBe(true);
    expect(result.current.doneCount).toBe(interrupted.plan.operations.length);
  });

  it('ignores a second start while a run is under way', async () => {
    const wizard = applyHarness();
    const plan = await wizard.plan(sampleAnswers());
    const { journal, log, read } = memoryJournal(readyRecord(plan, wizard.tenant.tenantId));
    const { result } = mountRunner(journal, wizard.graph, wizard.retryClock);
    // Arrival from the review started the run (it waits for the lock), as that click's attempt.
    const attempt = interactionGuard.read().attempt;
    expect(attempt).toBeTruthy();

    act(() => result.current.startByClick());
    expect(interactionGuard.read().attempt).toBe(attempt);
    await waitFor(() => expect(read()?.state).toBe('done'));
    expect(log.states.filter((state) => state === 'running')).toHaveLength(1);
    expect(log.starts).toHaveLength(plan.operations.length);
    expect(new Set(log.starts).size).toBe(plan.operations.length);
    expect(read()?.attempt).toBe(attempt);
  });

  it('makes each click a new attempt, and runs it with the client the page has now', async () => {
    const first = applyHarness({ userOid: DEMO_CLOUD_APPLICATION_ADMIN_USER_ID });
    const plan = await first.plan(sampleAnswers());
    const { journal, read } = memoryJournal(readyRecord(plan, first.tenant.tenantId));
    const { result, rerender } = mountRunner(journal, first.graph, first.retryClock);
    await waitFor(() => expect(read()?.state).toBe('failed'));
    const firstAttempt = read()?.attempt;
    expect(result.current.statusOf('claims-policy')).toMatchObject({ state: 'failed', adviceKey: 'forbidden' });

    const admin = applyHarness({ tenant: first.tenant, clock: first.clock });
    rerender({ graph: admin.graph });
    act(() => result.current.startByClick());
    // The last run's statuses give way to the new run's.
    expect(result.current.statusOf('claims-policy').state).not.toBe('failed');
    await waitFor(() => expect(read()?.state).toBe('done'));
    expect(read()?.attempt).toBeTruthy();
    expect(read()?.attempt).not.toBe(firstAttempt);
    expect(interactionGuard.read().attempt).toBe(read()?.attempt);
  });

  it("runs nothing for another tenant's record", async () => {
    const wizard = applyHarness();
    const plan = await wizard.plan(sampleAnswers());
    const { journal, log, read } = memoryJournal(readyRecord(plan, wizard.tenant.tenantId));
    // Planned for the demo tenant (whose Graph would answer), while the admin is signed in to another.
    const { result } = mountRunner(journal, wizard.graph, wizard.retryClock, 'another-tenant');
    expect(result.current.otherTenant).toBe(true);
    await act(async () => result.current.startByClick());
    // A run would have taken the tenant's lock first: queue behind it, so anything it did is done.
    await withApplyLock(wizard.tenant.tenantId, async () => {});
    expect(read()?.state).toBe('ready');
    expect(log.starts).toEqual([]);
  });

  it('before a consent redirect, makes the record resume on return as a new attempt, or stops it again', () => {
    const { journal, read } = memoryJournal({ ...readyRecord({ operations: [] } as unknown as Plan, 'tenant'), state: 'failed', attempt: 'clicked' });
    const { result } = renderHook(() => useApplyRunner({ journal, graph: {} as GraphApi, record: journal.read(), signedInTenantId: 'another-tenant' }));
    act(() => result.current.resumeOnReturn(true));
    expect(read()).toMatchObject({ state: 'ready' });
    const consentAttempt = read()?.attempt;
    expect(consentAttempt).not.toBe('clicked');
    expect(interactionGuard.read().attempt).toBe(consentAttempt);
    act(() => result.current.resumeOnReturn(false));
    expect(read()).toMatchObject({ state: 'failed', attempt: consentAttempt });
  });
});
