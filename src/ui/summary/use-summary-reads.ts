// What the summary reads from the tenant when the journal lacks it (summarySources): the active
// certificate and the assignments. Each read is independent: one failing leaves the other shown.
import { useCallback, useEffect, useState } from 'react';
import { useKeyedState } from '../../ui/use-keyed-state';
import type { GraphApi } from '../../graph/client';
import { readActiveSigningCertificate, readAssignedPrincipals } from '../../graph/read-service-principal';
import type { AssignedPrincipal, IssuedSigningCertificate } from '../../setup/summary';

export type Read<T> = { state: 'loading' } | { state: 'done'; value: T } | { state: 'failed' };

function useRead<T>(load: (() => Promise<T>) | null, journalValue: T | undefined): { read: Read<T>; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const reads = load !== null;
  const [read, setRead] = useKeyedState<Read<T>>([reads, attempt], { state: 'loading' });
  useEffect(() => {
    if (!load) return;
    let current = true;
    const inputs = [reads, attempt];
    load().then(
      (value) => current && setRead(inputs, { state: 'done', value }),
      () => current && setRead(inputs, { state: 'failed' }),
    );
    return () => {
      current = false;
    };
    // `load` is rebuilt each render; the service principal id and the attempt decide a new read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reads, attempt, setRead]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { read: !load && journalValue !== undefined ? { state: 'done', value: journalValue } : read, retry };
}

export function useSummaryReads(input: {
  graph: GraphApi;
  servicePrincipalId: string;
  /** Undefined: read it from the service principal. */
  certificate: IssuedSigningCertificate | undefined;
  principals: AssignedPrincipal[] | undefined;
}) {
  const { graph, servicePrincipalId } = input;
  const certificate = useRead(input.certificate === undefined ? () => readActiveSigningCertificate(graph, servicePrincipalId) : null, input.certificate);
  const principals = useRead(input.principals === undefined ? () => readAssignedPrincipals(graph, servicePrincipalId) : null, input.principals);
  return { certificate, principals };
}
