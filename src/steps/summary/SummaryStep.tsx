import { Button, Link, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { StepFrame } from '../../app/StepFrame';
import { wizardStore } from '../../app/wizard-store';
import type { StepProps } from '../../app/Wizard';
import { answersSchema } from '../../setup/answers-schema';
import { entraAppLinks, summaryAsText, summaryValues } from '../../setup/summary';
import { certificateFileName, pemFromBase64Der } from '../../setup/certificate';

const useStyles = makeStyles({
  values: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr) max-content',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    alignItems: 'center',
    margin: 0,
    '@media (max-width: 640px)': { gridTemplateColumns: 'minmax(0, 1fr) max-content' },
  },
  label: { fontWeight: tokens.fontWeightSemibold, '@media (max-width: 640px)': { gridColumn: '1 / -1' } },
  value: { margin: 0, fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/x-x509-ca-cert' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function SummaryStep({ journal, session }: StepProps) {
  const styles = useStyles();
  const [announcement, setAnnouncement] = useState('');
  const parsed = answersSchema.safeParse(journal.answers);
  const context = journal.apply?.context;
  if (!parsed.success || !context?.appId || !context.servicePrincipalId) return null;
  const answers = parsed.data;
  const tenantId = session.account.tenantId;
  const values = summaryValues({ tenantId, appId: context.appId, answers, ...(context.certificate ? { certificate: context.certificate } : {}) });
  const links = entraAppLinks({ tenantId, appId: context.appId, servicePrincipalId: context.servicePrincipalId });
  const groupRename = answers.groupClaim.kind === 'custom-name' ? answers.groupClaim.name : null;

  const copy = async (label: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setAnnouncement(`${label} copied.`);
    } catch {
      setAnnouncement(`Could not copy ${label}: select the value and copy it by hand.`);
    }
  };

  return (
    <StepFrame
      title="Summary"
      intro="Single sign-on is configured in Microsoft Entra ID. Enter these values in the SSO profile on the Trend Micro console."
      footer={
        <div className={styles.actions}>
          <Button onClick={() => wizardStore.reset()}>Start over</Button>
        </div>
      }
    >
      <Text role="status" aria-live="polite">
        {announcement}
      </Text>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void copy('All values', summaryAsText(values))}>
          Copy all
        </Button>
        {context.certificate ? (
          <Button onClick={() => download(certificateFileName(answers.appName), pemFromBase64Der(context.certificate!.key))}>
            Download certificate (Base64)
          </Button>
        ) : null}
      </div>
      <dl className={styles.values} aria-label="Values for the Trend Micro console">
        {values.map((value) => (
          <div key={value.id} style={{ display: 'contents' }}>
            <dt className={styles.label}>{value.label}</dt>
            <dd className={styles.value} data-testid={`summary-${value.id}`}>
              {value.value}
              {value.needsPortalStep ? ' (set in the Entra admin center, see below)' : ''}
            </dd>
            <dd style={{ margin: 0 }}>
              <Button size="small" aria-label={`Copy ${value.label}`} onClick={() => void copy(value.label, value.value)}>
                Copy
              </Button>
            </dd>
          </div>
        ))}
      </dl>
      {!context.certificate && (
        <MessageBar intent="info">
          <MessageBarBody>
            The app already had an active signing certificate, so none was created. Download it as Certificate (Base64) from the app's
            Single sign-on page in the Entra admin center.
          </MessageBarBody>
        </MessageBar>
      )}
      {groupRename && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Not done by the wizard: rename the group claim to "{groupRename}"</MessageBarTitle>
            Microsoft Graph has no documented way to do this, so it was not done. Group IDs are already sent under Entra's default name.
            In the Entra admin center: open the app's <Link href={links.singleSignOn} target="_blank" rel="noreferrer">Single sign-on</Link>{' '}
            page → Attributes &amp; Claims → Edit → the groups claim → Advanced options → select "Customize the name of the group claim" →
            Name: {groupRename} → Save.
          </MessageBarBody>
        </MessageBar>
      )}
      <section aria-label="Next steps">
        <Text as="h2" weight="semibold" size={400}>
          Next, on the Trend Micro console
        </Text>
        <ol className={styles.steps}>
          <li>Sign in to the Cloud Email Gateway Protection administrator console and open the End User Console SSO settings.</li>
          <li>Create an SSO profile with Microsoft Entra ID as the identity provider.</li>
          <li>Enter the unique identifier, Login URL, Logout URL, Microsoft Entra Identifier, identity claim name{answers.groupClaim.kind !== 'none' ? ' and group claim name' : ''} shown above.</li>
          <li>Upload the downloaded certificate (Base64).</li>
          <li>Test with a user you assigned before enabling SSO for everyone.</li>
        </ol>
      </section>
      <Text>
        <Link href={links.overview} target="_blank" rel="noreferrer">
          Open the app in the Microsoft Entra admin center
        </Link>
      </Text>
    </StepFrame>
  );
}
