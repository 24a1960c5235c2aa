// Rendering messages that pure modules describe (MessageRef, zod issues) in the current language.
import type { TFunction } from 'i18next';
import type { z } from 'zod/mini';
import { answerMessageKey, answerMessageValues, type AnswerMessageKey } from '../setup/answers-schema';
import { validationEn } from '../setup/answers-messages.en';
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

let zeroArgumentKeys: Map<string, AnswerMessageKey> | null = null;

/** Type errors carry only an English message (answers-schema.ts): a catalogue text without values, found by it. */
function keyOfMessage(message: string): AnswerMessageKey | undefined {
  zeroArgumentKeys ??= new Map(
    Object.entries(validationEn).flatMap(([key, text]) => (typeof text === 'string' && !text.includes('{{') ? [[text, key as AnswerMessageKey]] : [])),
  );
  return zeroArgumentKeys.get(message);
}

/** The translation key of an issue raised by the answer schemas, when it has one. */
export function issueRef(issue: z.core.$ZodIssue): MessageRef | null {
  const key = answerMessageKey(issue) ?? keyOfMessage(issue.message);
  if (key === undefined) return null;
  const values = (issue.code === 'custom' ? issue.params?.['values'] : undefined) as MessageRef['values'];
  return { key: `validation.${key}`, ...(values ? { values } : {}) };
}

/** An answer rule's message in the current language (malformed stored state: its English message). */
export function translateIssue(t: TFunction, issue: z.core.$ZodIssue): string {
  const ref = issueRef(issue);
  return ref ? translate(t, ref) : issue.message;
}
