// Switching a fault preset on in the browser demo: open the wizard once with `?demoFaults=<name>`
// (e.g. `/?demoFaults=real-tenant`); the name is remembered in this tab's sessionStorage, so
// reloads and the sign-in keep it, and `?demoFaults=off` forgets it. Deliberately free of imports:
// the first screen's banner reads it without loading the demo tenant.

/** Named fault presets (faults.ts applies them). */
export type FaultPresetName = 'real-tenant';
const FAULT_PRESET_NAMES: readonly FaultPresetName[] = ['real-tenant'];

const DEMO_FAULTS_PARAMETER = 'demoFaults';
export const DEMO_FAULTS_STORAGE_KEY = 'demo-tenant-faults';

function isFaultPresetName(value: unknown): value is FaultPresetName {
  return typeof value === 'string' && (FAULT_PRESET_NAMES as readonly string[]).includes(value);
}

/** The preset this tab remembers, or null. */
export function rememberedFaultPreset(storage: Storage | undefined = globalThis.sessionStorage): FaultPresetName | null {
  try {
    const value = storage?.getItem(DEMO_FAULTS_STORAGE_KEY);
    return isFaultPresetName(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * Reads `?demoFaults=` from the address: a preset name is remembered, `off` (or any other value)
 * forgets the remembered one, no parameter keeps what the tab had. Returns the preset now on.
 */
export function rememberFaultPreset(search: string, storage: Storage | undefined = globalThis.sessionStorage): FaultPresetName | null {
  const asked = new URLSearchParams(search).get(DEMO_FAULTS_PARAMETER);
  if (asked !== null) {
    try {
      if (isFaultPresetName(asked)) storage?.setItem(DEMO_FAULTS_STORAGE_KEY, asked);
      else storage?.removeItem(DEMO_FAULTS_STORAGE_KEY);
    } catch {
      // Storage blocked: the preset applies to this page load only.
      return isFaultPresetName(asked) ? asked : null;
    }
  }
  return rememberedFaultPreset(storage);
}
