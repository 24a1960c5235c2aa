// A step's refusal as the admin sees it: the message says why, what they typed is kept as typed,
// and the wizard stays on the step (issue 14, "Small traps").
import { screen } from '@testing-library/react';
import { expect } from 'vitest';
import type { StepId } from '../wizard/wizard-store';
import { en } from './english';

interface Kept {
  /** The field, found again after the refusal re-rendered it. */
  field: () => HTMLElement;
  value: string;
}

/** Waits for `message`, checks `kept` (if given) and that `step` is still shown; returns the message. */
export async function expectRefused(step: Exclude<StepId, 'apply' | 'summary'>, message: string | RegExp, kept?: Kept): Promise<HTMLElement> {
  const shown = await screen.findByText(message);
  if (kept) expect(kept.field()).toHaveValue(kept.value);
  expect(screen.getByRole('heading', { level: 1, name: en(`${step}.title`) })).toBeInTheDocument();
  return shown;
}
