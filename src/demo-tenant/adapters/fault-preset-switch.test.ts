import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../testing/memory-storage';
import { DEMO_FAULTS_STORAGE_KEY, rememberFaultPreset, rememberedFaultPreset } from './fault-preset-switch';

describe('the demo fault preset switch (?demoFaults=)', () => {
  it('remembers a preset named in the address for the rest of the tab, and forgets it with off', () => {
    const storage = memoryStorage();
    expect(rememberFaultPreset('', storage)).toBeNull();
    expect(rememberFaultPreset('?demoFaults=real-tenant', storage)).toBe('real-tenant');
    expect(storage.getItem(DEMO_FAULTS_STORAGE_KEY)).toBe('real-tenant');
    // A reload or the return from sign-in, without the parameter: still on.
    expect(rememberFaultPreset('?region=eu', storage)).toBe('real-tenant');
    expect(rememberedFaultPreset(storage)).toBe('real-tenant');
    expect(rememberFaultPreset('?demoFaults=off', storage)).toBeNull();
    expect(rememberedFaultPreset(storage)).toBeNull();
  });

  it('ignores a name that is not a preset, and a tampered stored value', () => {
    const storage = memoryStorage();
    expect(rememberFaultPreset('?demoFaults=everything', storage)).toBeNull();
    storage.setItem(DEMO_FAULTS_STORAGE_KEY, '<script>');
    expect(rememberedFaultPreset(storage)).toBeNull();
  });
});
