// The share page's whole screen: no auth provider, no runtime configuration, no Graph. Support
// staff open it without signing in, and it sends nothing anywhere.
import { FluentProvider, Text, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';
import { useShellStyles } from '../app/shell-styles';
import { SharePage } from './SharePage';
import { deepLinkUiMessages as m } from './deep-link-messages';

const useStyles = makeStyles({
  header: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

const darkQuery = typeof window !== 'undefined' ? window.matchMedia('(prefers-color-scheme: dark)') : null;
function subscribeToScheme(onChange: () => void) {
  darkQuery?.addEventListener('change', onChange);
  return () => darkQuery?.removeEventListener('change', onChange);
}

export function ShareRoot({ baseUrl, search }: { baseUrl: string; search: string }) {
  const shell = useShellStyles();
  const styles = useStyles();
  const dark = useSyncExternalStore(subscribeToScheme, () => darkQuery?.matches ?? false);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <div className={shell.page}>
        <header className={styles.header}>
          <Text as="p" weight="semibold" size={400}>
            {m.productName()}
          </Text>
        </header>
        <main className={shell.main}>
          <SharePage baseUrl={baseUrl} initialSearch={search} />
        </main>
      </div>
    </FluentProvider>
  );
}
