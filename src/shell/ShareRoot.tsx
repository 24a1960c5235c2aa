// The share page's whole screen: no auth provider, no runtime configuration, no Graph. Support
// staff open it without signing in, and it sends nothing anywhere.
import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useShellStyles } from './shell-styles';
import { ThemedPage } from './ThemedPage';
import { DisplaySettings } from './DisplaySettings';
import { SharePage } from '../deep-link/SharePage';

export function ShareRoot({ baseUrl, search }: { baseUrl: string; search: string }) {
  const shell = useShellStyles();
  const { t } = useTranslation();
  return (
    <ThemedPage>
      <div className={shell.page}>
        <header className="shell-header">
          <Text as="p" weight="semibold" size={400}>
            {t('app.productName')}
          </Text>
          <DisplaySettings />
        </header>
        <main className={shell.main}>
          <SharePage baseUrl={baseUrl} initialSearch={search} />
        </main>
      </div>
    </ThemedPage>
  );
}
