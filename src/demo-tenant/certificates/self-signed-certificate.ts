// Real self-signed X.509 signing certificates for addTokenSigningCertificate, made with
// @peculiar/x509 on WebCrypto (globalThis.crypto: browsers and Node 20).

// @peculiar/x509 loads tsyringe, which needs the Reflect metadata API (docs/decisions/004-demo-tenant-certificates.md).
import 'reflect-metadata';
import { bytesToHex } from '../encoding';

interface CertificateRequest {
  /** X.500 subject, e.g. "CN=Trend Micro Email Security End User Console". */
  subject: string;
  notBefore: Date;
  notAfter: Date;
  /** Hex serial number. */
  serialNumber: string;
}

interface GeneratedCertificate {
  der: Uint8Array;
  /** Upper-case hex SHA-1 of the DER, 40 characters: what Graph calls the thumbprint. */
  thumbprint: string;
}

export interface TokenSigningCertificateFactory {
  create(request: CertificateRequest): Promise<GeneratedCertificate>;
}

const RSA_ALGORITHM: RsaHashedKeyGenParams = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
};

// One RSA-2048 key pair per page (or test process), made on first use and reused for every
// certificate: generating 2048-bit keys costs 100 ms or more each, and a demo tenant's certificates
// need real structure (subject, validity, thumbprint), not distinct keys. The private key is not
// extractable and never leaves this module.
let sharedKeyPair: Promise<CryptoKeyPair> | undefined;

function signingKeyPair(): Promise<CryptoKeyPair> {
  sharedKeyPair ??= globalThis.crypto.subtle.generateKey(RSA_ALGORITHM, false, ['sign', 'verify']);
  return sharedKeyPair;
}

export class InvalidCertificateSubjectError extends Error {}

export const x509CertificateFactory: TokenSigningCertificateFactory = {
  async create(request: CertificateRequest): Promise<GeneratedCertificate> {
    const x509 = await import('@peculiar/x509');
    let name: InstanceType<typeof x509.Name>;
    try {
      name = new x509.Name(request.subject);
    } catch (error) {
      throw new InvalidCertificateSubjectError(error instanceof Error ? error.message : String(error));
    }
    const certificate = await x509.X509CertificateGenerator.createSelfSigned(
      {
        serialNumber: request.serialNumber,
        name,
        notBefore: request.notBefore,
        notAfter: request.notAfter,
        signingAlgorithm: RSA_ALGORITHM,
        keys: await signingKeyPair(),
      },
      globalThis.crypto,
    );
    const der = new Uint8Array(certificate.rawData);
    const digest = await globalThis.crypto.subtle.digest('SHA-1', der);
    return { der, thumbprint: bytesToHex(new Uint8Array(digest)) };
  },
};
