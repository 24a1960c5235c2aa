import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** One-click copy with a status line for an aria-live region ("Link copied." or what to do instead). */
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
  return { copy, status: status === 'copied' ? t('deepLink.linkCopied') : status === 'failed' ? t('deepLink.copyFailed') : '' };
}
