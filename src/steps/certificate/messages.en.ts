export const certificateEn = {
  title: 'Signing certificate',
  intro: 'Entra ID signs each SAML assertion with this certificate. The Trend Micro console needs its Base64 file, which the summary offers for download.',
  emailsLabel: 'Notification e-mail addresses',
  emailsHint: 'One to five addresses, separated by commas. Entra ID warns them 60, 30 and 7 days before the certificate expires.',
  validFor: 'Valid for',
  years_one: '{{count, number}} year',
  years_other: '{{count, number}} years',
  subjectLabel: 'Certificate subject',
  subjectHint: 'Written as CN=<subject>.',
};

declare module '../../i18n/feature-catalogues' {
  interface FeatureCatalogues {
    certificate: typeof certificateEn;
  }
}
