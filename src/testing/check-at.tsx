// Opens "Check an existing setup" (src/check/CheckPage.tsx, as the signed-in area mounts it): on the
// app picker, or on one app's report as after picking it. The check's journal is written through
// its store here only, so a change of the store's API is one edit.
import type { AdminSession } from '../auth/session';
import CheckPage from '../check/CheckPage';
import { checkStore } from '../check/check-store';
import { createGraphApi } from '../graph/client';
import { renderWithProviders } from './render-with-providers';

export function renderCheckAt(session: AdminSession, applicationId?: string) {
  checkStore.setMode('check');
  if (applicationId) checkStore.pick(applicationId);
  return renderWithProviders(<CheckPage session={session} graph={createGraphApi((scopes, options) => session.getToken(scopes, options))} />);
}
