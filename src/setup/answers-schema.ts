// Validation of the wizard's answers: one schema per step, composed into `answersSchema`.
//
// Messages: every issue these schemas raise names its entry of the `validation` catalogue (English
// in answers-messages.en.ts, Japanese in answers-messages.ja.ts) and carries no words: its
// `message` is the key (`validation.<key>`), and a rule's issue also has `params` `{ messageKey,
// values }`, the values the entry is written with. The UI renders it in the admin's language
// through src/i18n/translate.ts (translateIssue), which prepares the values with
// answerMessageValues; tests render it through the English catalogue the same way. Type errors on
// malformed stored state (a number where a string belongs) name their rule's entry too.
//
// Nothing is trimmed or normalised silently: a value that would be written to Graph or typed
// again on the Trend Micro console differently from what the admin sees is rejected, and the
// message says why.

import './zod-config'; // before any schema is built
import { z } from 'zod/mini';
import { isDefaultSamlClaimName, isRestrictedClaimName, USER_SOURCE_ATTRIBUTES, DEFAULT_GROUP_CLAIM_NAME } from './claims';
import { CMP_ID_MAX_LENGTH, REGION_CODES } from './regions';
import type { Answers } from './types';
import type { validationEn } from './answers-messages.en';
import type { MessageRef } from './message-ref';

/**
 * Graph's `displayName` limit for the application. Lengths here are counted as Graph counts them,
 * in UTF-16 code units (`string.length`).
 */
const APP_NAME_MAX_LENGTH = 256;
/**
 * Entra documents no limit for a custom claim name, and the same name must be typed into the
 * Trend Micro SSO profile; 128 comfortably holds a URI-style name such as
 * `http://schemas.example.com/claims/euc_email` while catching pasted garbage.
 */
const CLAIM_NAME_MAX_LENGTH = 128;
/** The Entra admin center accepts up to five notification addresses (docs/graph/call-order.md#expiry-notifications). */
export const NOTIFICATION_EMAILS_MAX = 5;
/** RFC 5280's upper bound for a common name (ub-common-name). */
const COMMON_NAME_MAX_LENGTH = 64;

export const DEFAULT_APP_NAME = 'Trend Micro Email Security End User Console';
/** The subject the Entra admin center gives the certificates it creates. */
export const DEFAULT_CERTIFICATE_COMMON_NAME = 'Microsoft Azure Federated SSO Certificate';

/** The values each rule's message is written with (rules whose message has none are not listed). */
interface AnswerMessageValues {
  appNameTooLong: { length: number };
  invisibleCharacter: { character: string };
  principalDuplicate: { displayName: string };
  cmpIdCharacter: { character: string };
  cmpIdNonAsciiCharacter: { character: string };
  cmpIdTooLong: { length: number };
  claimNameCharacter: { character: string };
  claimNameTooLong: { length: number };
  claimNameRestricted: { name: string };
  groupClaimNameTakenByDefaultClaim: { name: string };
  notificationEmailsTooMany: { count: number };
  notificationEmailHasSpace: { address: string };
  notificationEmailInvalid: { address: string };
  notificationEmailDuplicate: { address: string };
  commonNameCharacter: { character: string };
  commonNameTooLong: { length: number };
}

type CatalogueKey = keyof typeof validationEn extends infer K ? (K extends `${infer Base}_${'one' | 'other'}` ? Base : K) : never;
/**
 * A rule's message: a key of the `validation` catalogue (answers-messages.en.ts). `malformed` is
 * no rule's: the translation layer words an issue that names no entry with it.
 */
export type AnswerMessageKey = Exclude<CatalogueKey, 'describeCharacter' | 'malformed'>;
type MessageArgs<K extends AnswerMessageKey> = K extends keyof AnswerMessageValues ? [values: AnswerMessageValues[K]] : [];

/** The limits the messages state, from the constants the rules check. */
const LIMITS: Partial<Record<AnswerMessageKey, number>> = {
  appNameTooLong: APP_NAME_MAX_LENGTH,
  cmpIdTooLong: CMP_ID_MAX_LENGTH,
  claimNameTooLong: CLAIM_NAME_MAX_LENGTH,
  notificationEmailsTooMany: NOTIFICATION_EMAILS_MAX,
  commonNameTooLong: COMMON_NAME_MAX_LENGTH,
};

