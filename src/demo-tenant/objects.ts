// Factories for the Graph objects that instantiate (and the seed) create, in the shape Graph
// returns them (docs/graph/call-order.md#instantiate; Microsoft's applicationTemplate: instantiate example).

import type { Application, AppRole, PermissionScope, ServicePrincipal } from '@microsoft/microsoft-graph-types';

export const NON_GALLERY_TEMPLATE_ID = '8adf8e6e-67b2-4cf2-a259-e3dc5476c621';
export const USER_APP_ROLE_ID = '18d14569-c3bd-439b-9a66-3a2aee01d14f';
const MSIAM_ACCESS_APP_ROLE_ID = 'b9632174-c057-4f7e-951b-be3adc52bfe6';

export const CUSTOM_SSO_TAG = 'WindowsAzureActiveDirectoryCustomSingleSignOnApplication';
export const INTEGRATED_APP_TAG = 'WindowsAzureActiveDirectoryIntegratedApp';

/** Graph writes timestamps as ISO 8601 in UTC, without milliseconds when they are zero. */
export function graphDateTime(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

function templateAppRoles(origin: 'Application' | 'ServicePrincipal'): AppRole[] {
  return [
    {
      allowedMemberTypes: ['User'],
      description: 'msiam_access',
      displayName: 'msiam_access',
      id: MSIAM_ACCESS_APP_ROLE_ID,
      isEnabled: true,
      origin,
      value: null,
    },
    {
      allowedMemberTypes: ['User'],
      description: 'User',
      displayName: 'User',
      id: USER_APP_ROLE_ID,
      isEnabled: true,
      origin,
      value: null,
    },
  ];
}

function userImpersonationScope(id: string, displayName: string): PermissionScope {
  return {
    adminConsentDescription: `Allow the application to access ${displayName} on behalf of the signed-in user.`,
    adminConsentDisplayName: `Access ${displayName}`,
    id,
    isEnabled: true,
    type: 'User',
    userConsentDescription: `Allow the application to access ${displayName} on your behalf.`,
    userConsentDisplayName: `Access ${displayName}`,
    value: 'user_impersonation',
  };
}

export interface NewApplicationInput {
  id: string;
  appId: string;
  displayName: string;
  createdMs: number;
  publisherDomain: string;
  /** The non-gallery template, or null for an app registered without a template. */
  applicationTemplateId: string | null;
  serviceManagementReference?: string | null;
  scopeId: string;
}

export function newApplication(input: NewApplicationInput): Application {
  const fromTemplate = input.applicationTemplateId !== null;
  return {
    id: input.id,
    deletedDateTime: null,
    appId: input.appId,
    applicationTemplateId: input.applicationTemplateId,
    disabledByMicrosoftStatus: null,
    createdDateTime: graphDateTime(input.createdMs),
    displayName: input.displayName,
    description: null,
    groupMembershipClaims: null,
    identifierUris: [],
    isDeviceOnlyAuthSupported: null,
    isFallbackPublicClient: false,
    notes: null,
    publisherDomain: input.publisherDomain,
    serviceManagementReference: input.serviceManagementReference ?? null,
    signInAudience: 'AzureADMyOrg',
    tags: [],
    tokenEncryptionKeyId: null,
    samlMetadataUrl: null,
    defaultRedirectUri: null,
    certification: null,
    optionalClaims: null,
    addIns: [],
    api: {
      acceptMappedClaims: null,
      knownClientApplications: [],
      requestedAccessTokenVersion: null,
      oauth2PermissionScopes: fromTemplate ? [userImpersonationScope(input.scopeId, input.displayName)] : [],
      preAuthorizedApplications: [],
    },
    appRoles: fromTemplate ? templateAppRoles('Application') : [],
    info: { logoUrl: null, marketingUrl: null, privacyStatementUrl: null, supportUrl: null, termsOfServiceUrl: null },
    keyCredentials: [],
    parentalControlSettings: { countriesBlockedForMinors: [], legalAgeGroupRule: 'Allow' },
    passwordCredentials: [],
    publicClient: { redirectUris: [] },
    requiredResourceAccess: [],
    verifiedPublisher: { displayName: null, verifiedPublisherId: null, addedDateTime: null },
    web: {
      homePageUrl: null,
      logoutUrl: null,
      redirectUris: [],
      implicitGrantSettings: { enableAccessTokenIssuance: false, enableIdTokenIssuance: false },
      redirectUriSettings: [],
    },
    spa: { redirectUris: [] },
  };
}

export interface NewServicePrincipalInput {
  id: string;
  application: Application;
  tenantId: string;
  tags: string[];
}

export function newServicePrincipal(input: NewServicePrincipalInput): ServicePrincipal {
  const { application } = input;
  const fromTemplate = application.applicationTemplateId !== null;
  return {
    id: input.id,
    deletedDateTime: null,
    accountEnabled: true,
    alternativeNames: [],
    appDisplayName: application.displayName,
    appDescription: null,
    appId: application.appId,
    applicationTemplateId: application.applicationTemplateId,
    appOwnerOrganizationId: input.tenantId,
    appRoleAssignmentRequired: fromTemplate,
    description: null,
    disabledByMicrosoftStatus: null,
    displayName: application.displayName,
    homepage: fromTemplate ? 'https://account.activedirectory.windowsazure.com:444/applications/default.aspx?metadata=customappsso|ISV9.1|primary|z' : null,
    loginUrl: null,
    logoutUrl: null,
    notes: null,
    notificationEmailAddresses: [],
    preferredSingleSignOnMode: null,
    preferredTokenSigningKeyThumbprint: null,
    replyUrls: [...(application.web?.redirectUris ?? [])],
    servicePrincipalNames: [application.appId ?? '', ...(application.identifierUris ?? [])],
    servicePrincipalType: 'Application',
    signInAudience: 'AzureADMyOrg',
    tags: input.tags,
    tokenEncryptionKeyId: null,
    samlSingleSignOnSettings: null,
    addIns: [],
    appRoles: fromTemplate ? templateAppRoles('ServicePrincipal') : [],
    info: { logoUrl: null, marketingUrl: null, privacyStatementUrl: null, supportUrl: null, termsOfServiceUrl: null },
    keyCredentials: [],
    oauth2PermissionScopes: [...(application.api?.oauth2PermissionScopes ?? [])],
    passwordCredentials: [],
    resourceSpecificApplicationPermissions: [],
    verifiedPublisher: { displayName: null, verifiedPublisherId: null, addedDateTime: null },
  };
}
