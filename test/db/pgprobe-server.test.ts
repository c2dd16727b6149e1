// The shared PostgreSQL server set up in ways kursdesk does not choose: a login or server that only
// reads (a standby, default_transaction_read_only), a login whose transactions default to REPEATABLE
// READ, a schema nobody has migrated yet. Each gives one coded line with its exit code, and the data is
// either fully written or untouched. The settings that belong to a login are given here as the URL's
// `options` (what ALTER ROLE … SET would give it); PGlite serves one session and ignores them, so those
// tests need the real server (KURSDESK_TEST_PG_URL). The others run on both.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { translateDbError } from '../../src/db/errors.js';
import { verifyAuditChain } from '../../src/db/write-gate.js';
import { UserError } from '../../src/errors.js';
import { runCli } from '../helpers/cli.js';
import { startCutProxy } from '../helpers/cut-proxy.js';
import { stopTestServers, useTestDatabase } from '../helpers/databases.js';
import { insertLearnerRow } from '../helpers/rows.js';
import { startSmtp } from '../helpers/smtp.js';
import { learner, PORTAL_ENV } from '../links/fixtures.js';

afterAll(stopTestServers);

const realServer = process.env.KURSDESK_TEST_PG_URL !== undefined;

/** The URL with server settings for the session, as a DBA's ALTER ROLE … SET would give them. */
function withSessionSettings(url: string, settings: string): string {
  const u = new URL(url);
  u.searchParams.set('options', settings);
  return u.href;
}

const lines = (stderr: string) => stderr.split('\n').filter((line) => line !== '');

describe('a server that takes only reads from the login', () => {
  const t = useTestDatabase('postgres');

  it('the refusal of a write in a read-only transaction is one coded line, exit 1, without the values', async () => {
    const kari = await insertLearnerRow(t().db.kysely, { email: 'kari.ro@firma.no' });
    let refusal: unknown;
    try {
      await t()
        .db.kysely.transaction()
        .execute(async (trx) => {
          await sql`set transaction read only`.execute(trx);
          await trx
            .updateTable('users')
            .set({ email: 'ny.adresse@firma.no' })
            .where('id', '=', kari.id)
            .execute();
        });
    } catch (error) {
      refusal = translateDbError(error);
    }
    expect(refusal).toBeInstanceOf(UserError);
    const error = refusal as UserError;
    expect(error.code).toBe('pg.read-only-transaction');
    expect(error.exitCode).toBe(1);
    for (const lang of ['en', 'nb'] as const) {
      const said = error.messageIn(lang);
      expect(said).not.toContain('\n');
      expect(said).not.toMatch(/firma\.no/);
    }
    expect(error.messageIn('en')).toMatch(/takes only reads .*nothing was written/);
    expect(error.messageIn('nb')).toMatch(/tar bare imot lesing .*ingenting ble skrevet/);
    const stored = await t()
      .db.kysely.selectFrom('users')
      .select('email')
      .where('id', '=', kari.id)
      .executeTakeFirst();
    expect(stored?.email).toBe('kari.ro@firma.no');
  });

  it.runIf(realServer)(
    'a login with default_transaction_read_only: a change says so in one line, exit 1, nothing written; reads work',
    async () => {
      const kari = await insertLearnerRow(t().db.kysely, {
        email: 'kari.ro@firma.no',
        hms_card_number: '1111111',
      });
      const url = withSessionSettings(t().url, '-c default_transaction_read_only=on');
      for (const lang of ['en', 'nb']) {
        const run = await runCli(
          ['users', 'set-hms', String(kari.id), '7654321', '--ticket', 'SUP-1', '--yes'],
          {
            db: url,
            env: { KURSDESK_LANG: lang },
          },
        );
        expect(run.code, run.stderr).toBe(1);
        expect(lines(run.stderr)).toHaveLength(1);
        expect(run.stderr).toMatch(lang === 'en' ? /takes only reads/ : /tar bare imot lesing/);
        expect(run.stderr).not.toMatch(/internal error|7654321/);
      }
      const stored = await t()
        .db.kysely.selectFrom('users')
        .select(['hms_card_number', 'version'])
        .where('id', '=', kari.id)
        .executeTakeFirst();
      expect(stored).toEqual({ hms_card_number: '1111111', version: kari.version });
      expect(await t().db.kysely.selectFrom('audit_log').select('id').execute()).toEqual([]);
      const shown = await runCli(['users', 'show', String(kari.id)], { db: url });
      expect(shown.code, shown.stderr).toBe(0);
    },
  );
});

