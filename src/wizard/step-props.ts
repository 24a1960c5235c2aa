import type { AdminSession } from '../auth/session';
import type { GraphApi } from '../graph/client';
import type { StepId, WizardJournal } from './wizard-store';

/** What the wizard (src/shell/Wizard.tsx) gives each step page: steps import this, never the wizard. */
export interface StepProps {
  session: AdminSession;
  graph: GraphApi;
  journal: WizardJournal;
  /** Moves focus-friendly to a step; the heading of the new step takes focus. */
  goTo: (step: StepId) => void;
}
