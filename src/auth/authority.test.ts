import { describe, expect, it } from 'vitest';
import { authorityForTenant } from './authority';

describe('authorityForTenant', () => {
  const organizations = 'https://login.microsoftonline.com/organizations';

  it('signs in to the tenant a link names, by id or domain', () => {
    expect(authorityForTenant(organizations, '0b5e6c38-1f2a-4c3d-9e8f-7a6b5c4d3e2f')).toBe(
      'https://login.microsoftonline.com/0b5e6c38-1f2a-4c3d-9e8f-7a6b5c4d3e2f',
    );
    expect(authorityForTenant('https://login.microsoftonline.com/common', 'contoso.onmicrosoft.com')).toBe(
      'https://login.microsoftonline.com/contoso.onmicrosoft.com',
    );
  });

  it('keeps the configured authority without a tenant, or with one that is not a tenant', () => {
    expect(authorityForTenant(organizations, undefined)).toBe(organizations);
    expect(authorityForTenant(organizations, '../evil/path')).toBe(organizations);
    expect(authorityForTenant(organizations, 'contoso.onmicrosoft.com/../x')).toBe(organizations);
  });

  it('never moves a deployment configured for one tenant to another', () => {
    const single = 'https://login.microsoftonline.com/fabrikam.onmicrosoft.com';
    expect(authorityForTenant(single, 'contoso.onmicrosoft.com')).toBe(single);
  });
});
