// English strings of the first screen: the shell, the header, the start page, sign-in problems and
// boot failures. Bundled with the start page; every other feature's strings load with the feature
// (src/i18n/i18n.ts). Japanese: messages.ja.ts beside this file.
export const appEn = {
  productName: 'Entra ID SSO for Trend Micro Email Security',
  demoBannerTitle: 'Demo tenant: nothing here touches a real directory.',
  demoBannerBody: 'Every Graph call is answered by an emulated Entra tenant in this browser tab.',
  demoBannerRealTenantFaults:
    'Real-tenant-like faults are on: replication lag, throttling, answers lost after a write landed, and the refusals real tenants give. Open the page with ?demoFaults=off to switch them off.',
  signingIn: 'Signing in…',
  loadingWizard: 'Loading the wizard…',
  header: {
    signedInAs: 'Signed in as',
    tenant: 'tenant',
    signOut: 'Sign out',
    preferences: 'Display settings',
    language: 'Language',
    theme: 'Theme',
    themeSystem: 'System',
    themeLight: 'Light',
    themeDark: 'Dark',
  },
  // Each language is offered in its own name, in every catalogue.
  languageNames: {
    en: 'English',
    ja: '日本語',
  },
  start: {
    title: 'Set up single sign-on for the End User Console',
    intro:
      'This wizard creates and configures the Microsoft Entra ID enterprise application that lets your users sign in to the Trend Micro Email Security End User Console with SAML, and gives you the values to enter on the Trend Micro console.',
    needRole: 'You need the Application Administrator role (Cloud Application Administrator is enough without a custom identity claim).',
    nothingWritten: 'Nothing is written to your directory until you review the plan and choose Apply.',
    comeBack: 'You can come back later: re-running finds the app it made and changes only what differs.',
    signIn: 'Sign in with Microsoft',
    signInDemo: 'Sign in to the demo tenant',
    supportLink: 'Support staff: build a setup link',
  },
  auth: {
    failed: 'Sign-in failed ({{code}})',
    hints: {
      AADSTS65001:
        "An administrator has not consented to the wizard's permissions for this tenant. Ask a Global Administrator or Privileged Role Administrator to grant admin consent, then sign in again.",
      AADSTS65004: 'Consent was declined, so the wizard cannot do the step that needs it. Ask again when an administrator can accept it.',
      AADSTS90094:
        'Only an administrator may consent to these permissions for your organization. Ask a Global Administrator or Privileged Role Administrator to grant admin consent to the wizard, then ask again.',
      AADSTS50105: "Your account is not assigned to the wizard's app registration in this tenant.",
      AADSTS700016: "The wizard's app registration was not found in this tenant: check the client id in config.json and that the app is multi-tenant.",
      AADSTS50011: "The redirect URI is not registered on the wizard's app registration (single-page application platform).",
      demo_tenant_unavailable: 'The demo tenant could not start.',
      sign_in_unavailable: 'The sign-in component could not be loaded. Reload the page and try again.',
    },
  },
  boot: {
    failed: 'The wizard could not start',
    configNotObject: 'config.json must hold a JSON object.',
    configClientId: 'config.json: "clientId" must be the wizard app registration\'s Application (client) ID, a GUID.',
    configAuthority: 'config.json: "authority" must be an https URL such as https://login.microsoftonline.com/organizations.',
    configUnreadable: 'config.json could not be read (HTTP {{status}}).',
    configNotJson: 'config.json is not valid JSON.',
  },
};
