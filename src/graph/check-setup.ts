// Reads for "Check an existing setup": which apps to offer (Trend Micro EUC apps first), and one
// app with its service principal, assignments and claims policy, as the plan reads it (inspectApp),
// so a check and a repair see the tenant the same way. Read-only: nothing here writes.
import { odataString, type Listing } from './odata';
import type { Application } from '@microsoft/microsoft-graph-types';
import type { GraphApi } from './client';
import { withRetry } from './retry';
import { APP_FIELDS, findAppById, findAppsByIdentifier, inspectApp } from './inspect-tenant';
import { READ_APPS_SCOPES } from '../setup/scopes';
import { eucIdentifier, REGION_CODES } from '../setup/regions';
import { checkSetup, inferExpected, markClaimsUnread, regionOfEucHost, type ExpectedSetup, type Finding } from '../setup/check';
import type { ObservedApp } from '../setup/plan';
import type { Region } from '../setup/types';

/** An app the admin can pick. `eucRegion`: the region of its Trend Micro EUC identifier, if it has one. */
export interface CheckableApp {
  applicationId: string;
  appId: string;
  displayName: string;
  identifierUris: string[];
  eucRegion: Region | null;
}

const APP_SEARCH_LIMIT = 25;

function toCheckable(app: Application): CheckableApp | null {
  if (!app.id || !app.appId) return null;
  const identifierUris = app.identifierUris ?? [];
  const eucRegion =
    identifierUris
      .map((uri) => {
        try {
          return regionOfEucHost(new URL(uri).hostname);
        } catch {
          return undefined;
        }
      })
      .find((region): region is Region => region !== undefined) ?? null;
  return { applicationId: app.id, appId: app.appId, displayName: app.displayName ?? '', identifierUris, eucRegion };
}

/** Trend Micro EUC apps first (by name), then the rest (by name); each app once. */
export function sortForPicker(apps: readonly CheckableApp[]): CheckableApp[] {
  const unique = [...new Map(apps.map((app) => [app.applicationId, app])).values()];
  return unique.sort((a, b) => {
    if ((a.eucRegion === null) !== (b.eucRegion === null)) return a.eucRegion === null ? 1 : -1;
    return a.displayName.localeCompare(b.displayName);
  });
}

/**
 * Apps whose identifier is one of the seven regions' EUC identifiers. One exact `any(x:x eq …)`
 * query per region (the filter the setup already relies on, docs/graph/call-order.md#identifier-and-reply-url), run together.
 */
export async function listTrendMicroApps(graph: GraphApi): Promise<CheckableApp[]> {
  const found = await Promise.all(REGION_CODES.map((region) => findAppsByIdentifier(graph, eucIdentifier(region))));
  return sortForPicker(found.flat().flatMap((app) => toCheckable(app) ?? []));
}

/** Apps whose display name starts with `text` (case-insensitive in Entra), Trend Micro EUC apps first. */
export async function searchAppsByName(graph: GraphApi, text: string): Promise<CheckableApp[]> {
  const found = await withRetry(
    () =>
      graph.client
        .api('/applications')
        .filter(`startswith(displayName,${odataString(text)})`)
        .select(APP_FIELDS)
        .top(APP_SEARCH_LIMIT)
        .middlewareOptions(graph.withScopes(READ_APPS_SCOPES))
        .get() as Promise<Listing<Application>>,
    { freshObject: false, renewToken: graph.renewToken },
  );
  return sortForPicker(found.value.flatMap((app) => toCheckable(app) ?? []));
}

/**
 * Of the Trend Micro apps listed, the one carrying `region`'s EUC identifier (unique per tenant),
 * for a deep link's `check=1&region=…`: the picker's one list answers it, no query of its own.
 */
export function appForRegion(apps: readonly CheckableApp[], region: Region): CheckableApp | null {
  return apps.find((app) => app.eucRegion === region) ?? null;
}

export type ReadForCheck =
  /**
   * `observed.claimsPolicyUnread`: Graph refused the custom claims policy (403) and the rest was read without it.
   * Reading it needs Application Administrator or Global Reader; a Cloud Application Administrator
   * is refused (Microsoft's "Get customClaimsPolicy" page, learn.microsoft.com/graph/api/
   * customclaimspolicy-get?view=graph-rest-beta, "Permissions"; enforced by the demo tenant,
   * src/demo-tenant/state.ts).
   */
  | { found: true; observed: ObservedApp }
  /** Deleted meanwhile, or an app registration without a service principal (not an enterprise app). */
  | { found: false; reason: 'no-application' | 'no-service-principal' };

/** Everything the check compares, read as the plan reads it; claims are always read. */
export async function readAppForCheck(graph: GraphApi, applicationId: string, now: Date): Promise<ReadForCheck> {
  const app = await findAppById(graph, applicationId, { justCreated: false });
  if (!app) return { found: false, reason: 'no-application' };
  const observed = await inspectApp(graph, app, { readClaims: true, now });
  if (!observed) return { found: false, reason: 'no-service-principal' };
  return { found: true, observed };
}

export interface CheckResult {
  observed: ObservedApp;
  expected: ExpectedSetup;
  findings: Finding[];
}

/** Reads the app and checks it against `presets`, filled in from the app where not given. */
export async function checkApp(
  graph: GraphApi,
  applicationId: string,
  presets: Partial<ExpectedSetup>,
  now: Date,
): Promise<CheckResult | Extract<ReadForCheck, { found: false }>> {
  const read = await readAppForCheck(graph, applicationId, now);
  if (!read.found) return read;
  const expected = inferExpected(read.observed, presets);
  const findings = checkSetup(read.observed, expected, now);
  return { observed: read.observed, expected, findings: read.observed.claimsPolicyUnread ? markClaimsUnread(findings) : findings };
}
