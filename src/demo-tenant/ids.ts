// Object ids. Seeded objects get stable GUIDs derived from a label (so tests can name them);
// objects created at run time get GUIDs from the tenant's injectable random source.

const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: unknown): value is string {
  return typeof value === 'string' && GUID_PATTERN.test(value);
}

export const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';

function formatGuid(bytes: Uint8Array): string {
  // RFC 4122 version 4 / variant 1 bits, so the ids look like the ones Entra hands out.
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** FNV-1a over the label with four different offsets: 128 stable bits per label. */
export function stableGuid(label: string): string {
  const bytes = new Uint8Array(16);
  const offsets = [0x811c9dc5, 0x050c5d1f, 0x1b873593, 0x6a09e667];
  offsets.forEach((offset, lane) => {
    let hash = offset >>> 0;
    for (const char of `${lane}:${label}`) {
      hash ^= char.codePointAt(0) ?? 0;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    bytes[lane * 4] = hash >>> 24;
    bytes[lane * 4 + 1] = (hash >>> 16) & 0xff;
    bytes[lane * 4 + 2] = (hash >>> 8) & 0xff;
    bytes[lane * 4 + 3] = hash & 0xff;
  });
  return formatGuid(bytes);
}

export function randomGuid(random: () => number): string {
  const bytes = new Uint8Array(16);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(random() * 256) & 0xff;
  return formatGuid(bytes);
}

const BASE64URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** appRoleAssignment ids are 43-character base64url strings in Graph, not GUIDs. */
export function randomAssignmentId(random: () => number): string {
  let id = '';
  for (let i = 0; i < 43; i += 1) id += BASE64URL_ALPHABET[Math.floor(random() * 64) & 63];
  return id;
}

/** A small deterministic PRNG (mulberry32), handy for tests that want repeatable ids. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
