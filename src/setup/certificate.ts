// The SAML signing certificate as Graph returns it (`selfSignedCertificate.key`: base64 DER of the
// public certificate) turned into what the admin downloads and what the wizard verifies.

const PEM_LINE_LENGTH = 64;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const DER_SEQUENCE_TAG = 0x30;

/**
 * Checks that the text is standard base64 of a DER structure and returns it without whitespace
 * (line breaks and spaces are tolerated: a wrapped base64 body is still the same certificate).
 */
function parseBase64Der(base64: string): { compact: string; der: Uint8Array<ArrayBuffer> } {
  const compact = base64.replace(/\s+/g, '');
  if (compact === '' || compact.length % 4 !== 0 || !BASE64.test(compact)) {
    throw new Error('The certificate is not valid base64.');
  }
  const der = Uint8Array.from(atob(compact), (character) => character.charCodeAt(0));
  if (der[0] !== DER_SEQUENCE_TAG) {
    throw new Error('The base64 text is not a DER-encoded certificate.');
  }
  return { compact, der };
}

/** "Certificate (Base64)" as the Entra admin center downloads it: PEM with 64-character lines. */
export function pemFromBase64Der(base64: string): string {
  const { compact } = parseBase64Der(base64);
  const lines = compact.match(new RegExp(`.{1,${PEM_LINE_LENGTH}}`, 'g')) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/** SHA-1 of the DER bytes, uppercase hex: the form of Graph's `thumbprint`. */
export async function sha1Thumbprint(base64Der: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-1', parseBase64Der(base64Der).der);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

/**
 * Graph activates whatever thumbprint it is given (docs/graph/signing-certificate.md#activate-the-certificate), so the wizard checks it
 * against the certificate first. A `key` that is not a certificate does not verify anything: false.
 */
export async function verifyThumbprint(base64Der: string, thumbprint: string): Promise<boolean> {
  if (!/^[0-9a-f]{40}$/i.test(thumbprint)) return false;
  let actual: string;
  try {
    actual = await sha1Thumbprint(base64Der);
  } catch {
    return false;
  }
  return actual === thumbprint.toUpperCase();
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * `endDateTime` for addTokenSigningCertificate: `years` after `now`, less one day. Graph refuses an
 * end date more than 3 years out (docs/graph/signing-certificate.md#create-the-certificate) and measures it against its own clock when
 * the request arrives, which may be later than `now` (the review step) and ahead of the browser's
 * clock; a day of margin absorbs both. The day is taken from the calendar year, so 29 February
 * becomes 28 February in a year without one instead of rolling over into March.
 */
export function certificateEndDate(now: Date, years: 1 | 2 | 3): string {
  if (Number.isNaN(now.getTime())) throw new RangeError('certificateEndDate needs a valid date.');
  const year = now.getUTCFullYear() + years;
  const month = now.getUTCMonth();
  const lastDayOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const sameDayYearsLater = Date.UTC(
    year,
    month,
    Math.min(now.getUTCDate(), lastDayOfMonth),
    now.getUTCHours(),
    now.getUTCMinutes(),
    now.getUTCSeconds(),
    now.getUTCMilliseconds(),
  );
  return new Date(sameDayYearsLater - DAY_MS).toISOString();
}

const FILE_NAME_MAX_LENGTH = 100;
const FALLBACK_FILE_NAME = 'SAML signing certificate';
/** Device names Windows will not use as a file name, whatever the extension. */
const WINDOWS_RESERVED_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * A `.cer` file name from the app's display name, safe on Windows, macOS and Linux: each run of
 * characters that paths or Windows reject (with the spaces around it) becomes one `-`, and no
 * leading or trailing dots, dashes or spaces remain (Windows strips trailing ones, a leading dot
 * hides the file on macOS and Linux).
 */
export function certificateFileName(appName: string): string {
  const replaced = appName
    .normalize('NFC')
    .replace(/(?:\s*[\p{Cc}\p{Cf}\u2028\u2029<>:"/\\|?*])+\s*/gu, '-')
    .replace(/\s+/gu, ' ');
  // Cut by code points so a surrogate pair (an emoji) is never split in half.
  let base = Array.from(replaced)
    .slice(0, FILE_NAME_MAX_LENGTH)
    .join('')
    .replace(/^[\s.-]+|[\s.-]+$/gu, '');
  if (base === '') base = FALLBACK_FILE_NAME;
  if (WINDOWS_RESERVED_NAME.test(base)) base = `${base} certificate`;
  return `${base}.cer`;
}
