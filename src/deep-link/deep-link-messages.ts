// Every string the deep-link feature shows (presets, the tenant check, sharing), in one place for
// the translation layer. The parser's own messages live with the rules in setup/deep-link.ts.
import type { DeepLinkParameter } from '../setup/deep-link';

export const deepLinkUiMessages = {
  presetMark: () => 'Preset by the link you were sent',

  problemsTitle: () => 'Some values in the link you were sent were ignored',
  problemsIntro: () => 'The rest of the link still applies. Choose these values yourself in the wizard.',
  presetsTitle: () => 'The link you were sent suggests some answers',
  presetsIntro: () => 'Each one is filled in for you in the wizard, marked as preset; you confirm it with Next.',
  parameterLabel: (parameter: DeepLinkParameter) => PARAMETER_LABELS[parameter],

  tenantTitle: (tenant: string) => `This link is for tenant ${tenant}`,
  tenantBeforeSignIn: () => 'Sign in with an account of that tenant: the wizard will not change any other tenant.',
  tenantChecking: () => 'Checking that you are signed in to that tenant…',
  tenantMatches: () => 'You are signed in to that tenant.',
  tenantMismatch: (signedIn: string) =>
    `You are signed in to tenant ${signedIn}, a different one. The wizard will not apply anything here: sign out, then sign in with an account of the tenant the link names.`,
  tenantCheckFailed: (reason: string) => `Could not check which tenant you are signed in to: ${reason}`,
  tryAgain: () => 'Try again',

  applyRefusedTitle: () => 'Apply is refused: wrong tenant',
  applyRefused: (hint: string, signedIn: string) =>
    `The link you were sent is for tenant ${hint}, but you are signed in to tenant ${signedIn}. Sign out and sign in with an account of ${hint} to apply.`,
  applyWaitingForTenant: (hint: string) => `Apply waits until the wizard has checked that you are signed in to tenant ${hint}.`,
  applyTenantUnknown: (hint: string) =>
    `Apply is refused until the wizard can check that you are signed in to tenant ${hint}.`,

  shareButton: () => 'Copy a setup link',
  shareHint: () =>
    'A link that presets these answers (region, unique identifier, application name, claims and notification addresses) for someone else. It contains no sign-in and no secret.',
  shareLinkLabel: () => 'Setup link',
  linkCopied: () => 'Link copied.',
  copyFailed: () => 'Could not copy the link: select it and copy it by hand.',

  supportLink: () => 'Support staff: build a setup link',

  productName: () => 'Entra ID SSO for Trend Micro Email Security',
  sharePageTitle: () => 'Build a setup link',
  sharePageIntro: () =>
    "For support staff: fill in what you know about the customer's setup and send the link to their administrator. They sign in, see each value marked as preset, and confirm it. Leave a field empty to let the administrator choose. No sign-in is needed here, and nothing is sent anywhere.",
  notPreset: () => 'Not preset (the administrator chooses)',
  regionLabel: () => 'Region',
  cmpIdLabel: () => 'Unique identifier (cmpID)',
  cmpIdHint: () => 'Letters, digits, - and _, up to 64 characters.',
  generate: () => 'Generate',
  appNameLabel: () => 'Application name',
  tenantLabel: () => 'Tenant',
  tenantHint: () =>
    'A directory ID (GUID) or a domain such as contoso.onmicrosoft.com. The administrator signs in to this tenant, and the wizard refuses to apply to any other.',
  identityClaimLabel: () => 'Identity claim',
  identityDefault: () => "Entra's default e-mail claim (user.mail)",
  identityCustom: () => 'A custom claim from a user attribute',
  identityNameLabel: () => 'Identity claim name',
  identitySourceLabel: () => 'Source attribute',
  groupClaimLabel: () => 'Group claim',
  groupNone: () => 'No group claim',
  groupDefault: () => "Group IDs under Entra's group claim name",
  groupCustom: () => 'Group IDs under a custom name',
  groupNameLabel: () => 'Group claim name',
  groupNameKeyword: () => "'none' and 'default' are keywords in a link: choose another name.",
  claimNameRequired: () => 'Enter the claim name.',
  notifyLabel: () => 'Certificate notification addresses',
  notifyHint: () => 'One to five e-mail addresses, separated by commas.',
  builtLinkLabel: () => 'Setup link to send',
  fixErrors: () => 'Correct the fields marked in red to get a link.',
  copyLink: () => 'Copy link',
  backToWizard: () => 'Back to the wizard',
} as const;

const PARAMETER_LABELS: Record<DeepLinkParameter, string> = {
  region: 'Region',
  appName: 'Application name',
  cmpId: 'Unique identifier',
  claim: 'Identity claim',
  groupClaim: 'Group claim',
  notify: 'Notification addresses',
  tenant: 'Tenant',
  check: 'Check an existing setup',
};
