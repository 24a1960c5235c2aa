// What the link the admin was sent says, as text only: the presets it suggests (before sign-in),
// the values it gave that were ignored and why, and the tenant it is for.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AdminSession } from '../auth/session';
import type { GraphApi } from '../graph/client';
import type { DeepLinkParameter, DeepLinkPresets, PresetAnswers } from '../setup/deep-link';
import { translate } from '../i18n/translate';
import { currentPresets } from './presets-store';
import { useTenantCheck, type TenantCheck } from './use-tenant-check';

const useStyles = makeStyles({
  notices: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  inWizard: { marginBottom: tokens.spacingVerticalL },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
  value: { overflowWrap: 'anywhere' },
});

/** `data`: the value is the admin's or the link's own text (a name, an id), not words of ours. */
function presetLines(t: TFunction, answers: PresetAnswers): { parameter: DeepLinkParameter; value: string; data: boolean }[] {
  const lines: { parameter: DeepLinkParameter; value: string; data: boolean }[] = [];
  if (answers.region) lines.push({ parameter: 'region', value: t(`region.regions.${answers.region}`), data: false });
  if (answers.cmpId !== undefined) lines.push({ parameter: 'cmpId', value: answers.cmpId, data: true });
  if (answers.appName !== undefined) lines.push({ parameter: 'appName', value: answers.appName, data: true });
  const identity = answers.identityClaim;
  if (identity) {
    lines.push(
      identity.kind === 'default'
        ? { parameter: 'claim', value: t('deepLink.identityDefault'), data: false }
        : { parameter: 'claim', value: t('deepLink.identityPreset', { name: identity.name, source: identity.sourceAttribute }), data: true },
    );
  }
  const group = answers.groupClaim;
  if (group) {
    lines.push(
      group.kind === 'none'
        ? { parameter: 'groupClaim', value: t('deepLink.groupNone'), data: false }
        : group.kind === 'default-name'
          ? { parameter: 'groupClaim', value: t('deepLink.groupDefault'), data: false }
          : { parameter: 'groupClaim', value: group.name, data: true },
    );
  }
  if (answers.notificationEmails) lines.push({ parameter: 'notify', value: answers.notificationEmails.join(', '), data: true });
  return lines;
}

function Problems({ presets }: { presets: DeepLinkPresets }) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (presets.problems.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="preset-problems">
      <MessageBarBody>
        <MessageBarTitle>{t('deepLink.problemsTitle')}</MessageBarTitle>
        {t('deepLink.problemsIntro')}
        <ul className={styles.list}>
          {presets.problems.map((problem, index) => (
            <li key={`${problem.parameter}-${index}`} data-testid={`preset-problem-${problem.parameter}`} className={styles.value}>
              <strong translate="no">{problem.parameter}</strong>
              {t('deepLink.separator')}
              {translate(t, problem.ref)}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

function TenantNotice({ tenant, check }: { tenant: string; check?: TenantCheck }) {
  const { t } = useTranslation();
  const intent = !check ? 'info' : check.state === 'match' ? 'success' : check.state === 'checking' ? 'info' : 'error';
  const detail = !check
    ? t('deepLink.tenantBeforeSignIn')
    : check.state === 'match'
      ? t('deepLink.tenantMatches')
      : check.state === 'mismatch'
        ? t('deepLink.tenantMismatch', { signedIn: check.signedIn })
        : check.state === 'failed'
          ? t('deepLink.tenantCheckFailed', { reason: check.reason })
          : t('deepLink.tenantChecking');
  return (
    <MessageBar intent={intent} layout="multiline" data-testid="preset-tenant">
      <MessageBarBody>
        <MessageBarTitle>{t('deepLink.tenantTitle', { tenant })}</MessageBarTitle>
        {detail}
      </MessageBarBody>
      {check?.state === 'failed' && (
        <MessageBarActions>
          <Button onClick={check.retry}>{t('deepLink.tryAgain')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** On the start page, before sign-in: what the link suggests, what it gave that was ignored, its tenant. */
export function StartPagePresetNotice() {
  const styles = useStyles();
  const { t } = useTranslation();
  const presets = currentPresets();
  const lines = presetLines(t, presets.answers);
  if (lines.length === 0 && presets.problems.length === 0 && presets.tenant === undefined) return null;
  return (
    <div className={styles.notices}>
      {presets.tenant !== undefined && <TenantNotice tenant={presets.tenant} />}
      {lines.length > 0 && (
        <MessageBar intent="info" layout="multiline" data-testid="preset-summary">
          <MessageBarBody>
            <MessageBarTitle>{t('deepLink.presetsTitle')}</MessageBarTitle>
            {t('deepLink.presetsIntro')}
            <ul className={styles.list}>
              {lines.map((line) => (
                <li key={line.parameter} className={styles.value}>
                  {t(`deepLink.parameterLabels.${line.parameter}`)}
                  {t('deepLink.separator')}
                  <span translate={line.data ? 'no' : undefined}>{line.value}</span>
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
