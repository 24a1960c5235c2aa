// One-click copy for every page that offers it (the summary's values, the check's report, a setup
// link). `recent` names what was copied for a moment, so its button can say "Copied" where the
// admin looks; `last` keeps the last outcome for a live region. The moment's timer is cleared
// when the page goes, so no state is set on an unmounted component.
import { useCallback, useEffect, useRef, useState } from 'react';

const COPIED_FOR_MS = 2000;

/** `key`: what the page calls the copied thing; `copied`: false when the clipboard refused. */
export interface CopyOutcome {
  key: string;
  copied: boolean;
}

export function useCopy(): {
  copy: (key: string, text: string) => Promise<boolean>;
  recent: string | null;
  last: CopyOutcome | null;
} {
  const [last, setLast] = useState<CopyOutcome | null>(null);
  const [recent, setRecent] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = useCallback(async (key: string, text: string) => {
    clearTimeout(timer.current);
    setLast(null);
    setRecent(null);
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      setLast({ key, copied: false });
      return false;
    }
    setLast({ key, copied: true });
    setRecent(key);
    timer.current = setTimeout(() => setRecent(null), COPIED_FOR_MS);
    return true;
  }, []);
  return { copy, recent, last };
}
