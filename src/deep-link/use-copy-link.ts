import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * One-click copy with a status for a live region beside the button ("Link copied." or what to do
 * instead), and every status it can show, so the region can keep room for the longest (CopyStatus).
 */
export function useCopyLink() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async (link: string) => {
    setStatus('idle');
    try {
      await navigator.clipboard.writeText(link);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  const messages = [t('deepLink.linkCopied'), t('deepLink.copyFailed')] as const;
  return { copy, status: status === 'copied' ? messages[0] : status === 'failed' ? messages[1] : '', messages };
}
