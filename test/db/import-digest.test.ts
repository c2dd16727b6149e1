// The company import digest (db/import-digest.ts): a pure 53-bit hash of the compared fields and
// in_elma under a seed made of the field names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digestSeed, importDigest } from '../../src/db/import-digest.js';

const FIELDS = ['name', 'invoice_email', 'contact_phone'];
const seed = digestSeed(FIELDS);
const value = fc.option(fc.string({ unit: 'binary', maxLength: 12 }), { nil: null });
const tuple = fc.array(value, { minLength: 3, maxLength: 3 });

describe('importDigest', () => {
  it('is an integer from 0 to 2^53 - 1 and the same for the same input', () => {
    fc.assert(
      fc.property(tuple, fc.boolean(), (values, inElma) => {
        const d = importDigest(seed, values, inElma);
        expect(Number.isSafeInteger(d) && d >= 0).toBe(true);
        expect(importDigest(digestSeed([...FIELDS]), [...values], inElma)).toBe(d);
      }),
    );
  });

  it('takes the values at the given places', () => {
    const all = ['x', 'Firma AS', null, 'faktura@firma.example', '+4791234567'];
    expect(importDigest(seed, all, false, [1, 3, 4])).toBe(
      importDigest(seed, ['Firma AS', 'faktura@firma.example', '+4791234567'], false),
    );
  });

  it('differs for different tuples (no collision among thousands of random ones)', () => {
    const seen = new Map<number, string>();
    fc.assert(
      fc.property(tuple, fc.boolean(), (values, inElma) => {
        const key = JSON.stringify([values, inElma]);
        const d = importDigest(seed, values, inElma);
        const before = seen.get(d);
        if (before !== undefined) expect(before).toBe(key);
        seen.set(d, key);
      }),
      { numRuns: 20_000 },
    );
    expect(seen.size).toBeGreaterThan(1_000);
  });

  it('changes when a value moves to another field, is split, or turns null or empty', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 10 }), fc.string({ maxLength: 10 }), (a, b) => {
        const d = importDigest(seed, [a, b, null], false);
        expect(importDigest(seed, [b, a, null], false) === d).toBe(a === b);
        expect(importDigest(seed, [null, a, b], false)).not.toBe(d);
        expect(importDigest(seed, [a + b, '', null], false) === d).toBe(b === '');
        expect(importDigest(seed, [a, b, ''], false)).not.toBe(d);
      }),
    );
  });

  it('tells in_elma and the set of fields', () => {
    const values = ['Firma AS', 'faktura@firma.example', null];
    const d = importDigest(seed, values, false);
    expect(importDigest(seed, values, true)).not.toBe(d);
    expect(importDigest(digestSeed(['name', 'invoice_email', 'contact_email']), values, false)).not.toBe(d);
    expect(importDigest(digestSeed(['name', 'contact_phone', 'invoice_email']), values, false)).not.toBe(d);
  });
});
