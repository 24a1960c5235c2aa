// The English catalogue's words, as the admin reads them: tests find elements by these, so a
// rewording in the catalogue does not break a test that does not depend on the words, and a key
// that no longer exists fails the type check.
import type { ParseKeys } from 'i18next';
import { i18n } from '../i18n/i18n';

type Translate = (key: string, values?: Record<string, unknown>) => string;

export function en(key: ParseKeys, values?: Record<string, unknown>): string {
  return (i18n.getFixedT('en') as unknown as Translate)(key, values);
}

/** A catalogue message with its {{values}} left open: for messages whose values the page words itself. */
export function enPattern(key: ParseKeys): RegExp {
  const template = i18n.getResource('en', 'translation', key as string) as string;
  const escaped = template.split(/\{\{[^}]*\}\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('.+'));
}
