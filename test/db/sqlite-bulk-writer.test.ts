// The SQLite bulk writer's inserts (openTableWriter in src/db/bulk.ts, as a fixture load uses it): a
// statement of many rows takes its values as the call's arguments, which better-sqlite3 binds
// without looking each up in an array. Checked here: any rows of texts, numbers, booleans and null
// come back exactly as written, in batches that end in every leftover size; and a value SQLite
// cannot store (an array, an object) is refused as before, never spread into its neighbours' places.
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTableWriter } from '../../src/db/bulk.js';
import { openTestDatabase, type TestDatabase } from '../helpers/databases.js';

const TABLE = { name: 'bulk_probe', columns: ['id', 'note', 'amount', 'flag'], key: ['id'], unique: [] };

let t: TestDatabase;

beforeAll(async () => {
  t = await openTestDatabase('sqlite');
  await sql`create table bulk_probe (id integer primary key, note text, amount, flag integer)`.execute(
    t.db.kysely,
  );
});
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await sql`delete from bulk_probe`.execute(t.db.kysely);
});

async function stored(): Promise<unknown[][]> {
  const result = await sql<
    Record<string, unknown>
  >`select id, note, amount, flag from bulk_probe order by id`.execute(t.db.kysely);
  return result.rows.map((r) => [r.id, r.note, r.amount, r.flag]);
}

describe('the SQLite bulk writer', () => {
  it('stores any rows exactly, whatever the batch size', async () => {
    const value = fc.record({
      note: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constant(null)),
      amount: fc.oneof(
        fc.integer(),
        fc.double({ noNaN: true }),
        fc.string({ maxLength: 4 }),
        fc.constant(null),
      ),
      flag: fc.oneof(fc.boolean(), fc.constant(null)),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(value, { maxLength: 150 }), async (records) => {
        await sql`delete from bulk_probe`.execute(t.db.kysely);
        const rows = records.map((r, i) => [i + 1, r.note, r.amount, r.flag]);
        const writer = await openTableWriter(t.db, t.db.kysely, TABLE, 'insert');
        await writer.write(
          rows.map((r) => [...r]),
          Int32Array.from(rows, (_, i) => i + 1),
        );
        await writer.finish();
        const expected = rows.map(([id, note, amount, flag]) => [
          id,
          note,
          // -0 may come back as 0 or -0 (how SQLite stores it depends on how it was bound): the sign of a
          // zero is no data here, so both sides read it as 0.
          Object.is(amount, -0) ? 0 : amount,
          flag === null ? null : flag ? 1 : 0,
        ]);
        expect((await stored()).map((r) => r.map((v) => (Object.is(v, -0) ? 0 : v)))).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it.each([
    ['an array of one text', ['not a value']],
    ['an empty array', []],
    ['an object', { note: 'x' }],
  ])('refuses a row holding %s, keeping only the rows before it', async (_, bad) => {
    const rows: unknown[][] = [
      [1, 'first', 1, true],
      [2, bad, 2, false],
    ];
    const writer = await openTableWriter(t.db, t.db.kysely, TABLE, 'insert');
    await expect(writer.write(rows, Int32Array.from([1, 2]))).rejects.toThrow();
    await writer.abort();
    // The statement of both rows failed as a whole; the row before the bad one went in again alone.
    expect(await stored()).toEqual([[1, 'first', 1, 1]]);
  });
});
