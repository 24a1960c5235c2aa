// After a repair made a new signing certificate active: download it for the Trend Micro console,
// and only once the admin says the console has it, how to remove the previous one (by hand: see
// docs/decisions/006-check-and-repair.md for why the wizard does not).
import { Button, Checkbox, Link, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { certificateFileName, pemFromBase64Der } from '../setup/certificate';
import { entraAppLinks } from '../setup/summary';
import { checkStore, type RolloverRecord } from './check-store';
import { checkMessages as m } from './check-messages';
import { downloadText } from './download';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  removal: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
});

export function RolloverPanel({ rollover, tenantId }: { rollover: RolloverRecord; tenantId: string }) {
  const styles = useStyles();
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
          <MessageBarTitle id="rollover-title">{m.rolloverTitle()}</MessageBarTitle>
          {m.rolloverIntro({ thumbprint: certificate.thumbprint, end: certificate.endDateTime.slice(0, 10) })} {m.rolloverSteps()}
        </MessageBarBody>
      </MessageBar>
      <div>
        <Button onClick={() => downloadText(certificateFileName(rollover.appName), pemFromBase64Der(certificate.key), 'application/x-x509-ca-cert')}>
          {m.downloadCertificate()}
        </Button>
      </div>
      <Checkbox
        checked={rollover.consoleHasNewCertificate}
        onChange={(_, data) => checkStore.confirmConsoleHasNewCertificate(data.checked === true)}
        label={m.consoleConfirm()}
      />
      {rollover.consoleHasNewCertificate ? (
        <section className={styles.removal} aria-labelledby="remove-old-title" data-testid="remove-old-certificate">
          <Text as="h2" weight="semibold" size={400} id="remove-old-title" block>
            {m.removeOldTitle()}
          </Text>
          <Text as="p" block>
            {rollover.previousThumbprint ? m.oldCertificateKept({ thumbprint: rollover.previousThumbprint }) : m.oldCertificateKeptUnknown()}{' '}
            {m.removeOldWhy()}
          </Text>
          <Text as="p" block>
            {m.removeOldSteps({ thumbprint: rollover.previousThumbprint })}
          </Text>
          {singleSignOn && (
            <Link href={singleSignOn} target="_blank" rel="noreferrer">
              {m.openSingleSignOn()}
            </Link>
          )}
        </section>
      ) : (
        <Text>{m.waitForConsole()}</Text>
      )}
    </section>
  );
}
