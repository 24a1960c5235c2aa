import { describe, expect, it, vi } from 'vitest';
import { PersistedStore } from './persisted-store';
import { memoryStorage } from '../testing/memory-storage';

interface Saved {
  version: 1;
  count: number;
}

const options = {
  key: 'test.journal',
  empty: (): Saved => ({ version: 1, count: 0 }),
  revive: (saved: Saved) => (saved.version === 1 ? saved : null),
};

describe('a persisted store', () => {
  it('saves every change, tells its listeners, and a new store (a reload) starts from what was saved', () => {
    const storage = memoryStorage();
    const store = new PersistedStore(options, storage);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.update((value) => ({ ...value, count: value.count + 1 }));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(new PersistedStore(options, storage).get()).toEqual({ version: 1, count: 1 });
    unsubscribe();
    store.reset();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(new PersistedStore(options, storage).get()).toEqual({ version: 1, count: 0 });
  });

  it('starts empty from what revive refuses, what is not JSON, and what makes revive throw', () => {
    const storage = memoryStorage();
    storage.setItem('test.journal', JSON.stringify({ version: 2, count: 5 }));
    expect(new PersistedStore(options, storage).get()).toEqual({ version: 1, count: 0 });
    storage.setItem('test.journal', '{not json');
    expect(new PersistedStore(options, storage).get()).toEqual({ version: 1, count: 0 });
    storage.setItem('test.journal', 'null');
    expect(new PersistedStore(options, storage).get()).toEqual({ version: 1, count: 0 });
  });

  it('keeps working in memory when storage refuses to save', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const store = new PersistedStore(options, storage);
    store.update((value) => ({ ...value, count: 2 }));
    expect(store.get().count).toBe(2);
  });
});
