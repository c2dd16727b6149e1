// `kursdesk doctor` and `kursdesk db mark` on both dialects: the health report an agent reads before
// trusting a database, and the audited test/demo marker that lets synthetic national IDs in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { type Db, openDb } from '../../src/db/connect.js';
import { LATEST_SCHEMA_VERSION } from '../../src/db/migrate.js';
import { migrations } from '../../src/db/migrations/index.js';
import { TABLES } from '../../src/db/schema.js';
import { parseDbTarget } from '../../src/db/target.js';
import { verifyAuditChain } from '../../src/db/write-gate.js';
import { parseNationalId } from '../../src/domain/national-id.js';
import { ExitCode } from '../../src/errors.js';
import { listAudit } from '../../src/workflows/audit.js';
import { doctorReport, markDatabase } from '../../src/workflows/database.js';
import { createLearner } from '../../src/workflows/learners.js';
import { TEST_NOW } from '../helpers/cli.js';
import { DIALECTS, stopTestServers, type TestDatabase, useTestDatabase } from '../helpers/databases.js';
import { testDeps } from '../helpers/deps.js';

afterAll(stopTestServers);

describe.each(DIALECTS)('database workflows on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let t: TestDatabase;
  beforeEach(() => {
    t = database();
  });

  /** The same kind of database, never migrated. */
  async function withUnmigrated(use: (db: Db) => Promise<void>): Promise<void> {
    if (dialect === 'sqlite') {
      const dir = mkdtempSync(join(tmpdir(), 'kursdesk-test-'));
      const db = await openDb(parseDbTarget(join(dir, 'new.db'), dir), { create: true });
      try {
        await use(db);
      } finally {
        await db.close();
        rmSync(dir, { recursive: true, force: true });
      }
      return;
    }
    const url = new URL(t.url);
    url.searchParams.set('schema', `kd_test_empty_${process.pid}`);
    const db = await openDb(parseDbTarget(url.href, process.cwd()), { create: false });
    try {
      await use(db);
    } finally {
      await db.close();
      // PGlite serves every connection from one session, so the other connection's search_path stuck.
      const schema = t.db.target.dialect === 'postgres' ? t.db.target.schema : undefined;
      if (schema) await sql`set search_path to ${sql.id(schema)}`.execute(t.db.kysely);
    }
  }

  describe('doctorReport', () => {
    it('reports a current, empty production database', async () => {
      const report = await doctorReport(t.db);
      expect(report).toMatchObject({
        dialect,
        schema_version: LATEST_SCHEMA_VERSION,
        latest_version: LATEST_SCHEMA_VERSION,
        pending_migrations: [],
        database_kind: 'production',
      });
      expect(report.server_version).toMatch(dialect === 'sqlite' ? /^SQLite 3\.\d+/ : /^PostgreSQL \d+/);
      expect(Object.keys(report.rows).sort()).toEqual([...TABLES].sort());
      expect(Object.values(report.rows).every((n) => n === 0)).toBe(true);
    });

    it('names the database as given, with the PostgreSQL schema', async () => {
      const report = await doctorReport(t.db);
      if (dialect === 'sqlite') expect(report.database).toBe(t.url);
      else expect(report.database).toMatch(/^postgres:\/\/.+ \(schema kd_test_\w+\)$/);
    });

    it('counts rows as numbers and shows the test/demo marker', async () => {
      await markDatabase(t.db, testDeps(t.db).actor(), 'test');
      const synthetic = parseNationalId('01912450097', {
        allowSynthetic: true,
        today: TEST_NOW.slice(0, 10),
      });
      if (!synthetic.ok) throw new Error(synthetic.error);
      await createLearner(
        testDeps(t.db),
        {
          givenNames: 'Test',
          familyName: 'Person',
          birthDate: undefined,
          email: 'test.person@demo.no',
          nationalId: synthetic.value,
          hmsCard: undefined,
          accountType: 'free',
          status: 'pending',
          employerOrgNumber: undefined,
          invoiceReference: undefined,
          phone: undefined,
        },
        { dryRun: false },
      );
      const report = await doctorReport(t.db);
      expect(report.database_kind).toBe('test');
      expect(report.rows).toMatchObject({
        users: 1,
        email_history: 1,
        audit_log: 2,
        kursdesk_meta: 2,
        companies: 0,
      });
    });

    it('lists every migration as pending on a database that was never migrated, without failing', async () => {
      await withUnmigrated(async (db) => {
        expect(await doctorReport(db)).toMatchObject({
          dialect,
          schema_version: 0,
          latest_version: LATEST_SCHEMA_VERSION,
          pending_migrations: migrations.map((m) => m.name),
          database_kind: 'production',
          rows: {},
        });
      });
    });
  });

  describe('markDatabase', () => {
    it('marks a database as test, with an audit entry naming the agent, the ticket and old → new', async () => {
      const deps = testDeps(t.db, { agent: 'alice', ticket: 'SUP-42' });
      expect(await markDatabase(t.db, deps.actor(), 'test')).toEqual({ before: 'production', after: 'test' });
      const [entry] = await listAudit({ db: t.db }, { limit: 10 });
      expect(entry).toMatchObject({
        at: TEST_NOW,
        agent: 'alice',
        ticket: 'SUP-42',
        action: 'db.mark',
        target: 'database',
        user_id: null,
        changes: [{ field: 'database_kind', old: 'production', new: 'test' }],
        summary: 'database_kind: production → test',
      });
    });

    it('marks it back as production, recording what it was', async () => {
      const actor = testDeps(t.db).actor();
      await markDatabase(t.db, actor, 'test');
      expect(await markDatabase(t.db, actor, 'production')).toEqual({ before: 'test', after: 'production' });
      expect((await doctorReport(t.db)).database_kind).toBe('production');
      expect(await verifyAuditChain(t.db.kysely)).toEqual({ checked: 2, brokenAt: null });
    });

    it('needs a ticket where the desk requires one, and changes nothing without it', async () => {
      const actor = testDeps(t.db, { requireTicket: true }).actor();
      await expect(markDatabase(t.db, actor, 'test')).rejects.toMatchObject({ exitCode: ExitCode.refused });
      expect((await doctorReport(t.db)).database_kind).toBe('production');
      expect(await listAudit({ db: t.db }, { limit: 10 })).toEqual([]);
    });
  });
});
