// What the admin typed and what apply recorded (names, addresses, ids) does not outlive the
// session: signing out forgets it. This module is on the first screen (the header's Sign out), so
// it carries only key names and a list of hooks; the stores, which load with the signed-in area,
// register how to reset what they hold in memory.

/** sessionStorage keys of the journals: removed on sign-out even when their store never loaded. */
export const SESSION_DATA_KEYS = {
  wizardJournal: 'tmes-sso-wizard.journal',
  checkJournal: 'tmes-sso-wizard.check',
  /** Interactive requests spent and refused (src/auth/interaction-guard.ts). */
  interactionGuard: 'tmes-sso-wizard.interactions',
} as const;

const hooks = new Set<() => void>();

/** Called by a store when it loads: how to forget what it holds in memory. */
export function onForgetSessionData(hook: () => void): void {
  hooks.add(hook);
}

export function forgetSessionData(): void {
  for (const hook of hooks) hook();
  try {
    for (const key of Object.values(SESSION_DATA_KEYS)) sessionStorage.removeItem(key);
  } catch {
    // Storage unavailable: nothing was kept in it.
  }
}