describe.runIf(realServer)('a login whose transactions default to REPEATABLE READ', () => {
  const t = useTestDatabase('postgres');

  it('two changes that waited for a third both land, and the audit chain stays one line', {
    timeout: 60_000,
  }, async () => {
    const db = t().db.kysely;
    const kari = await insertLearnerRow(db, { email: 'kari.rr@firma.no' });
    const ola = await insertLearnerRow(db, { email: 'ola.rr@firma.no', given_names: 'Ola' });
    const schema = new URL(t().url).searchParams.get('schema') as string;
    const url = withSessionSettings(t().url, '-c default_transaction_isolation=repeatable\\ read');
    // A third agent's change holds the write lock (write-gate.ts: key 7270002 and the schema) while
    // both commands start theirs: they wait for it, and then for each other.
    const holder = new pg.Client({ connectionString: process.env.KURSDESK_TEST_PG_URL });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select pg_advisory_xact_lock(7270002, hashtext($1))', [schema]);
      const runs = [
        runCli(['users', 'set-hms', String(kari.id), '7000001', '--ticket', 'SUP-2', '--yes'], { db: url }),
        runCli(['users', 'set-hms', String(ola.id), '7000002', '--ticket', 'SUP-3', '--yes'], { db: url }),
      ];
      let waiting = 0;
      for (let i = 0; i < 600 && waiting < 2; i++) {
        const { rows } = await holder.query<{ n: number }>(
          `select count(*)::int as n from pg_locks
            where locktype = 'advisory' and not granted and classid = 7270002 and objid = hashtext($1)::oid`,
          [schema],
        );
        waiting = rows[0]?.n ?? 0;
        if (waiting < 2) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(waiting, 'both commands wait for the write lock').toBe(2);
      await holder.query('commit');
      const [a, b] = await Promise.all(runs);
      expect(a?.code, a?.stderr).toBe(0);
      expect(b?.code, b?.stderr).toBe(0);
    } finally {
      await holder.end();
    }
    const stored = await db
      .selectFrom('users')
      .select(['id', 'hms_card_number'])
      .where('id', 'in', [kari.id, ola.id])
      .orderBy('id')
      .execute();
    expect(stored).toEqual([
      { id: kari.id, hms_card_number: '7000001' },
      { id: ola.id, hms_card_number: '7000002' },
    ]);
    expect(await verifyAuditChain(db)).toEqual({ checked: 2, brokenAt: null });
    const verify = await runCli(['audit', 'verify'], { db: t().url });
    expect(verify.code, verify.stderr).toBe(0);
  });
});

describe('doctor on a schema nobody has migrated yet', () => {
  const t = useTestDatabase('postgres');

  it('says the migrations are pending (exit 1), not that the login may not read the tables', async () => {
    const empty = `kd_empty_${randomBytes(4).toString('hex')}`;
    await sql`create schema ${sql.id(empty)}`.execute(t().db.kysely);
    try {
      const url = new URL(t().url);
      url.searchParams.set('schema', empty);
      for (const lang of ['en', 'nb']) {
        const run = await runCli(['doctor', '--format', 'json'], {
          db: url.href,
          env: { KURSDESK_LANG: lang },
        });
        expect(run.code, run.stderr).toBe(1);
        const report = JSON.parse(run.stdout) as Record<string, unknown>;
        expect(report).not.toHaveProperty('access');
        expect(report).toMatchObject({ schema_version: 0, schema: `found: ${empty}` });
        expect(String(report.pending_migrations)).toMatch(/^0001-/);
        expect(run.stderr).not.toMatch(/may not read|kan ikke lese|roles setup/);
        expect(run.stderr).toMatch(lang === 'en' ? /kursdesk db migrate/ : /kursdesk db migrate/);
      }
    } finally {
      await sql`drop schema ${sql.id(empty)} cascade`.execute(t().db.kysely);
    }
  });
});

