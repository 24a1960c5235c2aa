// What the Graph layer tells the admin: why an operation is retried (retry.ts), what to do about a
// failure (explain-failure.ts, executor.ts), what a check of Graph's answer found
// (operations/run-operation.ts) and what undoing a run removes (undo.ts); the modules hand out keys.
// The retry reasons and the advice are in retry-words.en.ts. Japanese: messages.ja.ts.
import { adviceEn, retryReasonsEn } from './retry-words.en';

export const graphEn = {
  retry: retryReasonsEn,
  advice: adviceEn,
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
