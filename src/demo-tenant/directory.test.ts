import type { Group, User } from '@microsoft/microsoft-graph-types';
import { describe, expect, it } from 'vitest';
import { DEMO_GROUP_IDS, DEMO_USER_IDS } from './seed';
import { DemoTenant } from './tenant';
import { graphCaller } from './testing';

interface ListBody<T> {
  '@odata.context': string;
  '@odata.nextLink'?: string;
  '@odata.count'?: number;
  value: T[];
}
interface GraphErrorBody {
  error: { code: string; message: string };
}

const eventual = { headers: { ConsistencyLevel: 'eventual' } };

function setup() {
  const tenant = new DemoTenant();
  return { tenant, graph: graphCaller(tenant) };
}

function names(users: { displayName?: string | null }[]): (string | null | undefined)[] {
  return users.map((user) => user.displayName);
}

describe('GET /users with $search', () => {
  it('answers 400 Request_UnsupportedQuery without ConsistencyLevel: eventual', async () => {
    const { graph } = setup();
    const response = await graph<GraphErrorBody>('GET', '/users?$search="displayName:jo"');
    expect(response.status).toBe(400);
    expect(response.body.error).toEqual(
      expect.objectContaining({
        code: 'Request_UnsupportedQuery',
        message: "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
      }),
    );
  });

  it('matches the start of any word of the display name, case-insensitively', async () => {
    const { graph } = setup();
    const response = await graph<ListBody<User>>('GET', '/users?$search="displayName:jo"&$select=id,displayName', eventual);
    expect(response.status).toBe(200);
    expect(names(response.body.value)).toEqual(['Johanna Lorenz', 'Joni Sherman', 'Jordan Miller', 'Josée Tremblay', 'Jo Brown', 'Brian Johnson (former)']);
    expect(response.body['@odata.context']).toBe('https://graph.microsoft.com/v1.0/$metadata#users(id,displayName)');
  });

  it('combines clauses with OR across properties', async () => {
    const { graph } = setup();
    const response = await graph<ListBody<User>>('GET', '/users?$search="displayName:zoë" OR "mail:kai.nakamura"&$select=displayName', eventual);
    expect(names(response.body.value)).toEqual(['Zoë Müller', 'Kai Nakamura (Fabrikam)']);
    // Ravi has no mail at all, but his userPrincipalName is searchable.
    const byUpn = await graph<ListBody<User>>('GET', '/users?$search="userPrincipalName:ravik"&$select=displayName', eventual);
    expect(names(byUpn.body.value)).toEqual(['Ravi Kumar']);
  });

  it('finds non-Latin names by their words', async () => {
    const { graph } = setup();
    const japanese = await graph<ListBody<User>>('GET', `/users?$search=${encodeURIComponent('"displayName:太郎"')}&$select=id`, eventual);
    const arabic = await graph<ListBody<User>>('GET', `/users?$search=${encodeURIComponent('"displayName:الزهراء"')}&$select=id`, eventual);
    expect(japanese.body.value).toEqual([{ id: DEMO_USER_IDS.taroYamada }]);
    expect(arabic.body.value).toEqual([{ id: DEMO_USER_IDS.fatimaAlZahra }]);
  });

  it('rejects an unquoted search the way Graph does', async () => {
    const { graph } = setup();
    const response = await graph<GraphErrorBody>('GET', '/users?$search=displayName:jo', eventual);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe("Syntax error: character ':' is not valid at position 11 in 'displayName:jo'.");
  });
});

