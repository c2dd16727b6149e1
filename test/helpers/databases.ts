// Fresh, migrated databases of both dialects for tests. PostgreSQL is the server named by
// KURSDESK_TEST_PG_URL when set, else the PGlite server global-setup.ts started for this worker (PGlite
// takes seconds to start, so the files of a worker share one); either way every test file works in its
// own schema, so parallel files and parallel runs never collide.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { withAuditGuardsLifted } from '../../src/db/audit-guard.js';
import { type Db, openDb } from '../../src/db/connect.js';
import { migrate } from '../../src/db/migrate.js';
import { TABLES } from '../../src/db/schema.js';
import { type Dialect, parseDbTarget } from '../../src/db/target.js';

export const DIALECTS: readonly Dialect[] = ['sqlite', 'postgres'];

export interface TestDatabase {
  dialect: Dialect;
  /** What a command gets as --db. */
  url: string;
  /** An open connection for setting up and checking; close it before handing the database to another process. */
  db: Db;
  /** Empties every table (the schema stays). */
  reset(): Promise<void>;
  close(): Promise<void>;
}

interface PgServer {
  baseUrl: string;
  stop(): Promise<void>;
}

let pgServer: Promise<PgServer> | undefined;

async function startPglite(): Promise<PgServer> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const pglite = await PGlite.create({ extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db: pglite, port: 0, host: '127.0.0.1', maxConnections: 8 });
  await server.start();
  return {
    baseUrl: `postgres://postgres@${server.getServerConn()}/postgres`,
    stop: async () => {
      await server.stop();
      await pglite.close();
    },
  };
}

/** The PGlite server global setup started for this worker, if there is one. */
function workerPglite(): string | undefined {
  const slot = Number(process.env.VITEST_POOL_ID);
  return Number.isInteger(slot) && slot >= 1 ? inject('pgliteUrls')?.[slot - 1] : undefined;
}

function postgresServer(): Promise<PgServer> {
  // A server this file did not start is not this file's to stop.
  const shared = process.env.KURSDESK_TEST_PG_URL ?? workerPglite();
  pgServer ??= shared ? Promise.resolve({ baseUrl: shared, stop: async () => {} }) : startPglite();
  return pgServer;
}

/** Stops the PGlite server of this test file, if it had to start one of its own. */
export async function stopTestServers(): Promise<void> {
  if (pgServer) await (await pgServer).stop();
  pgServer = undefined;
}

function withSchema(baseUrl: string, schema: string): string {
  const url = new URL(baseUrl);
  url.searchParams.set('schema', schema);
  return url.href;
}

export async function emptyTables(db: Db): Promise<void> {
  // The audit log is append-only (triggers): the test, as the owner, lifts that for the emptying.
  await withAuditGuardsLifted(db, async (trx) => {
    if (db.dialect === 'postgres') {
      await sql`truncate ${sql.join(TABLES.map((t) => sql.table(t)))} restart identity cascade`.execute(trx);
      return;
    }
    for (const table of [...TABLES].reverse()) await trx.deleteFrom(table).execute();
  });
}

export async function openTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  const now = new Date();
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'kursdesk-test-'));
    const path = join(dir, 'test.db');
    const db = await openDb(parseDbTarget(path, dir), { create: true });
    await migrate(db, now);
    return {
      dialect,
      url: path,
      db,
      reset: () => emptyTables(db),
      close: async () => {
        await db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const server = await postgresServer();
  const schema = `kd_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const url = withSchema(server.baseUrl, schema);
  const db = await openDb(parseDbTarget(url, process.cwd()), { create: false });
  await migrate(db, now);
  return {
    dialect,
    url,
    db,
    reset: () => emptyTables(db),
    close: async () => {
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db.kysely);
      await db.close();
    },
  };
}

/**
 * The usual lifecycle inside `describe.each(DIALECTS)`: one database for the block, emptied before each
 * test, closed after. Returns a getter, since the database exists only once beforeAll has run.
 */
export function useTestDatabase(dialect: Dialect): () => TestDatabase {
  let t: TestDatabase | undefined;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
  });
  afterAll(async () => {
    await t?.close();
  });
  beforeEach(async () => {
    await t?.reset();
  });
  return () => {
    if (!t) throw new Error('useTestDatabase: the database is opened in beforeAll');
    return t;
  };
}
