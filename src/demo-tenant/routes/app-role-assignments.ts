// /servicePrincipals/{id}/appRoleAssignedTo: assign users and groups to the app (docs/graph/assignments.md#assign-a-user-or-group).

import type { AppRoleAssignment, ServicePrincipal } from '@microsoft/microsoft-graph-types';
import { SCOPES } from '../auth';
import { fail, resourceNotFound } from '../failures';
import { EMPTY_GUID, isGuid } from '../ids';
import { graphDateTime } from '../objects';
import { listCollection } from '../odata/collection';
import { REPLICATION_LAG_FAULT } from '../replication';
import { GRAPH_ORIGIN, readJsonObjectBody } from '../request';
import { BOTH_VERSIONS, requireParam, type RouteContext, type RouteDefinition, type RouteResult } from '../routing';
import { propertyNamesOf, validateStructuredObject } from '../schema';
import { servicePrincipalFromPath } from './service-principals';

const ASSIGNMENT_PROPERTIES = propertyNamesOf('appRoleAssignment');

function assignmentsOf(context: RouteContext, servicePrincipal: ServicePrincipal): AppRoleAssignment[] {
  return context.store.state.appRoleAssignments.filter((assignment) => assignment.resourceId === servicePrincipal.id);
}

function listAssignments(context: RouteContext): RouteResult {
  const servicePrincipal = servicePrincipalFromPath(context, requireParam(context, 'id'));
  const visible = assignmentsOf(context, servicePrincipal).filter((assignment) => assignment.id && context.store.isListed(assignment.id));
  return listCollection(context.request, visible, {
    entitySet: `servicePrincipals('${servicePrincipal.id ?? ''}')/appRoleAssignedTo`,
    typeName: 'microsoft.graph.appRoleAssignment',
    properties: ASSIGNMENT_PROPERTIES,
    filterable: { principalId: 'string', appRoleId: 'string', principalType: 'string', principalDisplayName: 'string' },
    searchable: [],
  });
}

function getAssignment(context: RouteContext): RouteResult {
  const servicePrincipal = servicePrincipalFromPath(context, requireParam(context, 'id'));
  const assignment = assignmentFromPath(context, servicePrincipal);
  return {
    status: 200,
    body: {
      '@odata.context': `${GRAPH_ORIGIN}/${context.request.version}/$metadata#servicePrincipals('${servicePrincipal.id ?? ''}')/appRoleAssignedTo/$entity`,
      ...assignment,
    },
  };
}

function assignmentFromPath(context: RouteContext, servicePrincipal: ServicePrincipal): AppRoleAssignment {
  const assignmentId = requireParam(context, 'assignmentId');
  const assignment = assignmentsOf(context, servicePrincipal).find((candidate) => candidate.id === assignmentId);
  if (!assignment?.id) resourceNotFound(assignmentId);
  if (context.store.phaseOf(assignment.id) === 'unreplicated') resourceNotFound(assignmentId, REPLICATION_LAG_FAULT);
  return assignment;
}

function permissionNotFound(servicePrincipal: ServicePrincipal): never {
  fail(400, 'Request_BadRequest', `Permission being assigned was not found on application '${servicePrincipal.appId ?? ''}'.`);
}

/** The all-zero "Default Access" id is only valid for an SP without enabled roles (docs/graph/assignments.md#assign-a-user-or-group). */
function checkAppRole(servicePrincipal: ServicePrincipal, appRoleId: string): void {
  const enabledRoles = (servicePrincipal.appRoles ?? []).filter((role) => role.isEnabled);
  if (appRoleId === EMPTY_GUID) {
    if (enabledRoles.length > 0) permissionNotFound(servicePrincipal);
    return;
  }
  if (!enabledRoles.some((role) => role.id === appRoleId)) permissionNotFound(servicePrincipal);
}

function requiredGuid(body: Record<string, unknown>, property: string): string {
  const value = body[property];
  if (value === undefined || value === null) {
    fail(400, 'Request_BadRequest', `Required property '${property}' is missing from the request payload.`);
  }
  if (!isGuid(value)) fail(400, 'BadRequest', `Cannot convert the literal '${String(value)}' to the expected type 'Edm.Guid'.`);
  return value.toLowerCase();
}

