// One read from the tenant for what is on screen (its inputs): started when the inputs change,
// optionally after a pause (typing), and answered only while those inputs are still current. Every
// page used to write this effect by hand (a `current` flag, the inputs, `.then`, the cleanup).
import { useEffect, useEffectEvent, useState } from 'react';
import { sameInputs, useKeyedState } from './use-keyed-state';

export type KeyedRead<T> = { state: 'idle' } | { state: 'loading' } | { state: 'done'; value: T } | { state: 'failed'; error: unknown };

const IDLE = { state: 'idle' } as const;
const LOADING = { state: 'loading' } as const;

/**
 * The same array as long as its items are the same, so an effect can depend on it. A render whose
 * items differ stores them before React commits (state set during render, React's pattern for
 * "adjusting state when a prop changes"), so no effect ever sees a stale array.
 */
function useSteadyInputs(inputs: readonly unknown[]): readonly unknown[] {
  const [steady, setSteady] = useState(inputs);
  if (steady !== inputs && !sameInputs(steady, inputs)) {
    setSteady(inputs);
    return inputs;
  }
  return steady;
}

export interface KeyedReadOptions<T> {
  /** Wait this long after the inputs last changed before reading (typing); `idle` until then. */
  delayMs?: number;
  /** What shows for new inputs until their answer (default `loading`, or `idle` with a delay), e.g. a cached value. */
  initial?: KeyedRead<T>;
}

/**
 * `inputs`: what the read is for, compared item by item like an effect's dependencies; it runs
 * again when one changes (a retry counter among them reads again). `read`: null while there is
 * nothing to read (`idle`); otherwise the latest one is called, so it may close over anything the
 * inputs stand for. Errors are returned (`failed`), never thrown: each page decides what they show.
 */
export function useKeyedRead<T>(inputs: readonly unknown[], read: (() => Promise<T>) | null, options: KeyedReadOptions<T> = {}): KeyedRead<T> {
  const { delayMs } = options;
  const steady = useSteadyInputs(inputs);
  const [state, setState] = useKeyedState<KeyedRead<T>>(inputs, options.initial ?? (delayMs === undefined ? LOADING : IDLE));
  const reads = read !== null;
  const start = useEffectEvent(() => read!());

  useEffect(() => {
    if (!reads) return;
    let current = true;
    const begin = () => {
      if (delayMs !== undefined) setState(steady, LOADING);
      start().then(
        (value) => current && setState(steady, { state: 'done', value }),
        (error: unknown) => current && setState(steady, { state: 'failed', error }),
      );
    };
    const timer = delayMs === undefined ? undefined : setTimeout(begin, delayMs);
    if (timer === undefined) begin();
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [steady, reads, delayMs, setState]);

  return reads ? state : IDLE;
}
