// /applicationTemplates/{id} and .../instantiate: create the non-gallery SAML app (docs/graph/call-order.md#instantiate).

import type { Application, ServicePrincipal } from '@microsoft/microsoft-graph-types';
import { SCOPES } from '../auth';
import { fail, resourceNotFound } from '../failures';
import { CUSTOM_SSO_TAG, INTEGRATED_APP_TAG, NON_GALLERY_TEMPLATE_ID, newApplication, newServicePrincipal } from '../objects';
import { GRAPH_ORIGIN, readJsonObjectBody } from '../request';
import { BOTH_VERSIONS, requireParam, type RouteContext, type RouteDefinition, type RouteResult } from '../routing';
import { validateActionParameters } from '../schema';
import { presentApplication } from './applications';
import { presentServicePrincipal } from './service-principals';

// Only the global non-gallery template exists here; the US Gov and China ids, and every gallery
// template, answer 404 (there is no Trend Micro gallery app: docs/graph/identities-scopes-roles.md#identities-scopes-and-roles).
const NON_GALLERY_TEMPLATE = {
  id: NON_GALLERY_TEMPLATE_ID,
  displayName: 'Custom',
  homePageUrl: null,
  supportedSingleSignOnModes: ['password', 'saml', 'notSupported'],
  supportedProvisioningTypes: [],
  logoUrl: null,
  categories: [],
  publisher: 'Microsoft Corporation',
  description: null,
};

function templateFromPath(context: RouteContext): typeof NON_GALLERY_TEMPLATE {
  const templateId = requireParam(context, 'templateId');
  if (templateId.toLowerCase() !== NON_GALLERY_TEMPLATE_ID) resourceNotFound(templateId);
  return NON_GALLERY_TEMPLATE;
}

function getTemplate(context: RouteContext): RouteResult {
  const template = templateFromPath(context);
  return {
    status: 200,
    body: { '@odata.context': `${GRAPH_ORIGIN}/${context.request.version}/$metadata#applicationTemplates/$entity`, ...template },
  };
}

function readInstantiateParameters(context: RouteContext): { displayName: string; serviceManagementReference: string | null } {
  const body = readJsonObjectBody(context.request);
  validateActionParameters(body, 'applicationTemplate.instantiate');
  const { displayName, serviceManagementReference } = body;
  if (typeof displayName !== 'string' || displayName.trim() === '') {
    fail(400, 'Request_BadRequest', "The parameter 'displayName' is required and cannot be empty.");
  }
  if (displayName.length > 256) {
    fail(400, 'Request_BadRequest', "Invalid value specified for property 'displayName' of resource 'Application'.");
  }
  return {
    displayName,
    serviceManagementReference: typeof serviceManagementReference === 'string' ? serviceManagementReference : null,
  };
}

function instantiate(context: RouteContext): RouteResult {
  templateFromPath(context);
  const { displayName, serviceManagementReference } = readInstantiateParameters(context);
  const { store } = context;
  // Display names are not unique in Entra: a second app with the same name is simply another app.
  const application: Application = newApplication({
    id: context.newGuid(),
    appId: context.newGuid(),
    displayName,
    createdMs: store.now(),
    publisherDomain: store.state.tenant.verifiedDomains.find((domain) => domain.isDefault)?.name ?? '',
    applicationTemplateId: NON_GALLERY_TEMPLATE_ID,
    serviceManagementReference,
    scopeId: context.newGuid(),
  });
  const servicePrincipal: ServicePrincipal = newServicePrincipal({
    id: context.newGuid(),
    application,
    tenantId: store.state.tenant.id,
    tags: [CUSTOM_SSO_TAG, INTEGRATED_APP_TAG],
  });
  store.state.applications.push(application);
  store.state.servicePrincipals.push(servicePrincipal);
  if (application.id) store.markCreated(application.id);
  if (servicePrincipal.id) store.markCreated(servicePrincipal.id);

  return {
    status: 201,
    body: {
      '@odata.context': `${GRAPH_ORIGIN}/${context.request.version}/$metadata#microsoft.graph.applicationServicePrincipal`,
      application: presentApplication(application),
      servicePrincipal: presentServicePrincipal(servicePrincipal),
    },
  };
}

export const applicationTemplateRoutes: RouteDefinition[] = [
  {
    versions: BOTH_VERSIONS,
    pattern: '/applicationTemplates/{templateId}',
    operations: { GET: { scopes: SCOPES.anyValidToken, writes: false, handle: getTemplate } },
  },
  {
    versions: BOTH_VERSIONS,
    pattern: '/applicationTemplates/{templateId}/instantiate',
    operations: { POST: { scopes: SCOPES.applicationWrite, writes: true, handle: instantiate } },
  },
];
