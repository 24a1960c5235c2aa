// The wizard's journal: every answer as typed, the reviewed plan and every finished operation, in
// sessionStorage as it happens. A reload, the sign-in redirect or a closed lid brings the admin back
// to the same step with nothing retyped, and an interrupted apply resumes where it stopped.
// Tokens never go here: MSAL keeps its own cache.
import { onForgetSessionData, SESSION_DATA_KEYS } from '../auth/session-data';
import { PersistedStore, usePersistedStore } from '../ui/persisted-store';
import type { Answers } from '../setup/types';
import type { RunRecord } from '../ui/apply/use-apply-runner';

export const STEP_IDS = ['name', 'people', 'region', 'claims', 'certificate', 'review', 'apply', 'summary'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** The wizard's run: a reviewed plan and how far it has come (stale: another tab created the app meanwhile). */
export type ApplyRecord = RunRecord;

export interface WizardJournal {
  version: 1;
  step: StepId;
  /** Form values exactly as typed, per step, valid or not. */
  drafts: Partial<Record<StepId, unknown>>;
  /** Validated answers, filled step by step. */
  answers: Partial<Answers>;
  apply: ApplyRecord | null;
}

function emptyJournal(): WizardJournal {
  return { version: 1, step: 'name', drafts: {}, answers: {}, apply: null };
}

export class WizardStore extends PersistedStore<WizardJournal> {
  constructor(storage?: Storage) {
    super(
      {
        key: SESSION_DATA_KEYS.wizardJournal,
        empty: emptyJournal,
        revive: (saved) => (saved.version === 1 && STEP_IDS.includes(saved.step) ? saved : null),
      },
      storage,
    );
  }

  goTo(step: StepId) {
    this.update((j) => ({ ...j, step }));
  }

  saveDraft(step: StepId, values: unknown) {
    this.update((j) => ({ ...j, drafts: { ...j.drafts, [step]: values } }));
  }

  /** A confirmed step: its answers are kept, a new plan is needed, and the wizard moves on. */
  commit(_step: StepId, answers: Partial<Answers>, next: StepId) {
    this.update((j) => ({
      ...j,
      answers: { ...j.answers, ...answers },
      apply: j.apply?.state === 'done' || j.apply?.state === 'running' ? j.apply : null,
      step: next,
    }));
  }

  setApply(apply: ApplyRecord | null) {
    this.update((j) => ({ ...j, apply }));
  }
}

/** A step can be visited once every step before it has confirmed answers (none while apply runs). */
export function reachable(step: StepId, journal: WizardJournal): boolean {
  const a = journal.answers;
  const apply = journal.apply;
  switch (step) {
    case 'name':
      return apply?.state !== 'running';
    case 'people':
      return a.appName !== undefined && reachable('name', journal);
    case 'region':
      return a.principals !== undefined && reachable('people', journal);
    case 'claims':
      return a.region !== undefined && a.cmpId !== undefined && reachable('region', journal);
    case 'certificate':
      return a.identityClaim !== undefined && reachable('claims', journal);
    case 'review':
      return a.certificate !== undefined && reachable('certificate', journal);
    case 'apply':
      return apply !== null;
    case 'summary':
      return apply?.state === 'done';
  }
}

/**
 * The step to show for one asked for (by the journal, the address or Back/Forward): itself when
 * reachable, else the furthest reachable step, where the admin's work continues.
 */
export function shownStep(asked: StepId, journal: WizardJournal): StepId {
  if (reachable(asked, journal)) return asked;
  return [...STEP_IDS].reverse().find((step) => reachable(step, journal)) ?? 'name';
}

export const wizardStore = new WizardStore();
onForgetSessionData(() => wizardStore.reset());

export function useJournal(store: WizardStore = wizardStore): WizardJournal {
  return usePersistedStore(store);
}
