// The check's journal: which app, what it is compared with, and a repair in progress (its reviewed
// plan and every finished operation), in sessionStorage as it happens, like the wizard's journal:
// a reload or a consent redirect comes back to the same place, and an interrupted repair resumes.
import { onForgetSessionData, SESSION_DATA_KEYS } from '../auth/session-data';
import { PersistedStore, usePersistedStore } from '../ui/persisted-store';
import type { IssuedCertificate } from '../graph/apply-context';
import type { RunRecord } from '../ui/apply/use-apply-runner';
import type { ExpectedSetup, RepairInput } from '../setup/check';
import type { Region } from '../setup/types';

export type CheckMode = 'setup' | 'check';
export type CheckView = 'pick' | 'report' | 'review' | 'apply';

/** A repair's run: the shared run record, for one app; a repair is never stale. */
export interface RepairRecord extends RunRecord {
  applicationId: string;
  started: Record<string, number>;
  state: Exclude<RunRecord['state'], 'stale'>;
}

/** A certificate the repair made active, until the admin has dealt with the previous one. */
export interface RolloverRecord {
  applicationId: string;
  servicePrincipalId: string;
  appId: string;
  appName: string;
  /** The certificate that was preferred before the repair (null: none was). */
  previousThumbprint: string | null;
  /** The certificate the repair created and activated, once it has. */
  newCertificate: IssuedCertificate | null;
  consoleHasNewCertificate: boolean;
}

export interface CheckJournal {
  version: 1;
  mode: CheckMode;
  view: CheckView;
  /** The link (its presets, as JSON) already acted on: a reload does not act on it again. */
  handledLink: string | null;
  /** A link asked to check this region's app: looked up before the picker shows; 'missing': no app has it. */
  link: { region: Region; state: 'lookup' | 'missing' } | null;
  applicationId: string | null;
  /** What the admin or the link said the app is compared with; the rest is read from the app. */
  expected: Partial<ExpectedSetup>;
  /** Which of `expected` came from the link (shown as such). */
  fromLink: (keyof ExpectedSetup)[];
  repairInput: RepairInput;
  /**
   * The breaking changes the repair's review had the admin confirm (their breakingKey), kept like
   * the wizard's review draft so a reload keeps it; a plan that breaks something else asks again.
   */
  confirmedBreakingKey: string | null;
  repair: RepairRecord | null;
  rollover: RolloverRecord | null;
}

function emptyJournal(): CheckJournal {
  return {
    version: 1,
    mode: 'setup',
    view: 'pick',
    handledLink: null,
    link: null,
    applicationId: null,
    expected: {},
    fromLink: [],
    repairInput: { principals: [], notificationEmails: [] },
    confirmedBreakingKey: null,
    repair: null,
    rollover: null,
  };
}

const VIEWS: readonly CheckView[] = ['pick', 'report', 'review', 'apply'];

export class CheckStore extends PersistedStore<CheckJournal> {
  constructor(storage?: Storage) {
    super(
      {
        key: SESSION_DATA_KEYS.checkJournal,
        empty: emptyJournal,
        // Fields added since the journal was saved start empty.
        revive: (saved) =>
          saved.version === 1 && (saved.mode === 'setup' || saved.mode === 'check') && VIEWS.includes(saved.view) ? { ...emptyJournal(), ...saved } : null,
      },
      storage,
    );
  }

  setMode(mode: CheckMode) {
    this.update((j) => ({ ...j, mode }));
  }

  /** A support link with check=1: open the check with its values, once per link. */
  openFromLink(signature: string, expected: Partial<ExpectedSetup>) {
    this.update((j) => ({
      ...emptyJournal(),
      mode: 'check',
      view: 'pick',
      handledLink: signature,
      link: expected.region ? { region: expected.region, state: 'lookup' } : null,
      expected,
      fromLink: Object.keys(expected) as (keyof ExpectedSetup)[],
      rollover: j.rollover,
    }));
  }

  linkLookedUp(applicationId: string | null) {
    this.update((j) => {
      if (!j.link) return j;
      if (!applicationId) return { ...j, link: { ...j.link, state: 'missing' } };
      return { ...j, link: null, applicationId, view: 'report' };
    });
  }

  pick(applicationId: string) {
    this.update((j) => ({
      ...j,
      applicationId,
      view: 'report',
      link: null,
      repair: null,
      repairInput: { principals: [], notificationEmails: [] },
      confirmedBreakingKey: null,
    }));
  }

  pickAnother() {
    // What the link said still applies to the next app; what was corrected for this one does not.
    this.update((j) => ({
      ...j,
      applicationId: null,
      view: 'pick',
      repair: null,
      link: null,
      confirmedBreakingKey: null,
      expected: Object.fromEntries(j.fromLink.map((key) => [key, j.expected[key]])) as Partial<ExpectedSetup>,
    }));
  }

  /** The admin corrected what the app is compared with. */
  setExpected(expected: ExpectedSetup) {
    const same = (key: keyof ExpectedSetup) => JSON.stringify(this.get().expected[key]) === JSON.stringify(expected[key]);
    this.update((j) => ({ ...j, expected, fromLink: j.fromLink.filter(same) }));
  }

  goTo(view: CheckView) {
    this.update((j) => ({ ...j, view }));
  }

  setRepairInput(repairInput: RepairInput) {
    this.update((j) => ({ ...j, repairInput }));
  }

  /** The admin confirmed the repair's breaking changes (their key), or took it back (null). */
  confirmBreaking(confirmedBreakingKey: string | null) {
    this.update((j) => ({ ...j, confirmedBreakingKey }));
  }

  startRepair(repair: RepairRecord, rollover: RolloverRecord | null) {
    this.update((j) => ({ ...j, repair, view: 'apply', rollover: rollover ?? j.rollover }));
  }

  setRepair(repair: RepairRecord) {
    this.update((j) => ({ ...j, repair }));
  }

  /** After a repair: back to the report, which reads the app again. */
  checkAgain() {
    this.update((j) => ({ ...j, view: 'report', repair: j.repair?.state === 'running' ? j.repair : null }));
  }

  rolloverCertificateIssued(certificate: IssuedCertificate) {
    this.update((j) => (j.rollover ? { ...j, rollover: { ...j.rollover, newCertificate: certificate } } : j));
  }

  confirmConsoleHasNewCertificate(confirmed: boolean) {
    this.update((j) => (j.rollover ? { ...j, rollover: { ...j.rollover, consoleHasNewCertificate: confirmed } } : j));
  }

  dismissRollover() {
    this.update((j) => ({ ...j, rollover: null }));
  }
}

export const checkStore = new CheckStore();
onForgetSessionData(() => checkStore.reset());

export function useCheckJournal(store: CheckStore = checkStore): CheckJournal {
  return usePersistedStore(store);
}
