// The share page's whole screen: no auth provider, no runtime configuration, no Graph. Support
// staff open it without signing in, and it sends nothing anywhere.
import { FluentProvider, Text, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useShellStyles } from '../app/shell-styles';
import { useColorScheme, useDarkTheme } from '../app/preferences';
import { DisplaySettings } from '../app/DisplaySettings';
import { SharePage } from './SharePage';

const useStyles = makeStyles({
  header: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
});

export function ShareRoot({ baseUrl, search }: { baseUrl: string; search: string }) {
  const shell = useShellStyles();
  const styles = useStyles();
  const { t } = useTranslation();
  const dark = useDarkTheme();
  useColorScheme(dark);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <div className={shell.page}>
        <header className={styles.header}>
          <Text as="p" weight="semibold" size={400}>
            {t('app.productName')}
          </Text>
          <DisplaySettings />
        </header>
        <main className={shell.main}>
          <SharePage baseUrl={baseUrl} initialSearch={search} />
        </main>
      </div>
    </FluentProvider>
  );
}
