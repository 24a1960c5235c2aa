// State that belongs to what it was read for. A read's effect used to start by setting "loading",
// which renders twice and which React's hooks rules refuse (set-state-in-effect); here the answer
// carries the inputs it answers, and while the inputs differ from the current ones the state reads
// as `initial` (e.g. loading), on the same render the inputs changed.
import { useCallback, useState } from 'react';

export function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}

/**
 * `inputs`: what the state is for (compared item by item, like an effect's dependencies).
 * `set(inputs, value)`: an answer for those inputs; it shows only while they are still current.
 */
export function useKeyedState<T>(inputs: readonly unknown[], initial: T): [T, (forInputs: readonly unknown[], value: T) => void] {
  const [held, setHeld] = useState<{ inputs: readonly unknown[]; value: T }>({ inputs, value: initial });
  const set = useCallback((forInputs: readonly unknown[], value: T) => setHeld({ inputs: forInputs, value }), []);
  return [sameInputs(held.inputs, inputs) ? held.value : initial, set];
}
