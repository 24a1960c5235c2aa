import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { describe, expect, it } from 'vitest';
import { DemoTenantMiddleware } from '../demo-tenant/adapters/graph-middleware';
import { DEMO_ADMIN_USER_ID } from '../demo-tenant/seed';
import { DemoTenant } from '../demo-tenant/tenant';
import { issueDemoAccessToken } from '../demo-tenant/tokens';
import { PEOPLE_PICKER_SCOPES } from '../setup/scopes';
import { createGraphApi } from './client';
import { PrincipalSearchError, searchPrincipals } from './search-principals';

interface SentBatch {
  requests: { id: string; method: string; url: string; headers?: Record<string, string> }[];
}

/** Records every $batch body the client sends, then lets `inner` answer. */
class RecordingTransport implements Middleware {
  readonly batches: SentBatch[] = [];
  constructor(private readonly inner: Middleware) {}
  async execute(context: Context): Promise<void> {
    const body = context.options?.body;
    if (typeof body === 'string') this.batches.push(JSON.parse(body) as SentBatch);
    await this.inner.execute(context);
  }
}

/**
 * A tenant that does not support advanced queries: any $search sub-request answers 400
 * Request_UnsupportedQuery, as Graph does when ConsistencyLevel is missing.
 */
class SearchRefusingTransport implements Middleware {
  refused = 0;
  constructor(private readonly inner: Middleware) {}
  async execute(context: Context): Promise<void> {
    const body = context.options?.body;
    if (typeof body === 'string') {
      const batch = JSON.parse(body) as SentBatch;
      const searching = batch.requests.filter((item) => item.url.includes('$search='));
      if (searching.length > 0) {
        this.refused += searching.length;
        const responses = batch.requests.map((item) => ({
          id: item.id,
          status: 400,
          headers: { 'content-type': 'application/json' },
          body: { error: { code: 'Request_UnsupportedQuery', message: 'Unsupported Query.' } },
        }));
        context.response = new Response(JSON.stringify({ responses }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        });
        return;
      }
    }
    await this.inner.execute(context);
  }
}

function setUp(wrap: (inner: Middleware) => Middleware = (inner) => inner) {
  const tenant = new DemoTenant({ clock: () => Date.UTC(2025, 0, 15, 12, 0, 0) });
  const scopesAsked: string[][] = [];
  const transport = wrap(new DemoTenantMiddleware(tenant));
  const graph = createGraphApi(async (scopes) => {
    scopesAsked.push([...scopes]);
    return issueDemoAccessToken({ tenantId: tenant.tenantId, userOid: DEMO_ADMIN_USER_ID, scopes: [...PEOPLE_PICKER_SCOPES], nowMs: tenant.now() });
  }, transport);
  return { tenant, graph, scopesAsked, transport };
}

const names = (found: { displayName: string }[]) => found.map((principal) => principal.displayName);