function createAssignment(context: RouteContext): RouteResult {
  const servicePrincipal = servicePrincipalFromPath(context, requireParam(context, 'id'));
  const body = readJsonObjectBody(context.request);
  validateStructuredObject(body, 'appRoleAssignment');
  const principalId = requiredGuid(body, 'principalId');
  const resourceId = requiredGuid(body, 'resourceId');
  const appRoleId = requiredGuid(body, 'appRoleId');

  const { store } = context;
  if (servicePrincipal.id && store.phaseOf(servicePrincipal.id) === 'settling') {
    // Two wordings of one replication symptom (docs/graph/replication-and-retries.md#failure-modes and #ambiguous-answers); Terraform's
    // app_role_assignment_resource.go retries on "Not a valid reference update.".
    if (store.faults.assignmentReferenceLag) {
      fail(400, 'Request_BadRequest', 'Not a valid reference update.', { fault: REPLICATION_LAG_FAULT });
    }
    fail(400, 'Request_BadRequest', `The appRoleAssignment's resourceId '${servicePrincipal.id}' does not reference a valid application object.`, {
      fault: REPLICATION_LAG_FAULT,
    });
  }
  if (resourceId !== servicePrincipal.id) {
    fail(400, 'Request_BadRequest', "Invalid value specified for property 'resourceId' of resource 'AppRoleAssignment'.");
  }
  checkAppRole(servicePrincipal, appRoleId);

  const principal = store.findPrincipal(principalId);
  if (!principal) resourceNotFound(principalId);
  if (principal.kind === 'Group' && !store.state.tenant.hasEntraIdP1) {
    // UNCONFIRMED wording: Graph refuses group assignment without Entra ID P1/P2 (docs/graph/assignments.md#assign-a-user-or-group).
    fail(400, 'Request_BadRequest', 'Group-based assignment to applications requires Microsoft Entra ID P1 or P2.');
  }
  const duplicate = assignmentsOf(context, servicePrincipal).some((assignment) => assignment.principalId === principalId && assignment.appRoleId === appRoleId);
  // Graph answers 400, not 409, for a repeated assignment (docs/graph/replication-and-retries.md#ambiguous-answers; Terraform's
  // app_role_assignment_resource.go): a client repeating a write whose answer was lost meets this.
  if (duplicate) fail(400, 'Request_BadRequest', 'Permission being assigned already exists on the object.');

  const assignment: AppRoleAssignment = {
    id: context.newAssignmentId(),
    deletedDateTime: null,
    appRoleId,
    createdDateTime: graphDateTime(store.now()),
    principalDisplayName: principal.displayName,
    principalId,
    principalType: principal.kind,
    resourceDisplayName: servicePrincipal.displayName ?? null,
    resourceId: servicePrincipal.id ?? null,
  };
  store.state.appRoleAssignments.push(assignment);
  if (assignment.id) store.markCreated(assignment.id);

  const collectionUrl = `${GRAPH_ORIGIN}/${context.request.version}/servicePrincipals/${servicePrincipal.id ?? ''}/appRoleAssignedTo`;
  return {
    status: 201,
    headers: { location: `${collectionUrl}/${assignment.id ?? ''}` },
    body: {
      '@odata.context': `${GRAPH_ORIGIN}/${context.request.version}/$metadata#servicePrincipals('${servicePrincipal.id ?? ''}')/appRoleAssignedTo/$entity`,
      ...assignment,
    },
  };
}

function deleteAssignment(context: RouteContext): RouteResult {
  const servicePrincipal = servicePrincipalFromPath(context, requireParam(context, 'id'));
  const assignment = assignmentFromPath(context, servicePrincipal);
  context.store.state.appRoleAssignments = context.store.state.appRoleAssignments.filter((candidate) => candidate.id !== assignment.id);
  return { status: 204 };
}

export const appRoleAssignmentRoutes: RouteDefinition[] = [
  {
    versions: BOTH_VERSIONS,
    pattern: '/servicePrincipals/{id}/appRoleAssignedTo',
    operations: {
      GET: { scopes: SCOPES.applicationRead, writes: false, handle: listAssignments },
      POST: { scopes: SCOPES.appRoleAssignmentWrite, writes: true, handle: createAssignment },
    },
  },
  {
    versions: BOTH_VERSIONS,
    pattern: '/servicePrincipals/{id}/appRoleAssignedTo/{assignmentId}',
    operations: {
      GET: { scopes: SCOPES.applicationRead, writes: false, handle: getAssignment },
      DELETE: { scopes: SCOPES.appRoleAssignmentWrite, writes: true, handle: deleteAssignment },
    },
  },
];
