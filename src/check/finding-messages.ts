// The check's findings in the admin's language: the same functions as the English
// src/setup/check-messages.ts, backed by the catalogue (check.findings.*), so the pure check
// (src/setup/check.ts) words its findings in whatever language the page passes.
import type { TFunction } from 'i18next';
import { findingMessages, type FindingMessageKey, type FindingMessages } from '../setup/check-messages';
import { dynamic } from '../i18n/translate';
import type { ClaimsUnreadWords } from '../graph/check-setup';

export interface FindingMessageOptions {
  /** How an ISO date (YYYY-MM-DD) reads: the page passes Intl's date for its language. */
  date?: (iso: string) => string;
}

export function translatedFindingMessages(t: TFunction, options: FindingMessageOptions = {}): FindingMessages {
  const tr = dynamic(t);
  const date = options.date ?? ((iso: string) => iso);
  const say = (key: string, values: Record<string, unknown> = {}) => tr(`check.findings.${key}`, values);
  const plain = Object.fromEntries(
    (Object.keys(findingMessages) as FindingMessageKey[]).map((key) => [key, (values?: Record<string, unknown>) => say(key, values)]),
  ) as unknown as FindingMessages;
  const warnings = (count: number) => say('reportWarnings', { count });
  return {
    ...plain,
    regionName: ({ region }) => tr(`region.regions.${region}`),
    // `count` is every value found; the sentence counts the others.
    urlAmongOthers: ({ count }) => say('urlAmongOthers', { count: count - 1 }),
    hostDiffers: (values) => say(values.actualRegion ? 'hostDiffers' : 'hostDiffersOutsideRegions', values),
    assignedRequired: ({ count }) => say('assignedRequired', { count }),
    assignmentsActual: ({ count, required }) => say(required ? 'assignmentsActualRequired' : 'assignmentsActualNotRequired', { count }),
    certificateExpired: ({ date: iso, days }) => say('certificateExpired', { date: date(iso), count: days }),
    certificateExpiresSoon: ({ date: iso, days }) => say('certificateExpiresSoon', { date: date(iso), count: days }),
    certificateValid: ({ date: iso, days }) => say('certificateValid', { date: date(iso), count: days }),
    certificateActual: ({ thumbprint, date: iso }) =>
      iso ? say('certificateActual', { thumbprint, date: date(iso) }) : say('certificateActualUnknown', { thumbprint }),
    reportExpected: ({ region, cmpId }) => (cmpId === null ? say('reportExpectedNoCmpId', { region }) : say('reportExpected', { region, cmpId })),
    reportCounts: ({ pass, confirm, warning, fail }) =>
      say(confirm > 0 ? 'reportCountsConfirm' : 'reportCounts', { pass, confirm, fail, warnings: warnings(warning) }),
  };
}

/** The identity claim's finding when the claims policy could not be read, in the admin's language (markClaimsUnread). */
export function translatedClaimsUnreadWords(t: TFunction): ClaimsUnreadWords {
  return { reason: t('check.ui.claimsUnreadable'), actual: t('check.ui.claimsUnreadableActual'), steps: t('check.ui.claimsUnreadableFix') };
}