describe('GET /users with $filter, $select, $top and $count', () => {
  it('filters with startswith without needing ConsistencyLevel', async () => {
    const { graph } = setup();
    const response = await graph<ListBody<User>>('GET', "/users?$filter=startswith(displayName,'jo')&$select=displayName");
    expect(response.status).toBe(200);
    expect(names(response.body.value)).toEqual(['Johanna Lorenz', 'Joni Sherman', 'Jordan Miller', 'Josée Tremblay', 'Jo Brown']);
  });

  it("returns Graph's default user properties without $select", async () => {
    const { graph } = setup();
    const response = await graph<ListBody<Record<string, unknown>>>('GET', `/users?$filter=id eq '${DEMO_USER_IDS.zoeMuller}'`);
    expect(Object.keys(response.body.value[0] ?? {}).sort()).toEqual([
      'businessPhones',
      'displayName',
      'givenName',
      'id',
      'jobTitle',
      'mail',
      'mobilePhone',
      'officeLocation',
      'preferredLanguage',
      'surname',
      'userPrincipalName',
    ]);
  });

  it('answers 400 for a $select property users do not have', async () => {
    const { graph } = setup();
    const response = await graph<GraphErrorBody>('GET', '/users?$select=displayName,shoeSize');
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe("Could not find a property named 'shoeSize' on type 'microsoft.graph.user'.");
  });

  it('pages with $top and @odata.nextLink', async () => {
    const { graph } = setup();
    const first = await graph<ListBody<User>>('GET', '/users?$top=15&$select=id');
    expect(first.body.value).toHaveLength(15);
    const nextLink = first.body['@odata.nextLink'] ?? '';
    expect(nextLink).toContain('$skiptoken=');
    const second = await graph<ListBody<User>>('GET', nextLink);
    const third = await graph<ListBody<User>>('GET', second.body['@odata.nextLink'] ?? '');
    expect(third.body.value).toHaveLength(10);
    expect(third.body['@odata.nextLink']).toBeUndefined();
    const ids = new Set([...first.body.value, ...second.body.value, ...third.body.value].map((user) => user.id));
    expect(ids.size).toBe(40);
  });

  it('counts with $count=true only under ConsistencyLevel: eventual', async () => {
    const { graph } = setup();
    expect((await graph('GET', '/users?$count=true&$top=1')).status).toBe(400);
    const counted = await graph<ListBody<User>>('GET', '/users?$count=true&$top=1&$filter=accountEnabled eq false', eventual);
    expect(counted.body['@odata.count']).toBe(1);
    expect(counted.body.value[0]?.id).toBe(DEMO_USER_IDS.disabledBrianJohnson);
  });

  it('returns hostile display names verbatim for the client to render as text', async () => {
    const { graph } = setup();
    const scriptName = await graph<User>('GET', `/users/${DEMO_USER_IDS.scriptTagName}?$select=displayName`);
    const rtlName = await graph<User>('GET', `/users/${DEMO_USER_IDS.rtlOverrideName}?$select=displayName`);
    expect(scriptName.body.displayName).toBe('<script>alert(1)</script>');
    expect(rtlName.body.displayName).toContain('\u202E');
  });

  it('finds a user by userPrincipalName as well as by id', async () => {
    const { graph } = setup();
    const response = await graph<User>('GET', '/users/Adele@contoso.onmicrosoft.com?$select=id');
    expect(response.body.id).toBe(DEMO_USER_IDS.adeleVance);
  });
});

describe('GET /groups', () => {
  it('separates Microsoft 365 groups from security groups by groupTypes', async () => {
    const { graph } = setup();
    const unified = await graph<ListBody<Group>>('GET', "/groups?$filter=groupTypes/any(c:c eq 'Unified')&$select=id");
    const security = await graph<ListBody<Group>>('GET', '/groups?$filter=securityEnabled eq true&$select=id');
    expect(unified.body.value).toHaveLength(8);
    expect(security.body.value).toHaveLength(7);
    expect(security.body.value.map((group) => group.id)).toContain(DEMO_GROUP_IDS.emailSecurityUsers);
  });

  it('searches groups by display name with ConsistencyLevel: eventual', async () => {
    const { graph } = setup();
    const response = await graph<ListBody<Group>>('GET', '/groups?$search="displayName:email"&$select=id,displayName', eventual);
    expect(response.body.value).toEqual([{ id: DEMO_GROUP_IDS.emailSecurityUsers, displayName: 'Email Security Users' }]);
  });

  it('lists direct members without expanding nested groups', async () => {
    const { graph } = setup();
    const response = await graph<ListBody<{ '@odata.type': string; displayName: string }>>(
      'GET',
      `/groups/${DEMO_GROUP_IDS.emailSecurityUsers}/members?$select=displayName`,
    );
    expect(response.body.value.map((member) => member.displayName)).toEqual([
      'Adele Vance',
      'Alex Wilber',
      'Johanna Lorenz',
      'Joni Sherman',
      'Zoë Müller',
      '山田 太郎',
      'Helpdesk',
    ]);
  });
});
