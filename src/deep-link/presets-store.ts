// The presets of the link the admin was sent, kept for the whole tab session: the sign-in redirect
// and a reload come back to the wizard without the query string (or with MSAL's own parameters),
// and the presets must still apply. What is stored is the link's deep-link parameters as they
// came, never the parsed result: every load parses them again, so nothing from storage reaches a
// form or Graph without passing the rules.
import { parseDeepLink, type DeepLinkPresets } from '../setup/deep-link';
import { keepLinkPresets, PRESETS_STORAGE_KEY } from './presets-present';

export { PRESETS_STORAGE_KEY };

/**
 * At boot: a URL with any deep-link parameter is a (new) link and replaces what was stored; a URL
 * without one (a reload after the URL was cleaned, the return from sign-in) keeps the stored link.
 */
export function capturePresets(search: string, storage: Storage | undefined = globalThis.sessionStorage): DeepLinkPresets {
  return parseDeepLink(keepLinkPresets(search, storage));
}

let current: DeepLinkPresets | null = null;

/** Called once at boot, before anything can redirect: reads the URL and keeps the presets. */
export function startPresets(search: string): DeepLinkPresets {
  current = capturePresets(search);
  return current;
}

/** The presets for this page load (what the boot captured, else what this tab stored). */
export function currentPresets(): DeepLinkPresets {
  current ??= capturePresets('');
  return current;
}
