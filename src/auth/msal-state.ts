// Whether MSAL (about 75 kB of gzipped JavaScript) must load at boot, answered without loading it:
// only when it has something to handle. Otherwise it loads when the admin chooses "Sign in".
// MSAL keeps all of its browser state in sessionStorage here (docs/decisions/002): keys that start
// with "msal." (accounts, tokens, an interaction in progress, the response the redirect bridge
// stored for handleRedirectPromise), plus keys that name the client id (MSAL's own rule for
// what it owns: BrowserCacheManager.clear in @azure/msal-browser).

/** Entries MSAL writes at every initialize() that say nothing about a session. */
function carriesNoSession(key: string, value: string): boolean {
  if (key === 'msal.version' || key.startsWith('msal.browser.')) return true;
  // The account and token indexes stay behind, empty, after sign-out.
  return isEmptyIndex(value);
}

function isEmptyIndex(value: string): boolean {
  try {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed)) return parsed.length === 0;
    if (parsed !== null && typeof parsed === 'object') {
      return Object.values(parsed).every((entry) => Array.isArray(entry) && entry.length === 0);
    }
    return false;
  } catch {
    return false;
  }
}

/** An authorization response in the address itself (a redirect URI other than the bridge page). */
function hasAuthResponse(fragmentOrQuery: string): boolean {
  const params = new URLSearchParams(fragmentOrQuery.replace(/^[#?]/, ''));
  return params.has('state') && (params.has('code') || params.has('error'));
}

export function msalHasStateToHandle(
  clientId: string,
  location: Pick<Location, 'hash' | 'search'>,
  storage: Storage | undefined = globalThis.sessionStorage,
): boolean {
  if (hasAuthResponse(location.hash) || hasAuthResponse(location.search)) return true;
  try {
    if (!storage) return false;
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key === null || !(key.startsWith('msal.') || key.includes(clientId))) continue;
      if (!carriesNoSession(key, storage.getItem(key) ?? '')) return true;
    }
    return false;
  } catch {
    // Storage blocked: MSAL could not have kept a session either, but let it decide.
    return true;
  }
}
