import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useKeyedRead } from './use-keyed-read';

/** A read the test answers by hand, one per call. */
function deferredReads<T>() {
  const calls: { resolve: (value: T) => void; reject: (error: unknown) => void }[] = [];
  const read = vi.fn(
    () =>
      new Promise<T>((resolve, reject) => {
        calls.push({ resolve, reject });
      }),
  );
  return { read, calls };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('useKeyedRead', () => {
  it('reads for the inputs on screen, shows only their answer, and reads again when an input changes', async () => {
    const { read, calls } = deferredReads<string>();
    const { result, rerender } = renderHook(({ id, attempt }) => useKeyedRead([id, attempt], read), { initialProps: { id: 'a', attempt: 0 } });
    expect(result.current).toEqual({ state: 'loading' });
    expect(read).toHaveBeenCalledTimes(1);
    await act(async () => calls[0]!.resolve('answer for a'));
    expect(result.current).toEqual({ state: 'done', value: 'answer for a' });

    // A render with the same inputs (a new array) does not read again.
    rerender({ id: 'a', attempt: 0 });
    expect(read).toHaveBeenCalledTimes(1);

    rerender({ id: 'b', attempt: 0 });
    expect(result.current).toEqual({ state: 'loading' });
    expect(read).toHaveBeenCalledTimes(2);
    // The late answer for `a` does not show for `b`.
    await act(async () => calls[0]!.resolve('late answer for a'));
    await act(async () => calls[1]!.reject(new Error('refused')));
    expect(result.current).toEqual({ state: 'failed', error: new Error('refused') });

    // A retry is new inputs: loading again, then its answer.
    rerender({ id: 'b', attempt: 1 });
    expect(result.current).toEqual({ state: 'loading' });
    await act(async () => calls[2]!.resolve('answer for b'));
    expect(result.current).toEqual({ state: 'done', value: 'answer for b' });
  });

  it('ignores an answer that arrives after the inputs changed, even if they change back', async () => {
    const { read, calls } = deferredReads<string>();
    const { result, rerender } = renderHook(({ id }) => useKeyedRead([id], read), { initialProps: { id: 'a' } });
    rerender({ id: 'b' });
    rerender({ id: 'a' });
    expect(read).toHaveBeenCalledTimes(3);
    await act(async () => calls[0]!.resolve('first read of a'));
    expect(result.current).toEqual({ state: 'loading' });
    await act(async () => calls[2]!.resolve('second read of a'));
    expect(result.current).toEqual({ state: 'done', value: 'second read of a' });
  });

  it('is idle without a read, and shows the initial state given until the answer', async () => {
    const { read, calls } = deferredReads<string>();
    const { result, rerender } = renderHook(
      ({ reads }: { reads: boolean }) => useKeyedRead(['a'], reads ? read : null, { initial: { state: 'done', value: 'cached' } }),
      {
        initialProps: { reads: false },
      },
    );
    expect(result.current).toEqual({ state: 'idle' });
    expect(read).not.toHaveBeenCalled();
    rerender({ reads: true });
    expect(result.current).toEqual({ state: 'done', value: 'cached' });
    await act(async () => calls[0]!.resolve('read'));
    expect(result.current).toEqual({ state: 'done', value: 'read' });
  });

  it('with a delay, reads once the inputs have stayed the same that long: idle while waiting, then loading', async () => {
    vi.useFakeTimers();
    const { read, calls } = deferredReads<string>();
    const { result, rerender } = renderHook(({ text }) => useKeyedRead([text], read, { delayMs: 400 }), { initialProps: { text: 'C' } });
    expect(result.current).toEqual({ state: 'idle' });
    act(() => vi.advanceTimersByTime(300));
    rerender({ text: 'Co' });
    act(() => vi.advanceTimersByTime(399));
    expect(read).not.toHaveBeenCalled();
    expect(result.current).toEqual({ state: 'idle' });
    act(() => vi.advanceTimersByTime(1));
    expect(read).toHaveBeenCalledTimes(1);
    expect(result.current).toEqual({ state: 'loading' });
    await act(async () => calls[0]!.resolve('Contoso'));
    expect(result.current).toEqual({ state: 'done', value: 'Contoso' });
  });

  it('calls the latest read, so it may use what the inputs stand for', async () => {
    const reads: string[] = [];
    const { rerender } = renderHook(({ id, label }) => useKeyedRead([id], () => Promise.resolve(reads.push(`${id}:${label}`))), {
      initialProps: { id: 'a', label: 'first' },
    });
    rerender({ id: 'b', label: 'second' });
    await act(async () => undefined);
    expect(reads).toEqual(['a:first', 'b:second']);
  });
});
