import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useAppText } from '../i18n/language';
import type { AuthProblem } from '../auth/session';
import type { appEn } from './messages.en';

type HintCode = keyof typeof appEn.auth.hints;

function hasHint(code: string): code is HintCode {
  return ['AADSTS65001', 'AADSTS65004', 'AADSTS90094', 'AADSTS50105', 'AADSTS700016', 'AADSTS50011', 'demo_tenant_unavailable', 'sign_in_unavailable'].includes(code);
}

/** The authority's code and what it means for the admin; its own message (English, from Microsoft) below. */
export function AuthProblemBar({ problem }: { problem: AuthProblem }) {
  const t = useAppText();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t('auth.failed', { code: problem.code })}</MessageBarTitle>
        {hasHint(problem.code) ? <p>{t(`auth.hints.${problem.code}`)}</p> : null}
        <p translate="no">{problem.message}</p>
      </MessageBarBody>
    </MessageBar>
  );
}
