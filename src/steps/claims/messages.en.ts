export const claimsEn = {
  title: 'Claims',
  intro: 'What the SAML assertion tells the End User Console about each user. The Trend Micro SSO profile must use exactly these claim names.',
  identityLegend: 'Identity claim',
  identityDefault: "Use the e-mail address from user.mail (Entra's default claim)",
  identityCustom: 'Add a claim from another user attribute',
  identityClaimName: 'Claim name to enter on the Trend Micro console:',
  claimName: 'Claim name',
  claimNameHint: 'Namespace stays empty.',
  sourceAttribute: 'Source attribute',
  groupLegend: 'Group claim (optional)',
  groupNone: 'No group claim',
  groupDefaultName: "Send group IDs under Entra's group claim name (fully automatic)",
  groupCustomName: 'Send group IDs under a custom name, such as euc_group (needs one step in the Entra admin center)',
  whichGroups: 'Which groups',
  securityGroups: 'Security groups the user belongs to',
  applicationGroups: 'Only groups assigned to this application',
  groupClaimName: 'Group claim name to enter on the Trend Micro console:',
  groupNameLabel: 'Group claim name',
  renameWarning:
    'Microsoft Graph has no documented way to rename the group claim. The wizard sets group IDs as the source; the summary gives you the exact steps to set this name in the Entra admin center.',
};

declare module '../../i18n/feature-catalogues' {
  interface FeatureCatalogues {
    claims: typeof claimsEn;
  }
}
