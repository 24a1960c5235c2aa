import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { AuthProblem } from '../auth/session';

const HINTS: Record<string, string> = {
  AADSTS65001: 'An administrator has not consented to the wizard\'s permissions for this tenant. Ask a Global Administrator or Privileged Role Administrator to grant admin consent, then sign in again.',
  AADSTS50105: 'Your account is not assigned to the wizard\'s app registration in this tenant.',
  AADSTS700016: 'The wizard\'s app registration was not found in this tenant: check the client id in config.json and that the app is multi-tenant.',
  AADSTS50011: 'The redirect URI is not registered on the wizard\'s app registration (single-page application platform).',
};

export function AuthProblemBar({ problem }: { problem: AuthProblem }) {
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>Sign-in failed ({problem.code})</MessageBarTitle>
        {HINTS[problem.code] ? <p>{HINTS[problem.code]}</p> : null}
        <p>{problem.message}</p>
      </MessageBarBody>
    </MessageBar>
  );
}
