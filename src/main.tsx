// Boot: runtime config, auth (MSAL or the demo session), render. Everything else loads lazily.
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadRuntimeConfig, type RuntimeConfig } from './app/runtime-config';
import { BootFailure } from './app/BootFailure';
import { Shell } from './app/Shell';
import './app/global.css';

async function authProvider(config: RuntimeConfig): Promise<(children: ReactNode) => ReactNode> {
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
  const msal = await createMsalApplication(config.clientId, config.authority);
  return (children) => <MsalAuthProvider msal={msal}>{children}</MsalAuthProvider>;
}

async function boot() {
  const root = createRoot(document.getElementById('root')!);
  try {
    const config = await loadRuntimeConfig();
    const withAuth = await authProvider(config);
    root.render(<StrictMode>{withAuth(<Shell mode={config.mode} />)}</StrictMode>);
  } catch (error) {
    root.render(<BootFailure error={error} />);
  }
}

void boot();
