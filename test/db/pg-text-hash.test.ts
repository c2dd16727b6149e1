// The re-import trusts hashText to give what the server's hashtextextended gives for the same value
// and seed (it then skips the rows whose hashes match). Checked here against the server itself
// (PostgreSQL or PGlite): block boundaries, every tail length, one- to four-byte characters, lone
// surrogates, and generated values.
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { hashText, hashUtf8, PROBE_TEXT, textHash } from '../../src/db/pg-text-hash.js';
import { stopTestServers, useTestDatabase } from '../helpers/databases.js';

afterAll(stopTestServers);

/** Ours, as the server prints a bigint. */
function ours(text: string, seed: number): string {
  hashText(text, seed);
  return BigInt.asIntN(
    64,
    (BigInt(textHash[0] as number) << 32n) | BigInt((textHash[1] as number) >>> 0),
  ).toString();
}

describe('hashText is the server’s hashtextextended', () => {
  const database = useTestDatabase('postgres');

  async function server(texts: readonly string[], seeds: readonly number[]): Promise<string[]> {
    const result = await sql<{ h: string }>`select hashtextextended(t, s)::text as h
      from unnest(${[...texts]}::text[], ${seeds.map(String)}::int8[]) with ordinality as u(t, s, n)
      order by n`.execute(database().db.kysely);
    return result.rows.map((r) => r.h);
  }

  it('on every length up to three blocks, with and without a seed, and on characters of every UTF-8 width', async () => {
    const texts: string[] = [PROBE_TEXT, 'Bjørkås Entreprenør AS', '€ ✓ 𝄞', 'a\\b\tc'];
    for (let n = 0; n <= 37; n++) texts.push('abcdefghijklmnopqrstuvwxyzæøåÆØÅ0123456789'.slice(0, n));
    for (let n = 0; n <= 13; n++) texts.push('ø'.repeat(n));
    // Longer than the buffer it is encoded into at first (it grows), then a short one after it.
    texts.push('Æ✓'.repeat(300), 'a'.repeat(5_000), 'kort');
    const seeds = texts.map((_, i) => (i % 3 === 0 ? 0 : i % 3 === 1 ? 7 : 2_147_483_647));
    const expected = await server(texts, seeds);
    expect(texts.map((t, i) => ours(t, seeds[i] as number))).toEqual(expected);
  });

  it('on a lone surrogate, as the UTF-8 the value would be stored as', async () => {
    // The server never sees the surrogate itself: the client sends its UTF-8, where it is U+FFFD.
    const lone = ['x\ud800y', '\udc00', 'a\ud83d'];
    const expected = await server(
      lone.map((t) => Buffer.from(t).toString('utf8')),
      lone.map(() => 5),
    );
    expect(lone.map((t) => ours(t, 5))).toEqual(expected);
  });

  it('on generated values', async () => {
    const samples = fc.sample(
      fc.tuple(fc.string({ unit: 'binary', maxLength: 80 }), fc.integer({ min: 0, max: 2 ** 31 - 1 })),
      { numRuns: 2_000, seed: 20 },
    );
    // The server takes no NUL in text.
    const pairs = samples.filter(([t]) => !t.includes('\u0000'));
    const expected = await server(
      pairs.map(([t]) => Buffer.from(t).toString('utf8')),
      pairs.map(([, s]) => s),
    );
    expect(pairs.map(([t, s]) => ours(t, s))).toEqual(expected);
  });
});

describe('hashUtf8 is hashText of the text its bytes spell', () => {
  const pair = () => [textHash[0], textHash[1]];

  it('for a value anywhere in a larger buffer, of any length and character width', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.string({ maxLength: 7 }),
        fc.string({ maxLength: 7 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (value, before, after, seed) => {
          hashText(value, seed);
          const expected = pair();
          // The value between other bytes, at any offset (not only a word boundary).
          const line = Buffer.from(`${before}\t${value}\t${after}`);
          const start = Buffer.byteLength(before) + 1;
          hashUtf8(line, start, start + Buffer.byteLength(value), seed);
          expect(pair()).toEqual(expected);
        },
      ),
      { numRuns: 2_000, seed: 21 },
    );
  });

  it('for an empty value and one longer than the scratch buffer, then a short one again', () => {
    for (const value of ['', 'Æ✓'.repeat(400), 'kort']) {
      hashText(value, 3);
      const expected = pair();
      const line = Buffer.from(`x${value}y`);
      hashUtf8(line, 1, line.length - 1, 3);
      expect(pair()).toEqual(expected);
    }
  });
});
