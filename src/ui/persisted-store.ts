// One way to keep a flow's journal in Web Storage as it changes (the wizard's and the check's):
// read once when the store is made, written on every change, and handed to React through
// useSyncExternalStore. docs/decisions/023-one-runner-one-store-one-client.md gives the contract.
import { useSyncExternalStore } from 'react';

export interface PersistedStoreOptions<T> {
  /** The storage key (one of auth/session-data's keys, so sign-out forgets it). */
  key: string;
  /** A fresh value: used when nothing was saved, or what was saved is not usable. */
  empty: () => T;
  /**
   * What was saved, as parsed JSON: unchecked, from another version perhaps. Returns the value to
   * start from, or null when it is not usable (then `empty()`). A throw counts as null.
   */
  revive: (saved: T) => T | null;
}

export class PersistedStore<T> {
  private value: T;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly options: PersistedStoreOptions<T>,
    private readonly storage: Storage | undefined = globalThis.sessionStorage,
  ) {
    this.value = this.load();
  }

  private load(): T {
    try {
      const raw = this.storage?.getItem(this.options.key);
      if (raw) return this.options.revive(JSON.parse(raw) as T) ?? this.options.empty();
    } catch {
      // Not JSON, or not the shape revive expects: start afresh.
    }
    return this.options.empty();
  }

  get = (): T => this.value;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  update(change: (value: T) => T) {
    this.value = change(this.value);
    try {
      this.storage?.setItem(this.options.key, JSON.stringify(this.value));
    } catch {
      // Storage full or disabled: the flow still works, it just cannot survive a reload.
    }
    this.listeners.forEach((listener) => listener());
  }

  /** Back to `empty()`, saved as such. */
  reset() {
    this.update(() => this.options.empty());
  }
}

/** The store's current value; the component renders again when it changes. */
export function usePersistedStore<T>(store: PersistedStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.get);
}
