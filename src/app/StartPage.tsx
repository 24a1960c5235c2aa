import { Button, Card, Link, Text, Title1, makeStyles, tokens } from '@fluentui/react-components';
import { useAuth } from '../auth/auth-context';
import { StartPagePresetNotice } from '../deep-link/PresetNotice';
import { sharePageUrl } from '../deep-link/share-page-route';
import { deepLinkUiMessages } from '../deep-link/deep-link-messages';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalXL, gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

export function StartPage() {
  const styles = useStyles();
  const { signIn } = useAuth();
  return (
    <Card className={styles.card}>
      <Title1 as="h1">Set up single sign-on for the End User Console</Title1>
      <StartPagePresetNotice />
      <Text as="p">
        This wizard creates and configures the Microsoft Entra ID enterprise application that lets your users sign in
        to the Trend Micro Email Security End User Console with SAML, and gives you the values to enter on the Trend
        Micro console.
      </Text>
      <ul className={styles.list}>
        <li>You need the Cloud Application Administrator or Application Administrator role.</li>
        <li>Nothing is written to your directory until you review the plan and choose Apply.</li>
        <li>You can come back later: re-running finds the app it made and changes only what differs.</li>
      </ul>
      <div>
        <Button appearance="primary" onClick={() => void signIn()}>
          Sign in with Microsoft
        </Button>
      </div>
      <Text>
        <Link href={sharePageUrl(import.meta.env.BASE_URL)}>{deepLinkUiMessages.supportLink()}</Link>
      </Text>
    </Card>
  );
}
