import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useKeyedState } from './use-keyed-state';

describe('useKeyedState', () => {
  it('shows an answer only while its inputs are the current ones, and the initial value on the render the inputs change', () => {
    const { result, rerender } = renderHook(({ id, attempt }) => useKeyedState<string>([id, attempt], 'loading'), { initialProps: { id: 'a', attempt: 0 } });
    expect(result.current[0]).toBe('loading');
    act(() => result.current[1](['a', 0], 'answer for a'));
    expect(result.current[0]).toBe('answer for a');
    rerender({ id: 'b', attempt: 0 });
    expect(result.current[0]).toBe('loading');
    // A late answer for inputs no longer current does not show.
    act(() => result.current[1](['a', 0], 'late answer for a'));
    expect(result.current[0]).toBe('loading');
    act(() => result.current[1](['b', 0], 'answer for b'));
    expect(result.current[0]).toBe('answer for b');
    // A retry is new inputs: loading again until its answer.
    rerender({ id: 'b', attempt: 1 });
    expect(result.current[0]).toBe('loading');
  });
});
