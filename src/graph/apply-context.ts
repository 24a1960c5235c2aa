// What operations hand to the ones after them, and what the summary is built from.
export interface IssuedCertificate {
  thumbprint: string;
  /** Base64 DER of the public certificate, as addTokenSigningCertificate returned it. */
  key: string;
  keyId: string;
  startDateTime: string;
  endDateTime: string;
}

export interface ApplyContext {
  applicationId?: string;
  appId?: string;
  servicePrincipalId?: string;
  userRoleId?: string;
  certificate?: IssuedCertificate;
  /** principalId → assignment id, for undo and re-runs. */
  assignments?: Record<string, string>;
  /** True once this run created the app: replication symptoms are expected, undo is offered. */
  createdByThisRun?: boolean;
  /**
   * True once a write to the new service principal succeeded (SAML mode, which every later write
   * waits for): it has replicated for writes, so a 403 on it from then on is a refusal (the claims
   * policy needs Application Administrator), not the misleading 403 of replication to wait out.
   */
  servicePrincipalAcceptedWrite?: boolean;
  /**
   * True once this run set SAML mode: for a little while after it, an identifier refused as not on
   * a verified domain is the SAML exemption lagging, and is retried (retry.ts).
   */
  samlModeSetByThisRun?: boolean;
}
