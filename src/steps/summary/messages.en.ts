import type { SummaryValueId } from '../../setup/summary';

export const summaryEn = {
  title: 'Summary',
  intro: 'Enter these values in the SSO profile on the Trend Micro console.',
  headlineConfigured: 'Single sign-on is configured in Microsoft Entra ID.',
  headlineAlmostDone: 'Almost done: one step left in the Entra admin center.',
  copyAll: 'Copy all',
  allValues: 'All values',
  downloadCertificate: 'Download certificate (Base64)',
  valuesLabel: 'Values for the Trend Micro console',
  /** Keyed by SummaryValue.id (src/setup/summary.ts); worded as in the Entra admin center where it has one. */
  labels: {
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
  } satisfies Record<SummaryValueId, string>,
  needsPortalStep: ' (set in the Entra admin center, see below)',
  textLine: '{{label}}: {{value}}',
  textLineNeedsPortalStep: '{{label}}: {{value}} (set this name in the Entra admin center)',
  copy: 'Copy',
  copyLabel: 'Copy {{label}}',
  copied: '{{label}} copied.',
  copiedShort: 'Copied ✓',
  copyFailed: 'Could not copy {{label}}: select the value and copy it by hand.',
  reading: 'Reading from the app…',
  noActiveCertificate: 'No active signing certificate could be read. See the app’s page:',
  certificateReadFailed: 'The signing certificate could not be read. Reload the page, or see the app’s page:',
  tryAgain: 'Try again',
  principalsHeading: 'Assigned users and groups',
  principalsIntro: 'Only these can sign in. A group claim sends these object IDs.',
  principalsReadFailed: 'The app’s assignments could not be read.',
  noPrincipals: 'Nobody is assigned to the app.',
  kind: { group: 'group', user: 'user' },
  copyObjectIdLabel: 'Copy the object ID of {{name}}',
  textLinePrincipal: '{{name}} ({{kind}}): {{id}}',
  testSignInHeading: 'Test sign-in',
  testSignInAdvice: 'Once the SSO profile is saved on the Trend Micro console, open this link as a user you assigned.',
  testSignInLink: 'Test sign-in (opens in a new tab)',
  testSignInLabel: 'User access URL',
  renameTitle: 'Not done by the wizard: rename the group claim to "{{name}}"',
  renameWhy: "Microsoft Graph has no documented way to do this, so it was not done. Group IDs are already sent under Entra's default name.",
  renameStepsBefore: "In the Entra admin center: open the app's",
  renameStepsLink: 'Single sign-on',
  renameStepsAfter:
    'page → Attributes & Claims → Edit → the groups claim → Advanced options → select "Customize the name of the group claim" → Name: {{name}} → Save.',
  nextStepsLabel: 'Next steps',
  nextStepsHeading: 'Next, on the Trend Micro console',
  nextSteps: {
    signIn: 'Sign in to the Cloud Email Gateway Protection administrator console and open the End User Console SSO settings.',
    profile: 'Create an SSO profile with Microsoft Entra ID as the identity provider.',
    values: 'Enter the unique identifier, Login URL, Logout URL, Microsoft Entra Identifier and identity claim name shown above.',
    valuesWithGroup: 'Enter the unique identifier, Login URL, Logout URL, Microsoft Entra Identifier, identity claim name and group claim name shown above.',
    upload: 'Upload the downloaded certificate (Base64).',
    test: 'Test with a user you assigned before enabling SSO for everyone.',
  },
  openInEntra: 'Open the app in the Microsoft Entra admin center',
};

declare module '../../i18n/feature-catalogues' {
  interface FeatureCatalogues {
    summary: typeof summaryEn;
  }
}
