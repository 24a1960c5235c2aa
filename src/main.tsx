// Boot: runtime config, auth (MSAL or the demo session), render. Everything else loads lazily.
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadRuntimeConfig, type RuntimeConfig } from './app/runtime-config';
import { BootFailure } from './app/BootFailure';
import { Shell } from './app/Shell';
import { startPresets } from './deep-link/presets-store';
import { isSharePage, wizardBaseUrl } from './deep-link/share-page-route';
import { authorityForTenant } from './auth/authority';
import './app/global.css';

async function authProvider(config: RuntimeConfig, tenant: string | undefined): Promise<(children: ReactNode) => ReactNode> {
  if (config.mode === 'demo') {
    const [{ startDemoTenantInBrowser }, { DemoAuthProvider }, seed] = await Promise.all([
      import('./demo-tenant/adapters/browser'),
      import('./auth/demo-auth'),
      import('./demo-tenant/seed'),
    ]);
    await startDemoTenantInBrowser();
    const admin = { name: 'Adele Vance', username: seed.DEMO_ADMIN_UPN, tenantId: seed.DEMO_TENANT_ID, objectId: seed.DEMO_ADMIN_USER_ID };
    return (children) => <DemoAuthProvider admin={admin}>{children}</DemoAuthProvider>;
  }
  const { createMsalApplication, MsalAuthProvider } = await import('./auth/msal-auth');
  // A link's tenant signs the admin in to that tenant (a tenant-specific deployment keeps its own).
  const msal = await createMsalApplication(config.clientId, authorityForTenant(config.authority, tenant));
  return (children) => <MsalAuthProvider msal={msal}>{children}</MsalAuthProvider>;
}

async function boot() {
  const root = createRoot(document.getElementById('root')!);
  try {
    // Support staff's share page needs no sign-in, no config and no Graph.
    if (isSharePage(window.location.search)) {
      const { ShareRoot } = await import('./deep-link/ShareRoot');
      const baseUrl = wizardBaseUrl(window.location, import.meta.env.BASE_URL);
      root.render(
        <StrictMode>
          <ShareRoot baseUrl={baseUrl} search={window.location.search} />
        </StrictMode>,
      );
      return;
    }
    // Before anything can redirect: the link's presets go to sessionStorage (see presets-store.ts).
    const presets = startPresets(window.location.search);
    const config = await loadRuntimeConfig();
    const withAuth = await authProvider(config, presets.tenant);
    root.render(<StrictMode>{withAuth(<Shell mode={config.mode} />)}</StrictMode>);
  } catch (error) {
    root.render(<BootFailure error={error} />);
  }
}

void boot();
