// Removing what a failed run created: delete the application object, which takes its service
// principal, assignments, claims policy and certificates with it. Deleting the service principal
// of a SAML app is refused (DeletingSamlSpNotAllowed, docs/graph/replication-and-retries.md#deleting-the-app), so never that.
import type { GraphApi } from './client';
import { classifyWriteAnswer, toGraphFailure, withRetry, type RetryClock } from './retry';
import { APPLICATION_WRITE_SCOPES } from '../setup/scopes';
import type { ApplyContext } from './apply-context';
import type { MessageRef } from '../setup/message-ref';

/**
 * What deleting the app removes, for the confirmation the admin reads first: message references
 * (graph.undo.*), worded by the page in the admin's language.
 */
export function undoList(context: ApplyContext, appName: string): MessageRef[] {
  if (!context.createdByThisRun || !context.applicationId) return [];
  const items: MessageRef[] = [{ key: 'graph.undo.application', values: { name: appName, id: context.applicationId } }];
  const assignments = Object.keys(context.assignments ?? {}).length;
  if (assignments > 0) items.push({ key: 'graph.undo.assignments', values: { count: assignments } });
  if (context.certificate) items.push({ key: 'graph.undo.certificate', values: { thumbprint: context.certificate.thumbprint } });
  items.push({ key: 'graph.undo.settings' });
  return items;
}

export async function deleteCreatedApp(graph: GraphApi, context: ApplyContext, clock?: RetryClock): Promise<void> {
  const applicationId = context.applicationId;
  if (!context.createdByThisRun || !applicationId) throw new Error('This run created no application to remove.');
  let attempted = false; // an earlier attempt may have been carried out
  await withRetry(
    async () => {
      try {
        await graph.client.api(`/applications/${applicationId}`).middlewareOptions(graph.withScopes(APPLICATION_WRITE_SCOPES)).delete();
      } catch (error) {
        // 404 after an attempt whose answer was lost: that attempt deleted it. A first 404 is
        // replication lag on the new app, and is retried.
        if (attempted && (error as { statusCode?: number }).statusCode === 404) return;
        attempted = attempted || classifyWriteAnswer(toGraphFailure(error), 'idempotent') === 'ambiguous';
        throw error;
      }
    },
    { freshObject: true, write: 'idempotent', renewToken: graph.renewToken, ...(clock ? { clock } : {}) },
  );
}
