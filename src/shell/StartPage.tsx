import { Button, Link, Text, Title1 } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { loadFeatureCatalogues, useAppText } from '../i18n/language';
import { useAuth } from '../auth/auth-context';
import { tabHasPresets } from '../deep-link/presets-present';
import { sharePageUrl } from '../deep-link/share-page-route';

// Only a tab opened from a support link has presets to show; their rules (zod) and strings load only then.
const StartPagePresetNotice = lazy(() =>
  Promise.all([import('../deep-link/PresetNotice'), loadFeatureCatalogues()]).then(([module]) => ({ default: module.StartPagePresetNotice })),
);

// Plain CSS (shell.css): the start page is the first screen (docs/decisions/007-performance.md).
const startPageClasses = { card: 'start-card', list: 'start-list' } as const;
const useStyles = () => startPageClasses;

/** `mode`: the demo's button names the demo tenant, not Microsoft (no Microsoft account is used). */
export function StartPage({ mode }: { mode: 'demo' | 'entra' }) {
  const styles = useStyles();
  const { signIn, prepareSignIn } = useAuth();
  const t = useAppText();
  return (
    <section className={styles.card} aria-labelledby="start-title">
      <Title1 as="h1" id="start-title">
        {t('start.title')}
      </Title1>
      {tabHasPresets(window.location.search) && (
        <Suspense fallback={null}>
          <StartPagePresetNotice />
        </Suspense>
      )}
      <Text as="p">{t('start.intro')}</Text>
      <ul className={styles.list}>
        <li>{t('start.needRole')}</li>
        <li>{t('start.nothingWritten')}</li>
        <li>{t('start.comeBack')}</li>
      </ul>
      <div>
        <Button appearance="primary" onClick={() => void signIn()} onPointerEnter={prepareSignIn} onFocus={prepareSignIn}>
          {t(mode === 'demo' ? 'start.signInDemo' : 'start.signIn')}
        </Button>
      </div>
      <Text>
        <Link href={sharePageUrl(import.meta.env.BASE_URL)}>{t('start.supportLink')}</Link>
      </Text>
    </section>
  );
}
