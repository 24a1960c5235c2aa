import { describe, expect, it } from 'vitest';
import { msalHasStateToHandle } from './msal-state';

const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const NO_URL_RESPONSE = { hash: '', search: '' };

function storage(entries: Record<string, string>): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (index) => [...map.keys()][index] ?? null,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
    clear: () => map.clear(),
  };
}

describe('msalHasStateToHandle: MSAL loads at boot only when it has something to handle', () => {
  it('not in a fresh tab, nor with only the entries MSAL writes at every start or leaves after sign-out', () => {
    expect(msalHasStateToHandle(CLIENT_ID, NO_URL_RESPONSE, storage({}))).toBe(false);
    expect(
      msalHasStateToHandle(
        CLIENT_ID,
        NO_URL_RESPONSE,
        storage({
          'msal.version': '5.30.0',
          'msal.browser.log.level': '3',
          'msal.3.account.keys': '[]',
          [`msal.3.token.keys.${CLIENT_ID}`]: '{"idToken":[],"accessToken":[],"refreshToken":[]}',
          [`msal.${CLIENT_ID}.urlHash`]: 'state=eyJpZCI6IjAxYTIxODlj',
          'tmes-sso-wizard.presets': '{"version":1,"query":"region=eu"}',
        }),
      ),
    ).toBe(false);
  });

  it('for a signed-in session: accounts or tokens in the cache', () => {
    expect(msalHasStateToHandle(CLIENT_ID, NO_URL_RESPONSE, storage({ 'msal.3.account.keys': '["msal.3|uid.utid|login.microsoftonline.com|utid"]' }))).toBe(
      true,
    );
    expect(
      msalHasStateToHandle(CLIENT_ID, NO_URL_RESPONSE, storage({ 'msal.3|uid.utid|login.microsoftonline.com|idtoken|x|y||': '{"credentialType":"IdToken"}' })),
    ).toBe(true);
  });

  it('for a sign-in or sign-out coming back through the redirect bridge, or one in progress', () => {
    expect(msalHasStateToHandle(CLIENT_ID, NO_URL_RESPONSE, storage({ 'msal.interaction.status': `{"clientId":"${CLIENT_ID}","type":"signin"}` }))).toBe(true);
    expect(msalHasStateToHandle(CLIENT_ID, NO_URL_RESPONSE, storage({ [`msal.${CLIENT_ID}.urlHash`]: 'code=abc&state=xyz' }))).toBe(true);
  });

  it('for an authorization response in the address itself', () => {
    expect(msalHasStateToHandle(CLIENT_ID, { hash: '#code=abc&state=xyz', search: '' }, storage({}))).toBe(true);
    expect(msalHasStateToHandle(CLIENT_ID, { hash: '', search: '?error=access_denied&state=xyz' }, storage({}))).toBe(true);
    // A support link's parameters are not MSAL's.
    expect(msalHasStateToHandle(CLIENT_ID, { hash: '', search: '?region=eu&cmpId=contoso' }, storage({}))).toBe(false);
  });

  it('when storage cannot be read: MSAL decides', () => {
    const blocked = storage({});
    Object.defineProperty(blocked, 'length', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    expect(msalHasStateToHandle(CLIENT_ID, NO_URL_RESPONSE, blocked)).toBe(true);
  });
});
