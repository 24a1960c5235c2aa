// Opens the wizard (src/shell/Wizard.tsx, as the signed-in area mounts it) on one step with the
// journal that step needs, as a reload would find it: no walk through the steps before it.
// The journal is written through the store here only, so a change of the store's API is one edit.
import type { Answers } from '../setup/types';
import Wizard from '../shell/Wizard';
import { wizardStore, type ApplyRecord, type StepId, type WizardJournal } from '../wizard/wizard-store';
import type { DemoGraph } from './demo-graph';
import { renderWithProviders } from './render-with-providers';

export interface WizardState {
  answers?: Partial<Answers>;
  drafts?: WizardJournal['drafts'];
  apply?: ApplyRecord | null;
}

/** `demo` is what `useDemoTenant` returns: its session signs in, its Graph client is the wizard's. */
export function renderWizardAt(step: StepId, demo: Pick<DemoGraph, 'session' | 'graph'>, state: WizardState = {}) {
  wizardStore.update(() => ({ version: 1, step, drafts: state.drafts ?? {}, answers: state.answers ?? {}, apply: state.apply ?? null }));
  return renderWithProviders(<Wizard session={demo.session} graph={demo.graph} />);
}
