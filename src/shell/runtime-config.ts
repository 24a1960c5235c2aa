// One static build serves any deployment: the wizard's own app registration is read at run time
// from config.json next to index.html. No client id there means the demo tenant.

export type RuntimeConfig = { mode: 'demo' } | { mode: 'entra'; clientId: string; authority: string };

const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com/organizations';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type BootMessageKey = 'configNotObject' | 'configClientId' | 'configAuthority' | 'configUnreadable' | 'configNotJson';

/** English message for logs; `messageKey` (app.boot.*) and `values` for the page (BootFailure). */
export class RuntimeConfigError extends Error {
  constructor(
    message: string,
    readonly messageKey: BootMessageKey,
    readonly values: Record<string, string | number> = {},
  ) {
    super(message);
  }
}

/** Pure: validates the parsed config.json. Throws RuntimeConfigError with the field at fault. */
function parseRuntimeConfig(raw: unknown): RuntimeConfig {
  if (raw === null || typeof raw !== 'object') throw new RuntimeConfigError('config.json must hold a JSON object.', 'configNotObject');
  const { clientId, authority } = raw as Record<string, unknown>;
  if (clientId === undefined || clientId === null || clientId === '') return { mode: 'demo' };
  if (typeof clientId !== 'string' || !GUID.test(clientId)) {
    throw new RuntimeConfigError('config.json: "clientId" must be the wizard app registration\'s Application (client) ID, a GUID.', 'configClientId');
  }
  if (authority === undefined || authority === null || authority === '') {
    return { mode: 'entra', clientId, authority: DEFAULT_AUTHORITY };
  }
  if (typeof authority !== 'string' || !/^https:\/\/[^/\s]+\/[^\s]+$/.test(authority)) {
    throw new RuntimeConfigError('config.json: "authority" must be an https URL such as https://login.microsoftonline.com/organizations.', 'configAuthority');
  }
  return { mode: 'entra', clientId, authority: authority.replace(/\/+$/, '') };
}

export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  const response = await fetch(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-store' });
  if (response.status === 404) return { mode: 'demo' };
  if (!response.ok) throw new RuntimeConfigError(`config.json could not be read (HTTP ${response.status}).`, 'configUnreadable', { status: response.status });
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    throw new RuntimeConfigError('config.json is not valid JSON.', 'configNotJson');
  }
  return parseRuntimeConfig(raw);
}
