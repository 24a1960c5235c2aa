// English strings of "Check an existing setup": the pages (`ui`) and the findings (`findings`, in
// src/setup/check-findings.en.ts because the pure check reads them too, for its English report).
// Japanese: messages.ja.ts.
import { checkFindingsEn } from '../setup/check-findings.en';

export const checkEn = {
  ui: {
    // choice at the top of the signed-in area
    modeLabel: 'What do you want to do?',
    modeSetup: 'Set up a new app',
    modeCheck: 'Check an existing setup',

    // picking the app
    pickTitle: 'Check an existing setup',
    pickIntro:
      'Choose the enterprise application to check. It is read and compared, item by item, with what your Trend Micro region and unique identifier require; nothing is written unless you choose to repair it.',
    trendMicroApps: 'Apps with a Trend Micro EUC identifier',
    noTrendMicroApps: 'No app in this tenant has a Trend Micro EUC identifier. Search for the app by name.',
    loadingApps: 'Looking for Trend Micro EUC apps…',
    searchLabel: 'Search enterprise applications by name',
    searchHint: 'The start of the display name, e.g. "Trend".',
    searching: 'Searching…',
    searchResults: 'Apps whose name starts with "{{text}}"',
    noSearchResults: 'No app\'s name starts with "{{text}}".',
    regionOfApp: 'Trend Micro EUC, {{region}}',
    notTrendMicro: 'No Trend Micro EUC identifier',
    checkApp: 'Check',
    checkAppNamed: 'Check {{app}}',
    linkLookingUp: 'Looking for the app with the identifier for {{region}}…',
    linkNoApp:
      "No app in this tenant has the identifier for {{region}}, which the link you were sent asks about. Choose the app to check: it is compared with the link's region and unique identifier.",
    readFailed: 'Could not read your tenant',
    tryAgain: 'Try again',

    // the report
    reportTitle: 'Check: {{app}}',
    checking: 'Reading the app and its service principal…',
    notFound: 'This app no longer exists in the tenant.',
    notEnterpriseApp: 'This app registration has no enterprise application (service principal), so it cannot sign anyone in with SAML.',
    countsLine: '{{pass, number}} passed, {{warnings}}, {{fail, number}} failed',
    countsLineConfirm: '{{pass, number}} passed, {{confirm, number}} to confirm in the portal, {{warnings}}, {{fail, number}} failed',
    warnings_one: '{{count, number}} warning',
    warnings_other: '{{count, number}} warnings',
    allPass: 'Everything the End User Console needs is configured. Nothing needs repair.',
    allPassButConfirm: 'Everything Graph can read is configured. Confirm what it cannot read (below) in the portal.',
    findingsLabel: 'Findings',
    statusPass: 'Pass',
    statusConfirm: 'Confirm in the portal',
    statusWarning: 'Warning',
    statusFail: 'Fail',
    expectedLabel: 'Expected',
    actualLabel: 'Actual',
    fixByHand: 'Fix in the Entra admin center:',
    fixByRepair: 'Repair can fix this.',
    copyText: 'Copy report as text',
    downloadJson: 'Download report (JSON)',
    copied: 'Report copied to the clipboard.',
    copyFailed: 'Could not copy the report: download it instead, or select the text and copy it by hand.',
    downloaded: 'Report downloaded as {{fileName}}.',
    repair_one: 'Repair {{count, number}} item…',
    repair_other: 'Repair {{count, number}} items…',
    checkAgain: 'Check again',
    checkAnother: 'Check another app',
    manualOnly: 'The remaining items can only be fixed in the Entra admin center: the steps are next to each one.',

    // what the app is compared with
    expectedTitle: 'Compared with',
    expectedIntro:
      'The values the SSO profile on the Trend Micro console uses. Values not given by a link are read from the app itself: correct them if the console says otherwise.',
    fromLink: 'From the link you were sent.',
    regionLabel: 'Region',
    cmpIdLabel: 'Unique identifier (cmpID)',
    cmpIdHint: 'Leave empty if you do not know it: the reply URL is then reported as not checkable.',
    identityClaimLabel: 'Identity claim',
    identityDefault: 'Default: e-mail address from user.mail',
    identityCustom: 'A custom claim',
    claimNameLabel: 'Claim name',
    claimSourceLabel: 'Source attribute',
    groupClaimLabel: 'Group claim',
    groupNone: 'Not used',
    groupSecurity: "Group IDs of security groups (Entra's claim name)",
    groupApplication: "Group IDs of groups assigned to the app (Entra's claim name)",
    groupCustom: 'Group IDs of security groups, under a custom name',
    groupNameLabel: 'Group claim name',
    compare: 'Compare with these values',

    // repair review
    reviewTitle: 'Review the repair',
    reviewIntro:
      'Only the items the check flagged are written, through the same plan and apply as a setup. These are the exact Microsoft Graph requests, in this order; nothing has been written yet.',
    rereading: 'Reading the app again to plan the repair…',
    operationsLabel: 'Planned Graph operations',
    nothingToRepair: 'The app already matches: nothing would be written.',
    principalsNeeded: 'Nobody is assigned to the app: choose who may sign in to the End User Console.',
    principalsMissing: 'Choose at least one user or group.',
    emailsNeeded: 'Nobody gets certificate expiry notices: enter up to five addresses.',
    emailsLabel: 'Notification e-mail addresses',
    emailsHint: 'Separate addresses with commas.',
    emailsHintNeeded: '{{needed}} {{hint}}',
    repairCmpIdTitle: 'The repair needs the unique identifier',
    repairCmpIdIntro: 'The reply URL needs the unique identifier (cmpID) from the Trend Micro console, and this app has none.',
    repairCmpIdLabel: 'Unique identifier (cmpID) from the Trend Micro console',
    repairCmpIdContinue: 'Continue to the repair',
    repairCmpIdCancel: 'Cancel',
    cmpIdNeeded: 'The reply URL needs the unique identifier: enter it under "Compared with" on the check page first.',
    certificateRollover:
      'A new signing certificate is created and made active. The current one is not deleted. From the moment it is active, Entra signs with the new certificate: upload it to the SSO profile on the Trend Micro console right after the repair (it is offered for download there).',
    permissionsLabel: 'Permissions the repair uses',
    manualItems: 'Not repaired here (fix in the Entra admin center)',
    back: 'Back to the check',
    apply: 'Apply the repair',

    // repair apply
    applyTitle: 'Repairing',
    applyIntro: 'Each Microsoft Graph operation and its progress.',
    progress: '{{done, number}} of {{total, number}} operations done',
    applyStopped: 'The repair stopped. Everything that finished is recorded: Try again continues from here without writing anything twice.',
    repaired: 'Repair applied',
    repairedIntro: 'Check again to confirm every item now passes.',
    tenantMismatch: 'This repair was planned for tenant {{planned}}, but you are signed in to {{signedIn}}. Nothing will be applied.',

    // certificate rollover
    rolloverTitle: 'New signing certificate: put it on the Trend Micro console',
    rolloverIntro: 'The new certificate (thumbprint {{thumbprint}}, valid until {{end}}) is active. Entra signs with it from now on.',
    rolloverSteps: 'Download it, then on the Trend Micro console open the End User Console SSO profile and upload it as the identity provider certificate.',
    downloadCertificate: 'Download certificate (Base64)',
    consoleConfirm: 'The Trend Micro console has the new certificate',
    oldCertificateKept: 'The previous certificate (thumbprint {{thumbprint}}) is still on the app, inactive.',
    oldCertificateKeptUnknown: 'The previous certificate is still on the app, inactive.',
    removeOldTitle: 'Remove the previous certificate in the Entra admin center',
    removeOldWhy:
      'The wizard does not remove it: Microsoft Graph has no supported way to delete a SAML signing certificate from a service principal (a PATCH of keyCredentials must resend every key with its private part, and the password credential cannot be written back).',
    removeOldSteps:
      'Single sign-on → SAML Certificates → Edit → on the row of the inactive certificate with thumbprint {{thumbprint}}, the … menu → Delete Certificate → Yes. The active certificate cannot be deleted.',
    removeOldStepsUnknown:
      'Single sign-on → SAML Certificates → Edit → on the row of the inactive certificate you no longer need, the … menu → Delete Certificate → Yes. The active certificate cannot be deleted.',
    openSingleSignOn: "Open the app's Single sign-on page",
    waitForConsole: 'Remove the previous certificate only after the Trend Micro console has the new one.',
  },

  findings: checkFindingsEn,
};

declare module '../i18n/feature-catalogues' {
  interface FeatureCatalogues {
    check: typeof checkEn;
  }
}
