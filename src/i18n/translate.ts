// Rendering messages that pure modules describe (MessageRef, zod issues) in the current language.
import type { TFunction } from 'i18next';
import type { z } from 'zod/mini';
import { answerIssueRef, answerMessageValues } from '../setup/answers-schema';
import type { MessageRef } from '../setup/message-ref';

/** t() for keys built at run time (checked by the catalogue tests instead of the compiler). */
export type DynamicT = (key: string, values?: Record<string, unknown>) => string;

export function dynamic(t: TFunction): DynamicT {
  return t as unknown as DynamicT;
}

/** A MessageRef in the current language; nested messages are rendered first. */
export function translate(t: TFunction, ref: MessageRef): string {
  const tr = dynamic(t);
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(ref.values ?? {})) values[name] = typeof value === 'object' ? translate(t, value) : value;
  const [feature, ...rest] = ref.key.split('.');
  return tr(
    ref.key,
    feature === 'validation' ? answerMessageValues(rest.join('.'), values, (key, description) => tr(`validation.${key}`, description)) : values,
  );
}

/** zod's own issues (malformed stored state: a number where a string belongs) name no entry of ours. */
const MALFORMED: MessageRef = { key: 'validation.malformed' };

/** An issue of the answer schemas as a message: its rule's entry, or `validation.malformed` for one without. */
export function issueRef(issue: z.core.$ZodIssue): MessageRef {
  return answerIssueRef(issue) ?? MALFORMED;
}

/** An answer rule's message in the current language. */
export function translateIssue(t: TFunction, issue: z.core.$ZodIssue): string {
  return translate(t, issueRef(issue));
}
