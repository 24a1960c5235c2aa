// POST /$batch: up to 20 requests, run in order through the same handler (and faults) as
// top-level requests. Items carry JSON bodies as objects and need their own Content-Type header.

import type { TenantRequest, TenantResponse } from '../contract';
import { fail } from '../failures';
import { GRAPH_ORIGIN, readJsonObjectBody, type ParsedRequest } from '../request';
import type { RouteResult } from '../routing';

const MAX_BATCH_REQUESTS = 20;
const BATCH_METHODS = new Set(['GET', 'POST', 'PATCH', 'PUT', 'DELETE']);

interface BatchItem {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
}

interface BatchResponseItem {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

function readItems(request: ParsedRequest): BatchItem[] {
  const envelope = readJsonObjectBody(request);
  const { requests } = envelope;
  if (!Array.isArray(requests) || requests.length === 0) {
    fail(400, 'BadRequest', 'Invalid batch payload format: "requests" must be a non-empty array.');
  }
  if (requests.length > MAX_BATCH_REQUESTS) {
    fail(400, 'BadRequest', `The number of batch requests exceeds the limit of ${MAX_BATCH_REQUESTS}.`);
  }
  const ids = new Set<string>();
  return requests.map((raw: unknown) => {
    if (typeof raw !== 'object' || raw === null) fail(400, 'BadRequest', 'Invalid batch payload format.');
    const item = raw as Record<string, unknown>;
    const id = typeof item.id === 'string' ? item.id : typeof item.id === 'number' ? String(item.id) : '';
    if (id === '') fail(400, 'BadRequest', 'Invalid batch payload format: every request needs an "id".');
    if (ids.has(id)) fail(400, 'BadRequest', `Batch request ids must be unique: '${id}' appears twice.`);
    ids.add(id);
    const method = typeof item.method === 'string' ? item.method.toUpperCase() : '';
    if (!BATCH_METHODS.has(method)) fail(400, 'BadRequest', `Invalid method '${String(item.method)}' in batch request id : ${id}.`);
    if (typeof item.url !== 'string' || /^[a-z]+:\/\//i.test(item.url)) {
      fail(400, 'BadRequest', `Invalid URL in batch request id : ${id}. URLs must be relative, e.g. /users.`);
    }
    const headers: Record<string, string> = {};
    if (typeof item.headers === 'object' && item.headers !== null) {
      for (const [name, value] of Object.entries(item.headers)) headers[name.toLowerCase()] = String(value);
    }
    const dependsOn = Array.isArray(item.dependsOn) ? item.dependsOn.map(String) : [];
    for (const dependency of dependsOn) {
      if (!ids.has(dependency) || dependency === id) {
        fail(400, 'BadRequest', `Batch request id : ${id} depends on '${dependency}', which does not come before it.`);
      }
    }
    if (item.body !== undefined && item.body !== null && !headers['content-type']) {
      fail(400, 'BadRequest', `Write request id : ${id} does not contain Content-Type header or body.`);
    }
    return { id, method, url: item.url, headers, body: item.body, dependsOn };
  });
}

function toTenantRequest(envelope: ParsedRequest, item: BatchItem): TenantRequest {
  const relative = item.url.startsWith('/') ? item.url : `/${item.url}`;
  const headers: Record<string, string> = { ...item.headers };
  if (envelope.headers.authorization && !headers.authorization) headers.authorization = envelope.headers.authorization;
  const body = item.body === undefined || item.body === null ? null : typeof item.body === 'string' ? item.body : JSON.stringify(item.body);
  return { method: item.method, url: `${GRAPH_ORIGIN}/${envelope.version}${relative}`, headers, body };
}

function toResponseItem(id: string, response: TenantResponse): BatchResponseItem {
  const item: BatchResponseItem = { id, status: response.status, headers: { ...response.headers } };
  if (response.body !== null) {
    try {
      item.body = JSON.parse(response.body) as unknown;
    } catch {
      item.body = response.body;
    }
  }
  return item;
}

function failedDependency(id: string): BatchResponseItem {
  return {
    id,
    status: 424,
    headers: { 'content-type': 'application/json' },
    body: { error: { code: 'FailedDependency', message: 'Failed dependency: a request this one depends on failed.' } },
  };
}

export async function handleBatch(envelope: ParsedRequest, runItem: (request: TenantRequest) => Promise<TenantResponse>): Promise<RouteResult> {
  const items = readItems(envelope);
  const responses: BatchResponseItem[] = [];
  for (const item of items) {
    const failedBefore = item.dependsOn.some((dependency) => {
      const earlier = responses.find((response) => response.id === dependency);
      return !earlier || earlier.status >= 400;
    });
    if (failedBefore) {
      responses.push(failedDependency(item.id));
      continue;
    }
    responses.push(toResponseItem(item.id, await runItem(toTenantRequest(envelope, item))));
  }
  return { status: 200, body: { responses } };
}
