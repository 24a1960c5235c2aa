import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { deepLinkUiMessages as m } from './deep-link-messages';
import type { TenantCheck } from './use-tenant-check';

/** On Review: why Apply is disabled when the link names another tenant (or it is not known yet). */
export function TenantRefusal({ check }: { check: TenantCheck }) {
  if (check.state === 'no-hint' || check.state === 'match') return null;
  if (check.state === 'checking') {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{m.applyWaitingForTenant(check.hint)}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-testid="tenant-refusal">
      <MessageBarBody>
        <MessageBarTitle>{m.applyRefusedTitle()}</MessageBarTitle>
        {check.state === 'mismatch' ? m.applyRefused(check.hint, check.signedIn) : `${m.applyTenantUnknown(check.hint)} ${m.tenantCheckFailed(check.reason)}`}
      </MessageBarBody>
      {check.state === 'failed' && (
        <MessageBarActions>
          <Button onClick={check.retry}>{m.tryAgain()}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
