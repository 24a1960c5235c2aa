// English from an English catalogue, for what pure modules word without the translation layer: logs,
// the JSON report, unit tests. The catalogue's format is i18next's (`{{name}}`, `{{count, number}}`,
// `key_one` / `key_other` chosen by `count`, `a.b` for a nested entry); src/i18n/catalogues.test.ts
// renders every key both ways and requires the same text.

/** A catalogue: key → English template, or a group of them (reached as `group.key`). */
export interface EnglishCatalogue {
  readonly [key: string]: string | EnglishCatalogue;
}

export type MessageValues = Readonly<Record<string, string | number | null | undefined>>;

const number = new Intl.NumberFormat('en');

/** The text of `key` with its values filled in; an unknown key reads as the key (as i18next does). */
export function englishText(catalogue: EnglishCatalogue, key: string, values: MessageValues = {}): string {
  const count = values['count'];
  const plural = typeof count === 'number' ? entry(catalogue, `${key}_${count === 1 ? 'one' : 'other'}`) : undefined;
  const template = plural ?? entry(catalogue, key) ?? key;
  return template.replace(/\{\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?\}\}/g, (whole, name: string, format: string | undefined) => {
    const value = values[name];
    if (value === undefined || value === null) return whole;
    return format === 'number' && typeof value === 'number' ? number.format(value) : String(value);
  });
}

function entry(catalogue: EnglishCatalogue, key: string): string | undefined {
  let found: string | EnglishCatalogue | undefined = catalogue;
  for (const part of key.split('.')) found = typeof found === 'object' ? found[part] : undefined;
  return typeof found === 'string' ? found : undefined;
}
