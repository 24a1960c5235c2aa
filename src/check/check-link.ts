// A support link with check=1: the check opens with the link's values (what the app is compared
// with), once per link.
import type { DeepLinkPresets } from '../setup/deep-link';
import type { ExpectedSetup } from '../setup/check';
import { checkStore, type CheckStore } from './check-store';

/** What a link presets for a check: the values the app is compared with. */
function linkExpected(presets: DeepLinkPresets): Partial<ExpectedSetup> {
  const { region, cmpId, identityClaim, groupClaim } = presets.answers;
  return {
    ...(region ? { region } : {}),
    ...(cmpId !== undefined ? { cmpId } : {}),
    ...(identityClaim ? { identityClaim } : {}),
    ...(groupClaim ? { groupClaim } : {}),
  };
}

/** A link with check=1 opens the check, once per link: a reload or a later choice of tab is kept. */
export function openCheckFromLink(presets: DeepLinkPresets, store: CheckStore = checkStore): void {
  if (!presets.check) return;
  const expected = linkExpected(presets);
  const signature = JSON.stringify({ tenant: presets.tenant ?? null, expected });
  if (store.get().handledLink !== signature) store.openFromLink(signature, expected);
}
