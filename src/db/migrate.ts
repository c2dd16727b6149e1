// Applies and reports schema migrations. All pending migrations run in one transaction (both dialects
// have transactional DDL), under an advisory lock on PostgreSQL, so a failed run leaves nothing behind.

import { type Kysely, sql } from 'kysely';
import { text as coded } from '../domain/messages/index.js';
import { UserError } from '../errors.js';
import { markCommitted } from './committed.js';
import type { Db } from './connect.js';
import { migrations } from './migrations/index.js';
import type { Schema } from './schema.js';

export interface MigrationState {
  name: string;
  appliedAt: string | null;
}

export const LATEST_SCHEMA_VERSION = migrations.length;

async function migrationsTableExists(db: Db): Promise<boolean> {
  if (db.dialect === 'sqlite') {
    const row = await sql<{
      n: number;
    }>`select count(*) as n from sqlite_master where type = 'table' and name = 'kursdesk_migrations'`.execute(
      db.kysely,
    );
    return Number(row.rows[0]?.n) > 0;
  }
  const schema = (db.target.dialect === 'postgres' && db.target.schema) || 'public';
  const row = await sql<{
    t: string | null;
    usable: boolean | null;
  }>`select to_regclass('kursdesk_migrations')::text as t,
       case when exists (select 1 from pg_namespace where nspname = ${schema})
         then has_schema_privilege(${schema}, 'USAGE') end as usable`.execute(db.kysely);
  // A login without any kursdesk role does not see the tables at all: say so, rather than call the
  // database empty.
  if (row.rows[0]?.t == null && row.rows[0]?.usable === false)
    throw Object.assign(new Error(`permission denied for schema ${schema}`), { code: '42501' });
  return row.rows[0]?.t != null;
}

async function appliedMigrations(db: Kysely<unknown>): Promise<Map<string, string>> {
  const rows = await sql<{
    name: string;
    applied_at: string;
  }>`select name, applied_at from kursdesk_migrations`.execute(db);
  return new Map(rows.rows.map((r) => [r.name, String(r.applied_at)]));
}

/**
 * The migrations this kursdesk knows, applied or not, and those applied by a newer kursdesk (which
 * `doctor` reports as one of its checks; every other command refuses such a database).
 */
export async function readMigrationStatus(db: Db): Promise<{ known: MigrationState[]; unknown: string[] }> {
  const applied = (await migrationsTableExists(db))
    ? await appliedMigrations(db.kysely as Kysely<unknown>)
    : new Map();
  const known = migrations.map((m) => ({ name: m.name, appliedAt: applied.get(m.name) ?? null }));
  const unknown = [...applied.keys()].filter((name) => !migrations.some((m) => m.name === name));
  return { known, unknown };
}

export async function migrationStatus(db: Db): Promise<MigrationState[]> {
  const { known, unknown } = await readMigrationStatus(db);
  if (unknown.length > 0) {
    throw new UserError(coded('migrate.unknown-migrations', { names: unknown }), 1, {
      hint: coded('hint.upgrade'),
    });
  }
  return known;
}

/** Applies every pending migration; returns the names applied. */
export async function migrate(db: Db, now: Date): Promise<string[]> {
  // SQLite rebuilds a table to change a column constraint (create, copy, drop, rename); dropping a
  // table with foreign keys on would first delete its rows and cascade to every child. So, as SQLite's
  // own procedure says, foreign keys are off while migrations run (it can only change outside a
  // transaction) and checked before the commit.
  const sqlite = db.dialect === 'sqlite';
  if (sqlite) await sql`pragma foreign_keys = off`.execute(db.kysely);
  try {
    if (!sqlite) await mayCreateTables(db);
    const applied = await applyPending(db, now);
    // Committed: a connection lost at a later statement (the status read) must not say nothing was written.
    if (applied.length > 0) markCommitted(db, 'migrations');
    return applied;
  } catch (error) {
    throw await needsAdmin(db, error);
  } finally {
    if (sqlite) await sql`pragma foreign_keys = on`.execute(db.kysely);
  }
}

/**
 * A login without CREATE on the schema is refused before anything runs. Without USAGE the server would
 * otherwise answer "no schema has been selected to create in", which reads like a bug.
 */
async function mayCreateTables(db: Db): Promise<void> {
  const schema = (db.target.dialect === 'postgres' && db.target.schema) || 'public';
  const { rows } = await sql<{
    may: boolean | null;
  }>`select case when exists (select 1 from pg_namespace where nspname = ${schema})
       then has_schema_privilege(${schema}, 'CREATE') end as may`.execute(db.kysely);
  if (rows[0]?.may === false)
    throw Object.assign(new Error(`permission denied for schema ${schema}`), { code: '42501' });
}

