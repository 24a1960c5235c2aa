// After a repair made a new signing certificate active: download it for the Trend Micro console,
// and only once the admin says the console has it, how to remove the previous one (by hand: see
// docs/decisions/006-check-and-repair.md for why the wizard does not).
import { Button, Checkbox, Link, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { certificateFileName, pemFromBase64Der } from '../setup/certificate';
import { entraAppLinks } from '../setup/summary';
import { checkStore, type RolloverRecord } from './check-store';
import { useTranslation } from 'react-i18next';
import { CERTIFICATE_TYPE, downloadText } from '../ui/download-text';
import { formatDate } from '../i18n/format';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  removal: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
});

export function RolloverPanel({ rollover, tenantId }: { rollover: RolloverRecord; tenantId: string }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const certificate = rollover.newCertificate;
  if (!certificate) return null;
  let singleSignOn: string | null = null;
  try {
    singleSignOn = entraAppLinks({ tenantId, appId: rollover.appId, servicePrincipalId: rollover.servicePrincipalId }).singleSignOn;
  } catch {
    singleSignOn = null;
  }
  return (
    <section className={styles.panel} aria-labelledby="rollover-title" data-testid="rollover">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id="rollover-title">{t('check.ui.rolloverTitle')}</MessageBarTitle>
          {t('check.ui.rolloverIntro', { thumbprint: certificate.thumbprint, end: formatDate(certificate.endDateTime, i18n.language) })}{' '}
          {t('check.ui.rolloverSteps')}
        </MessageBarBody>
      </MessageBar>
      <div>
        <Button onClick={() => downloadText(certificateFileName(rollover.appName), pemFromBase64Der(certificate.key), CERTIFICATE_TYPE)}>
          {t('check.ui.downloadCertificate')}
        </Button>
      </div>
      <Checkbox
        checked={rollover.consoleHasNewCertificate}
        onChange={(_, data) => checkStore.confirmConsoleHasNewCertificate(data.checked === true)}
        label={t('check.ui.consoleConfirm')}
      />
      {rollover.consoleHasNewCertificate ? (
        <section className={styles.removal} aria-labelledby="remove-old-title" data-testid="remove-old-certificate">
          <Text as="h2" weight="semibold" size={400} id="remove-old-title" block>
            {t('check.ui.removeOldTitle')}
          </Text>
          <Text as="p" block>
            {rollover.previousThumbprint
              ? t('check.ui.oldCertificateKept', { thumbprint: rollover.previousThumbprint })
              : t('check.ui.oldCertificateKeptUnknown')}{' '}
            {t('check.ui.removeOldWhy')}
          </Text>
          <Text as="p" block>
            {rollover.previousThumbprint ? t('check.ui.removeOldSteps', { thumbprint: rollover.previousThumbprint }) : t('check.ui.removeOldStepsUnknown')}
          </Text>
          {singleSignOn && (
            <Link href={singleSignOn} target="_blank" rel="noreferrer">
              {t('check.ui.openSingleSignOn')}
            </Link>
          )}
        </section>
      ) : (
        <Text>{t('check.ui.waitForConsole')}</Text>
      )}
    </section>
  );
}
