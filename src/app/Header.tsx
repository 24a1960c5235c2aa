import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useAuth } from '../auth/auth-context';
import { wizardStore } from './wizard-store';
import { forgetAllCreatedAppNotes } from './apply-lock';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  account: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  who: { display: 'flex', flexDirection: 'column' },
});

export function Header() {
  const styles = useStyles();
  const { state } = useAuth();
  return (
    <header className={styles.header}>
      <Text as="p" weight="semibold" size={400}>
        Entra ID SSO for Trend Micro Email Security
      </Text>
      {state.kind === 'signed-in' && (
        <div className={styles.account}>
          <div className={styles.who} aria-label="Signed in as">
            <Text weight="semibold" data-testid="admin-name">{state.session.account.name}</Text>
            <Text size={200}>
              {state.session.account.username} · tenant <span data-testid="tenant-id">{state.session.account.tenantId}</span>
            </Text>
          </div>
          <Button
            onClick={() => {
              // What the admin typed (names, addresses, ids) does not outlive the session.
              wizardStore.reset();
              forgetAllCreatedAppNotes();
              void state.session.signOut();
            }}
          >
            Sign out
          </Button>
        </div>
      )}
    </header>
  );
}
