// Demo mode in the browser: restore (or seed) the directory, answer Graph from an MSW service
// worker, persist every change in sessionStorage so reloads and the sign-in redirect keep it.

import { applyFaultPreset } from '../faults';
import { DEMO_BROWSER_CHECK_APPS, DEMO_TENANT_ID, seedDirectory } from '../seed';
import { isDirectoryState, type DirectoryState } from '../state';
import { DemoTenant } from '../tenant';
import { rememberedFaultPreset } from './fault-preset-switch';
import { graphHandlers } from './msw';

// The demo session's tokens (src/auth/demo-auth.tsx gets them from main.tsx through this module): one
// dynamic import for the browser demo, so its code stays out of the real-tenant bundle figures.
export { issueAccountToken } from '../tokens';

export const DEMO_TENANT_STATE_KEY = 'demo-tenant-state';

declare global {
  interface Window {
    /** The running demo tenant, for debugging from the console (faults, log, state). */
    __demoTenant?: DemoTenant;
  }
}

export interface BrowserDemoOptions {
  /**
   * Replication lag for new objects (default 4000 ms): long enough that the wizard's polling and
   * retries are visible, short enough for a demo. Set 0 to switch it off.
   */
  replicationLagMs?: number;
  /** Latency of every Graph answer (default 150 ms). */
  latencyMs?: number;
}

function restoreState(): DirectoryState | null {
  try {
    const saved = sessionStorage.getItem(DEMO_TENANT_STATE_KEY);
    if (!saved) return null;
    const parsed: unknown = JSON.parse(saved);
    return isDirectoryState(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function persistState(state: DirectoryState): void {
  try {
    sessionStorage.setItem(DEMO_TENANT_STATE_KEY, JSON.stringify(state));
  } catch {
    // Storage full or blocked: the demo keeps working, only without surviving a reload.
  }
}

export async function startDemoTenantInBrowser(options: BrowserDemoOptions = {}): Promise<DemoTenant> {
  const state = restoreState() ?? seedDirectory(DEMO_TENANT_ID, { checkApps: DEMO_BROWSER_CHECK_APPS });
  const tenant = new DemoTenant({ state });
  tenant.faults.replicationLagMs = options.replicationLagMs ?? 4000;
  tenant.faults.latencyMs = options.latencyMs ?? 150;
  // `/?demoFaults=real-tenant` (remembered by main.tsx in this tab): every real-tenant failure on.
  const preset = rememberedFaultPreset();
  if (preset) applyFaultPreset(tenant, preset);
  persistState(tenant.state);

  const { setupWorker } = await import('msw/browser');
  const worker = setupWorker(...graphHandlers(tenant, { onChange: persistState, corsExposedHeadersOnly: true }));
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  window.__demoTenant = tenant;
  return tenant;
}