/** Values quoted in the messages, cut short when long. */
const QUOTED = ['displayName', 'name', 'address'];

/** Words a character in a message's language: `describeCharacter.<kind>` of the `validation` catalogue. */
export type DescribeCharacter = (key: `describeCharacter.${CharacterDescription['kind']}`, description: CharacterDescription) => string;

/**
 * What a rule's message is written with, from the issue's own `values`: the character named by
 * `describe`, quoted values shortened, the limit the rule checks. The translation layer
 * (src/i18n/translate.ts) prepares values here for every language, so the issue carries only what
 * the rule found.
 */
export function answerMessageValues(key: string, values: Readonly<Record<string, unknown>>, describe: DescribeCharacter): Record<string, unknown> {
  const prepared = { ...values };
  if (typeof prepared['character'] === 'string') {
    const description = characterDescription(prepared['character']);
    prepared['character'] = describe(`describeCharacter.${description.kind}`, description);
  }
  for (const name of QUOTED) {
    const value = prepared[name];
    if (typeof value === 'string') prepared[name] = shortenedForMessage(value);
  }
  const max = LIMITS[key as AnswerMessageKey];
  if (max !== undefined) prepared['max'] = max;
  return prepared;
}

/** An issue's message: its rule's entry of the `validation` catalogue, never words. */
function issueMessage(key: AnswerMessageKey): `validation.${AnswerMessageKey}` {
  return `validation.${key}`;
}

/** What a superRefine callback receives: the value's context, to report issues on. */
type RefinementCtx = z.core.$RefinementCtx;

interface AnswerIssueParams {
  messageKey: AnswerMessageKey;
  values: MessageArgs<AnswerMessageKey>[0];
}

const KEY_PREFIX = 'validation.';

/** The message key of an issue raised by these schemas (a rule's `params`, else a type error's `message`). */
export function answerMessageKey(issue: z.core.$ZodIssue): AnswerMessageKey | undefined {
  const key: unknown = issue.code === 'custom' ? issue.params?.['messageKey'] : undefined;
  if (typeof key === 'string') return key as AnswerMessageKey;
  return issue.message.startsWith(KEY_PREFIX) ? (issue.message.slice(KEY_PREFIX.length) as AnswerMessageKey) : undefined;
}

/**
 * An issue of these schemas as a message for the translation layer (`validation.<key>` with the
 * rule's values); undefined for an issue that names no entry (zod's own, e.g. an unknown key).
 */
export function answerIssueRef(issue: z.core.$ZodIssue): MessageRef | undefined {
  const key = answerMessageKey(issue);
  if (key === undefined) return undefined;
  const values = (issue.code === 'custom' ? issue.params?.['values'] : undefined) as MessageRef['values'];
  return { key: issueMessage(key), ...(values ? { values } : {}) };
}

function report<K extends AnswerMessageKey>(ctx: RefinementCtx, path: PropertyKey[], key: K, ...values: MessageArgs<K>): void {
  const params: AnswerIssueParams = { messageKey: key, values: values[0] };
  ctx.addIssue({ code: 'custom', message: issueMessage(key), params, path });
}

// ---- shared character rules ----------------------------------------------------------------

/**
 * C0/C1 controls, line and paragraph separators, and the bidirectional overrides that make text
 * display differently from what it is ("Trojan Source"). Joiners (U+200C/U+200D) stay allowed:
 * some scripts and emoji need them.
 */
