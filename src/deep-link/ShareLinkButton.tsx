// "Share a setup link" from inside the wizard: the answers so far (and the link's presets for
// steps not confirmed yet) as a link, shown for copying by hand and copied with one click. The
// link is always on screen and the status keeps its room: copying moves nothing on the page.
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { buildDeepLink, deepLinkValuesFromAnswers, type PresetAnswers } from '../setup/deep-link';
import { useTranslation } from 'react-i18next';
import { CopyStatus } from '../ui/CopyStatus';
import { useCopyLink } from './use-copy-link';
import { wizardBaseUrl } from './share-page-route';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  button: { flexShrink: 0 },
  link: { fontFamily: tokens.fontFamilyMonospace, width: '100%' },
});

/** `answers` must hold only valid values: they go into the link as they are. */
export function ShareLinkButton({ answers }: { answers: PresetAnswers }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { copy, status, messages } = useCopyLink();
  const link = buildDeepLink(wizardBaseUrl(window.location, import.meta.env.BASE_URL), deepLinkValuesFromAnswers(answers));

  return (
    <div className={styles.box}>
      <Field label={t('deepLink.shareLinkLabel')} hint={t('deepLink.shareHint')}>
        <Input className={styles.link} value={link} readOnly data-testid="share-link" onFocus={(e) => e.currentTarget.select()} />
      </Field>
      <div className={styles.row}>
        <Button className={styles.button} onClick={() => void copy(link)}>
          {t('deepLink.shareButton')}
        </Button>
        <CopyStatus status={status} messages={messages} testId="share-status" />
      </div>
    </div>
  );
}
