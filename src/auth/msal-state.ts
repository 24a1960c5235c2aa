// Whether MSAL (about 75 kB of gzipped JavaScript) must load at boot, answered without loading it:
// only when it has something to handle. Otherwise it loads when the admin chooses "Sign in".
// MSAL keeps all of its browser state in sessionStorage here (docs/decisions/002): keys that start
// with "msal." (accounts, tokens, an interaction in progress, the response the redirect bridge
// stored for handleRedirectPromise), plus keys that name the client id (MSAL's own rule for
// what it owns: BrowserCacheManager.clear in @azure/msal-browser).

/** Entries that say nothing about a session: MSAL writes them at every initialize(), or leaves them after sign-out. */
function carriesNoSession(key: string, value: string): boolean {
  if (key === 'msal.version' || key.startsWith('msal.browser.')) return true;
  // The sign-out's answer (only `state`) that the redirect bridge stored stays behind once handled.
  if (key.endsWith('.urlHash')) return !hasAuthResponse(value, false);
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

/** A sign-in's answer: a code or an error (with `state`, when it must name the request it answers). */
function hasAuthResponse(fragmentOrQuery: string, needsState = true): boolean {
  const params = new URLSearchParams(fragmentOrQuery.replace(/^[#?]/, ''));
  return (params.has('state') || !needsState) && (params.has('code') || params.has('error'));
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
