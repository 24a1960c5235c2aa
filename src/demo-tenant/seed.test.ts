import { describe, expect, it } from 'vitest';
import { isGuid } from './ids';
import {
  DEMO_ADMIN_USER_ID,
  DEMO_CLOUD_APPLICATION_ADMIN_USER_ID,
  DEMO_BROWSER_CHECK_APPS,
  DEMO_CHECK_APP_KEYS,
  DEMO_CHECK_APPS,
  DEMO_GROUP_IDS,
  DEMO_NO_ROLE_USER_ID,
  DEMO_TENANT_ID,
  DEMO_USER_IDS,
  seedDirectory,
} from './seed';
import { isDirectoryState } from './state';

describe('seedDirectory', () => {
  it('builds Contoso Ltd with 40 users and 15 groups under deterministic GUIDs', () => {
    const directory = seedDirectory();
    expect(directory.tenant).toMatchObject({ id: DEMO_TENANT_ID, displayName: 'Contoso Ltd' });
    expect(directory.users).toHaveLength(40);
    expect(directory.groups).toHaveLength(15);
    const ids = [...directory.users, ...directory.groups, ...directory.applications, ...directory.servicePrincipals].map((o) => o.id);
    expect(ids.every(isGuid)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(seedDirectory()).toEqual(directory);
    expect(isDirectoryState(JSON.parse(JSON.stringify(directory)))).toBe(true);
  });

  it('resolves every exported id to a seeded object', () => {
    const directory = seedDirectory();
    const userIds = new Set(directory.users.map((user) => user.id));
    const groupIds = new Set(directory.groups.map((group) => group.id));
    expect(Object.values(DEMO_USER_IDS).filter((id) => !userIds.has(id))).toEqual([]);
    expect(Object.values(DEMO_GROUP_IDS).filter((id) => !groupIds.has(id))).toEqual([]);
  });

  it('makes Adele an Application Administrator, Megan a Cloud Application Administrator, and leaves Alex without a role', () => {
    const directory = seedDirectory();
    const adele = directory.users.find((user) => user.id === DEMO_ADMIN_USER_ID);
    expect(adele?.userPrincipalName).toBe('adele@contoso.onmicrosoft.com');
    expect(directory.directoryRoles[DEMO_ADMIN_USER_ID]).toBe('Application Administrator');
    expect(directory.directoryRoles[DEMO_CLOUD_APPLICATION_ADMIN_USER_ID]).toBe('Cloud Application Administrator');
    expect(directory.directoryRoles[DEMO_NO_ROLE_USER_ID]).toBeUndefined();
  });

  it('includes names that exercise safe rendering', () => {
    const names = seedDirectory().users.map((user) => user.displayName ?? '');
    expect(names).toContain('<script>alert(1)</script>');
    expect(names.some((name) => name.includes('\u202E'))).toBe(true);
    expect(names.some((name) => /\p{Script=Arabic}/u.test(name))).toBe(true);
    expect(names.some((name) => /\p{Script=Han}/u.test(name))).toBe(true);
    expect(names.some((name) => /[À-ž]/.test(name))).toBe(true);
  });

  it('uses the tenant id it is given', () => {
    const directory = seedDirectory('aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee');
    expect(directory.tenant.id).toBe('aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee');
    expect(directory.servicePrincipals.every((sp) => sp.appOwnerOrganizationId === 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee')).toBe(true);
  });
});

describe('seedDirectory with Trend Micro EUC apps to check', () => {
  const NOW = Date.UTC(2026, 10, 26, 15, 0, 0);
  const euc = (directory: ReturnType<typeof seedDirectory>) =>
    directory.applications.filter((app) => (app.identifierUris ?? []).some((uri) => uri.startsWith('https://euc.')));

  it('seeds none by default, so a new setup in any region creates its app', () => {
    expect(euc(seedDirectory())).toEqual([]);
  });

  it('seeds each app with its stable ids, identifier and reply URL, and an enterprise app for it', () => {
    for (const key of DEMO_CHECK_APP_KEYS) {
      const directory = seedDirectory(undefined, { checkApps: [key], now: NOW });
      const seeded = DEMO_CHECK_APPS[key];
      const app = directory.applications.find((a) => a.id === seeded.applicationId);
      expect(app?.identifierUris).toEqual([seeded.identifierUri]);
      expect(app?.web?.redirectUris).toEqual([seeded.replyUrl]);
      const sp = directory.servicePrincipals.find((s) => s.id === seeded.servicePrincipalId);
      expect(sp?.appId).toBe(seeded.appId);
      expect(sp?.replyUrls).toEqual([seeded.replyUrl]);
      expect([seeded.applicationId, seeded.appId, seeded.servicePrincipalId].every(isGuid)).toBe(true);
      expect(isDirectoryState(JSON.parse(JSON.stringify(directory)))).toBe(true);
    }
  });

  it('dates certificates from the tenant clock: expired, expiring, valid', () => {
    const verifyKeyEnd = (key: 'expiredCertificate' | 'expiringCertificate' | 'correct') => {
      const sp = seedDirectory(undefined, { checkApps: [key], now: NOW }).servicePrincipals.find((s) => s.id === DEMO_CHECK_APPS[key].servicePrincipalId)!;
      const verify = sp.keyCredentials?.find((k) => k.usage === 'Verify');
      return (Date.parse(verify?.endDateTime ?? '') - NOW) / 86_400_000;
    };
    expect(verifyKeyEnd('expiredCertificate')).toBeLessThan(-11);
    expect(verifyKeyEnd('expiringCertificate')).toBeGreaterThan(24);
    expect(verifyKeyEnd('expiringCertificate')).toBeLessThan(26);
    expect(verifyKeyEnd('correct')).toBeGreaterThan(600);
  });

  it('refuses two apps with one identifier, as Entra does', () => {
    expect(() => seedDirectory(undefined, { checkApps: ['wrongRegionHost', 'claimNameDiffers'] })).toThrow(/both have the identifier/);
    expect(() => seedDirectory(undefined, { checkApps: ['samlModeUnset', 'expiringCertificate'] })).toThrow(/both have the identifier/);
  });

  it('the browser demo seeds three apps that fit together, leaving four regions free', () => {
    expect(euc(seedDirectory(undefined, { checkApps: DEMO_BROWSER_CHECK_APPS, now: NOW }))).toHaveLength(3);
  });
});
