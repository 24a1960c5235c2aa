// The English catalogue's words, as the admin reads them: tests find elements by these, so a
// rewording in the catalogue does not break a test that does not depend on the words, and a key
// that no longer exists fails the type check.
import type { ParseKeys } from 'i18next';
import type { z } from 'zod/mini';
import { i18n } from '../i18n/i18n';
import { translate, translateIssue } from '../i18n/translate';
import type { MessageRef } from '../setup/message-ref';

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

/** A pure module's message reference in English, as the page renders it (the English catalogue loaded). */
export function enRef(ref: MessageRef): string {
  return translate(i18n.getFixedT('en'), ref);
}

/** An issue of the answer schemas in English, as the page renders it (the English catalogue loaded). */
export function enIssue(issue: z.core.$ZodIssue): string {
  return translateIssue(i18n.getFixedT('en'), issue);
}
