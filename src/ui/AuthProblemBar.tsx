import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useAppText } from '../i18n/language';
import type { AuthProblem } from '../auth/session';
import { appEn } from '../shell/messages.en';

type HintCode = keyof typeof appEn.auth.hints;

/** The codes the catalogue explains (the English catalogue names them; every language has them all). */
function hasHint(code: string): code is HintCode {
  return Object.hasOwn(appEn.auth.hints, code);
}

/** What the authority's code means for the admin, where the catalogue explains it. */
export function AuthProblemHint({ code }: { code: string }) {
  const t = useAppText();
  return hasHint(code) ? <p>{t(`auth.hints.${code}`)}</p> : null;
}

/** The authority's code and what it means for the admin; its own message (English, from Microsoft) below. */
export function AuthProblemBar({ problem }: { problem: AuthProblem }) {
  const t = useAppText();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t('auth.failed', { code: problem.code })}</MessageBarTitle>
        <AuthProblemHint code={problem.code} />
        <p translate="no">{problem.message}</p>
      </MessageBarBody>
    </MessageBar>
  );
}
