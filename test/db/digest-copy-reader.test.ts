// A PostgreSQL re-import reads the stored companies' org numbers and hashes as one COPY in binary form,
// in chunks cut wherever the socket cut them (DigestCopyReader). Checked here: the same rows come out
// however the bytes are cut (every place for two chunks, single bytes, random sizes), a row longer
// than the reader's first look past a cut, a stream that ends early or goes on after its end; and,
// with a PostgreSQL server, the bytes the server itself writes.
import fc from 'fast-check';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { describe, expect, it } from 'vitest';
import { DigestCopyReader, readCopyOut } from '../../src/db/bulk.js';

type Row = [org: string, high: number, low: number];

/** Collects what the reader hands over, as the stored-digests table would take it. */
function reading(chunks: readonly Buffer[]): Row[] {
  const rows: Row[] = [];
  const reader = new DigestCopyReader({
    addBytes(source, from, to, high, low) {
      rows.push([Buffer.from(source.subarray(from, to)).toString('utf8'), high, low]);
    },
  });
  for (const chunk of chunks) reader.take(chunk);
  reader.end();
  return rows;
}

/** COPY's binary form of (text, int8) rows: signature, flags, a header extension, rows, trailer. */
function binaryCopy(rows: readonly Row[], extension = Buffer.alloc(0)): Buffer {
  const parts: Buffer[] = [Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1')];
  const head = Buffer.alloc(8);
  head.writeInt32BE(0, 0);
  head.writeInt32BE(extension.length, 4);
  parts.push(head, extension);
  for (const [org, high, low] of rows) {
    const text = Buffer.from(org, 'utf8');
    const row = Buffer.alloc(2 + 4 + text.length + 4 + 8);
    row.writeInt16BE(2, 0);
    row.writeInt32BE(text.length, 2);
    text.copy(row, 6);
    row.writeInt32BE(8, 6 + text.length);
    row.writeInt32BE(high, 10 + text.length);
    row.writeInt32BE(low, 14 + text.length);
    parts.push(row);
  }
  const trailer = Buffer.alloc(2);
  trailer.writeInt16BE(-1, 0);
  parts.push(trailer);
  return Buffer.concat(parts);
}

/** `bytes` cut at `cuts` (ascending places inside it). */
function cutAt(bytes: Buffer, cuts: readonly number[]): Buffer[] {
  const chunks: Buffer[] = [];
  let from = 0;
  for (const at of [...cuts, bytes.length]) {
    chunks.push(bytes.subarray(from, at));
    from = at;
  }
  return chunks;
}

const ROWS: Row[] = [
  ['912362043', 1, -1],
  ['12345678', 0, 0],
  ['', -2_147_483_648, 2_147_483_647],
  ['Bjørkås ✓ 𝄞', 7, 8],
  // Longer than the reader's first and second looks past a cut (64 and 256 bytes).
  ['x'.repeat(700), 0x12345678, -0x12345678],
  ['800000009', 42, 43],
];

describe('DigestCopyReader', () => {
  const whole = binaryCopy(ROWS, Buffer.from('ext!'));

  it('reads every row of one chunk', () => {
    expect(reading([whole])).toEqual(ROWS);
  });

  it('reads the same rows wherever one cut falls', () => {
    for (let at = 0; at <= whole.length; at++) expect(reading(cutAt(whole, [at]))).toEqual(ROWS);
  });

  it('reads the same rows from single bytes, and from chunks of random sizes', () => {
    expect(
      reading(
        cutAt(
          whole,
          Array.from({ length: whole.length - 1 }, (_, i) => i + 1),
        ),
      ),
    ).toEqual(ROWS);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: whole.length - 1 }), { maxLength: 40 }),
        (cuts) => {
          expect(
            reading(
              cutAt(
                whole,
                [...cuts].sort((a, b) => a - b),
              ),
            ),
          ).toEqual(ROWS);
        },
      ),
      { numRuns: 300, seed: 6 },
    );
  });

  it('refuses a stream that ends before its trailer, goes on after it, or is not COPY’s binary form', () => {
    expect(() => reading([whole.subarray(0, whole.length - 1)])).toThrow(/ended early/);
    expect(() => reading([whole.subarray(0, whole.length - 5)])).toThrow(/ended early/);
    expect(() => reading([whole, Buffer.from([0])])).toThrow(/after their end/);
    expect(() => reading([Buffer.from('org_number\thash\n912362043\t1\n')])).toThrow(/binary/);
  });
});

describe.runIf(process.env.KURSDESK_TEST_PG_URL)('DigestCopyReader on the server’s own bytes', () => {
  it('reads what PostgreSQL writes for text and int8, cut into small chunks', async () => {
    const client = new pg.Client({ connectionString: process.env.KURSDESK_TEST_PG_URL });
    await client.connect();
    try {
      const values = [...ROWS.map((r) => r[0]), 'a'.repeat(5_000)];
      const from = `(select v, hashtextextended(v, 3) as h
                      from unnest($1::text[]) with ordinality as u(v, n) order by n) s`;
      const expected = (await client.query(`select v, h::text as h from ${from}`, [values])).rows.map(
        (r: { v: string; h: string }) => {
          const h = BigInt(r.h);
          return [r.v, Number(BigInt.asIntN(32, h >> 32n)), Number(BigInt.asIntN(32, h))] as Row;
        },
      );
      // COPY takes no parameters: the values go in a temporary table first.
      await client.query(
        'create temporary table digest_copy_values as select v, n from unnest($1::text[]) with ordinality as u(v, n)',
        [values],
      );
      const chunks: Buffer[] = [];
      const stream = client.query(
        copyStreams.to(
          'copy (select v, hashtextextended(v, 3) from digest_copy_values order by n) to stdout (format binary)',
        ),
      );
      for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
      const bytes = Buffer.concat(chunks);
      const small = cutAt(
        bytes,
        Array.from({ length: Math.floor((bytes.length - 1) / 5) }, (_, i) => (i + 1) * 5),
      );
      expect(reading(small)).toEqual(expected);
      expect(reading([bytes])).toEqual(expected);
    } finally {
      await client.end();
    }
  });
});

describe.runIf(process.env.KURSDESK_TEST_PG_URL)('readCopyOut when its reader fails', () => {
  it('reads the COPY to its end, so the connection takes the next statement', async () => {
    const client = new pg.Client({ connectionString: process.env.KURSDESK_TEST_PG_URL });
    await client.connect();
    try {
      await client.query('begin');
      let chunks = 0;
      const reading = readCopyOut(
        client,
        'copy (select g::text, g::int8 from generate_series(1, 200000) g) to stdout (format binary)',
        () => {
          if (++chunks === 2) throw new Error('a row the reader does not take');
        },
      );
      await expect(reading).rejects.toThrow(/does not take/);
      // Half-read, the COPY held the connection and this waited for ever.
      const rolledBack = client.query('rollback').then(() => 'rolled back');
      const waited = new Promise((done) => setTimeout(() => done('still waiting'), 5_000).unref());
      expect(await Promise.race([rolledBack, waited])).toBe('rolled back');
      expect((await client.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
    } finally {
      client.end().catch(() => {});
    }
  });
});
