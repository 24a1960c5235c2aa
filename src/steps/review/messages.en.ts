export const reviewEn = {
  title: 'Review',
  intro:
    'Nothing has been written yet. These are the exact Microsoft Graph requests Apply will send, in this order; requests at the same level run at the same time.',
  apply: 'Apply',
  continueToSummary: 'Continue to summary',
  invalidAnswers: 'Some answers are missing or invalid: {{reason}}',
  reading: 'Reading your tenant to plan the changes…',
  readFailed: 'Could not read your tenant',
  tryAgain: 'Try again',
  updatingTitle: 'Updating an existing app',
  updatingBody: '"{{name}}" already has this region\'s identifier. Only what differs from your answers is written; nothing is duplicated.',
  nothingToWrite: 'Your tenant already matches every answer: nothing will be written.',
  operationsLabel: 'Planned Graph operations',
  after: 'After: {{titles}}',
  listSeparator: '; ',
  claimsKept: 'Claims already on the policy are read first and kept.',
  manualTitle: 'One step stays manual',
  claimsRoleTitle: 'The claims step needs the Application Administrator role',
  claimsRoleBody:
    "Microsoft Graph refused to read this app's custom claims policy: your role (Cloud Application Administrator, for example) may not read or write it. Everything else can be applied; Apply stops at the claims step unless an Application Administrator runs it. Or go back and keep the default e-mail claim.",
  manualRename:
    'Renaming the group claim to "{{name}}" has no documented Microsoft Graph route. The summary gives the exact Entra admin center steps.',
  permissionsLabel: 'Permissions used',
  permissionsHeading: 'Permissions Apply will use',
  scopeSeparator: ': ',
  /** Why each delegated scope is asked for, keyed by the scope with its dots as underscores. */
  scopeReasons: {
    User_Read: 'Sign you in and show your name.',
    Application_Read_All: 'Find an app this wizard made before, and read role ids for assignments.',
    User_ReadBasic_All: 'Search users for the assignment picker.',
    GroupMember_Read_All: 'Search groups for the assignment picker.',
    Application_ReadWrite_All: 'Create the enterprise app, set SAML mode, URLs, certificate and notification addresses.',
    AppRoleAssignment_ReadWrite_All: 'Assign the chosen users and groups to the app.',
    Policy_ReadWrite_ApplicationConfiguration: 'Write the custom identity claim (custom claims policy).',
    Policy_Read_All: 'Read the current claims policy, so existing claims are kept.',
  },
};
