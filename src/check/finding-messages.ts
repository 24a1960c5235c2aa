// The check's findings in the admin's language: the pure check's finding messages
// (src/setup/check-messages.ts) rendered through i18next (check.findings.*, region.regions.*).
import type { TFunction } from 'i18next';
import { findingMessagesFrom, type FindingMessages } from '../setup/check-messages';
import { dynamic } from '../i18n/translate';
import type { ClaimsUnreadWords } from '../graph/check-setup';

export interface FindingMessageOptions {
  /** How an ISO date (YYYY-MM-DD) reads: the page passes Intl's date for its language. */
  date?: (iso: string) => string;
}

export function translatedFindingMessages(t: TFunction, options: FindingMessageOptions = {}): FindingMessages {
  const tr = dynamic(t);
  return findingMessagesFrom({
    say: (key, values) => tr(`check.findings.${key}`, values),
    regionName: (region) => tr(`region.regions.${region}`),
    date: options.date ?? ((iso) => iso),
  });
}

/** The identity claim's finding when the claims policy could not be read, in the admin's language (markClaimsUnread). */
export function translatedClaimsUnreadWords(t: TFunction): ClaimsUnreadWords {
  return { reason: t('check.ui.claimsUnreadable'), actual: t('check.ui.claimsUnreadableActual'), steps: t('check.ui.claimsUnreadableFix') };
}
