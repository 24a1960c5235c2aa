// POST /servicePrincipals/{id}/addTokenSigningCertificate: a real self-signed certificate, stored on
// the SP as Graph does: a Sign key, a Verify key and a password credential sharing one
// customKeyIdentifier; the Sign key and the password share a keyId (docs/graph/signing-certificate.md#create-the-certificate).

import type { KeyCredential, PasswordCredential, SelfSignedCertificate } from '@microsoft/microsoft-graph-types';
import { SCOPES } from '../auth';
import { InvalidCertificateSubjectError } from '../certificates/self-signed-certificate';
import { bytesToBase64, hexToBytes } from '../encoding';
import { fail } from '../failures';
import { graphDateTime } from '../objects';
import { GRAPH_ORIGIN, readJsonObjectBody } from '../request';
import { BOTH_VERSIONS, requireParam, type RouteContext, type RouteDefinition, type RouteResult } from '../routing';
import { validateActionParameters } from '../schema';
import { servicePrincipalForWrite } from './service-principals';

const MAX_VALIDITY_YEARS = 3;

function addYears(ms: number, years: number): number {
  const date = new Date(ms);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.getTime();
}

interface CertificateParameters {
  subject: string;
  endMs: number;
}

function readParameters(context: RouteContext, nowMs: number): CertificateParameters {
  const body = readJsonObjectBody(context.request);
  validateActionParameters(body, 'servicePrincipal.addTokenSigningCertificate');
  const { displayName, endDateTime } = body;
  if (typeof displayName !== 'string' || !/^CN=/i.test(displayName.trim())) {
    fail(400, 'Request_BadRequest', "Invalid value specified for property 'displayName': the certificate subject must start with 'CN='.");
  }
  const endMs = typeof endDateTime === 'string' ? Date.parse(endDateTime) : addYears(nowMs, MAX_VALIDITY_YEARS);
  if (endMs <= nowMs) {
    fail(400, 'Request_BadRequest', "Invalid value specified for property 'endDateTime': it must be in the future.");
  }
  if (endMs > addYears(nowMs, MAX_VALIDITY_YEARS)) {
    fail(400, 'Request_BadRequest', "Invalid value specified for property 'endDateTime': a certificate can be valid for at most 3 years.");
  }
  return { subject: displayName.trim(), endMs };
}

async function addTokenSigningCertificate(context: RouteContext): Promise<RouteResult> {
  const servicePrincipal = servicePrincipalForWrite(context, requireParam(context, 'id'));
  // X.509 validity has whole seconds; startDateTime matches the certificate's notBefore.
  const startMs = Math.floor(context.store.now() / 1000) * 1000;
  const { subject, endMs } = readParameters(context, startMs);

  let generated;
  try {
    generated = await context.certificates.create({
      subject,
      notBefore: new Date(startMs),
      notAfter: new Date(endMs),
      serialNumber: context
        .newGuid()
        .replace(/-/g, '')
        .replace(/^[89a-f]/i, '1'),
    });
  } catch (error) {
    if (error instanceof InvalidCertificateSubjectError) {
      fail(400, 'Request_BadRequest', `Invalid value specified for property 'displayName': '${subject}' is not a valid X.500 name.`);
    }
    throw error;
  }

  const key = bytesToBase64(generated.der);
  const customKeyIdentifier = bytesToBase64(hexToBytes(generated.thumbprint));
  const startDateTime = graphDateTime(startMs);
  const endDateTime = graphDateTime(endMs);
  const privateKeyId = context.newGuid();
  const publicKeyId = context.newGuid();

  const common = { customKeyIdentifier, displayName: subject, endDateTime, startDateTime, type: 'AsymmetricX509Cert' };
  const signKey: KeyCredential = { ...common, key: null, keyId: privateKeyId, usage: 'Sign' };
  const verifyKey: KeyCredential = { ...common, key, keyId: publicKeyId, usage: 'Verify' };
  const password: PasswordCredential = {
    customKeyIdentifier,
    displayName: subject,
    endDateTime,
    hint: null,
    keyId: privateKeyId,
    secretText: null,
    startDateTime,
  };
  servicePrincipal.keyCredentials = [...(servicePrincipal.keyCredentials ?? []), signKey, verifyKey];
  servicePrincipal.passwordCredentials = [...(servicePrincipal.passwordCredentials ?? []), password];
  context.store.markKeysAdded([privateKeyId, publicKeyId]);

  const certificate: SelfSignedCertificate = {
    customKeyIdentifier,
    displayName: subject,
    endDateTime,
    key,
    keyId: publicKeyId,
    startDateTime,
    thumbprint: generated.thumbprint,
    type: 'AsymmetricX509Cert',
    usage: 'Verify',
  };
  return {
    status: 200,
    body: {
      '@odata.context': `${GRAPH_ORIGIN}/${context.request.version}/$metadata#microsoft.graph.selfSignedCertificate`,
      ...certificate,
    },
  };
}

export const tokenSigningCertificateRoutes: RouteDefinition[] = [
  {
    versions: BOTH_VERSIONS,
    pattern: '/servicePrincipals/{id}/addTokenSigningCertificate',
    operations: { POST: { scopes: SCOPES.applicationWrite, writes: true, handle: addTokenSigningCertificate } },
  },
];
