// The words of the check's findings (src/setup/check.ts): one `say(key, values)` over the
// `check.findings` catalogue entries (English in check-findings.en.ts, Japanese in
// src/check/messages.ja.ts), so English lives in one place. The check names the entry and its
// values; the page passes a `say` backed by i18next (src/check/finding-messages.ts), and
// `englishWords` renders the English catalogue, for the JSON report, logs and tests.
import { checkFindingsEn } from './check-findings.en';
import { englishText, type MessageValues } from './english-text';
import { regionNamesEn } from './region-names.en';
import type { Region } from './types';

type Catalogue = typeof checkFindingsEn;

/** A key of `check.findings`, plural forms folded into one (`x_one`, `x_other` → `x`). */
export type FindingCatalogueKey = keyof Catalogue extends infer K ? (K extends `${infer Base}_${'one' | 'other'}` ? Base : K) : never;

/** `{{name}}` takes a string, `{{name, number}}` a number. */
type Placeholder<Inner extends string> = Inner extends `${infer Name}, number` ? { [N in Name]: number } : { [N in Inner]: string };

/** The values a template's `{{…}}` placeholders name (the catalogue is `as const`, so its texts are literal types). */
type PlaceholderValues<Text> = Text extends `${string}{{${infer Inner}}}${infer Rest}` ? Placeholder<Inner> & PlaceholderValues<Rest> : unknown;

/** What `key` needs: its placeholders' values, and `count` for plural entries (which chooses the form). */
type FindingValues<K extends FindingCatalogueKey> = K extends keyof Catalogue
  ? PlaceholderValues<Catalogue[K]>
  : `${K}_other` extends keyof Catalogue
    ? PlaceholderValues<Catalogue[`${K}_other`]> & { count: number }
    : never;

/** No argument for an entry without placeholders, its values for one with them. */
export type SayArguments<K extends FindingCatalogueKey> = [keyof FindingValues<K>] extends [never]
  ? []
  : [values: { [N in keyof FindingValues<K>]: FindingValues<K>[N] }];

export interface FindingWords {
  /** A `check.findings` entry with its values, in the page's language. */
  say<K extends FindingCatalogueKey>(key: K, ...values: SayArguments<K>): string;
  /** A region as the findings name it (the region step's wording). */
  regionName: (region: Region) => string;
  /** How an ISO date (YYYY-MM-DD) reads. */
  date: (iso: string) => string;
}

/** The findings in English, from the English catalogue: the JSON report, logs and tests. */
export const englishWords: FindingWords = {
  say: (key: string, values?: object) => englishText(checkFindingsEn, key, values as MessageValues | undefined),
  regionName: (region) => regionNamesEn[region],
  date: (iso) => iso,
};
