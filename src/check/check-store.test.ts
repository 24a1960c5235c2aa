import { describe, expect, it } from 'vitest';
import { CheckStore } from './check-store';
import { openCheckFromLink } from './check-link';
import { parseDeepLink } from '../setup/deep-link';
import { memoryStorage } from '../testing/memory-storage';

describe('the check journal', () => {
  it('starts on the setup, and a link with check=1 opens the check with its values, once', () => {
    const storage = memoryStorage();
    const store = new CheckStore(storage);
    expect(store.get().mode).toBe('setup');
    openCheckFromLink(parseDeepLink('?check=1&region=eu&cmpId=contoso-eu&claim=euc_mail'), store);
    expect(store.get()).toMatchObject({
      mode: 'check',
      view: 'pick',
      link: { region: 'eu', state: 'lookup' },
      expected: { region: 'eu', cmpId: 'contoso-eu', identityClaim: { kind: 'custom', name: 'euc_mail', sourceAttribute: 'mail' } },
      fromLink: ['region', 'cmpId', 'identityClaim'],
    });
    // The admin goes back to the setup; a reload with the same link does not pull them away again.
    store.setMode('setup');
    const reloaded = new CheckStore(storage);
    openCheckFromLink(parseDeepLink('?check=1&region=eu&cmpId=contoso-eu&claim=euc_mail'), reloaded);
    expect(reloaded.get().mode).toBe('setup');
    // Once per link, not once per session: support's next, different link opens the check again.
    openCheckFromLink(parseDeepLink('?check=1&region=jp'), reloaded);
    expect(reloaded.get()).toMatchObject({ mode: 'check', link: { region: 'jp' } });
  });

  it('a link without check=1 changes nothing', () => {
    const store = new CheckStore(memoryStorage());
    openCheckFromLink(parseDeepLink('?region=eu'), store);
    expect(store.get().mode).toBe('setup');
  });

  it("goes to the report of the region's app, or stays on the picker saying none has it", () => {
    const store = new CheckStore(memoryStorage());
    openCheckFromLink(parseDeepLink('?check=1&region=jp'), store);
    store.linkLookedUp(null);
    expect(store.get()).toMatchObject({ view: 'pick', applicationId: null, link: { region: 'jp', state: 'missing' } });
    store.pick('app-1');
    expect(store.get()).toMatchObject({ view: 'report', applicationId: 'app-1', link: null });
  });

  it("keeps the link's values for the next app, but not the admin's corrections", () => {
    const store = new CheckStore(memoryStorage());
    openCheckFromLink(parseDeepLink('?check=1&region=jp'), store);
    store.pick('app-1');
    store.setExpected({ region: 'jp', cmpId: 'x-1', identityClaim: { kind: 'default' }, groupClaim: { kind: 'none' } });
    store.pickAnother();
    expect(store.get().expected).toEqual({ region: 'jp' });
  });

  it('journals a repair as it runs, and survives a reload', () => {
    const storage = memoryStorage();
    const store = new CheckStore(storage);
    store.pick('app-1');
    store.startRepair(
      {
        applicationId: 'app-1',
        plan: { operations: [], existing: null, manualSteps: [] },
        finished: {},
        started: {},
        state: 'ready',
        context: {},
        tenantId: 't',
      },
      null,
    );
    // As the apply runner writes an operation's start, then its end.
    const repair = store.get().repair!;
    store.setRepair({ ...repair, started: { 'saml-mode': 5 } });
    store.setRepair({ ...store.get().repair!, finished: { 'saml-mode': {} } });
    const reloaded = new CheckStore(storage).get();
    expect(reloaded.view).toBe('apply');
    expect(reloaded.repair).toMatchObject({ started: { 'saml-mode': 5 }, finished: { 'saml-mode': {} } });
  });

  it("keeps the repair's breaking-change confirmation across a reload, for that app only", () => {
    const storage = memoryStorage();
    const store = new CheckStore(storage);
    store.pick('app-1');
    store.confirmBreaking('breaking-key');
    expect(new CheckStore(storage).get().confirmedBreakingKey).toBe('breaking-key');
    // Another app's repair asks again.
    store.pickAnother();
    expect(store.get().confirmedBreakingKey).toBeNull();
    store.confirmBreaking('breaking-key');
    store.pick('app-2');
    expect(store.get().confirmedBreakingKey).toBeNull();
  });
});
