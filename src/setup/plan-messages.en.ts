// Titles of the planned Graph operations (PlannedOperation.titleKey in src/setup/plan.ts), the only
// English copy: logs and tests render it with englishTitle (plan-english.ts).
// Names from the directory arrive inside Unicode isolates (plan.ts `isolate`).
export const planEn = {
  instantiate: 'Create the enterprise application "{{name}}"',
  confirmReadable: 'Wait until the new application and service principal can be read',
  samlMode: 'Set single sign-on mode to SAML',
  urlsAndGroupClaim: 'Set the identifier, reply URL and group claim',
  urls: 'Set the identifier and reply URL',
  groupClaim: 'Set the group claim',
  assignUser: 'Assign user "{{name}}" to the app',
  assignGroup: 'Assign group "{{name}}" to the app',
  claimsPolicy: 'Add the identity claim "{{name}}" from user.{{source}}',
  addCertificate: 'Create the SAML signing certificate',
  activateCertificate: 'Check the certificate thumbprint and make it the active signing certificate',
  notificationEmails: 'Set the certificate expiry notification addresses',
  renameApplication: 'Rename the application to "{{name}}"',
  renameServicePrincipal: 'Rename the enterprise application to "{{name}}"',
  urlsAndRename: 'Set the identifier and reply URL, and rename the application to "{{name}}"',
  groupClaimAndRename: 'Set the group claim, and rename the application to "{{name}}"',
  urlsAndGroupClaimAndRename: 'Set the identifier, reply URL and group claim, and rename the application to "{{name}}"',
  samlModeAndRename: 'Set single sign-on mode to SAML, and rename the enterprise application to "{{name}}"',
  notificationEmailsAndRename: 'Set the certificate expiry notification addresses, and rename the enterprise application to "{{name}}"',
  activateCertificateAndRename: 'Check the certificate thumbprint, make it the active signing certificate, and rename the enterprise application to "{{name}}"',
};

declare module '../i18n/feature-catalogues' {
  interface FeatureCatalogues {
    plan: typeof planEn;
  }
}
