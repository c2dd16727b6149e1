// Two kursdesk processes on one database, as two agents at the same moment: their changes both land,
// the audit chain stays whole, and a check made by one ("no account has this national ID") still holds
// when it commits. Separate processes, because that is how agents share a database (and a second
// better-sqlite3 connection in the same thread would block the event loop that the first one needs).
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { openDb } from '../../src/db/connect.js';
import { translateDbError } from '../../src/db/errors.js';
import { parseDbTarget } from '../../src/db/target.js';
import { verifyAuditChain, writeChange } from '../../src/db/write-gate.js';
import { parseNationalId } from '../../src/domain/national-id.js';
import { nationalIdHash } from '../../src/domain/national-id-hash.js';
import { createLearner } from '../../src/workflows/learners.js';
import { TEST_NOW, TEST_SECRET } from '../helpers/cli.js';
import { DIALECTS, stopTestServers, type TestDatabase, useTestDatabase } from '../helpers/databases.js';
import { testDeps } from '../helpers/deps.js';
import { separateProcesses, useBundledProgram } from '../helpers/processes.js';
import { insertLearnerRow } from '../helpers/rows.js';

interface Outcome {
  ok: boolean;
  [key: string]: unknown;
}

/** The writer, run as a second process next to this one. */
const writer = useBundledProgram(join(import.meta.dirname, 'processes', 'writer.ts'), 'writer');
afterAll(stopTestServers);

const KARI_FNR = '15108695088';
const OLA_FNR = '20036914700';

describe.each(DIALECTS)('two processes on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let t: TestDatabase;
  beforeEach(() => {
    t = database();
  });

  it('both get their audited changes written, and the audit chain verifies', async () => {
    const count = 20;
    const [a, b] = await Promise.all([
      writer.start<Outcome>([t.url, 'audit-writes', 'alice', String(count)]),
      writer.start<Outcome>([t.url, 'audit-writes', 'bob', String(count)]),
    ]);
    const [ra, rb] = (await Promise.all([a.go(), b.go()])) as [Outcome, Outcome];
    expect(ra.ok && rb.ok).toBe(true);
    // The two runs overlapped in time, so they really did contend for the database.
    expect(Number(ra.began) < Number(rb.ended) && Number(rb.began) < Number(ra.ended)).toBe(true);

    const entries = await t.db.kysely.selectFrom('audit_log').select(['agent']).orderBy('id').execute();
    expect(entries.filter((e) => e.agent === 'alice')).toHaveLength(count);
    expect(entries.filter((e) => e.agent === 'bob')).toHaveLength(count);
    expect(await t.db.kysely.selectFrom('kursdesk_meta').select('key').execute()).toHaveLength(2 * count);
    expect(await verifyAuditChain(t.db.kysely)).toEqual({ checked: 2 * count, brokenAt: null });
  });

  it('a registration that races another of the same person ends in the conflict (exit 4), not a database error', async () => {
    const today = TEST_NOW.slice(0, 10);
    const key = Buffer.from(TEST_SECRET);
    const ola = parseNationalId(OLA_FNR, { allowSynthetic: false, today });
    if (!ola.ok) throw new Error(ola.error);
    // An earlier registration records the key's fingerprint, as on any database in use.
    await createLearner(
      testDeps(t.db),
      {
        givenNames: 'Ola',
        familyName: 'Hansen',
        birthDate: undefined,
        email: 'ola@bygg.no',
        nationalId: ola.value,
        hmsCard: undefined,
        accountType: 'free',
        status: 'pending',
        employerOrgNumber: undefined,
        invoiceReference: undefined,
        phone: undefined,
      },
      { dryRun: false },
    );

    const second = await writer.start<Outcome>([
      t.url,
      'create-learner',
      JSON.stringify({
        givenNames: 'Kari',
        familyName: 'Nordmann',
        email: 'kari.privat@gmail.com',
        nationalId: KARI_FNR,
        accountType: 'free',
        status: 'pending',
        now: TEST_NOW,
      }),
    ]);

    // This process registers Kari and keeps its transaction open while the second one starts its own.
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inserted: () => void = () => {};
    const insertedRow = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    const firstWrite = writeChange(t.db, testDeps(t.db).actor(), { dryRun: false }, async (trx, audit) => {
      const row = await insertLearnerRow(trx, {
        email: 'kari.nordmann@firma.no',
        national_id_hash: nationalIdHash(key, KARI_FNR),
      });
      audit({ action: 'users.create', targetType: 'user', targetId: row.id, userId: row.id, changes: [] });
      inserted();
      await released;
    });
    await insertedRow;
    const outcome = second.go();
    await new Promise((resolve) => setTimeout(resolve, 500));
    release();
    await firstWrite;

    expect(await outcome).toMatchObject({
      ok: false,
      name: 'ConflictError',
      exitCode: 4,
      message: expect.stringContaining('this national ID already has an account'),
    });
    const users = await t.db.kysely.selectFrom('users').select('email').orderBy('id').execute();
    expect(users.map((u) => u.email)).toEqual(['ola@bygg.no', 'kari.nordmann@firma.no']);
    expect(await verifyAuditChain(t.db.kysely)).toEqual({ checked: 2, brokenAt: null });
  });

  // PGlite serves every connection from one session, so one writer cannot wait for another there: the
  // settings are checked instead, and the waiting itself on SQLite and a real server.
  const waits = separateProcesses(dialect);

  const checkSettings = async () => {
    const db = await openDb(parseDbTarget(t.url, process.cwd()), { create: false, waitMs: 300 });
    try {
      const { rows } = await sql<{ lock_timeout: string }>`show lock_timeout`.execute(db.kysely);
      expect(rows[0]?.lock_timeout).toBe('300ms');
      const idle = await sql<{
        v: string;
      }>`select current_setting('idle_in_transaction_session_timeout') as v`.execute(db.kysely);
      expect(idle.rows[0]?.v).toBe('5min');
    } finally {
      await db.close();
    }
    const busy = translateDbError(
      Object.assign(new Error('canceling statement due to lock timeout'), { code: '55P03' }),
    );
    expect(busy).toMatchObject({ exitCode: 1, message: expect.stringContaining('the database is busy') });
  };

  it(
    waits
      ? 'a change that waits longer than its wait for the write lock gives up with one line, and writes nothing'
      : 'a connection opened with a wait sets it as its lock timeout (PGlite serves one session)',
    async () => {
      if (!waits) return checkSettings();
      const second = await writer.start<Outcome>([t.url, 'timed-write', '300']);
      let release: () => void = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      let holding: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        holding = resolve;
      });
      const firstWrite = writeChange(t.db, testDeps(t.db).actor(), { dryRun: false }, async (trx, audit) => {
        await trx.insertInto('kursdesk_meta').values({ key: 'patient', value: '1' }).execute();
        audit({ action: 'test.write', targetType: 'meta', targetId: 'patient', changes: {} });
        holding();
        await released;
      });
      await held;
      const outcome = await second.go();
      release();
      await firstWrite;

      expect(outcome).toMatchObject({
        ok: false,
        userError: true,
        exitCode: 1,
        message: expect.stringContaining('the database is busy'),
      });
      const keys = await t.db.kysely.selectFrom('kursdesk_meta').select('key').execute();
      expect(keys.map((k) => k.key)).toEqual(['patient']);
      expect(await verifyAuditChain(t.db.kysely)).toEqual({ checked: 1, brokenAt: null });
    },
  );
});
