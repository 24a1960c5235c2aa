import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Spinner, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { lazy, Suspense, useSyncExternalStore } from 'react';
import { useAuth } from '../auth/auth-context';
import { Header } from './Header';
import { StartPage } from './StartPage';
import { AuthProblemBar } from './AuthProblemBar';
import { useShellStyles } from './shell-styles';

// The signed-in area: "Set up a new app" (the wizard) or "Check an existing setup".
const SignedInArea = lazy(() => import('../check/SignedInArea'));

const darkQuery = typeof window !== 'undefined' ? window.matchMedia('(prefers-color-scheme: dark)') : null;
function subscribeToScheme(onChange: () => void) {
  darkQuery?.addEventListener('change', onChange);
  return () => darkQuery?.removeEventListener('change', onChange);
}

export function Shell({ mode }: { mode: 'demo' | 'entra' }) {
  const dark = useSyncExternalStore(subscribeToScheme, () => darkQuery?.matches ?? false);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <ShellBody mode={mode} />
    </FluentProvider>
  );
}

function ShellBody({ mode }: { mode: 'demo' | 'entra' }) {
  const styles = useShellStyles();
  const { state } = useAuth();
  return (
    <div className={styles.page}>
      <Header />
      {mode === 'demo' && (
        <MessageBar intent="warning" className={styles.banner}>
          <MessageBarBody>
            <MessageBarTitle>Demo tenant: nothing here touches a real directory.</MessageBarTitle>
            Every Graph call is answered by an emulated Entra tenant in this browser tab.
          </MessageBarBody>
        </MessageBar>
      )}
      <main className={styles.main}>
        {state.kind !== 'starting' && state.problem && <AuthProblemBar problem={state.problem} />}
        {state.kind === 'starting' && <Spinner label="Signing in…" />}
        {state.kind === 'signed-out' && <StartPage />}
        {state.kind === 'signed-in' && (
          <Suspense fallback={<Spinner label="Loading the wizard…" />}>
            <SignedInArea session={state.session} />
          </Suspense>
        )}
      </main>
    </div>
  );
}
