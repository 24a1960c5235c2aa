import { useTranslation } from 'react-i18next';
import { useCopy } from '../ui/use-copy';

/**
 * One-click copy with a status for a live region beside the button ("Link copied." or what to do
 * instead), and every status it can show, so the region can keep room for the longest (CopyStatus).
 */
export function useCopyLink() {
  const { t } = useTranslation();
  const { copy, last } = useCopy();
  const messages = [t('deepLink.linkCopied'), t('deepLink.copyFailed')] as const;
  return {
    copy: (link: string) => copy('link', link),
    status: last === null ? '' : last.copied ? messages[0] : messages[1],
    messages,
  };
}
