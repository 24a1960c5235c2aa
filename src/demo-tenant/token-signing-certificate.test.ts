import { createHash, X509Certificate } from 'node:crypto';
import type { KeyCredential, PasswordCredential, SelfSignedCertificate, ServicePrincipal } from '@microsoft/microsoft-graph-types';
import { describe, expect, it } from 'vitest';
import { DemoTenant } from './tenant';
import { fakeClock, graphCaller, instantiateNonGalleryApp } from './testing';

interface GraphErrorBody {
  error: { code: string; message: string };
}

const START = Date.UTC(2025, 0, 15, 12, 0, 0);
const THREE_YEARS_LATER = '2028-01-15T12:00:00Z';

async function setup() {
  const clock = fakeClock(START);
  const tenant = new DemoTenant({ clock: clock.now });
  const graph = graphCaller(tenant);
  const { servicePrincipal } = await instantiateNonGalleryApp(graph, 'Trend Micro Email Security End User Console');
  const path = `/servicePrincipals/${servicePrincipal.id}/addTokenSigningCertificate`;
  return { tenant, graph, servicePrincipalId: servicePrincipal.id, path };
}

describe('servicePrincipals/{id}/addTokenSigningCertificate', () => {
  it('returns a real self-signed X.509 certificate whose SHA-1 is the thumbprint', async () => {
    const { graph, path } = await setup();
    const response = await graph<SelfSignedCertificate>('POST', path, {
      body: { displayName: 'CN=Trend Micro Email Security End User Console', endDateTime: THREE_YEARS_LATER },
    });

    expect(response.status).toBe(200);
    const { key, thumbprint } = response.body;
    const der = Buffer.from(key ?? '', 'base64');
    const certificate = new X509Certificate(der);
    expect(certificate.subject).toBe('CN=Trend Micro Email Security End User Console');
    expect(certificate.issuer).toBe(certificate.subject);
    expect(new Date(certificate.validFrom).toISOString()).toBe('2025-01-15T12:00:00.000Z');
    expect(new Date(certificate.validTo).toISOString()).toBe('2028-01-15T12:00:00.000Z');
    expect(certificate.publicKey.asymmetricKeyType).toBe('rsa');
    expect(certificate.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(certificate.verify(certificate.publicKey)).toBe(true);
    expect(thumbprint).toMatch(/^[0-9A-F]{40}$/);
    expect(createHash('sha1').update(der).digest('hex').toUpperCase()).toBe(thumbprint);
    expect(response.body).toMatchObject({
      type: 'AsymmetricX509Cert',
      usage: 'Verify',
      displayName: 'CN=Trend Micro Email Security End User Console',
      startDateTime: '2025-01-15T12:00:00Z',
      endDateTime: '2028-01-15T12:00:00Z',
      customKeyIdentifier: Buffer.from(thumbprint ?? '', 'hex').toString('base64'),
    });
    expect(response.body.keyId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('stores a Sign key, a Verify key and a password credential sharing one customKeyIdentifier', async () => {
    const { graph, path, servicePrincipalId } = await setup();
    const certificate = await graph<SelfSignedCertificate>('POST', path, {
      body: { displayName: 'CN=EUC', endDateTime: THREE_YEARS_LATER },
    });
    const sp = await graph<ServicePrincipal>('GET', `/servicePrincipals/${servicePrincipalId}`);
    const keys = sp.body.keyCredentials ?? [];
    const passwords = sp.body.passwordCredentials ?? [];

    expect(keys.map((credential: KeyCredential) => credential.usage)).toEqual(['Sign', 'Verify']);
    expect(passwords).toHaveLength(1);
    const identifiers = new Set([...keys, ...passwords].map((credential: KeyCredential | PasswordCredential) => credential.customKeyIdentifier));
    expect([...identifiers]).toEqual([certificate.body.customKeyIdentifier]);
    const [sign, verify] = keys;
    expect(verify?.keyId).toBe(certificate.body.keyId);
    expect(passwords[0]?.keyId).toBe(sign?.keyId);
    // A plain GET never shows key contents (Graph docs: only with $select=keyCredentials).
    expect(keys.map((credential: KeyCredential) => credential.key)).toEqual([null, null]);

    const selected = await graph<ServicePrincipal>('GET', `/servicePrincipals/${servicePrincipalId}?$select=keyCredentials`);
    expect(selected.body.keyCredentials?.find((credential) => credential.usage === 'Verify')?.key).toBe(certificate.body.key);
  });

  it('answers 400 when displayName does not start with CN=', async () => {
    const { graph, path } = await setup();
    const response = await graph<GraphErrorBody>('POST', path, {
      body: { displayName: 'Trend Micro EUC', endDateTime: THREE_YEARS_LATER },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain("'CN='");
  });

  it('answers 400 for an end date more than three years out or in the past', async () => {
    const { graph, path } = await setup();
    const tooLate = await graph<GraphErrorBody>('POST', path, { body: { displayName: 'CN=EUC', endDateTime: '2028-01-15T12:00:01Z' } });
    const past = await graph<GraphErrorBody>('POST', path, { body: { displayName: 'CN=EUC', endDateTime: '2024-12-31T00:00:00Z' } });
    expect(tooLate.status).toBe(400);
    expect(tooLate.body.error.message).toContain('3 years');
    expect(past.status).toBe(400);
  });

  it('answers 400 for an endDateTime that is not a date', async () => {
    const { graph, path } = await setup();
    const response = await graph<GraphErrorBody>('POST', path, { body: { displayName: 'CN=EUC', endDateTime: 'next year' } });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('Edm.DateTimeOffset');
  });
});