const INVISIBLE_CHARACTER = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
const SURROUNDING_SPACE = /^\s|\s$/u;
const CMP_ID_CHARACTER = /[A-Za-z0-9_-]/;
/** RFC 3986 unreserved and reserved characters plus `%`: what a URI-style claim name may contain. */
const CLAIM_NAME_CHARACTER = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/;
/** Characters with a special meaning in an X.500 distinguished name (RFC 4514 §2.4). */
const X500_SPECIAL_CHARACTER = /[,=+<>#;\\"]/;

function firstCharacterNotMatching(value: string, allowed: RegExp): string | undefined {
  for (const character of value) {
    if (!allowed.test(character)) return character;
  }
  return undefined;
}

function firstCharacterMatching(value: string, pattern: RegExp): string | undefined {
  for (const character of value) {
    if (pattern.test(character)) return character;
  }
  return undefined;
}

function isInvisible(character: string): boolean {
  return /\s/u.test(character) || INVISIBLE_CHARACTER.test(character) || /\p{Cf}/u.test(character);
}

type CharacterDescription = { kind: 'space' } | { kind: 'invisible'; codePoint: string } | { kind: 'visible'; character: string };

/** How a message names a character so that an admin can find it: invisible ones by code point. */
function characterDescription(character: string): CharacterDescription {
  if (character === ' ') return { kind: 'space' };
  if (isInvisible(character)) {
    return { kind: 'invisible', codePoint: (character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0') };
  }
  return { kind: 'visible', character };
}

const QUOTED_VALUE_MAX_LENGTH = 80;

/** A value quoted in a message, cut short when it is long. */
function shortenedForMessage(value: string): string {
  const characters = Array.from(value);
  return characters.length > QUOTED_VALUE_MAX_LENGTH ? `${characters.slice(0, QUOTED_VALUE_MAX_LENGTH - 1).join('')}…` : value;
}

function equalsIgnoringCase(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

// ---- application name ----------------------------------------------------------------------

export const appNameSchema = z.string({ error: issueMessage('appNameRequired') }).check(
  z.superRefine((appName, ctx) => {
    if (appName.trim() === '') return report(ctx, [], 'appNameRequired');
    if (SURROUNDING_SPACE.test(appName)) report(ctx, [], 'appNameSurroundingSpace');
    const invisible = firstCharacterMatching(appName, INVISIBLE_CHARACTER);
    if (invisible !== undefined) report(ctx, [], 'invisibleCharacter', { character: invisible });
    if (appName.length > APP_NAME_MAX_LENGTH) report(ctx, [], 'appNameTooLong', { length: appName.length });
  }),
);

// ---- users and groups ----------------------------------------------------------------------

/** Directory object ids are GUIDs; anything else would be sent to Graph as a principalId. */
const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const chosenPrincipalSchema = z
  .object(
    {
      id: z.string({ error: issueMessage('principalInvalid') }),
      kind: z.enum(['user', 'group'], { error: issueMessage('principalInvalid') }),
      displayName: z.string({ error: issueMessage('principalInvalid') }),
      detail: z.optional(z.string({ error: issueMessage('principalInvalid') })),
    },
    { error: issueMessage('principalInvalid') },
  )
  .check(
    z.superRefine((principal, ctx) => {
      if (!OBJECT_ID.test(principal.id)) report(ctx, ['id'], 'principalInvalid');
    }),
  );

export const principalsSchema = z.array(chosenPrincipalSchema, { error: issueMessage('principalsRequired') }).check(
  z.superRefine((principals, ctx) => {
    if (principals.length === 0) return report(ctx, [], 'principalsRequired');
    const seen = new Set<string>();
    principals.forEach((principal, index) => {
      const id = principal.id.toLowerCase();
      if (seen.has(id)) report(ctx, [index], 'principalDuplicate', { displayName: principal.displayName });
      seen.add(id);
    });
  }),
);

// ---- region and unique identifier ----------------------------------------------------------

export const regionSchema = z.enum(REGION_CODES, { error: issueMessage('regionRequired') });

export const cmpIdSchema = z.string({ error: issueMessage('cmpIdRequired') }).check(
  z.superRefine((cmpId, ctx) => {
    if (cmpId === '') return report(ctx, [], 'cmpIdRequired');
    const offending = firstCharacterNotMatching(cmpId, CMP_ID_CHARACTER);
    if (offending !== undefined) {
      const isPrintableNonAscii = (offending.codePointAt(0) ?? 0) > 0x7f && !isInvisible(offending);
      report(ctx, [], isPrintableNonAscii ? 'cmpIdNonAsciiCharacter' : 'cmpIdCharacter', { character: offending });
    }
    if (cmpId.length > CMP_ID_MAX_LENGTH) report(ctx, [], 'cmpIdTooLong', { length: cmpId.length });
  }),
);

// ---- claims --------------------------------------------------------------------------------

function checkClaimName(name: string, ctx: RefinementCtx): void {
  if (name === '') return report(ctx, [], 'claimNameRequired');
  const offending = firstCharacterNotMatching(name, CLAIM_NAME_CHARACTER);
  if (offending !== undefined) report(ctx, [], 'claimNameCharacter', { character: offending });
  if (name.length > CLAIM_NAME_MAX_LENGTH) report(ctx, [], 'claimNameTooLong', { length: name.length });
  if (isRestrictedClaimName(name)) report(ctx, [], 'claimNameRestricted', { name });
}

export const identityClaimNameSchema = z.string({ error: issueMessage('claimNameRequired') }).check(z.superRefine((name, ctx) => checkClaimName(name, ctx)));

export const groupClaimNameSchema = z.string({ error: issueMessage('claimNameRequired') }).check(
  z.superRefine((name, ctx) => {
    // The default name is in the restricted set, but for a group claim the useful answer is that
    // the admin wants the other option, not that the name is forbidden.
    if (equalsIgnoringCase(name, DEFAULT_GROUP_CLAIM_NAME)) return report(ctx, [], 'groupClaimNameIsDefault');
    checkClaimName(name, ctx);
    if (isDefaultSamlClaimName(name)) report(ctx, [], 'groupClaimNameTakenByDefaultClaim', { name });
  }),
);

export const identityClaimSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('default') }),
    z.object({
      kind: z.literal('custom'),
      name: identityClaimNameSchema,
      sourceAttribute: z.enum(USER_SOURCE_ATTRIBUTES, { error: issueMessage('identityClaimSourceRequired') }),
    }),
  ],
  { error: issueMessage('claimOptionRequired') },
);

