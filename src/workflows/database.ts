// Looking after the database itself: migrations, the test/demo marker and the health report of `doctor`.
import { sql } from 'kysely';
import type { Db } from '../db/connect.js';
import type { RoleKind } from '../db/errors.js';
import { LATEST_SCHEMA_VERSION, migrate, migrationStatus, readMigrationStatus } from '../db/migrate.js';
import { DATABASE_KIND, type DatabaseKind, getMeta, setMeta } from '../db/queries/meta.js';
import { TABLES } from '../db/schema.js';
import { type Actor, writeChange } from '../db/write-gate.js';
import { type Text, text } from '../domain/messages/index.js';
import { UsageError } from '../errors.js';

export async function applyMigrations(db: Db, now: Date) {
  const applied = await migrate(db, now);
  return { applied, states: await migrationStatus(db) };
}

export async function markDatabase(
  db: Db,
  actor: Actor,
  kind: DatabaseKind,
): Promise<{ before: string; after: DatabaseKind }> {
  const { result } = await writeChange(db, actor, { dryRun: false, role: 'admin' }, async (trx, audit) => {
    const before = (await getMeta(trx, DATABASE_KIND)) ?? 'production';
    await setMeta(trx, DATABASE_KIND, kind);
    audit({
      action: 'db.mark',
      targetType: 'database',
      targetId: null,
      changes: [{ field: DATABASE_KIND, old: before, new: kind }],
    });
    return { before, after: kind };
  });
  return result;
}

export interface DoctorReport {
  database: string;
  dialect: string;
  schema_version: number;
  latest_version: number;
  pending_migrations: string[];
  /** Applied by a newer kursdesk: every other command refuses the database until kursdesk is upgraded. */
  newer_migrations: string[];
  database_kind: string;
  server_version: string;
  /** PostgreSQL: who the server says is logged in, and the kursdesk roles that login has. */
  login?: string;
  server_roles?: string;
  /** PostgreSQL: the schema, found or not (with the fix). */
  schema?: Text;
  rows: Record<string, number>;
}

/**
 * PostgreSQL with a login that may not read the desk's tables (no kursdesk role, or the schema is not
 * there): what can still be checked, and the one problem with its fix, instead of the server's refusal.
 */
export interface DoctorAccessReport {
  database: string;
  dialect: string;
  connection: 'ok';
  server_version: string;
  login: string;
  server_roles: Text;
  schema: Text;
  access: Text;
}

/**
 * The short report of a PostgreSQL login that reaches the server and finds the schema but may not read
 * the desk's tables; undefined when it may (or on SQLite), and doctorReport tells the rest.
 */
export async function doctorAccessProblem(db: Db): Promise<DoctorAccessReport | undefined> {
  if (db.dialect !== 'postgres' || db.target.dialect !== 'postgres') return undefined;
  const { serverAccess } = await import('../db/roles.js');
  const access = await serverAccess(db.kysely, db.target.schema);
  if (!access.schemaFound || access.canRead) return undefined;
  return {
    database: db.target.display,
    dialect: db.dialect,
    connection: 'ok',
    server_version: await serverVersion(db),
    login: access.login,
    server_roles: text('doctor.no-server-roles'),
    schema: text('doctor.schema-found', { schema: access.schema }),
    access:
      access.names === null
        ? text('doctor.roles-not-set-up', { login: access.login })
        : text('doctor.role-missing', {
            login: access.login,
            roles: [access.names.readonly, access.names.agent, access.names.admin],
          }),
  };
}

/** PostgreSQL: the schema the URL names (or the session's), found or not (with the fix). */
async function schemaCheck(db: Db): Promise<Text | undefined> {
  if (db.dialect !== 'postgres' || db.target.dialect !== 'postgres') return undefined;
  const { serverAccess } = await import('../db/roles.js');
  const access = await serverAccess(db.kysely, db.target.schema);
  return access.schemaFound
    ? text('doctor.schema-found', { schema: access.schema })
    : text('doctor.schema-missing', { schema: access.schema });
}

