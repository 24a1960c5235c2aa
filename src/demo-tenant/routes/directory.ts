// Users, groups, the organization and /me: what the people picker and the sign-in step read
// (docs/graph/directory-search.md#search-users-and-groups).

import type { Group, User } from '@microsoft/microsoft-graph-types';
import { SCOPES } from '../auth';
import { resourceNotFound } from '../failures';
import { listCollection, singleEntity } from '../odata/collection';
import type { FilterPropertyKind } from '../odata/filter';
import { GRAPH_ORIGIN } from '../request';
import { BOTH_VERSIONS, requireParam, type RouteContext, type RouteDefinition, type RouteResult } from '../routing';

const USER_TYPE = 'microsoft.graph.user';
const GROUP_TYPE = 'microsoft.graph.group';

// The v1.0 user properties a $select may name (a subset of the schema; unknown names → 400).
const USER_PROPERTIES: ReadonlySet<string> = new Set([
  'id',
  'displayName',
  'givenName',
  'surname',
  'userPrincipalName',
  'mail',
  'mailNickname',
  'jobTitle',
  'department',
  'officeLocation',
  'preferredLanguage',
  'businessPhones',
  'mobilePhone',
  'accountEnabled',
  'userType',
  'employeeId',
  'createdDateTime',
  'onPremisesSamAccountName',
  'onPremisesExtensionAttributes',
  'companyName',
  'city',
  'country',
  'state',
  'streetAddress',
  'postalCode',
  'usageLocation',
  'otherMails',
  'proxyAddresses',
  'identities',
  'deletedDateTime',
  'onPremisesUserPrincipalName',
  'onPremisesSyncEnabled',
  'employeeType',
  'creationType',
  'externalUserState',
  'ageGroup',
  'faxNumber',
  'imAddresses',
]);

/** Graph v1.0 returns only these user properties unless $select asks for others. */
const USER_DEFAULT_PROPERTIES = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
];

const USER_FILTERS: Record<string, FilterPropertyKind> = {
  id: 'string',
  displayName: 'string',
  givenName: 'string',
  surname: 'string',
  mail: 'string',
  userPrincipalName: 'string',
  mailNickname: 'string',
  userType: 'string',
  accountEnabled: 'boolean',
  employeeId: 'string',
  jobTitle: 'string',
  department: 'string',
};

const GROUP_PROPERTIES: ReadonlySet<string> = new Set([
  'id',
  'displayName',
  'description',
  'mail',
  'mailEnabled',
  'mailNickname',
  'securityEnabled',
  'groupTypes',
  'visibility',
  'createdDateTime',
  'deletedDateTime',
  'classification',
  'isAssignableToRole',
  'membershipRule',
  'onPremisesSyncEnabled',
  'proxyAddresses',
  'renewedDateTime',
  'expirationDateTime',
  'theme',
  'securityIdentifier',
  'preferredLanguage',
  'membershipRuleProcessingState',
]);

const GROUP_FILTERS: Record<string, FilterPropertyKind> = {
  id: 'string',
  displayName: 'string',
  mail: 'string',
  mailNickname: 'string',
  mailEnabled: 'boolean',
  securityEnabled: 'boolean',
  groupTypes: 'stringCollection',
};

const USER_COLLECTION = {
  entitySet: 'users',
  typeName: USER_TYPE,
  properties: USER_PROPERTIES,
  defaultProperties: USER_DEFAULT_PROPERTIES,
  filterable: USER_FILTERS,
  searchable: ['displayName', 'mail', 'userPrincipalName', 'givenName', 'surname', 'mailNickname', 'jobTitle', 'department'],
};

const GROUP_COLLECTION = {
  entitySet: 'groups',
  typeName: GROUP_TYPE,
  properties: GROUP_PROPERTIES,
  filterable: GROUP_FILTERS,
  searchable: ['displayName', 'description', 'mail', 'mailNickname'],
};

function listUsers(context: RouteContext): RouteResult {
  return listCollection<User>(context.request, context.store.state.users, USER_COLLECTION);
}

