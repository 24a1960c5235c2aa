// Every string the deep-link feature shows (presets, the tenant check, sharing, the share page),
// and the link parser's messages (their English in src/setup/deep-link-parser.en.ts, whose keys
// the parser names). Japanese: messages.ja.ts.
import { deepLinkParserEn } from '../setup/deep-link-parser.en';

export const deepLinkEn = {
  presetMark: 'Preset by the link you were sent',

  problemsTitle: 'Some values in the link you were sent were ignored',
  problemsIntro: 'The rest of the link still applies. Choose these values yourself in the wizard.',
  separator: ': ',
  presetsTitle: 'The link you were sent suggests some answers',
  presetsIntro: 'Each one is filled in for you in the wizard, marked as preset; you confirm it with Next.',
  identityPreset: '{{name}} (user.{{source}})',
  parameterLabels: {
    region: 'Region',
    appName: 'Application name',
    cmpId: 'Unique identifier',
    claim: 'Identity claim',
    groupClaim: 'Group claim',
    notify: 'Notification addresses',
    tenant: 'Tenant',
    check: 'Check an existing setup',
  },

  tenantTitle: 'This link is for tenant {{tenant}}',
  tenantBeforeSignIn: 'Sign in with an account of that tenant: the wizard will not change any other tenant.',
  tenantChecking: 'Checking that you are signed in to that tenant…',
  tenantMatches: 'You are signed in to that tenant.',
  tenantMismatch:
    'You are signed in to tenant {{signedIn}}, a different one. The wizard will not apply anything here: sign out, then sign in with an account of the tenant the link names.',
  tenantCheckFailed: 'Could not check which tenant you are signed in to: {{reason}}',
  tryAgain: 'Try again',

  applyRefusedTitle: 'Apply is refused: wrong tenant',
  applyRefused:
    'The link you were sent is for tenant {{hint}}, but you are signed in to tenant {{signedIn}}. Sign out and sign in with an account of {{hint}} to apply.',
  applyWaitingForTenant: 'Apply waits until the wizard has checked that you are signed in to tenant {{hint}}.',
  applyTenantUnknown: 'Apply is refused until the wizard can check that you are signed in to tenant {{hint}}.',

  shareButton: 'Copy a setup link',
  shareHint:
    'A link that presets these answers (region, unique identifier, application name, claims and notification addresses) for someone else. It contains no sign-in and no secret.',
  shareLinkLabel: 'Setup link',
  linkCopied: 'Link copied.',
  copyFailed: 'Could not copy the link: select it and copy it by hand.',

  sharePageTitle: 'Build a setup link',
  sharePageIntro:
    "For support staff: fill in what you know about the customer's setup and send the link to their administrator. They sign in, see each value marked as preset, and confirm it. Leave a field empty to let the administrator choose. No sign-in is needed here, and nothing is sent anywhere.",
  notPreset: 'Not preset (the administrator chooses)',
  regionLabel: 'Region',
  cmpIdLabel: 'Unique identifier (cmpID)',
  cmpIdHint: 'Letters, digits, - and _, up to 64 characters.',
  generate: 'Generate',
  appNameLabel: 'Application name',
  tenantLabel: 'Tenant',
  tenantHint:
    'A directory ID (GUID) or a domain such as contoso.onmicrosoft.com. The administrator signs in to this tenant, and the wizard refuses to apply to any other.',
  identityClaimLabel: 'Identity claim',
  identityDefault: "Entra's default e-mail claim (user.mail)",
  identityCustom: 'A custom claim from a user attribute',
  identityNameLabel: 'Identity claim name',
  identitySourceLabel: 'Source attribute',
  groupClaimLabel: 'Group claim',
  groupNone: 'No group claim',
  groupDefault: "Group IDs under Entra's group claim name",
  groupCustom: 'Group IDs under a custom name',
  groupNameLabel: 'Group claim name',
  groupNameKeyword: "'none' and 'default' are keywords in a link: choose another name.",
  notifyLabel: 'Certificate notification addresses',
  notifyHint: 'One to five e-mail addresses, separated by commas.',
  builtLinkLabel: 'Setup link to send',
  fixErrors: 'Correct the fields marked in red to get a link.',
  copyLink: 'Copy link',
  backToWizard: 'Back to the wizard',

  /** The link parser's problems (English only there: the parser's key type is read from it). */
  parser: deepLinkParserEn,
};

declare module '../i18n/feature-catalogues' {
  interface FeatureCatalogues {
    deepLink: typeof deepLinkEn;
  }
}
