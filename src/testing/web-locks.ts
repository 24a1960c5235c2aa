// happy-dom has `navigator.locks` but leaves it null; the apply lock (src/ui/apply-lock.ts) needs the
// Web Locks API. One page in a test: exclusive locks held in turn, per name, in memory.
export function installWebLocks(): void {
  if (navigator.locks) return;
  const held = new Map<string, Promise<unknown>>();
  const request = (name: string, callback: () => Promise<unknown>) => {
    const before = held.get(name) ?? Promise.resolve();
    const run = before.then(callback, callback);
    held.set(
      name,
      run.catch(() => undefined),
    );
    return run;
  };
  Object.defineProperty(navigator, 'locks', { value: { request }, configurable: true });
}
