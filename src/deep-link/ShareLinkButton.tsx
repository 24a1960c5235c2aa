// "Share a setup link" from inside the wizard: the answers so far (and the link's presets for
// steps not confirmed yet) as a link, copied with one click and shown for copying by hand.
import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { buildDeepLink, deepLinkValuesFromAnswers, type PresetAnswers } from '../setup/deep-link';
import { useTranslation } from 'react-i18next';
import { useCopyLink } from './use-copy-link';
import { wizardBaseUrl } from './share-page-route';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  link: { fontFamily: tokens.fontFamilyMonospace, width: '100%' },
});

/** `answers` must hold only valid values: they go into the link as they are. */
export function ShareLinkButton({ answers }: { answers: () => PresetAnswers }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [link, setLink] = useState<string | null>(null);
  const { copy, status } = useCopyLink();

  const share = () => {
    const built = buildDeepLink(wizardBaseUrl(window.location, import.meta.env.BASE_URL), deepLinkValuesFromAnswers(answers()));
    setLink(built);
    void copy(built);
  };

  return (
    <div className={styles.box}>
      <div className={styles.row}>
        <Button onClick={share}>{t('deepLink.shareButton')}</Button>
        <Text role="status" aria-live="polite" data-testid="share-status">
          {status}
        </Text>
      </div>
      <Text size={200}>{t('deepLink.shareHint')}</Text>
      {link !== null && (
        <Field label={t('deepLink.shareLinkLabel')}>
          <Input className={styles.link} value={link} readOnly data-testid="share-link" onFocus={(e) => e.currentTarget.select()} />
        </Field>
      )}
    </div>
  );
}