/**
 * Migrating is the admin role's work: the server refuses anyone else (no CREATE on the schema, not the
 * tables' owner). Without this tag errors.ts would take the refusal for a read and name readonly, which
 * an agent already has.
 */
async function needsAdmin(db: Db, error: unknown): Promise<unknown> {
  if (db.dialect !== 'postgres' || !(error instanceof Error)) return error;
  if ((error as { code?: string }).code !== '42501') return error;
  const { DEFAULT_ROLE_PREFIX, namesFor, roleNames } = await import('./roles.js');
  // A login with no kursdesk role may not read the prefix either; then the default names are the guess.
  const names = await roleNames(db.kysely as Kysely<Schema>).catch(() => namesFor(DEFAULT_ROLE_PREFIX));
  return Object.assign(error, { neededRole: names.admin });
}

/**
 * The schema a URL names (?schema=) is made in the migrations' transaction, under their lock: a
 * connection cut before the commit then leaves no empty schema behind, and two agents migrating a new
 * schema at once do not both try to make it (the second sees it once the first has committed).
 */
async function createNamedSchema(db: Db, trx: Kysely<unknown>): Promise<void> {
  if (db.target.dialect !== 'postgres' || !db.target.schema) return;
  const schema = db.target.schema;
  // CREATE SCHEMA IF NOT EXISTS asks for CREATE on the whole database even when the schema is there,
  // which the desk's admin role (owner of the tables, not of the database) need not have.
  const found = await sql<{
    n: number;
  }>`select count(*)::int as n from pg_namespace where nspname = ${schema}`.execute(trx);
  if (found.rows[0]?.n === 0) await sql`create schema ${sql.id(schema)}`.execute(trx);
}

async function applyPending(db: Db, now: Date): Promise<string[]> {
  return (db.kysely as Kysely<unknown>).transaction().execute(async (trx) => {
    if (db.dialect === 'postgres') {
      await sql`select pg_advisory_xact_lock(7270001)`.execute(trx);
      // Building an index on a big table may take longer than a look-up may: no limit of kursdesk's own,
      // only the one the DBA set on the login or database, if any.
      await sql`set local statement_timeout to default`.execute(trx);
      await createNamedSchema(db, trx);
    }
    await sql`create table if not exists kursdesk_migrations (name text primary key, applied_at text not null)`.execute(
      trx,
    );
    const applied = await appliedMigrations(trx);
    const done: string[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.name)) continue;
      await migration.up(trx, db.dialect);
      await sql`insert into kursdesk_migrations (name, applied_at) values (${migration.name}, ${now.toISOString()})`.execute(
        trx,
      );
      done.push(migration.name);
    }
    // On a server set up with roles, new tables get their owner and grants in the same transaction.
    if (db.dialect === 'postgres' && done.length > 0) {
      const { applyRoles, rolesConfigured, roleNames } = await import('./roles.js');
      const q = trx as unknown as Kysely<Schema>;
      if (await rolesConfigured(q)) await applyRoles(q, await roleNames(q));
    }
    if (db.dialect === 'sqlite' && done.length > 0) {
      const broken = await sql<{ table: string }>`pragma foreign_key_check`.execute(trx);
      if (broken.rows.length > 0)
        throw new Error(`migrations left rows that break a foreign key in ${broken.rows[0]?.table}`);
    }
    return done;
  });
}

/**
 * Makes sure the schema is current before a command uses it. A SQLite file is the agent's own and is
 * migrated on the spot; a shared PostgreSQL database is migrated only on request.
 */
export async function ensureCurrentSchema(db: Db, now: Date): Promise<void> {
  const states = await migrationStatus(db);
  const pending = states.filter((s) => s.appliedAt === null);
  if (pending.length === 0) return;
  if (db.dialect === 'sqlite') {
    await migrate(db, now);
    return;
  }
  const version = states.length - pending.length;
  throw new UserError(
    coded('migrate.behind', {
      display: db.target.display,
      version,
      needed: states.length,
      pending: pending.length,
      missingSchema: await missingSchema(db, version),
    }),
    1,
    { hint: coded('hint.run-migrate') },
  );
}

/**
 * A schema that is not there at all is often a typo in ?schema=; migrating would then make a second,
 * empty desk under the wrong name, so the refusal says it before anyone runs db migrate.
 */
async function missingSchema(db: Db, version: number): Promise<string | undefined> {
  if (version > 0 || db.target.dialect !== 'postgres' || !db.target.schema) return undefined;
  const found = await sql<{
    n: number;
  }>`select count(*)::int as n from pg_namespace where nspname = ${db.target.schema}`.execute(db.kysely);
  return found.rows[0]?.n === 0 ? db.target.schema : undefined;
}
