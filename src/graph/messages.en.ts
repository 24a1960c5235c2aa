// What the Graph layer tells the admin: why an operation is retried (retry.ts), what to do about a
// failure (explain-failure.ts, executor.ts), what a check of Graph's answer found
// (operations/run-operation.ts) and what undoing a run removes (undo.ts); the modules hand out
// only the keys. Japanese: messages.ja.ts.

export const graphEn = {
  retry: {
    connectionDropped: 'the connection dropped; trying again',
    throttled: 'Microsoft Graph is throttling requests (429)',
    unavailable: 'Microsoft Graph is temporarily unavailable ({{status}})',
    concurrency: 'another change to this object was in progress (409); trying again',
    replicating404: 'waiting for the new app to replicate (404 so far)',
    replicating409: 'waiting for the new app to replicate (409 conflict)',
    replicatingReference: 'waiting for the new app to replicate (not yet referenced)',
    replicatingServicePrincipal: 'waiting for the new service principal to replicate (403 so far); if this lasts, a role or consent may be missing',
    answerUnclear: "Microsoft Graph's answer ({{status}}) leaves open whether this was done; checking before trying again",
    samlExemptionLag: 'waiting for Entra to exempt the SAML app from the verified-domain rule (it was set to SAML moments ago)',
    certificateAnswerLost: 'the answer to "create the certificate" was lost; checking whether it was created before trying again',
    assignmentReadBack: 'the assignment already exists; reading it back',
    signInExpired: 'your sign-in expired; renewing it',
    createAnswerLost: 'the answer to "create" was lost; checking whether the app was created before trying again',
  },
  advice: {
    exhausted: 'Microsoft Graph kept failing for several minutes. Nothing is lost: choose Apply again later and it continues where it stopped.',
    forbidden:
      "Your account lacks the rights for this step. You need the Cloud Application Administrator or Application Administrator role (Application Administrator for the claims policy), and an administrator must have granted consent to the wizard's permissions.",
    forbiddenRole:
      'Your token carries every permission this step needs, so your directory role is what is missing: ask for the Cloud Application Administrator or Application Administrator role (Application Administrator for the claims policy), then choose Try again.',
    signInExpired: 'Your sign-in expired. Sign in again; Apply continues where it stopped.',
    identifierTaken: 'Another app in this tenant already uses this identifier. Go back to step 1: the wizard will find that app and update it instead.',
    correctOrRetry: 'Nothing further was written. Correct the answer concerned, or choose Apply again.',
    checkFailed: 'Nothing further was written. Run Apply again, or contact support with this message.',
    unexpected: 'Nothing further was written. Run Apply again to continue where it stopped.',
    tryAgain: 'Try again.',
  },
  check: {
    certificateIncomplete: 'Graph returned a certificate without its key or thumbprint.',
    noCertificate: 'No certificate was created to activate.',
    thumbprintMismatch: 'The thumbprint {{thumbprint}} is not the SHA-1 of the certificate Graph returned; it was not activated.',
  },
  undo: {
    application: 'The application "{{name}}" (object id {{id}}) and its enterprise app (service principal)',
    assignments_one: '{{count, number}} user and group assignment',
    assignments_other: '{{count, number}} user and group assignments',
    certificate: 'The signing certificate {{thumbprint}}',
    settings: 'Its claims, SAML settings and notification addresses',
  },
};

declare module '../i18n/feature-catalogues' {
  interface FeatureCatalogues {
    graph: typeof graphEn;
  }
}
