// The summary values' English labels, worded as in the Entra admin center where it has one (Basic
// SAML Configuration, SAML Certificates, Set up). The summary step's catalogue takes them
// (src/steps/summary/messages.en.ts); a value's id is its key.
import type { SummaryValueId } from './summary';

export const summaryLabelsEn = {
  loginUrl: 'Login URL',
  logoutUrl: 'Logout URL',
  entraIdentifier: 'Microsoft Entra Identifier',
  identifier: 'Identifier (Entity ID)',
  replyUrl: 'Reply URL (Assertion Consumer Service URL)',
  cmpId: 'Unique identifier',
  identityClaimName: 'Identity claim name',
  groupClaimName: 'Group claim name',
  federationMetadataUrl: 'App Federation Metadata Url',
  certificateThumbprint: 'Certificate thumbprint',
  certificateExpiry: 'Certificate expiry',
} as const satisfies Record<SummaryValueId, string>;
