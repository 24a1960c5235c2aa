import { describe, expect, it } from 'vitest';
import { capturePresets, PRESETS_STORAGE_KEY } from './presets-store';
import { memoryStorage } from '../testing/memory-storage';

describe('capturePresets', () => {
  it('keeps a link’s presets through the sign-in redirect and a reload without the query string', () => {
    const storage = memoryStorage();
    expect(capturePresets('?region=eu&cmpId=contoso', storage).answers).toEqual({ region: 'eu', cmpId: 'contoso' });
    // Back from sign-in (MSAL's parameters only), then a reload of the bare address.
    expect(capturePresets('?state=abc&code=xyz', storage).answers).toEqual({ region: 'eu', cmpId: 'contoso' });
    expect(capturePresets('', storage).answers).toEqual({ region: 'eu', cmpId: 'contoso' });
  });

  it('lets a later link replace the stored presets entirely', () => {
    const storage = memoryStorage();
    capturePresets('?region=eu&cmpId=contoso', storage);
    expect(capturePresets('?region=jp', storage).answers).toEqual({ region: 'jp' });
    expect(capturePresets('', storage).answers).toEqual({ region: 'jp' });
  });

  it('keeps the problems too, so the admin still sees what was ignored after signing in', () => {
    const storage = memoryStorage();
    capturePresets('?region=mars&region=eu&utm_source=mail', storage);
    expect(capturePresets('', storage).problems.map((p) => p.parameter)).toEqual(['region']);
  });

  it('stores the link’s parameters, not the parsed result, and checks them again on every load', () => {
    const storage = memoryStorage();
    capturePresets('?region=eu&utm_source=mail', storage);
    expect(JSON.parse(storage.getItem(PRESETS_STORAGE_KEY)!)).toEqual({ version: 1, query: 'region=eu' });
    // Whatever ends up in storage goes through the rules again.
    storage.setItem(PRESETS_STORAGE_KEY, JSON.stringify({ version: 1, query: 'cmpId=%3Cscript%3E' }));
    const presets = capturePresets('', storage);
    expect(presets.answers).toEqual({});
    expect(presets.problems.map((p) => p.parameter)).toEqual(['cmpId']);
  });

  it('starts empty with nothing stored, or with something unreadable stored', () => {
    const storage = memoryStorage();
    expect(capturePresets('', storage)).toEqual({ answers: {}, problems: [] });
    storage.setItem(PRESETS_STORAGE_KEY, '{not json');
    expect(capturePresets('', storage)).toEqual({ answers: {}, problems: [] });
    storage.setItem(PRESETS_STORAGE_KEY, JSON.stringify({ version: 2, query: 'region=eu' }));
    expect(capturePresets('', storage)).toEqual({ answers: {}, problems: [] });
    expect(capturePresets('?region=eu', undefined).answers).toEqual({ region: 'eu' });
  });
});
