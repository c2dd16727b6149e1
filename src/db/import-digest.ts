// The import digest of a company (migration 0018): a 53-bit hash of the fields a company import
// compares and in_elma, as the import wrote them. A re-import on SQLite that finds the stored digest
// equal to its row's (and the company's version still the one the import wrote) counts the row as
// unchanged without reading its values.
//
// Why a non-cryptographic hash is enough: the digest only ever spares a comparison, it never decides
// a write. A collision would need a changed row whose hash happens to equal the stored one, about
// 2^-53 per changed row (a million changed rows a night for ten thousand years stay below one chance
// in a hundred thousand); the file is the customer's own list, not an adversary's. Every row whose
// digest differs, and every company written by anything other than an import, is compared value by
// value as before.
//
// Hand-written rather than a kept library: node:crypto costs a buffer and a native call a row (more
// than the comparison it replaces), and what is needed is twenty lines of integer arithmetic.
//
// The input is a sequence of 32-bit tokens: each UTF-16 code unit of a value, then an end marker, or
// a null marker for a null value; then in_elma. Markers lie above 0xffff, so no code unit equals one:
// different tuples are different sequences (a value moved to another field, or split across two,
// gives another sequence). The field names are hashed into the seed, so a file with another column
// set never matches.

import { mix32 } from '../domain/fixtures/random.js';

/** Above every UTF-16 code unit. */
const END = 0x10000;
const NULL = 0x10001;
const ELMA = 0x10002;

/** Two 32-bit lanes with distinct odd multipliers, fed the same tokens, mixed into each other at the end. */
const M1 = 0x9e3779b1;
const M2 = 0x85ebca77;

export interface DigestSeed {
  readonly s1: number;
  readonly s2: number;
}

/** The seed for a set of compared fields (in the order the values are given). */
export function digestSeed(fields: readonly string[]): DigestSeed {
  let h1 = 0x2545f491;
  let h2 = 0x6b43a9b5;
  const text = `kursdesk-import-digest-1:${fields.join(',')}`;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, M1);
    h2 = Math.imul(h2 ^ c, M2);
  }
  return { s1: h1, s2: h2 };
}

/**
 * The digest of `values[at[0]], values[at[1]], …` (or of `values` in order when `at` is not given) and
 * in_elma, under `seed`: an integer from 0 to 2^53 - 1, so exact as a JS number and as SQLite integer.
 */
export function importDigest(
  seed: DigestSeed,
  values: readonly (string | null)[],
  inElma: boolean,
  at?: ArrayLike<number>,
): number {
  let h1 = seed.s1;
  let h2 = seed.s2;
  const n = at === undefined ? values.length : at.length;
  for (let k = 0; k < n; k++) {
    const value = values[at === undefined ? k : (at[k] as number)];
    if (value === null || value === undefined) {
      h1 = Math.imul(h1 ^ NULL, M1);
      h2 = Math.imul(h2 ^ NULL, M2);
      continue;
    }
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, M1);
      h2 = Math.imul(h2 ^ c, M2);
    }
    h1 = Math.imul(h1 ^ END, M1);
    h2 = Math.imul(h2 ^ END, M2);
  }
  const e = inElma ? ELMA + 1 : ELMA;
  h1 = Math.imul(h1 ^ e, M1);
  h2 = Math.imul(h2 ^ e, M2);
  // Each lane's final value depends on the other's, then 32 + 21 bits are taken.
  const a = mix32(h1 ^ Math.imul(h2 ^ (h2 >>> 15), 0x27d4eb2f));
  const b = mix32(h2 ^ Math.imul(a ^ (a >>> 15), 0x165667b1));
  return (b & 0x1fffff) * 0x100000000 + a;
}
