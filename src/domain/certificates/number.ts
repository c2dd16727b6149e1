// Certificate numbers: 75 random bits in Crockford base32 with a check character, e.g.
// KB-9W4T-7QXM-2H8R-CJ5A. Random rather than sequential so a number says nothing about who else took
// the course; the check character (ISO 7064 hybrid MOD 33,32) catches every single mistyped character.
import { text } from '../messages/index.js';
import { type ParseResult, refused } from '../parse-result.js';

export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DIGITS = 15;
/** The number's bits, as stored inside a signed certificate. */
export const NUMBER_BYTES = 10;
const PREFIX = 'KB';

function checkValue(values: readonly number[]): number {
  let p = 32;
  for (const v of values) {
    let s = (p + v) % 32;
    if (s === 0) s = 32;
    p = (2 * s) % 33;
  }
  return (((1 - p) % 32) + 32) % 32;
}

function format(values: readonly number[]): string {
  const text = [...values, checkValue(values)].map((v) => CROCKFORD[v]).join('');
  return `${PREFIX}-${text.slice(0, 4)}-${text.slice(4, 8)}-${text.slice(8, 12)}-${text.slice(12)}`;
}

/** A number from 10 random bytes (the top 5 bits are dropped). */
export function certificateNumberFromBytes(bytes: Uint8Array): string {
  if (bytes.length !== NUMBER_BYTES) throw new Error(`expected ${NUMBER_BYTES} bytes, got ${bytes.length}`);
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  n &= (1n << BigInt(DIGITS * 5)) - 1n;
  return format(digitsOf(n));
}

function digitsOf(n: bigint): number[] {
  const values: number[] = [];
  for (let i = DIGITS - 1; i >= 0; i--) values.push(Number((n >> BigInt(i * 5)) & 31n));
  return values;
}

/** The 10 bytes a number stands for (inverse of certificateNumberFromBytes for canonical numbers). */
export function certificateNumberBytes(number: string): Uint8Array {
  const parsed = parseCertificateNumber(number);
  if (!parsed.ok) throw new Error(parsed.error);
  let n = 0n;
  for (const ch of parsed.value.replace(/^KB-/, '').replaceAll('-', '').slice(0, DIGITS))
    n = (n << 5n) | BigInt(CROCKFORD.indexOf(ch));
  const bytes = new Uint8Array(NUMBER_BYTES);
  for (let i = NUMBER_BYTES - 1; i >= 0; i--) {
    bytes[i] = Number(n & 0xffn);
    n >>= 8n;
  }
  return bytes;
}

/** The number for bytes read from a signed certificate; refuses bytes no number produces. */
export function certificateNumberFromStoredBytes(bytes: Uint8Array): ParseResult<string> {
  if (bytes.length !== NUMBER_BYTES || (bytes[0]! & 0xf8) !== 0)
    return refused(text('certificate-number.malformed'));
  return { ok: true, value: certificateNumberFromBytes(bytes) };
}

/**
 * A number as people type it: any case, with or without the KB- prefix, dashes or spaces; O is read as
 * 0 and I or L as 1 (Crockford's rule). Returns the canonical form.
 */
export function parseCertificateNumber(input: string): ParseResult<string> {
  const compact = input
    .trim()
    .toUpperCase()
    .replace(/^KB[-\s]?/, '')
    .replace(/[-\s]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (compact.length !== DIGITS + 1) {
    return refused(text('certificate-number.length', { value: input.trim() }));
  }
  const values = [...compact].map((ch) => CROCKFORD.indexOf(ch));
  const bad = values.findIndex((v) => v < 0);
  if (bad >= 0) {
    return refused(
      text('certificate-number.bad-character', { value: input.trim(), character: compact[bad] ?? '' }),
    );
  }
  const digits = values.slice(0, DIGITS);
  if (checkValue(digits) !== values[DIGITS]) {
    return refused(text('certificate-number.check', { value: input.trim() }));
  }
  return { ok: true, value: format(digits) };
}