const groupScopeSchema = z.enum(['SecurityGroup', 'ApplicationGroup'], {
  error: issueMessage('groupClaimGroupsRequired'),
});

export const groupClaimSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('none') }),
    z.object({ kind: z.literal('default-name'), groups: groupScopeSchema }),
    z.object({ kind: z.literal('custom-name'), name: groupClaimNameSchema, groups: groupScopeSchema }),
  ],
  { error: issueMessage('claimOptionRequired') },
);

function checkClaimNamesDiffer({ identityClaim, groupClaim }: Pick<Answers, 'identityClaim' | 'groupClaim'>, ctx: RefinementCtx): void {
  if (identityClaim.kind !== 'custom' || groupClaim.kind !== 'custom-name') return;
  if (identityClaim.name === '' || !equalsIgnoringCase(identityClaim.name, groupClaim.name)) return;
  report(ctx, ['groupClaim', 'name'], 'groupClaimSameAsIdentityClaim');
}

// ---- signing certificate -------------------------------------------------------------------

const EMAIL_ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const EMAIL_DOMAIN_LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
/**
 * A practical subset of RFC 5321 addresses: dot-atom local part, a domain of at least two labels
 * with an alphabetic top-level label. Quoted local parts, IP-literal domains and non-ASCII
 * addresses are refused: Entra's notification mail is not worth the risk for them.
 */
const EMAIL_ADDRESS = new RegExp(`^${EMAIL_ATOM}(?:\\.${EMAIL_ATOM})*@(?:${EMAIL_DOMAIN_LABEL}\\.)+[A-Za-z]{2,63}$`);
const EMAIL_LOCAL_PART_MAX_LENGTH = 64;
const EMAIL_ADDRESS_MAX_LENGTH = 254;

function isValidEmailAddress(address: string): boolean {
  const localPart = address.slice(0, address.lastIndexOf('@'));
  return EMAIL_ADDRESS.test(address) && localPart.length <= EMAIL_LOCAL_PART_MAX_LENGTH && address.length <= EMAIL_ADDRESS_MAX_LENGTH;
}

export const notificationEmailsSchema = z
  .array(z.string({ error: issueMessage('notificationEmailEmpty') }), {
    error: issueMessage('notificationEmailsRequired'),
  })
  .check(
    z.superRefine((addresses, ctx) => {
      if (addresses.length === 0) return report(ctx, [], 'notificationEmailsRequired');
      if (addresses.length > NOTIFICATION_EMAILS_MAX) {
        report(ctx, [], 'notificationEmailsTooMany', { count: addresses.length });
      }
      const seen = new Set<string>();
      addresses.forEach((address, index) => {
        if (address.trim() === '') return report(ctx, [index], 'notificationEmailEmpty');
        if (/\s/u.test(address)) return report(ctx, [index], 'notificationEmailHasSpace', { address });
        if (!isValidEmailAddress(address)) return report(ctx, [index], 'notificationEmailInvalid', { address });
        const lowerCase = address.toLowerCase();
        if (seen.has(lowerCase)) return report(ctx, [index], 'notificationEmailDuplicate', { address });
        seen.add(lowerCase);
      });
    }),
  );

