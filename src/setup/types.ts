// The wizard's answers: plain, validated data. Everything downstream (plan, review, apply,
// summary) is derived from these plus what Graph returned.

export type Region = 'us' | 'eu' | 'anz' | 'jp' | 'sg' | 'in' | 'uae';

/** A principal chosen in the people picker. `kind` keeps users and groups apart everywhere. */
export interface ChosenPrincipal {
  id: string;
  kind: 'user' | 'group';
  displayName: string;
  /** userPrincipalName or mail for users, mail or description for groups; for display only. */
  detail?: string;
}

/** Valid user source attribute ids for a custom identity claim (docs/graph/claims-policy.md#claims-policy). */
export type UserSourceAttribute =
  | 'mail'
  | 'userprincipalname'
  | 'givenname'
  | 'surname'
  | 'displayname'
  | 'objectid'
  | 'employeeid'
  | 'onpremisessamaccountname'
  | `extensionattribute${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15}`;

export type IdentityClaim =
  | { kind: 'default' } // user.mail, already in Entra's default SAML claims
  | { kind: 'custom'; name: string; sourceAttribute: UserSourceAttribute };

export type GroupScope = 'SecurityGroup' | 'ApplicationGroup';

export type GroupClaim =
  | { kind: 'none' }
  /** Group IDs under Entra's default claim name (fully automatic through Graph). */
  | { kind: 'default-name'; groups: GroupScope }
  /** Group IDs under a custom name such as euc_group: needs the portal step (UNCONFIRMED in Graph). */
  | { kind: 'custom-name'; name: string; groups: GroupScope };

export interface CertificateAnswers {
  /** 1..5 addresses that get expiry notices. */
  notificationEmails: string[];
  /** 1..3 years. */
  validityYears: 1 | 2 | 3;
  /** Subject without the CN= prefix; the plan adds it. */
  commonName: string;
}

export interface Answers {
  appName: string;
  principals: ChosenPrincipal[];
  region: Region;
  cmpId: string;
  identityClaim: IdentityClaim;
  groupClaim: GroupClaim;
  certificate: CertificateAnswers;
}
