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
}
