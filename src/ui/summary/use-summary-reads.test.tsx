import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { GraphApi } from '../../graph/client';
import type { IssuedSigningCertificate } from '../../setup/summary';

const reads = vi.hoisted(() => ({ certificate: vi.fn(), principals: vi.fn() }));
vi.mock('../../graph/read-service-principal', () => ({
  readActiveSigningCertificate: reads.certificate,
  readAssignedPrincipals: reads.principals,
}));
const { useSummaryReads } = await import('./use-summary-reads');

const CERTIFICATE: IssuedSigningCertificate = { thumbprint: 'AB'.repeat(20), endDateTime: '2030-01-01T00:00:00Z', key: 'MII' };
const GROUPS = [{ id: 'g1', kind: 'group' as const, displayName: 'Email Security Users' }];

function mount(graph: GraphApi, servicePrincipalId: string, run: string) {
  return renderHook(() => useSummaryReads({ graph, servicePrincipalId, run, certificate: undefined, principals: undefined }));
}

describe('useSummaryReads', () => {
  beforeEach(() => {
    reads.certificate.mockReset().mockResolvedValue(CERTIFICATE);
    reads.principals.mockReset().mockResolvedValue(GROUPS);
  });

  it('reads once per session, service principal and run: a second visit shows what was read, at once', async () => {
    const graph = {} as GraphApi;
    const first = mount(graph, 'sp-1', 'run-1');
    await waitFor(() => expect(first.result.current.principals.read).toEqual({ state: 'done', value: GROUPS }));
    first.unmount();
    const again = mount(graph, 'sp-1', 'run-1');
    expect(again.result.current.certificate.read).toEqual({ state: 'done', value: CERTIFICATE });
    expect(reads.certificate).toHaveBeenCalledTimes(1);
    expect(reads.principals).toHaveBeenCalledTimes(1);
    // Another run may have written; another session is another account's.
    const nextRun = mount(graph, 'sp-1', 'run-2');
    await waitFor(() => expect(nextRun.result.current.principals.read.state).toBe('done'));
    const otherSession = mount({} as GraphApi, 'sp-1', 'run-1');
    await waitFor(() => expect(otherSession.result.current.principals.read.state).toBe('done'));
    expect(reads.principals).toHaveBeenCalledTimes(3);
  });

  it('does not keep a failed read: Try again reads again', async () => {
    reads.principals.mockRejectedValueOnce(new Error('503'));
    const graph = {} as GraphApi;
    const { result } = mount(graph, 'sp-2', 'run-1');
    await waitFor(() => expect(result.current.principals.read).toEqual({ state: 'failed' }));
    act(() => result.current.principals.retry());
    await waitFor(() => expect(result.current.principals.read).toEqual({ state: 'done', value: GROUPS }));
    expect(reads.principals).toHaveBeenCalledTimes(2);
  });

  it('reads nothing the journal holds', () => {
    const { result } = renderHook(() =>
      useSummaryReads({ graph: {} as GraphApi, servicePrincipalId: 'sp-3', run: '', certificate: CERTIFICATE, principals: GROUPS }),
    );
    expect(result.current.certificate.read).toEqual({ state: 'done', value: CERTIFICATE });
    expect(reads.certificate).not.toHaveBeenCalled();
    expect(reads.principals).not.toHaveBeenCalled();
  });
});
