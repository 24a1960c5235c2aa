// Two tabs applying at once must not create two apps. Applies in one browser take turns (Web Locks,
// shared by every tab of this origin), and a tab that creates an app leaves a note with its ids in
// localStorage, so a second tab that planned "create" before the first finished finds the app by
// id instead of by the identifier list, which Graph updates only eventually. No token goes there.

import { onForgetSessionData } from '../auth/session-data';

const NOTE_PREFIX = 'tmes-sso-wizard.created:';
const NOTE_LIFETIME_MS = 24 * 60 * 60 * 1000;

export const TAB_ID = crypto.randomUUID();

onForgetSessionData(forgetAllCreatedAppNotes);

export interface CreatedAppNote {
  tabId: string;
  applicationId: string;
  at: number;
}

function noteKey(tenantId: string, identifier: string): string {
  return `${NOTE_PREFIX}${tenantId}:${identifier}`;
}

export function readCreatedAppNote(tenantId: string, identifier: string): CreatedAppNote | null {
  try {
    const note = JSON.parse(localStorage.getItem(noteKey(tenantId, identifier)) ?? 'null') as CreatedAppNote | null;
    return note && Date.now() - note.at < NOTE_LIFETIME_MS ? note : null;
  } catch {
    return null;
  }
}

export function writeCreatedAppNote(tenantId: string, identifier: string, applicationId: string): void {
  try {
    localStorage.setItem(noteKey(tenantId, identifier), JSON.stringify({ tabId: TAB_ID, applicationId, at: Date.now() }));
  } catch {
    // Storage unavailable: the lock alone still serialises applies in this browser.
  }
}

export function forgetCreatedAppNote(tenantId: string, identifier: string): void {
  try {
    localStorage.removeItem(noteKey(tenantId, identifier));
  } catch {
    // nothing to forget
  }
}

/** On sign-out: no trace of the tenant's apps stays in this browser. */
function forgetAllCreatedAppNotes(): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(NOTE_PREFIX)) localStorage.removeItem(key);
  } catch {
    // nothing to forget
  }
}

/** Runs `work` while no other tab of this wizard applies to the same tenant. */
export async function withApplyLock<T>(tenantId: string, work: () => Promise<T>): Promise<T> {
  if (!('locks' in navigator)) return work();
  return navigator.locks.request(`tmes-sso-wizard.apply:${tenantId}`, work);
}
