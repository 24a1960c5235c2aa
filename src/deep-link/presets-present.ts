// Whether this tab has a support link's presets at all, answered without the parser: the start page
// loads the presets' rules (zod) and notice only when there is something to parse and show.
import { hasDeepLinkParameters } from '../setup/deep-link-parameters';

export const PRESETS_STORAGE_KEY = 'tmes-sso-wizard.presets';

/** A deep-link parameter in the address, or a link stored by an earlier load of this tab. */
export function tabHasPresets(search: string, storage: Storage | undefined = globalThis.sessionStorage): boolean {
  if (hasDeepLinkParameters(search)) return true;
  try {
    return Boolean(storage?.getItem(PRESETS_STORAGE_KEY));
  } catch {
    return false;
  }
}
