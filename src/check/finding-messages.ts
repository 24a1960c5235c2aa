// The check's findings in the admin's language: the pure check's words (src/setup/check-messages.ts)
// rendered through i18next (check.findings.*, region.regions.*).
import type { TFunction } from 'i18next';
import type { FindingWords } from '../setup/check-messages';
import { dynamic } from '../i18n/translate';
import { checkSetup, markClaimsUnread, type ExpectedSetup, type Finding } from '../setup/check';
import type { ObservedApp } from '../setup/plan';

export interface FindingMessageOptions {
  /** How an ISO date (YYYY-MM-DD) reads: the page passes Intl's date for its language. */
  date?: (iso: string) => string;
}

export function translatedFindingWords(t: TFunction, options: FindingMessageOptions = {}): FindingWords {
  const tr = dynamic(t);
  return {
    say: (key: string, values?: object) => tr(`check.findings.${key}`, values as Record<string, unknown> | undefined),
    regionName: (region) => tr(`region.regions.${region}`),
    date: options.date ?? ((iso) => iso),
  };
}

/**
 * The findings for an app as read: the report's and the repair's one way to them. With `words`, in
 * the admin's language; without, in English (the JSON report, logs).
 */
export function findingsFor(read: { observed: ObservedApp; at: Date; claimsUnread: boolean }, expected: ExpectedSetup, words?: FindingWords): Finding[] {
  const checked = checkSetup(read.observed, expected, read.at, words);
  return read.claimsUnread ? markClaimsUnread(checked, words) : checked;
}
