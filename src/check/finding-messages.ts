// The check's findings in the admin's language: the pure check's finding messages
// (src/setup/check-messages.ts) rendered through i18next (check.findings.*, region.regions.*).
import type { TFunction } from 'i18next';
import { findingMessagesFrom, type FindingMessages } from '../setup/check-messages';
import { dynamic } from '../i18n/translate';
import { markClaimsUnread, type ClaimsUnreadWords } from '../graph/check-setup';
import { checkSetup, type ExpectedSetup, type Finding } from '../setup/check';
import type { ObservedApp } from '../setup/plan';

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
function translatedClaimsUnreadWords(t: TFunction): ClaimsUnreadWords {
  return { reason: t('check.ui.claimsUnreadable'), actual: t('check.ui.claimsUnreadableActual'), steps: t('check.ui.claimsUnreadableFix') };
}

/** Everything a finding can say, in the admin's language: the check's messages and the claims-unread words. */
export interface FindingWords {
  messages: FindingMessages;
  claimsUnread: ClaimsUnreadWords;
}

export function translatedFindingWords(t: TFunction, options: FindingMessageOptions = {}): FindingWords {
  return { messages: translatedFindingMessages(t, options), claimsUnread: translatedClaimsUnreadWords(t) };
}

/**
 * The findings for an app as read: the report's and the repair's one way to them. With `words`, in
 * the admin's language; without, in English (the JSON report, logs).
 */
export function findingsFor(read: { observed: ObservedApp; at: Date; claimsUnread: boolean }, expected: ExpectedSetup, words?: FindingWords): Finding[] {
  const checked = checkSetup(read.observed, expected, read.at, words?.messages);
  if (!read.claimsUnread) return checked;
  return words ? markClaimsUnread(checked, words.claimsUnread) : markClaimsUnread(checked);
}
