// Every string the people step shows (Japanese: messages.ja.ts).
export const peopleEn = {
  title: 'Users and groups',
  intro: 'Choose who may sign in to the End User Console. The app requires assignment, so only the users and groups you assign here can use single sign-on.',
  fieldLabel: 'Users and groups',
  fieldHint: 'Type a name or email address. Arrow keys move through the matches and Enter adds one; Backspace in the empty box removes the last one.',
  chosenListLabel: 'Chosen users and groups',
  kind: { user: 'User', group: 'Group' },
  /** The kind inside an accessible name ("Adele Vance, user, adele@…"). */
  kindInName: { user: 'user', group: 'group' },
  groupType: { microsoft365: 'Microsoft 365 group', security: 'Security group' },
  usersHeading: 'Users',
  groupsHeading: 'Groups',
  searching: 'Searching…',
  noMatches: 'No users or groups match.',
  allMatchesChosen: 'Every user and group that matches is already chosen.',
  matchCount_one: '{{count, number}} match. Use the arrow keys to choose it.',
  matchCount_other: '{{count, number}} matches. Use the arrow keys to choose.',
  searchFailed: 'Search failed',
  searchThrottled: 'Search is being throttled; keep typing or wait a moment.',
  searchForbidden: 'Your account may not read users and groups ({{scopes}}). Ask an administrator to grant consent, then search again.',
  searchError: 'Could not search users and groups: {{reason}}',
  searchErrorUnknown: 'Could not search users and groups.',
  added: 'Added {{name}}.',
  removed: 'Removed {{name}}.',
  groupNote:
    'Assigning groups needs Microsoft Entra ID P1 or P2; on the Free tier assign users. Only direct members of a group can sign in: nested groups are not expanded.',
  optionName: '{{name}}, {{kind}}',
  optionNameWithDetail: '{{name}}, {{kind}}, {{detail}}',
  tagName: '{{name}}, {{kind}}',
  kindInParentheses: '({{kind}})',
};

declare module '../../i18n/feature-catalogues' {
  interface FeatureCatalogues {
    people: typeof peopleEn;
  }
}