describe('a connection lost after the command had committed part of its work', () => {
  const t = useTestDatabase('postgres');

  // mail send records each message in a transaction of its own: a connection lost after the first
  // is recorded must not say that nothing was written. Cut at every statement in turn: the line says
  // "nothing was written" only when the outbox and the audit log are as they were before the run.
  it('says what was kept, and "nothing was written" only when that is so', { timeout: 300_000 }, async () => {
    const db = t().db.kysely;
    const smtp = await startSmtp();
    const proxy = await startCutProxy(t().url);
    const env = { ...PORTAL_ENV, KURSDESK_SMTP_URL: smtp.url };
    try {
      for (const [i, email] of ['kari@firma.no', 'ola@firma.no', 'per@firma.no'].entries()) {
        await learner(db, { email, given_names: ['Kari', 'Ola', 'Per'][i] as string });
        const queued = await runCli(['links', 'issue', email, '--no-send'], { db: t().url, env });
        expect(queued.code, queued.stderr).toBe(0);
      }
      const state = async () =>
        JSON.stringify({
          outbox: await db.selectFrom('outbox').select(['id', 'status', 'attempts']).orderBy('id').execute(),
          audit: (await db.selectFrom('audit_log').select('id').execute()).length,
        });
      let keptAndSaid = 0;
      for (let n = 1; n < 400; n++) {
        const before = await state();
        proxy.cutAt(n);
        const run = await runCli(['mail', 'send'], { db: proxy.url(t().url), env });
        const cut = proxy.cut;
        proxy.cutAt(undefined);
        if (cut === undefined) break;
        const where = `cut at statement ${n}: ${cut.slice(0, 60)}\n${run.stderr}`;
        expect(run.code, where).toBe(1);
        const said = run.stderr.split('\n').filter((line) => line.startsWith('kursdesk: '));
        expect(said, where).toEqual([expect.stringContaining('lost the connection to PostgreSQL')]);
        if ((await state()) === before) continue;
        expect(run.stderr, where).not.toMatch(/nothing was written/);
        expect(run.stderr, where).toMatch(/what it had already committed is kept/);
        keptAndSaid++;
        // A message the cut run had claimed is handed back, as its lease running out would.
        await db
          .updateTable('outbox')
          .set({ status: 'pending', claimed_until: null, claimed_by: null })
          .where('status', '=', 'sending')
          .execute();
      }
      expect(keptAndSaid, 'some cuts fell after a message was recorded').toBeGreaterThan(0);
      const sent = await db.selectFrom('outbox').select('status').where('status', '=', 'sent').execute();
      expect(sent.length).toBeGreaterThan(0);
    } finally {
      proxy.cutAt(undefined);
      await proxy.close();
      await smtp.close();
    }
  });
});

describe('doctor on a database migrated by a newer kursdesk', () => {
  const t = useTestDatabase('postgres');

  it('reports the whole set-up with the newer migrations as its problem (exit 1), in the agent language', async () => {
    await t()
      .db.kysely.insertInto('kursdesk_migrations' as never)
      .values({ name: '0099-from-the-future', applied_at: '2026-12-01T00:00:00.000Z' } as never)
      .execute();
    try {
      for (const lang of ['en', 'nb']) {
        const run = await runCli(['doctor', '--format', 'json'], {
          db: t().url,
          env: { KURSDESK_LANG: lang },
        });
        expect(run.code, run.stderr).toBe(1);
        const report = JSON.parse(run.stdout) as Record<string, unknown>;
        expect(report).toMatchObject({
          pending_migrations: 'none',
          newer_migrations: '0099-from-the-future',
          server_version: expect.stringMatching(/^PostgreSQL/),
          'rows.users': 0,
        });
        const said = lines(run.stderr);
        expect(said).toHaveLength(1);
        expect(said[0]).toMatch(
          lang === 'en'
            ? /0099-from-the-future.*migrated by a newer version — upgrade kursdesk/
            : /0099-from-the-future.*migrert av en nyere versjon — /,
        );
      }
      // Every other command still refuses such a database in one line.
      const show = await runCli(['users', 'show', '1'], { db: t().url });
      expect(show.code).toBe(1);
      expect(lines(show.stderr)).toEqual([expect.stringMatching(/newer version/)]);
    } finally {
      await t()
        .db.kysely.deleteFrom('kursdesk_migrations' as never)
        .where('name' as never, '=', '0099-from-the-future' as never)
        .execute();
    }
  });
});
