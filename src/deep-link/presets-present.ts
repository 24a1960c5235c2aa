// A support link's presets as this tab keeps them, without the parser: the link's deep-link
// parameters are stored at boot, synchronously, before anything can redirect, and the start page
// loads the presets' rules (zod) and notice only when there is something to parse and show.
// presets-store.ts parses what is kept here, on every load.
import { deepLinkQuery, hasDeepLinkParameters } from '../setup/deep-link-parameters';

export const PRESETS_STORAGE_KEY = 'tmes-sso-wizard.presets';

interface StoredPresets {
  version: 1;
  /** The deep-link parameters of the last link opened in this tab, e.g. `region=eu&cmpId=contoso`. */
  query: string;
}

function storedQuery(storage: Storage | undefined): string {
  try {
    const raw = storage?.getItem(PRESETS_STORAGE_KEY);
    if (!raw) return '';
    const parsed = JSON.parse(raw) as Partial<StoredPresets>;
    return parsed.version === 1 && typeof parsed.query === 'string' ? parsed.query : '';
  } catch {
    return '';
  }
}

/**
 * A URL with any deep-link parameter is a (new) link and replaces what was stored; a URL without
 * one (a reload after the URL was cleaned, the return from sign-in) keeps the stored link.
 * Returns the query to parse.
 */
export function keepLinkPresets(search: string, storage: Storage | undefined = globalThis.sessionStorage): string {
  if (!hasDeepLinkParameters(search)) return storedQuery(storage);
  const query = deepLinkQuery(search);
  try {
    storage?.setItem(PRESETS_STORAGE_KEY, JSON.stringify({ version: 1, query } satisfies StoredPresets));
  } catch {
    // Storage full or disabled: the presets apply to this page load only.
  }
  return query;
}

/** A deep-link parameter in the address, or a link stored by an earlier load of this tab. */
export function tabHasPresets(search: string, storage: Storage | undefined = globalThis.sessionStorage): boolean {
  return hasDeepLinkParameters(search) || storedQuery(storage) !== '';
}
