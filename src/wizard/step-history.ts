// Each wizard step is an entry in the browser's history, with its own address: `?step=region`.
// A query parameter, not a path: like the share page (`?share=1`), it needs no rewrite rule on a
// static host, and MSAL's redirect bridge returns to the full address (query included), so a
// consent asked for on a step comes back to that step. Support staff's deep-link parameters stay
// in the address untouched; they were kept in sessionStorage at boot (presets-present.ts) anyway.
// The journal (wizard-store.ts) stays the source of truth: the address follows the step shown,
// and Back/Forward ask the journal for a step, which it shows only if it is reachable
// (docs/decisions/016-steps-in-history.md).
import { useEffect, useRef } from 'react';
import { shownStep, STEP_IDS, wizardStore, type StepId } from './wizard-store';

const STEP_PARAMETER = 'step';

/** The step an address names, if it names one. */
export function stepInAddress(search: string): StepId | null {
  const value = new URLSearchParams(search).get(STEP_PARAMETER);
  return value !== null && (STEP_IDS as readonly string[]).includes(value) ? (value as StepId) : null;
}

/** The same address with `step` set to `step`; every other parameter and the fragment are kept. */
export function addressOfStep(location: Pick<Location, 'pathname' | 'search' | 'hash'>, step: StepId): string {
  const params = new URLSearchParams(location.search);
  params.set(STEP_PARAMETER, step);
  return `${location.pathname}?${params.toString()}${location.hash}`;
}

let addressRead = false;

/**
 * Once per page load, before the wizard first renders: the step the address names (a reload, a
 * bookmark, the return from sign-in or consent) becomes the journal's, or the furthest reachable
 * step when it is not reachable yet (e.g. `?step=summary` before apply).
 */
export function arriveAtAddressStep(search: string): void {
  if (addressRead) return;
  addressRead = true;
  const asked = stepInAddress(search);
  if (asked !== null) wizardStore.goTo(shownStep(asked, wizardStore.get()));
}

/**
 * Keeps the address on the step shown: a new step is a new history entry; the first step shown
 * and the summary that apply moves to by itself replace the current one (Back from the summary
 * goes to the review, not to an apply that has finished). Back and Forward show the entry's step.
 */
export function useStepInHistory(step: StepId): void {
  const shown = useRef<StepId | null>(null);

  useEffect(() => {
    const previous = shown.current;
    shown.current = step;
    if (stepInAddress(window.location.search) === step) return;
    const address = addressOfStep(window.location, step);
    if (previous === null || (previous === 'apply' && step === 'summary')) window.history.replaceState(window.history.state, '', address);
    else window.history.pushState(null, '', address);
  }, [step]);

  useEffect(() => {
    const onPopState = () => {
      const asked = stepInAddress(window.location.search) ?? 'name';
      const target = shownStep(asked, wizardStore.get());
      // Not reachable (e.g. the review while apply runs): this entry shows the furthest reachable step.
      if (target !== asked) window.history.replaceState(window.history.state, '', addressOfStep(window.location, target));
      shown.current = target;
      if (wizardStore.get().step !== target) wizardStore.goTo(target);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
}
