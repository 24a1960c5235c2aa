import { useState } from 'react';
import { deepLinkUiMessages as m } from './deep-link-messages';

/** One-click copy with a status line for an aria-live region ("Link copied." or what to do instead). */
export function useCopyLink() {
  const [status, setStatus] = useState('');
  const copy = async (link: string) => {
    setStatus('');
    try {
      await navigator.clipboard.writeText(link);
      setStatus(m.linkCopied());
    } catch {
      setStatus(m.copyFailed());
    }
  };
  return { copy, status };
}
