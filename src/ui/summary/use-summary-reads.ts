// What the summary reads from the tenant when the journal lacks it (summarySources): the active
// certificate and the assignments. Each read is independent: one failing leaves the other shown.
// A read is made once per session and service principal for the page's life: going back to the
// summary (history, a remount) shows what was read. Any run, in either flow, may have written, so
// the apply runner forgets a session's reads when a run ends (forgetSummaryReads); a failed read is
// not kept, so "Try again" reads again.
import { useCallback, useState } from 'react';
import { useKeyedRead } from '../use-keyed-read';
import type { GraphApi } from '../../graph/client';
import { readActiveSigningCertificate, readAssignedPrincipals } from '../../graph/read-service-principal';
import type { AssignedPrincipal, IssuedSigningCertificate } from '../../setup/summary';

export type Read<T> = { state: 'loading' } | { state: 'done'; value: T } | { state: 'failed' };

const LOADING = { state: 'loading' } as const;
const FAILED = { state: 'failed' } as const;

interface Cached {
  promise: Promise<unknown>;
  /** Set once the read succeeded: shown on the first render of a later visit, without a spinner. */
  value?: { value: unknown };
}

/** One cache per Graph client, i.e. per signed-in session: another account never sees these reads. */
const caches = new WeakMap<GraphApi, Map<string, Cached>>();

function cacheOf(graph: GraphApi): Map<string, Cached> {
  let cache = caches.get(graph);
  if (!cache) {
    cache = new Map();
    caches.set(graph, cache);
  }
  return cache;
}

/** After a run, wizard or repair: what was read may have changed. */
export function forgetSummaryReads(graph: GraphApi): void {
  caches.delete(graph);
}

function cachedRead<T>(graph: GraphApi, key: string, load: () => Promise<T>): Promise<T> {
  const cache = cacheOf(graph);
  const hit = cache.get(key);
  if (hit) return hit.promise as Promise<T>;
  const entry: Cached = { promise: load() };
  cache.set(key, entry);
  entry.promise.then(
    (value) => {
      entry.value = { value };
    },
    () => {
      if (cache.get(key) === entry) cache.delete(key);
    },
  );
  return entry.promise as Promise<T>;
}

type Reader<T> = (graph: GraphApi, servicePrincipalId: string) => Promise<T>;

function useRead<T>(
  kind: string,
  reader: Reader<T>,
  graph: GraphApi,
  servicePrincipalId: string,
  journalValue: T | undefined,
): { read: Read<T>; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const reads = journalValue === undefined;
  const key = `${kind}|${servicePrincipalId}`;
  const settled = caches.get(graph)?.get(key)?.value;
  const initial: Read<T> = settled ? { state: 'done', value: settled.value as T } : LOADING;
  const read = useKeyedRead([graph, key, reads, attempt], reads ? () => cachedRead(graph, key, () => reader(graph, servicePrincipalId)) : null, { initial });
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  if (journalValue !== undefined) return { read: { state: 'done', value: journalValue }, retry };
  // The summary says only that a read failed; idle (not reading) cannot happen without the journal's value.
  return { read: read.state === 'failed' ? FAILED : read.state === 'idle' ? LOADING : read, retry };
}

export function useSummaryReads(input: {
  graph: GraphApi;
  servicePrincipalId: string;
  /** Undefined: read it from the service principal. */
  certificate: IssuedSigningCertificate | undefined;
  principals: AssignedPrincipal[] | undefined;
}) {
  const { graph, servicePrincipalId } = input;
  const certificate = useRead('certificate', readActiveSigningCertificate, graph, servicePrincipalId, input.certificate);
  const principals = useRead('principals', readAssignedPrincipals, graph, servicePrincipalId, input.principals);
  return { certificate, principals };
}