async function serverVersion(db: Db): Promise<string> {
  const { rows } = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(db.kysely);
  return `PostgreSQL ${rows[0]?.v ?? ''}`.trim();
}

export async function doctorReport(db: Db): Promise<DoctorReport> {
  const schema = await schemaCheck(db);
  const { known: states, unknown: newer } = await readMigrationStatus(db);
  const pending = states.filter((s) => s.appliedAt === null).map((s) => s.name);
  const version = states.length - pending.length;
  const rows: Record<string, number> = {};
  let kind = 'production';
  if (pending.length === 0) {
    for (const table of TABLES) {
      const row = await db.kysely
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst();
      rows[table] = Number(row?.n ?? 0);
    }
    kind = (await getMeta(db.kysely, DATABASE_KIND)) ?? 'production';
  }
  const server =
    db.dialect === 'sqlite'
      ? `SQLite ${(await sql<{ v: string }>`select sqlite_version() as v`.execute(db.kysely)).rows[0]?.v}`
      : await serverVersion(db);
  const who = db.dialect === 'postgres' && pending.length === 0 ? await serverIdentity(db) : {};
  return {
    database: db.target.display,
    dialect: db.dialect,
    schema_version: version,
    latest_version: LATEST_SCHEMA_VERSION,
    pending_migrations: pending,
    newer_migrations: newer,
    database_kind: kind,
    server_version: server,
    ...who,
    ...(schema ? { schema } : {}),
    rows,
  };
}

/** PostgreSQL only: a SQLite file's protection is its file permissions. */
function serverOnly(db: Db, what: string): void {
  if (db.dialect !== 'postgres') throw new UsageError(text('db.server-only', { what }));
}

/** `db roles setup`: the group roles and their grants, audited. Run by the database's owner. */
export async function setupDatabaseRoles(db: Db, actor: Actor, prefix: string) {
  serverOnly(db, 'db roles setup');
  const { setupRoles } = await import('../db/roles.js');
  const { result } = await writeChange(db, actor, { dryRun: false, role: 'admin' }, async (trx, audit) => {
    const done = await setupRoles(trx, prefix);
    audit({
      action: 'db.roles.setup',
      targetType: 'database',
      targetId: null,
      changes: { roles: [done.names.readonly, done.names.agent, done.names.admin], created: done.created },
    });
    return done;
  });
  return result;
}

/** `db roles grant|revoke`: one login's kursdesk role, audited. */
export async function changeDatabaseRole(db: Db, actor: Actor, login: string, kind: RoleKind | null) {
  serverOnly(db, 'db roles');
  const roles = await import('../db/roles.js');
  const { result } = await writeChange(db, actor, { dryRun: false, role: 'admin' }, async (trx, audit) => {
    const names = await roles.roleNames(trx);
    const change =
      kind === null
        ? await roles.revokeRoles(trx, names, login)
        : await roles.grantRole(trx, names, login, kind);
    audit({
      action: kind === null ? 'db.roles.revoke' : 'db.roles.grant',
      targetType: 'login',
      targetId: login,
      changes: [
        { field: 'roles', old: change.before.join(',') || null, new: change.after.join(',') || null },
      ],
    });
    return { login, ...change, names };
  });
  return result;
}

/** session_user and the kursdesk roles it holds (directly or through another role). */
async function serverIdentity(db: Db): Promise<{ login: string; server_roles: string }> {
  const { ROLE_KINDS, roleNames } = await import('../db/roles.js');
  const names = await roleNames(db.kysely);
  const held = ROLE_KINDS.map(
    (kind) =>
      sql`case when exists (select 1 from pg_roles where rolname = ${names[kind]}) then pg_has_role(session_user, ${names[kind]}, 'MEMBER') else false end as ${sql.id(kind)}`,
  );
  const { rows } = await sql<
    Record<string, unknown>
  >`select session_user::text as login, ${sql.join(held)}`.execute(db.kysely);
  const row = rows[0] ?? {};
  const roles = ROLE_KINDS.filter((kind) => row[kind] === true).map((kind) => names[kind]);
  return {
    login: String(row.login),
    server_roles: roles.join(', ') || 'none (the owner, or roles not set up)',
  };
}
