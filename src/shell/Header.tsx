import { Button, Text } from '@fluentui/react-components';
import { useAppText } from '../i18n/language';
import { useAuth } from '../auth/auth-context';
import { DisplaySettings } from './DisplaySettings';
import { forgetSessionData } from '../auth/session-data';

// Plain CSS (shell.css): the header is on the first screen (docs/decisions/007-performance.md).
const headerClasses = { header: 'shell-header', end: 'shell-header-end', account: 'shell-header-account', who: 'shell-header-who' } as const;
const useStyles = () => headerClasses;

export function Header() {
  const styles = useStyles();
  const { state } = useAuth();
  const t = useAppText();
  return (
    <header className={styles.header}>
      <Text as="p" weight="semibold" size={400}>
        {t('productName')}
      </Text>
      <div className={styles.end}>
        <DisplaySettings />
        {state.kind === 'signed-in' && (
          <div className={styles.account}>
            <div className={styles.who} role="group" aria-label={t('header.signedInAs')}>
              <Text weight="semibold" data-testid="admin-name" translate="no">
                {state.session.account.name}
              </Text>
              <Text size={200}>
                <span translate="no">{state.session.account.username}</span>
                {' · '}
                {t('header.tenant')}{' '}
                <span data-testid="tenant-id" translate="no">
                  {state.session.account.tenantId}
                </span>
              </Text>
            </div>
            <Button
              onClick={() => {
                forgetSessionData();
                void state.session.signOut();
              }}
            >
              {t('header.signOut')}
            </Button>
          </div>
        )}
      </div>
    </header>
  );
}
