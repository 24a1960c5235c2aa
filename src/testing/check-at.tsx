// Opens "Check an existing setup" (src/check/CheckPage.tsx, as the signed-in area mounts it): on the
// app picker, or on one app's report as after picking it. The check's journal is written through
// its store here only, so a change of the store's API is one edit.
import CheckPage from '../check/CheckPage';
import { checkStore } from '../check/check-store';
import type { DemoGraph } from './demo-graph';
import { renderWithProviders } from './render-with-providers';

/** `demo` is what `useDemoTenant` returns: its session signs in, its Graph client is the check's. */
export function renderCheckAt(demo: Pick<DemoGraph, 'session' | 'graph'>, applicationId?: string) {
  checkStore.setMode('check');
  if (applicationId) checkStore.pick(applicationId);
  return renderWithProviders(<CheckPage session={demo.session} graph={demo.graph} />);
}
