import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { TenantCheck } from './use-tenant-check';

/** On Review: why Apply is disabled when the link names another tenant (or it is not known yet). */
export function TenantRefusal({ check }: { check: TenantCheck }) {
  const { t } = useTranslation();
  if (check.state === 'no-hint' || check.state === 'match') return null;
  if (check.state === 'checking') {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t('deepLink.applyWaitingForTenant', { hint: check.hint })}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-testid="tenant-refusal">
      <MessageBarBody>
        <MessageBarTitle>{t('deepLink.applyRefusedTitle')}</MessageBarTitle>
        {check.state === 'mismatch'
          ? t('deepLink.applyRefused', { hint: check.hint, signedIn: check.signedIn })
          : `${t('deepLink.applyTenantUnknown', { hint: check.hint })} ${t('deepLink.tenantCheckFailed', { reason: check.reason })}`}
      </MessageBarBody>
      {check.state === 'failed' && (
        <MessageBarActions>
          <Button onClick={check.retry}>{t('deepLink.tryAgain')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
