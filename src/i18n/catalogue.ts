// The shape every catalogue has: nested objects of i18next strings ({{name}} interpolation,
// `_one`/`_other` plural suffixes, `{{n, number}}` Intl formatting).
export interface Messages {
  [key: string]: string | Messages;
}

/** The catalogue's leaves as dotted keys, e.g. `app.header.signOut` → its text. */
export function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [k, v] of flatten(value, path)) flat.set(k, v);
  }
  return flat;
}

/**
 * The pseudo-locale (en-XA, never offered in the language menu): every English text inside ⟦ ⟧.
 * An e2e test renders every page in it; text outside the markers did not come through the
 * translation layer (e2e/i18n.spec.ts).
 */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

export function pseudoLocalize(messages: Messages): Messages {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [key, typeof value === 'string' ? `${PSEUDO_OPEN}${value}${PSEUDO_CLOSE}` : pseudoLocalize(value)]),
  );
}
