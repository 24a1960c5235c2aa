import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEMO_CHECK_APPS, DEMO_CHECK_APP_KEYS, seedDirectory } from '../seed';
import { bytesToBase64, hexToBytes } from '../encoding';
import { SEEDED_CERTIFICATES } from './seeded-certificates';

describe('the check apps’ seeded signing certificates', () => {
  it.each(DEMO_CHECK_APP_KEYS)('%s: a real X.509 certificate whose SHA-1 is its thumbprint', (key) => {
    const { der, thumbprint } = SEEDED_CERTIFICATES[key];
    const certificate = new X509Certificate(Buffer.from(der, 'base64'));
    expect(certificate.subject).toBe('CN=Microsoft Azure Federated SSO Certificate');
    expect(certificate.fingerprint.replaceAll(':', '')).toBe(thumbprint);
  });

  it('are distinct certificates', () => {
    const thumbprints = Object.values(SEEDED_CERTIFICATES).map((c) => c.thumbprint);
    expect(new Set(thumbprints).size).toBe(thumbprints.length);
  });

  it.each(DEMO_CHECK_APP_KEYS)('%s: the Verify key carries the DER, named by its thumbprint; the Sign key none', (key) => {
    const sp = seedDirectory(undefined, { checkApps: [key] }).servicePrincipals.find((s) => s.id === DEMO_CHECK_APPS[key].servicePrincipalId)!;
    const verify = sp.keyCredentials?.find((k) => k.usage === 'Verify');
    const sign = sp.keyCredentials?.find((k) => k.usage === 'Sign');
    expect(verify?.key).toBe(SEEDED_CERTIFICATES[key].der);
    expect(verify?.customKeyIdentifier).toBe(bytesToBase64(hexToBytes(SEEDED_CERTIFICATES[key].thumbprint)));
    expect(sign?.key).toBeNull();
  });
});
