// Boot: runtime config, auth (MSAL or the demo session), render. Everything else loads lazily:
// the first screen (the start page) carries no MSAL, no demo tenant, no form rules and no Graph
// client; each loads when it is needed (docs/decisions/007-performance.md).
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadRuntimeConfig, type RuntimeConfig } from './shell/runtime-config';
import { BootFailure } from './shell/BootFailure';
import { Shell } from './shell/Shell';
import { keepLinkPresets } from './deep-link/presets-present';
import { isSharePage, wizardBaseUrl } from './deep-link/share-page-route';
import { authorityForTenant } from './auth/authority';
import { msalHasStateToHandle } from './auth/msal-state';
import { DeferredMsalAuthProvider, type DeferredSignIn } from './auth/deferred-msal-auth';
import { DemoAuthProvider, hasDemoSession, type DemoTenantStarter } from './auth/demo-auth';
import { rememberFaultPreset } from './demo-tenant/adapters/fault-preset-switch';
import type { AdminAccount } from './auth/session';
import { loadFeatureCatalogues, startLanguage } from './i18n/language';
import './shell/global.css';

/** Runs `work` once; a failed run may be tried again (the next sign-in click). */
function once<T>(work: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  return () =>
    (running ??= work().catch((error: unknown) => {
      running = null;
      throw error;
    }));
}

function demoTenant(): DemoTenantStarter {
  const load = once(() => Promise.all([import('./demo-tenant/adapters/browser'), import('./demo-tenant/seed')]));
  const start = once(async (): Promise<AdminAccount> => {
    const [{ startDemoTenantInBrowser }, seed] = await load();
    await startDemoTenantInBrowser();
    return seed.demoAdminAccount();
  });
  const issueToken = async (account: AdminAccount, scopes: readonly string[]): Promise<string> => {
    const [{ issueAccountToken }] = await load();
    return issueAccountToken(account, scopes, Date.now());
  };
  return { start, issueToken, prepare: () => void load().catch(() => undefined) };
}

interface Auth {
  withAuth: (children: ReactNode) => ReactNode;
  /** The demo tenant answers with real-tenant-like faults in this tab (its banner shows). */
  realTenantFaults: boolean;
}

async function authProvider(config: RuntimeConfig, tenant: string | undefined): Promise<Auth> {
  if (config.mode === 'demo') {
    // `?demoFaults=real-tenant` switches the real-tenant-like faults on for this tab (README).
    const faults = rememberFaultPreset(window.location.search);
    const starter = demoTenant();
    // A demo session in this tab (a reload): the tenant answers Graph before the wizard renders.
    if (hasDemoSession()) await starter.start();
    return { withAuth: (children) => <DemoAuthProvider tenant={starter}>{children}</DemoAuthProvider>, realTenantFaults: faults === 'real-tenant' };
  }
  // A link's tenant signs the admin in to that tenant (a tenant-specific deployment keeps its own).
  const authority = authorityForTenant(config.authority, tenant);
  const loadMsal = once(async () => {
    const msalAuth = await import('./auth/msal-auth');
    return { msalAuth, msal: await msalAuth.createMsalApplication(config.clientId, authority) };
  });
  if (msalHasStateToHandle(config.clientId, window.location)) {
    const { msalAuth, msal } = await loadMsal();
    return { withAuth: (children) => <msalAuth.MsalAuthProvider msal={msal}>{children}</msalAuth.MsalAuthProvider>, realTenantFaults: false };
  }
  const signIn: DeferredSignIn = {
    start: async () => {
      const { msalAuth, msal } = await loadMsal();
      return msalAuth.signInWithRedirect(msal);
    },
    prepare: () => void loadMsal().catch(() => undefined),
  };
  return { withAuth: (children) => <DeferredMsalAuthProvider signIn={signIn}>{children}</DeferredMsalAuthProvider>, realTenantFaults: false };
}

/** The link's tenant, when this tab has a link; its rules (zod) load only then. */
async function presetTenant(linkQuery: string): Promise<string | undefined> {
  if (linkQuery === '') return undefined;
  const { startPresets } = await import('./deep-link/presets-store');
  return startPresets(window.location.search).tenant;
}

async function boot() {
  const root = createRoot(document.getElementById('root')!);
  // The browser's or the remembered language: English is bundled, Japanese loads alongside config.json.
  const language = startLanguage();
  try {
    // Support staff's share page needs no sign-in, no config and no Graph.
    if (isSharePage(window.location.search)) {
      // index.html preloads config.json for the wizard; the share page needs none, but takes the
      // answer anyway: a preload left unused makes the browser warn in the console a few seconds
      // after load (seen on a loaded machine, where the page stays open long enough).
      void loadRuntimeConfig().catch(() => undefined);
      const [{ ShareRoot }] = await Promise.all([import('./shell/ShareRoot'), language.then(loadFeatureCatalogues)]);
      const baseUrl = wizardBaseUrl(window.location, import.meta.env.BASE_URL);
      root.render(
        <StrictMode>
          <ShareRoot baseUrl={baseUrl} search={window.location.search} />
        </StrictMode>,
      );
      return;
    }
    // Before anything can redirect: the link's presets go to sessionStorage (see presets-present.ts).
    const linkQuery = keepLinkPresets(window.location.search);
    const [config, tenant] = await Promise.all([loadRuntimeConfig(), presetTenant(linkQuery), language]);
    const { withAuth, realTenantFaults } = await authProvider(config, tenant);
    root.render(<StrictMode>{withAuth(<Shell mode={config.mode} realTenantFaults={realTenantFaults} />)}</StrictMode>);
  } catch (error) {
    root.render(<BootFailure error={error} />);
  }
}

void boot();
