// Every string the people step shows, in one place for the translation layer.
import type { ChosenPrincipal } from '../../setup/types';

export const peopleMessages = {
  title: () => 'Users and groups',
  intro: () =>
    'Choose who may sign in to the End User Console. The app requires assignment, so only the users and groups you assign here can use single sign-on.',
  fieldLabel: () => 'Users and groups',
  fieldHint: () =>
    'Type a name or email address. Arrow keys move through the matches and Enter adds one; Backspace in the empty box removes the last one.',
  chosenListLabel: () => 'Chosen users and groups',
  kindLabel: (kind: ChosenPrincipal['kind']) => (kind === 'user' ? 'User' : 'Group'),
  usersHeading: () => 'Users',
  groupsHeading: () => 'Groups',
  searching: () => 'Searching…',
  noMatches: () => 'No users or groups match.',
  allMatchesChosen: () => 'Every user and group that matches is already chosen.',
  matchCount: (count: number) => (count === 1 ? '1 match. Use the arrow keys to choose it.' : `${count} matches. Use the arrow keys to choose.`),
  searchFailed: () => 'Search failed',
  added: (principal: ChosenPrincipal) => `Added ${principal.displayName}.`,
  removed: (principal: ChosenPrincipal) => `Removed ${principal.displayName}.`,
  groupNote: () =>
    'Assigning groups needs Microsoft Entra ID P1 or P2; on the Free tier assign users. Only direct members of a group can sign in: nested groups are not expanded.',
  /** The accessible name of an option: display name, kind, then what tells namesakes apart. */
  optionName: (principal: ChosenPrincipal) =>
    [principal.displayName, principal.kind, principal.detail].filter((part) => part !== undefined && part !== '').join(', '),
  tagName: (principal: ChosenPrincipal) => `${principal.displayName}, ${principal.kind}`,
} as const;
