import fc from 'fast-check';
import { createHash, X509Certificate } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { certificateEndDate, certificateFileName, pemFromBase64Der, sha1Thumbprint, verifyThumbprint } from './certificate';

const DAY_MS = 24 * 60 * 60 * 1000;

let x509: typeof import('@peculiar/x509');

/** A self-signed certificate like the one addTokenSigningCertificate returns, as base64 DER. */
async function selfSignedCertificateBase64(commonName: string): Promise<string> {
  const algorithm = {
    name: 'RSASSA-PKCS1-v1_5',
    hash: 'SHA-256',
    publicExponent: new Uint8Array([1, 0, 1]),
    modulusLength: 2048,
  };
  const keys = await crypto.subtle.generateKey(algorithm, false, ['sign', 'verify']);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned(
    {
      name: `CN=${commonName}`,
      notBefore: new Date('2025-05-01T00:00:00Z'),
      notAfter: new Date('2028-04-30T00:00:00Z'),
      signingAlgorithm: algorithm,
      keys,
    },
    crypto,
  );
  return Buffer.from(certificate.rawData).toString('base64');
}

let certificateBase64: string;
let otherCertificateBase64: string;

beforeAll(async () => {
  await import('reflect-metadata'); // tsyringe, under @peculiar/x509, needs it
  x509 = await import('@peculiar/x509');
  certificateBase64 = await selfSignedCertificateBase64('Microsoft Azure Federated SSO Certificate');
  otherCertificateBase64 = await selfSignedCertificateBase64('Another certificate');
});

describe('pemFromBase64Der', () => {
  it('wraps a real certificate as PEM that OpenSSL parses', () => {
    const pem = pemFromBase64Der(certificateBase64);
    const parsed = new X509Certificate(pem);
    expect(parsed.subject).toBe('CN=Microsoft Azure Federated SSO Certificate');
    expect(parsed.raw.toString('base64')).toBe(certificateBase64);
  });

  it('uses the exact header and footer, and 64-character lines', () => {
    const lines = pemFromBase64Der(certificateBase64).split('\n');
    expect(lines[0]).toBe('-----BEGIN CERTIFICATE-----');
    expect(lines.at(-2)).toBe('-----END CERTIFICATE-----');
    expect(lines.at(-1)).toBe('');
    const body = lines.slice(1, -2);
    expect(body.join('')).toBe(certificateBase64);
    for (const line of body.slice(0, -1)) expect(line).toHaveLength(64);
    expect(body.at(-1)?.length).toBeGreaterThan(0);
    expect(body.at(-1)?.length).toBeLessThanOrEqual(64);
  });

  it('wraps a short body exactly', () => {
    // 48 bytes of a DER SEQUENCE: 64 base64 characters, so exactly one full line.
    const der = Buffer.alloc(48);
    der[0] = 0x30;
    const base64 = der.toString('base64');
    expect(base64).toHaveLength(64);
    expect(pemFromBase64Der(base64)).toBe(`-----BEGIN CERTIFICATE-----\n${base64}\n-----END CERTIFICATE-----\n`);
    expect(pemFromBase64Der('MAA=')).toBe('-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n');
  });

  it('gives the same PEM for base64 that was already wrapped', () => {
    const wrapped = certificateBase64.replace(/.{1,76}/g, '$&\r\n');
    expect(pemFromBase64Der(wrapped)).toBe(pemFromBase64Der(certificateBase64));
  });

  it.each([
    ['empty text', ''],
    ['text that is not base64', 'not a certificate!'],
    ['base64url characters', 'MIIB-_8A'],
    ['a body cut short', 'MIIBCgKCAQE'],
    ['padding in the middle', 'MA==MA=='],
    ['base64 of something that is not DER', Buffer.from('hello, world').toString('base64')],
    ['a PEM instead of base64', '-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----'],
    ['script text', '<script>alert(1)</script>'],
  ])('rejects %s', (_case, input) => {
    expect(() => pemFromBase64Der(input)).toThrow(Error);
  });
});

describe('sha1Thumbprint', () => {
  it('equals the SHA-1 fingerprint Node computes for the certificate', async () => {
    const fingerprint = new X509Certificate(pemFromBase64Der(certificateBase64)).fingerprint;
    expect(fingerprint).toMatch(/^([0-9A-F]{2}:){19}[0-9A-F]{2}$/);
    expect(await sha1Thumbprint(certificateBase64)).toBe(fingerprint.replaceAll(':', ''));
  });

  it('is the uppercase hex SHA-1 of the DER bytes', async () => {
    expect(await sha1Thumbprint('MAA=')).toBe(
      createHash('sha1')
        .update(Buffer.from([0x30, 0x00]))
        .digest('hex')
        .toUpperCase(),
    );
  });

  it('rejects text that is not a certificate', async () => {
    await expect(sha1Thumbprint('not a certificate!')).rejects.toThrow(Error);
  });
});