export const validityYearsSchema = z.literal([1, 2, 3], { error: issueMessage('validityYearsInvalid') });

export const commonNameSchema = z.string({ error: issueMessage('commonNameRequired') }).check(
  z.superRefine((commonName, ctx) => {
    if (commonName.trim() === '') return report(ctx, [], 'commonNameRequired');
    if (/^\s*cn\s*=/i.test(commonName)) return report(ctx, [], 'commonNameHasPrefix');
    if (SURROUNDING_SPACE.test(commonName)) report(ctx, [], 'commonNameSurroundingSpace');
    const invisible = firstCharacterMatching(commonName, INVISIBLE_CHARACTER);
    if (invisible !== undefined) report(ctx, [], 'invisibleCharacter', { character: invisible });
    const special = firstCharacterMatching(commonName, X500_SPECIAL_CHARACTER);
    if (special !== undefined) report(ctx, [], 'commonNameCharacter', { character: special });
    if (commonName.length > COMMON_NAME_MAX_LENGTH) report(ctx, [], 'commonNameTooLong', { length: commonName.length });
  }),
);

export const certificateAnswersSchema = z.object({
  notificationEmails: notificationEmailsSchema,
  validityYears: validityYearsSchema,
  commonName: commonNameSchema,
});

// ---- steps and the whole ---------------------------------------------------------------------

export const appNameStepSchema = z.object({ appName: appNameSchema });
export const principalsStepSchema = z.object({ principals: principalsSchema });
export const regionStepSchema = z.object({ region: regionSchema, cmpId: cmpIdSchema });
export const claimsStepSchema = z.object({ identityClaim: identityClaimSchema, groupClaim: groupClaimSchema }).check(z.superRefine(checkClaimNamesDiffer));
const certificateStepSchema = z.object({ certificate: certificateAnswersSchema });

export const answersSchema = z
  .object({
    ...appNameStepSchema.shape,
    ...principalsStepSchema.shape,
    ...regionStepSchema.shape,
    ...claimsStepSchema.shape,
    ...certificateStepSchema.shape,
  })
  .check(z.superRefine(checkClaimNamesDiffer));

/**
 * Starting answers. The region defaults to 'us' only because `Answers` needs one: the region step
 * asks the admin to confirm it (or a deep link's preset) before going on. The admin's address is
 * used for expiry notices only if it is a valid address (an ID token's username may be a UPN
 * without a mailbox, but it usually is one).
 */
export function defaultAnswers(opts: { adminEmail?: string } = {}): Answers {
  const { adminEmail } = opts;
  return {
    appName: DEFAULT_APP_NAME,
    principals: [],
    region: 'us',
    cmpId: '',
    identityClaim: { kind: 'default' },
    groupClaim: { kind: 'none' },
    certificate: {
      notificationEmails: adminEmail !== undefined && isValidEmailAddress(adminEmail) ? [adminEmail] : [],
      validityYears: 3,
      commonName: DEFAULT_CERTIFICATE_COMMON_NAME,
    },
  };
}

// 32 symbols (Crockford's base32 alphabet: no i, l, o, u) so a random byte maps to one symbol
// without modulo bias, and a cmpId read aloud over the phone is not misheard.
const CMP_ID_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const CMP_ID_RANDOM_LENGTH = 8;

/** Fills the array with random bytes, like `crypto.getRandomValues`. */
export type RandomFill = (bytes: Uint8Array<ArrayBuffer>) => unknown;

// Wrapped, not passed as `crypto.getRandomValues` itself: called without `this` it throws
// "Illegal invocation" in browsers and ERR_INVALID_THIS in Node.
const cryptoRandomFill: RandomFill = (bytes) => crypto.getRandomValues(bytes);

/** A readable random unique identifier such as `tmes-7k3q9x2m` (40 bits of randomness). */
export function generateCmpId(random: RandomFill = cryptoRandomFill): string {
  const bytes = new Uint8Array(CMP_ID_RANDOM_LENGTH);
  random(bytes);
  const suffix = Array.from(bytes, (byte) => CMP_ID_ALPHABET[byte % CMP_ID_ALPHABET.length]).join('');
  return `tmes-${suffix}`;
}
