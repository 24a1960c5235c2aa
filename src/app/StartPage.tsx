import { Button, Link, Text, Title1, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { useAuth } from '../auth/auth-context';
import { tabHasPresets } from '../deep-link/presets-present';
import { sharePageUrl } from '../deep-link/share-page-route';
import { deepLinkUiMessages } from '../deep-link/deep-link-messages';

// Only a tab opened from a support link has presets to show; their rules (zod) load only then.
const StartPagePresetNotice = lazy(() => import('../deep-link/PresetNotice').then((module) => ({ default: module.StartPagePresetNotice })));

// A card in Fluent's look without Fluent's Card (its focus management is for interactive cards and
// would add tabster to the first screen).
const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

export function StartPage() {
  const styles = useStyles();
  const { signIn, prepareSignIn } = useAuth();
  return (
    <section className={styles.card} aria-labelledby="start-title">
      <Title1 as="h1" id="start-title">
        Set up single sign-on for the End User Console
      </Title1>
      {tabHasPresets(window.location.search) && (
        <Suspense fallback={null}>
          <StartPagePresetNotice />
        </Suspense>
      )}
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
        <Button appearance="primary" onClick={() => void signIn()} onPointerEnter={prepareSignIn} onFocus={prepareSignIn}>
          Sign in with Microsoft
        </Button>
      </div>
      <Text>
        <Link href={sharePageUrl(import.meta.env.BASE_URL)}>{deepLinkUiMessages.supportLink()}</Link>
      </Text>
    </section>
  );
}
