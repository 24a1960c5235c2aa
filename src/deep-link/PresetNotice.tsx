// What the link the admin was sent says, as text only: the presets it suggests (before sign-in),
// the values it gave that were ignored and why, and the tenant it is for.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { AdminSession } from '../auth/session';
import type { GraphApi } from '../graph/client';
import type { DeepLinkParameter, DeepLinkPresets, PresetAnswers } from '../setup/deep-link';
import { regionInfo } from '../setup/regions';
import { deepLinkUiMessages as m } from './deep-link-messages';
import { currentPresets } from './presets-store';
import { useTenantCheck, type TenantCheck } from './use-tenant-check';

const useStyles = makeStyles({
  notices: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  inWizard: { marginBottom: tokens.spacingVerticalL },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
  value: { overflowWrap: 'anywhere' },
});

function presetLines(answers: PresetAnswers): { parameter: DeepLinkParameter; value: string }[] {
  const lines: { parameter: DeepLinkParameter; value: string }[] = [];
  if (answers.region) lines.push({ parameter: 'region', value: regionInfo(answers.region).label });
  if (answers.cmpId !== undefined) lines.push({ parameter: 'cmpId', value: answers.cmpId });
  if (answers.appName !== undefined) lines.push({ parameter: 'appName', value: answers.appName });
  const identity = answers.identityClaim;
  if (identity) lines.push({ parameter: 'claim', value: identity.kind === 'default' ? m.identityDefault() : `${identity.name} (user.${identity.sourceAttribute})` });
  const group = answers.groupClaim;
  if (group) lines.push({ parameter: 'groupClaim', value: group.kind === 'none' ? m.groupNone() : group.kind === 'default-name' ? m.groupDefault() : group.name });
  if (answers.notificationEmails) lines.push({ parameter: 'notify', value: answers.notificationEmails.join(', ') });
  return lines;
}

function Problems({ presets }: { presets: DeepLinkPresets }) {
  const styles = useStyles();
  if (presets.problems.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="preset-problems">
      <MessageBarBody>
        <MessageBarTitle>{m.problemsTitle()}</MessageBarTitle>
        {m.problemsIntro()}
        <ul className={styles.list}>
          {presets.problems.map((problem, index) => (
            <li key={`${problem.parameter}-${index}`} data-testid={`preset-problem-${problem.parameter}`} className={styles.value}>
              <strong>{problem.parameter}</strong>: {problem.message}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

function TenantNotice({ tenant, check }: { tenant: string; check?: TenantCheck }) {
  const intent = !check ? 'info' : check.state === 'match' ? 'success' : check.state === 'checking' ? 'info' : 'error';
  const detail = !check
    ? m.tenantBeforeSignIn()
    : check.state === 'match'
      ? m.tenantMatches()
      : check.state === 'mismatch'
        ? m.tenantMismatch(check.signedIn)
        : check.state === 'failed'
          ? m.tenantCheckFailed(check.reason)
          : m.tenantChecking();
  return (
    <MessageBar intent={intent} layout="multiline" data-testid="preset-tenant">
      <MessageBarBody>
        <MessageBarTitle>{m.tenantTitle(tenant)}</MessageBarTitle>
        {detail}
      </MessageBarBody>
      {check?.state === 'failed' && (
        <MessageBarActions>
          <Button onClick={check.retry}>{m.tryAgain()}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** On the start page, before sign-in: what the link suggests, what it gave that was ignored, its tenant. */
export function StartPagePresetNotice() {
  const styles = useStyles();
  const presets = currentPresets();
  const lines = presetLines(presets.answers);
  if (lines.length === 0 && presets.problems.length === 0 && presets.tenant === undefined) return null;
  return (
    <div className={styles.notices}>
      {presets.tenant !== undefined && <TenantNotice tenant={presets.tenant} />}
      {lines.length > 0 && (
        <MessageBar intent="info" layout="multiline" data-testid="preset-summary">
          <MessageBarBody>
            <MessageBarTitle>{m.presetsTitle()}</MessageBarTitle>
            {m.presetsIntro()}
            <ul className={styles.list}>
              {lines.map((line) => (
                <li key={line.parameter} className={styles.value}>
                  {m.parameterLabel(line.parameter)}: {line.value}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <Problems presets={presets} />
    </div>
  );
}

/** In the wizard: the ignored values, and whether the admin is signed in to the link's tenant. */
export function WizardPresetNotice({ session, graph }: { session: AdminSession; graph: GraphApi }) {
  const styles = useStyles();
  const presets = currentPresets();
  const check = useTenantCheck(presets.tenant, session, graph);
  if (presets.problems.length === 0 && presets.tenant === undefined) return null;
  return (
    <div className={mergeClasses(styles.notices, styles.inWizard)}>
      {presets.tenant !== undefined && <TenantNotice tenant={presets.tenant} check={check} />}
      <Problems presets={presets} />
    </div>
  );
}
