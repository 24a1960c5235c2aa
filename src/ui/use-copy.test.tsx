import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCopy } from './use-copy';

describe('useCopy', () => {
  const writeText = vi.fn<(text: string) => Promise<void>>();
  beforeEach(() => {
    vi.useFakeTimers();
    writeText.mockReset();
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('names what was copied for a moment and keeps the last outcome', async () => {
    writeText.mockResolvedValue(undefined);
    const { result } = renderHook(() => useCopy(2000));
    await act(() => result.current.copy('thumbprint', 'ABC'));
    expect(writeText).toHaveBeenCalledWith('ABC');
    expect(result.current.recent).toBe('thumbprint');
    expect(result.current.last).toEqual({ key: 'thumbprint', copied: true });
    act(() => vi.advanceTimersByTime(2000));
    expect(result.current.recent).toBeNull();
    expect(result.current.last).toEqual({ key: 'thumbprint', copied: true });
  });

  it('reports a refused clipboard without a moment of "copied"', async () => {
    writeText.mockRejectedValue(new Error('denied'));
    const { result } = renderHook(() => useCopy());
    await act(async () => expect(await result.current.copy('all', 'x')).toBe(false));
    expect(result.current.recent).toBeNull();
    expect(result.current.last).toEqual({ key: 'all', copied: false });
  });

  it('clears its timer when the page goes', async () => {
    writeText.mockResolvedValue(undefined);
    const { result, unmount } = renderHook(() => useCopy());
    await act(() => result.current.copy('all', 'x'));
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
