// PostgreSQL's own 64-bit hash of a text value, hashtextextended(value, seed), computed here byte for
// byte, so a re-import can ask the server for one small hash per stored company instead of its values,
// and tell the unchanged rows of a file apart without sending them (see postgresCompanyWriter).
//
// The server hashes the value's bytes in the database encoding (UTF-8 here) with Bob Jenkins' lookup3
// as PostgreSQL ships it (src/common/hashfn.c, hash_bytes_extended: the same since PostgreSQL 11), for
// every deterministic collation. No npm package reproduces that function, so it is written out here;
// a caller checks it against the server on a probe value before trusting it (PROBE_TEXT), and a test
// compares it with the server on many values.

/** Bytes of the value being hashed, reused (grown when a value is longer), and the same as 32-bit words. */
let bytes = new Uint8Array(256);
let words = new Int32Array(bytes.buffer);
/** Words read as the server reads them (little-endian) straight from `words` on such a machine. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** UTF-8 of `text` into `bytes` as Buffer.from would write it (a lone surrogate as U+FFFD); its length. */
function encode(text: string): number {
  const length = text.length;
  if (bytes.length < length * 3 + 4) {
    bytes = new Uint8Array(Math.max(bytes.length * 2, (length * 3 + 4 + 3) & ~3));
    words = new Int32Array(bytes.buffer);
  }
  const out = bytes;
  let n = 0;
  for (let i = 0; i < length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 0x3f);
    } else {
      if (c >= 0xd800 && c <= 0xdfff) {
        const next = i + 1 < length ? text.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          i++;
          out[n++] = 0xf0 | (c >> 18);
          out[n++] = 0x80 | ((c >> 12) & 0x3f);
          out[n++] = 0x80 | ((c >> 6) & 0x3f);
          out[n++] = 0x80 | (c & 0x3f);
          continue;
        }
        c = 0xfffd;
      }
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    }
  }
  return n;
}

/** The hash's two halves (high, low 32 bits, signed), as the last call left them. */
export const textHash = new Int32Array(2);

/**
 * hashtextextended(text, seed) for a seed from 0 to 2^31 − 1: the high and low 32 bits go into
 * textHash (the bigint the server returns is high × 2^32 + low, unsigned low).
 */
export function hashText(text: string, seed: number): void {
  hashScratch(encode(text), seed);
}

/**
 * hashText of the text whose UTF-8 is `source` from `start` to `end` (a value as it stands in a
 * COPY line, with no escape in it): the same hash, without making the string.
 */
export function hashUtf8(source: Uint8Array, start: number, end: number, seed: number): void {
  const length = end - start;
  if (bytes.length < length + 4) {
    bytes = new Uint8Array(Math.max(bytes.length * 2, (length + 4 + 3) & ~3));
    words = new Int32Array(bytes.buffer);
  }
  const out = bytes;
  for (let i = 0; i < length; i++) out[i] = source[start + i] as number;
  hashScratch(length, seed);
}

/** The hash of the first `len` bytes of `bytes`, into textHash. */
function hashScratch(length: number, seed: number): void {
  let len = length;
  const k = bytes;
  const total = len;
  let a = (0x9e3779b9 + total + 3923095) | 0;
  let b = a;
  let c = a;
  // The seed's high half (0 here) goes into a, its low half into b, then one mix.
  if (seed !== 0) {
    b = (b + seed) | 0;
    a = (a - c) ^ ((c << 4) | (c >>> 28));
    c = (c + b) | 0;
    b = (b - a) ^ ((a << 6) | (a >>> 26));
    a = (a + c) | 0;
    c = (c - b) ^ ((b << 8) | (b >>> 24));
    b = (b + a) | 0;
    a = (a - c) ^ ((c << 16) | (c >>> 16));
    c = (c + b) | 0;
    b = (b - a) ^ ((a << 19) | (a >>> 13));
    a = (a + c) | 0;
    c = (c - b) ^ ((b << 4) | (b >>> 28));
    b = (b + a) | 0;
  }
  let p = 0;
  const w = words;
  while (len >= 12) {
    if (LITTLE_ENDIAN) {
      a = (a + (w[p >> 2] as number)) | 0;
      b = (b + (w[(p >> 2) + 1] as number)) | 0;
      c = (c + (w[(p >> 2) + 2] as number)) | 0;
    } else {
      a =
        (a +
          ((k[p] as number) |
            ((k[p + 1] as number) << 8) |
            ((k[p + 2] as number) << 16) |
            ((k[p + 3] as number) << 24))) |
        0;
      b =
        (b +
          ((k[p + 4] as number) |
            ((k[p + 5] as number) << 8) |
            ((k[p + 6] as number) << 16) |
            ((k[p + 7] as number) << 24))) |
        0;
      c =
        (c +
          ((k[p + 8] as number) |
            ((k[p + 9] as number) << 8) |
            ((k[p + 10] as number) << 16) |
            ((k[p + 11] as number) << 24))) |
        0;
    }
    a = (a - c) ^ ((c << 4) | (c >>> 28));
    c = (c + b) | 0;
    b = (b - a) ^ ((a << 6) | (a >>> 26));
    a = (a + c) | 0;
    c = (c - b) ^ ((b << 8) | (b >>> 24));
    b = (b + a) | 0;
    a = (a - c) ^ ((c << 16) | (c >>> 16));
    c = (c + b) | 0;
    b = (b - a) ^ ((a << 19) | (a >>> 13));
    a = (a + c) | 0;
    c = (c - b) ^ ((b << 4) | (b >>> 28));
    b = (b + a) | 0;
    p += 12;
    len -= 12;
  }
  // The last 0–11 bytes, little-endian into a, b and c (c's lowest byte stays free, as in lookup3's
  // switch that falls through from the length down).
  if (len >= 11) c = (c + ((k[p + 10] as number) << 24)) | 0;
  if (len >= 10) c = (c + ((k[p + 9] as number) << 16)) | 0;
  if (len >= 9) c = (c + ((k[p + 8] as number) << 8)) | 0;
  if (len >= 8) b = (b + ((k[p + 7] as number) << 24)) | 0;
  if (len >= 7) b = (b + ((k[p + 6] as number) << 16)) | 0;
  if (len >= 6) b = (b + ((k[p + 5] as number) << 8)) | 0;
  if (len >= 5) b = (b + (k[p + 4] as number)) | 0;
  if (len >= 4) a = (a + ((k[p + 3] as number) << 24)) | 0;
  if (len >= 3) a = (a + ((k[p + 2] as number) << 16)) | 0;
  if (len >= 2) a = (a + ((k[p + 1] as number) << 8)) | 0;
  if (len >= 1) a = (a + (k[p] as number)) | 0;
  // final(a, b, c)
  c ^= b;
  c = (c - ((b << 14) | (b >>> 18))) | 0;
  a ^= c;
  a = (a - ((c << 11) | (c >>> 21))) | 0;
  b ^= a;
  b = (b - ((a << 25) | (a >>> 7))) | 0;
  c ^= b;
  c = (c - ((b << 16) | (b >>> 16))) | 0;
  a ^= c;
  a = (a - ((c << 4) | (c >>> 28))) | 0;
  b ^= a;
  b = (b - ((a << 14) | (a >>> 18))) | 0;
  c ^= b;
  c = (c - ((b << 24) | (b >>> 8))) | 0;
  textHash[0] = b;
  textHash[1] = c;
}

/** A value with one-, two-, three- and four-byte characters, longer than a block: hashed on both sides before the hashes are trusted. */
export const PROBE_TEXT = 'Probe: Bjørkås Entreprenør AS — Tromsø 9008 ✓ 𝄞 end';