function getUser(context: RouteContext): RouteResult {
  const key = requireParam(context, 'id');
  const user = context.store.findUser(key);
  if (!user) resourceNotFound(key);
  return singleEntity(context.request, { ...user }, USER_COLLECTION);
}

function getMe(context: RouteContext): RouteResult {
  const result = singleEntity(context.request, { ...context.caller.user }, USER_COLLECTION);
  const body = result.body as Record<string, unknown>;
  body['@odata.context'] = `${GRAPH_ORIGIN}/${context.request.version}/$metadata#users/$entity`;
  return result;
}

function listGroups(context: RouteContext): RouteResult {
  return listCollection<Group>(context.request, context.store.state.groups, GROUP_COLLECTION);
}

function getGroup(context: RouteContext): RouteResult {
  const key = requireParam(context, 'id');
  const group = context.store.findGroup(key);
  if (!group) resourceNotFound(key);
  return singleEntity(context.request, { ...group }, GROUP_COLLECTION);
}

/** Direct members only: nested groups are listed as groups, not expanded (as Graph does). */
function listGroupMembers(context: RouteContext): RouteResult {
  const key = requireParam(context, 'id');
  const group = context.store.findGroup(key);
  if (!group?.id) resourceNotFound(key);
  const members = (context.store.state.groupMembers[group.id] ?? []).flatMap((memberId): Record<string, unknown>[] => {
    const principal = context.store.findPrincipal(memberId);
    if (principal?.kind === 'User') return [{ '@odata.type': '#microsoft.graph.user', ...principal.user }];
    if (principal?.kind === 'Group') return [{ '@odata.type': '#microsoft.graph.group', ...principal.group }];
    return [];
  });
  return listCollection(context.request, members, {
    entitySet: 'directoryObjects',
    typeName: 'microsoft.graph.directoryObject',
    properties: new Set([...USER_PROPERTIES, ...GROUP_PROPERTIES, '@odata.type']),
    filterable: { id: 'string', displayName: 'string' },
    searchable: ['displayName', 'mail'],
  });
}

function listOrganization(context: RouteContext): RouteResult {
  const { tenant } = context.store.state;
  return {
    status: 200,
    body: {
      '@odata.context': `${GRAPH_ORIGIN}/${context.request.version}/$metadata#organization`,
      value: [
        {
          id: tenant.id,
          deletedDateTime: null,
          displayName: tenant.displayName,
          createdDateTime: tenant.createdDateTime,
          countryLetterCode: 'US',
          preferredLanguage: 'en',
          tenantType: 'AAD',
          technicalNotificationMails: [],
          verifiedDomains: tenant.verifiedDomains,
        },
      ],
    },
  };
}

export const directoryRoutes: RouteDefinition[] = [
  { versions: BOTH_VERSIONS, pattern: '/users', operations: { GET: { scopes: SCOPES.userRead, writes: false, handle: listUsers } } },
  { versions: BOTH_VERSIONS, pattern: '/users/{id}', operations: { GET: { scopes: SCOPES.userRead, writes: false, handle: getUser } } },
  { versions: BOTH_VERSIONS, pattern: '/me', operations: { GET: { scopes: SCOPES.me, writes: false, handle: getMe } } },
  { versions: BOTH_VERSIONS, pattern: '/groups', operations: { GET: { scopes: SCOPES.groupRead, writes: false, handle: listGroups } } },
  { versions: BOTH_VERSIONS, pattern: '/groups/{id}', operations: { GET: { scopes: SCOPES.groupRead, writes: false, handle: getGroup } } },
  {
    versions: BOTH_VERSIONS,
    pattern: '/groups/{id}/members',
    operations: { GET: { scopes: SCOPES.groupRead, writes: false, handle: listGroupMembers } },
  },
  {
    versions: BOTH_VERSIONS,
    pattern: '/organization',
    operations: { GET: { scopes: SCOPES.organization, writes: false, handle: listOrganization } },
  },
];