describe('searchPrincipals against the demo tenant', () => {
  it('finds a seeded user by the prefix of a word in the name', async () => {
    const { graph } = setUp();
    const found = await searchPrincipals(graph, 'vanc');
    expect(found).toContainEqual({
      id: expect.any(String),
      kind: 'user',
      displayName: 'Adele Vance',
      detail: 'adele@contoso.onmicrosoft.com',
    });
  });

  it('finds a group, and tells it apart from users', async () => {
    const { graph } = setUp();
    const found = await searchPrincipals(graph, 'email security');
    const group = found.find((principal) => principal.displayName === 'Email Security Users');
    expect(group?.kind).toBe('group');
    expect(found.filter((principal) => principal.kind === 'user')).toEqual([]);
  });

  it('returns users and groups with the same prefix, each with its kind and a detail', async () => {
    const { graph } = setUp();
    const found = await searchPrincipals(graph, 'Fin');
    expect(found.find((principal) => principal.displayName === 'Finance')).toMatchObject({ kind: 'group' });
    const usersFirst = found.map((principal) => principal.kind);
    expect(usersFirst).toEqual([...usersFirst].sort((a, b) => (a === b ? 0 : a === 'user' ? -1 : 1)));
    const m365 = await searchPrincipals(graph, 'Retail');
    expect(m365.find((principal) => principal.kind === 'group' && principal.displayName === 'Retail')?.detail).toMatch(/@|Microsoft 365 group/);
  });

  it('sends one $batch with ConsistencyLevel on each sub-request, using the people picker scopes', async () => {
    const { graph, scopesAsked, transport } = setUp((inner) => new RecordingTransport(inner));
    await searchPrincipals(graph, 'Adele');
    const recording = transport as RecordingTransport;
    expect(recording.batches).toHaveLength(1);
    const batch = recording.batches[0]!;
    expect(batch.requests.map((item) => item.id).sort()).toEqual(['groups', 'users']);
    for (const item of batch.requests) {
      expect(item.headers).toMatchObject({ ConsistencyLevel: 'eventual' });
      expect(decodeURIComponent(item.url)).toContain('$search="displayName:Adele" OR "mail:Adele"');
      expect(item.url).toContain('$top=10');
    }
    expect(scopesAsked).toEqual([[...PEOPLE_PICKER_SCOPES]]);
  });

  it('works with non-ASCII search text', async () => {
    const { graph } = setUp();
    expect(names(await searchPrincipals(graph, '山田'))).toContain('山田 太郎');
    expect(names(await searchPrincipals(graph, 'Zoë'))).toContain('Zoë Müller');
    expect(names(await searchPrincipals(graph, 'Équipe'))).toContain('Équipe Paris');
  });

  it('keeps working when the text contains double quotes or backslashes', async () => {
    const { graph } = setUp();
    expect(names(await searchPrincipals(graph, '"Adele'))).toContain('Adele Vance');
    expect(names(await searchPrincipals(graph, 'Jo Brown\\'))).toContain('Jo Brown');
    // Typed quotes cannot close the clause and add one of their own.
    await expect(searchPrincipals(graph, 'zz" OR "displayName:Adele')).resolves.toEqual([]);
    await expect(searchPrincipals(graph, '"')).resolves.toEqual([]);
  });

  it('finds names that are markup or carry a bidi override, returning them as plain data', async () => {
    const { graph } = setUp();
    expect(names(await searchPrincipals(graph, 'script'))).toContain('<script>alert(1)</script>');
    expect(names(await searchPrincipals(graph, 'Mallory'))).toContain('Mallory \u202Enimda labolG');
  });

  it('falls back to startswith when $search is refused, escaping single quotes', async () => {
    const { graph, transport } = setUp((inner) => new SearchRefusingTransport(inner));
    const found = await searchPrincipals(graph, 'Adele');
    expect(found).toContainEqual(expect.objectContaining({ kind: 'user', displayName: 'Adele Vance' }));
    expect((transport as SearchRefusingTransport).refused).toBe(2);
    const groups = await searchPrincipals(graph, 'Email');
    expect(groups).toContainEqual(expect.objectContaining({ kind: 'group', displayName: 'Email Security Users' }));
    await expect(searchPrincipals(graph, "O'Brien")).resolves.toEqual([]);
  });

  it('says the search is throttled when Graph answers 429 inside the batch', async () => {
    const { graph, tenant } = setUp();
    tenant.faults.throttle(429, 1, { pathIncludes: '/users' });
    const failure = await searchPrincipals(graph, 'Adele').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PrincipalSearchError);
    expect((failure as PrincipalSearchError).problem).toBe('throttled');
    expect((failure as PrincipalSearchError).failure.status).toBe(429);
  });

  it('says the search is throttled when the whole batch answers 503', async () => {
    const { graph, tenant } = setUp();
    tenant.faults.throttle(503, 1, { pathIncludes: '$batch' });
    await expect(searchPrincipals(graph, 'Adele')).rejects.toMatchObject({ problem: 'throttled' });
  });

  it('rejects with an AbortError, not results, once the signal fires', async () => {
    const { graph } = setUp();
    const controller = new AbortController();
    const pending = searchPrincipals(graph, 'Adele', { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
