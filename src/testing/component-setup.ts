// Set-up of every component test (`*.test.tsx`, vitest.config.ts): jest-dom's matchers, i18next with
// the English catalogue (as the wizard loads it), Graph answered by the demo tenant, and nothing
// carried from one test to the next (the journals, storage, a link's presets, the rendered page).
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { loadFeatureCatalogues } from '../i18n/language';
import { forgetSessionData } from '../auth/session-data';
import { startPresets } from '../deep-link/presets-store';
import { graphServer } from './demo-graph';
import { installWebLocks } from './web-locks';

installWebLocks();
await loadFeatureCatalogues();

// findBy… waits for Graph's answer through the demo tenant: on a loaded machine, more than a second.
configure({ asyncUtilTimeout: 10_000 });

// A request no test's tenant answers is a mistake in the test, not a network call.
beforeAll(() => graphServer.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  graphServer.resetHandlers();
  // What signing out forgets: the wizard's and the check's journals, in memory and in storage.
  forgetSessionData();
  sessionStorage.clear();
  localStorage.clear();
  // A support link's presets live in the module as well as in storage: back to none, as at a boot
  // without a link (after the storage is cleared, so none is read back from it).
  startPresets('');
});
afterAll(() => graphServer.close());
