// A PostgreSQL server set up by someone else: a DBA may have put a stricter statement_timeout on the login
// or database (ALTER ROLE … SET statement_timeout = '2s'). kursdesk's own limits never loosen it, not
// even for the bulk and admin work that drops kursdesk's own limit, and a statement the server's limit
// cuts is one coded line. The server's limit reaches the session as its default here through the
// startup packet's options (what PGOPTIONS does, and the same default ALTER ROLE … SET gives); on a
// real server also through ALTER ROLE on a login of this file's own. PGlite ignores startup options and
// never cuts a statement (it has no timer), so there only the parts that need neither run.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDb, postgresConnectError } from '../../src/db/connect.js';
import { translateDbError } from '../../src/db/errors.js';
import { parseDbTarget } from '../../src/db/target.js';
import { writeChange } from '../../src/db/write-gate.js';
import type { UserError } from '../../src/errors.js';
import { runCli } from '../helpers/cli.js';
import { openTestDatabase, stopTestServers, type TestDatabase } from '../helpers/databases.js';

afterAll(stopTestServers);

const realServer = process.env.KURSDESK_TEST_PG_URL !== undefined;
const strictLogin = `kdt_strict_${randomBytes(4).toString('hex')}`;

/** The test database's URL with a server-side session default, as the DBA's setting would give it. */
function withServerDefault(url: string, setting: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c ${setting}`);
  return u.href;
}

async function limitIn(db: Db): Promise<string> {
  const { rows } = await sql<{ limit: string }>`select current_setting('statement_timeout') as limit`.execute(
    db.kysely,
  );
  return rows[0]?.limit ?? '';
}

/** The statement timeout a bulk change (an import, a fixture load) runs under. */
async function bulkLimitIn(db: Db): Promise<string> {
  const written = await writeChange(
    db,
    { agent: 'test', ticket: undefined, now: new Date(), requireTicket: false },
    { mode: 'bulk', dryRun: true },
    async (trx) => {
      const { rows } = await sql<{
        limit: string;
      }>`select current_setting('statement_timeout') as limit`.execute(trx);
      return rows[0]?.limit ?? '';
    },
  );
  return written.result;
}

describe('statement timeouts on a server with limits of its own', () => {
  let t: TestDatabase;
  const opened: Db[] = [];
  const open = async (url: string, statementTimeoutMs?: number) => {
    const db = await openDb(parseDbTarget(url, process.cwd()), {
      create: false,
      server: statementTimeoutMs === undefined ? {} : { statementTimeoutMs },
    });
    opened.push(db);
    return db;
  };

  beforeAll(async () => {
    t = await openTestDatabase('postgres');
  });
  afterAll(async () => {
    for (const db of opened) await db.close();
    if (realServer) await sql`drop role if exists ${sql.id(strictLogin)}`.execute(t.db.kysely);
    await t?.close();
  });

  it('without a server limit, looks-ups stop after 30 s and bulk work is not limited', async () => {
    const db = await open(t.url);
    expect(await limitIn(db)).toBe('30s');
    expect(await bulkLimitIn(db)).toBe('0');
  });

  it.runIf(realServer)(
    "keeps the server's stricter limit over kursdesk's default, its own setting and its bulk work",
    async () => {
      const url = withServerDefault(t.url, 'statement_timeout=2000');
      expect(await limitIn(await open(url))).toBe('2s');
      expect(await limitIn(await open(url, 0))).toBe('2s');
      expect(await limitIn(await open(url, 60_000))).toBe('2s');
      expect(await bulkLimitIn(await open(url))).toBe('2s');
      // A stricter limit of kursdesk's own still applies under a looser server limit.
      expect(await limitIn(await open(url, 500))).toBe('500ms');
    },
  );

  it.runIf(realServer)('keeps a stricter idle-in-transaction and lock limit of the server too', async () => {
    const db = await open(
      withServerDefault(t.url, 'idle_in_transaction_session_timeout=60000 -c lock_timeout=1000'),
    );
    const { rows } = await sql<{
      idle: string;
      lock: string;
    }>`select current_setting('idle_in_transaction_session_timeout') as idle, current_setting('lock_timeout') as lock`.execute(
      db.kysely,
    );
    expect(rows[0]).toEqual({ idle: '1min', lock: '1s' });
  });

  it.runIf(realServer)('keeps the limit the DBA set with ALTER ROLE on the login', async () => {
    await sql`create role ${sql.id(strictLogin)} login`.execute(t.db.kysely);
    await sql.raw(`alter role ${strictLogin} set statement_timeout = '2s'`).execute(t.db.kysely);
    const url = new URL(t.url);
    url.username = strictLogin;
    const db = await open(url.href);
    expect(await limitIn(db)).toBe('2s');
  });

  it('a statement cut by the server at connect time is said so, not "cannot reach PostgreSQL"', () => {
    const atConnect = postgresConnectError(
      Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }),
      'postgres://desk@db.example/kurs',
    );
    expect(atConnect.code).toBe('pg.statement-timeout-at-connect');
    expect(atConnect.exitCode).toBe(1);
  });

  it.runIf(realServer)('a statement cut by the timeout is one coded line', async () => {
    const db = await open(t.url, 1);
    const error = await sql`select pg_sleep(0.2)`
      .execute(db.kysely)
      .catch((e: unknown) => translateDbError(e));
    expect((error as UserError).code).toBe('db.statement-timeout');

    // A DBA limit of 1 ms cuts the session's settings or the look-up itself, whichever runs past it.
    const run = await runCli(['users', 'find', '--name', 'Kari Testesen', '--format', 'json'], {
      db: withServerDefault(t.url, 'statement_timeout=1'),
    });
    expect(run.stderr).not.toMatch(/pg\.timed-out|"code":null|internal error|\n\s+at /);
    if (run.code !== 0 && run.code !== 3)
      expect(run.stderr).toMatch(/"code":"(pg\.statement-timeout-at-connect|db\.statement-timeout)"/);
  });
});
