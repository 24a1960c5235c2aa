// Opens "Check an existing setup" (src/check/CheckPage.tsx, as the signed-in area mounts it): on the
// app picker, or on one app's report as after picking it. The check's journal is written through
// its store here only, so a change of the store's API is one edit.
import CheckPage from '../check/CheckPage';
import { CheckStore, checkStore } from '../check/check-store';
import type { DemoGraph } from './demo-graph';
import type { ExpectedSetup } from '../setup/check';
import { renderWithProviders } from './render-with-providers';

/**
 * `demo` is what `useDemoTenant` returns: its session signs in, its Graph client is the check's.
 * `expected`: what the app is compared with, as the admin (or a support link) said.
 */
export function renderCheckAt(demo: Pick<DemoGraph, 'session' | 'graph'>, applicationId?: string, expected?: ExpectedSetup) {
  checkStore.setMode('check');
  if (applicationId) checkStore.pick(applicationId);
  if (expected) checkStore.setExpected(expected);
  return renderWithProviders(<CheckPage session={demo.session} graph={demo.graph} />);
}

/**
 * The page loaded again: the journal is only what sessionStorage kept (a store made afresh from it,
 * as a reload makes one), then the check is rendered on it. Unmount the page before.
 */
export function renderCheckAfterReload(demo: Pick<DemoGraph, 'session' | 'graph'>) {
  const reloaded = new CheckStore().get();
  checkStore.update(() => reloaded);
  return renderWithProviders(<CheckPage session={demo.session} graph={demo.graph} />);
}
