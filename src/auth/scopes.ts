// Delegated scopes, asked for at the step that needs them (graph-saml.md §0). Signing in asks only
// for the profile; every later set is requested incrementally, silently where admin consent exists.

export const SIGN_IN_SCOPES = ['User.Read'] as const;

/** Step 1 looks for an app that already has the name or the region's identifier. */
export const READ_APPS_SCOPES = ['Application.Read.All'] as const;

/** Step 2, the people picker. */
export const PEOPLE_PICKER_SCOPES = ['User.ReadBasic.All', 'GroupMember.Read.All'] as const;

/** Apply: instantiate, app and service-principal patches, certificate. */
export const APPLICATION_WRITE_SCOPES = ['Application.ReadWrite.All'] as const;

/** Apply: user and group assignments (without Application.Read.All Graph answers 403). */
export const ASSIGNMENT_SCOPES = ['AppRoleAssignment.ReadWrite.All', 'Application.Read.All'] as const;

/** Apply: the custom claims policy (only when a custom identity claim is chosen). */
export const CLAIMS_POLICY_SCOPES = ['Policy.ReadWrite.ApplicationConfiguration', 'Policy.Read.All'] as const;

export type ScopeSet = readonly string[];

/** Why each scope is asked for: shown on the review page and in the README. */
export const SCOPE_REASONS: Record<string, string> = {
  'User.Read': 'Sign you in and show your name.',
  'Application.Read.All': 'Find an app this wizard made before, and read role ids for assignments.',
  'User.ReadBasic.All': 'Search users for the assignment picker.',
  'GroupMember.Read.All': 'Search groups for the assignment picker.',
  'Application.ReadWrite.All': 'Create the enterprise app, set SAML mode, URLs, certificate and notification addresses.',
  'AppRoleAssignment.ReadWrite.All': 'Assign the chosen users and groups to the app.',
  'Policy.ReadWrite.ApplicationConfiguration': 'Write the custom identity claim (custom claims policy).',
  'Policy.Read.All': 'Read the current claims policy, so existing claims are kept.',
};
