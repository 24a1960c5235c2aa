// Rendering messages that pure modules describe (MessageRef, zod issues) in the current language.
import type { TFunction } from 'i18next';
import type { z } from 'zod/mini';
import {
  answerMessageKey,
  answerMessages,
  characterDescription,
  shortenedForMessage,
  APP_NAME_MAX_LENGTH,
  CLAIM_NAME_MAX_LENGTH,
  COMMON_NAME_MAX_LENGTH,
  NOTIFICATION_EMAILS_MAX,
  type AnswerMessageKey,
} from '../setup/answers-schema';
import { CMP_ID_MAX_LENGTH } from '../setup/regions';
import type { MessageRef } from '../setup/message-ref';

/** t() for keys built at run time (checked by the catalogue tests instead of the compiler). */
export type DynamicT = (key: string, values?: Record<string, unknown>) => string;

export function dynamic(t: TFunction): DynamicT {
  return t as unknown as DynamicT;
}

/** The limits the English messages state from constants (answers-schema.ts). */
const LIMITS: Partial<Record<AnswerMessageKey, number>> = {
  appNameTooLong: APP_NAME_MAX_LENGTH,
  cmpIdTooLong: CMP_ID_MAX_LENGTH,
  claimNameTooLong: CLAIM_NAME_MAX_LENGTH,
  notificationEmailsTooMany: NOTIFICATION_EMAILS_MAX,
  commonNameTooLong: COMMON_NAME_MAX_LENGTH,
};

/** Values quoted in the messages: shortened as the English messages shorten them. */
const QUOTED = ['displayName', 'name', 'address'];

function validationValues(t: DynamicT, key: string, values: Record<string, unknown>): Record<string, unknown> {
  const prepared = { ...values };
  if (typeof prepared['character'] === 'string') {
    const description = characterDescription(prepared['character']);
    prepared['character'] = t(`validation.describeCharacter.${description.kind}`, description);
  }
  for (const name of QUOTED) {
    const value = prepared[name];
    if (typeof value === 'string') prepared[name] = shortenedForMessage(value);
  }
  const max = LIMITS[key as AnswerMessageKey];
  if (max !== undefined) prepared['max'] = max;
  return prepared;
}

/** A MessageRef in the current language; nested messages are rendered first. */
export function translate(t: TFunction, ref: MessageRef): string {
  const tr = dynamic(t);
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(ref.values ?? {})) values[name] = typeof value === 'object' ? translate(t, value) : value;
  const [feature, ...rest] = ref.key.split('.');
  return tr(ref.key, feature === 'validation' ? validationValues(tr, rest.join('.'), values) : values);
}

let zeroArgumentKeys: Map<string, AnswerMessageKey> | null = null;

/** Type errors carry only an English message (answers-schema.ts); the argument-free ones are found by it. */
function keyOfMessage(message: string): AnswerMessageKey | undefined {
  zeroArgumentKeys ??= new Map(
    (Object.keys(answerMessages) as AnswerMessageKey[])
      .filter((key) => answerMessages[key].length === 0)
      .map((key) => [(answerMessages[key] as () => string)(), key]),
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