describe('verifyThumbprint', () => {
  it('accepts the certificate’s own thumbprint in either case', async () => {
    const thumbprint = await sha1Thumbprint(certificateBase64);
    expect(await verifyThumbprint(certificateBase64, thumbprint)).toBe(true);
    expect(await verifyThumbprint(certificateBase64, thumbprint.toLowerCase())).toBe(true);
  });

  it('rejects another certificate’s thumbprint', async () => {
    const otherThumbprint = await sha1Thumbprint(otherCertificateBase64);
    expect(await verifyThumbprint(certificateBase64, otherThumbprint)).toBe(false);
  });

  it.each([
    ['empty', ''],
    ['colon-separated', 'AB:CD'],
    ['one character short', 'A'.repeat(39)],
    ['not hex', 'Z'.repeat(40)],
  ])('rejects a thumbprint that is %s', async (_case, thumbprint) => {
    expect(await verifyThumbprint(certificateBase64, thumbprint)).toBe(false);
  });

  it('rejects a key that is not a certificate instead of throwing', async () => {
    expect(await verifyThumbprint('not a certificate!', 'A'.repeat(40))).toBe(false);
  });
});

describe('certificateEndDate', () => {
  it.each<[string, 1 | 2 | 3, string]>([
    ['2025-05-01T10:00:00.000Z', 3, '2028-04-30T10:00:00.000Z'],
    ['2025-05-01T10:00:00.000Z', 2, '2027-04-30T10:00:00.000Z'],
    ['2025-05-01T10:00:00.000Z', 1, '2026-04-30T10:00:00.000Z'],
    ['2025-01-01T00:00:00.000Z', 1, '2025-12-31T00:00:00.000Z'],
    ['2024-02-29T12:34:56.789Z', 1, '2025-02-27T12:34:56.789Z'],
    ['2024-02-29T12:34:56.789Z', 3, '2027-02-27T12:34:56.789Z'],
    ['2025-03-01T00:00:00.000Z', 3, '2028-02-29T00:00:00.000Z'],
  ])('from %s, %i years gives %s', (now, years, endDateTime) => {
    expect(certificateEndDate(new Date(now), years)).toBe(endDateTime);
  });

  it('never goes past the requested years, and loses no more than a day and a leap day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom<1 | 2 | 3>(1, 2, 3),
        (now, years) => {
          const end = Date.parse(certificateEndDate(now, years));
          const span = end - now.getTime();
          expect(span).toBeLessThanOrEqual(years * 365 * DAY_MS);
          expect(span).toBeGreaterThanOrEqual((years * 365 - 1) * DAY_MS);
        },
      ),
    );
  });

  it('refuses an invalid date', () => {
    expect(() => certificateEndDate(new Date('not a date'), 3)).toThrow(RangeError);
  });
});

describe('certificateFileName', () => {
  it.each([
    ['Trend Micro Email Security End User Console', 'Trend Micro Email Security End User Console.cer'],
    ['Trend Micro 電子メール', 'Trend Micro 電子メール.cer'],
    ['EUC: prod/test \\ "new" <v2>|*?', 'EUC-prod-test-new-v2.cer'],
    ['Contoso - EUC (v2)', 'Contoso - EUC (v2).cer'],
    ['EUC\nprod\ttest', 'EUC-prod-test.cer'],
    ['  .hidden name. ', 'hidden name.cer'],
    ['...', 'SAML signing certificate.cer'],
    ['', 'SAML signing certificate.cer'],
    ['CON', 'CON certificate.cer'],
    ['lpt1', 'lpt1 certificate.cer'],
    ['<script>alert(1)</script>', 'script-alert(1)-script.cer'],
  ])('turns %j into %j', (appName, fileName) => {
    expect(certificateFileName(appName)).toBe(fileName);
  });

  it('keeps long names short without splitting a character', () => {
    const fileName = certificateFileName('😀'.repeat(150));
    expect(fileName).toBe(`${'😀'.repeat(100)}.cer`);
    expect(certificateFileName('x'.repeat(300))).toBe(`${'x'.repeat(100)}.cer`);
  });

  it('always yields a name without path or reserved characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (appName) => {
        const fileName = certificateFileName(appName);
        expect(fileName).toMatch(/^[^<>:"/\\|?*\p{Cc}.\s][^<>:"/\\|?*\p{Cc}]*\.cer$/u);
        expect(fileName).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }),
    );
  });
});
