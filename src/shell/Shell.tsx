import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { loadFeatureCatalogues, useAppText } from '../i18n/language';
import { useAuth } from '../auth/auth-context';
import { ThemedPage } from './ThemedPage';
import { Header } from './Header';
import { StartPage } from './StartPage';
import { AuthProblemBar } from '../ui/AuthProblemBar';
import { useShellStyles } from './shell-styles';

// The signed-in area: "Set up a new app" (the wizard) or "Check an existing setup", with its strings.
// A support link's check is opened here, once per page load, not while rendering (a store write
// during render is repeated by StrictMode and concurrent rendering).
const SignedInArea = lazy(() =>
  Promise.all([import('./SignedInArea'), loadFeatureCatalogues()]).then(([module]) => {
    module.arrive();
    return module;
  }),
);

/** `realTenantFaults`: the demo tenant answers with real-tenant-like faults (main.tsx reads the switch). */
export function Shell({ mode, realTenantFaults }: { mode: 'demo' | 'entra'; realTenantFaults: boolean }) {
  return (
    <ThemedPage>
      <ShellBody mode={mode} realTenantFaults={realTenantFaults} />
    </ThemedPage>
  );
}

function ShellBody({ mode, realTenantFaults }: { mode: 'demo' | 'entra'; realTenantFaults: boolean }) {
  const styles = useShellStyles();
  const { state } = useAuth();
  const t = useAppText();
  return (
    <div className={styles.page}>
      <Header />
      {mode === 'demo' && (
        // Multiline from the start: the automatic layout measures and reflows, a layout shift at load.
        <MessageBar intent="warning" layout="multiline" className={styles.banner}>
          <MessageBarBody>
            <MessageBarTitle>{t('demoBannerTitle')}</MessageBarTitle>
            {t('demoBannerBody')}
            {realTenantFaults && <div data-testid="demo-faults">{t('demoBannerRealTenantFaults')}</div>}
          </MessageBarBody>
        </MessageBar>
      )}
      <main className={styles.main}>
        {state.kind !== 'starting' && state.problem && <AuthProblemBar problem={state.problem} />}
        {state.kind === 'starting' && <Spinner label={t('signingIn')} />}
        {state.kind === 'signed-out' && <StartPage mode={mode} />}
        {state.kind === 'signed-in' && (
          <Suspense fallback={<Spinner label={t('loadingWizard')} />}>
            <SignedInArea session={state.session} />
          </Suspense>
        )}
      </main>
    </div>
  );
}
