// Who may do what on a shared PostgreSQL server, enforced by the server itself: three group roles
// and the GRANTs (plus one row-level policy) that give each what its commands need, so a psql
// session with an agent's login cannot do more than kursdesk can.
//   <prefix>_readonly  look-ups and reports: SELECT.
//   <prefix>_agent     the support workflows: readonly + INSERT and UPDATE (no DELETE, no TRUNCATE
//                      except the register extracts it reloads); the audit log INSERT only;
//                      kursdesk_meta only for keys other than the database kind and the role prefix.
//   <prefix>_admin     owns the tables: migrations, db reset, fixtures, retention, db mark, grants.
// The prefix (default kursdesk) is kept in kursdesk_meta, so several desks, or tests, can share a
// server whose roles are cluster-wide. The audit log's append-only triggers bind the owner too.
import { type Kysely, sql } from 'kysely';
import { text as coded } from '../domain/messages/index.js';
import { NotFoundError, UsageError } from '../errors.js';
import type { RoleKind } from './errors.js';
import type { Schema } from './schema.js';

export const ROLE_KINDS: readonly RoleKind[] = ['readonly', 'agent', 'admin'];
export const DEFAULT_ROLE_PREFIX = 'kursdesk';
const PREFIX_KEY = 'roles_prefix';
const PREFIX = /^[a-z_][a-z0-9_]{0,40}$/;
const LOGIN = /^[A-Za-z0-9_.@-]{1,63}$/;

export type RoleNames = Record<RoleKind, string> & { prefix: string };

/** Meta keys only an admin may write: the database kind (production protection) and the prefix. */
export const ADMIN_META_KEYS = ['database_kind', PREFIX_KEY] as const;

/** Tables an agent may empty: the register extracts, which a reload replaces whole. */
const AGENT_TRUNCATE = ['brreg_units', 'elma_participants'] as const;

export function namesFor(prefix: string): RoleNames {
  if (!PREFIX.test(prefix)) throw new UsageError(coded('roles.bad-prefix', { given: prefix }));
  return {
    prefix,
    readonly: `${prefix}_readonly`,
    agent: `${prefix}_agent`,
    admin: `${prefix}_admin`,
  };
}

/** The role names this database uses (the default ones before `db roles setup`). */
export async function roleNames(db: Kysely<Schema>): Promise<RoleNames> {
  const row = await db
    .selectFrom('kursdesk_meta')
    .select('value')
    .where('key', '=', PREFIX_KEY)
    .executeTakeFirst();
  return namesFor(row?.value ?? DEFAULT_ROLE_PREFIX);
}

export async function rolesConfigured(db: Kysely<Schema>): Promise<boolean> {
  const row = await db
    .selectFrom('kursdesk_meta')
    .select('value')
    .where('key', '=', PREFIX_KEY)
    .executeTakeFirst();
  return row !== undefined;
}

const id = (name: string) => sql.id(name);

async function tablesOf(q: Kysely<Schema>): Promise<string[]> {
  const { rows } = await sql<{
    name: string;
  }>`select tablename as name from pg_tables where schemaname = current_schema() order by tablename`.execute(
    q,
  );
  return rows.map((r) => r.name);
}

/**
 * Creates the group roles when missing and (re)applies every grant in the current schema. Idempotent:
 * migrations call it again after they ran, so new tables get their grants.
 */
export async function applyRoles(q: Kysely<Schema>, names: RoleNames): Promise<{ created: string[] }> {
  const created: string[] = [];
  for (const kind of ROLE_KINDS) {
    const name = names[kind];
    const exists = await sql<{
      n: number;
    }>`select count(*)::int as n from pg_roles where rolname = ${name}`.execute(q);
    if (exists.rows[0]?.n === 0) {
      await sql`create role ${id(name)} nologin`.execute(q);
      created.push(name);
    }
  }
  // agent ⊃ readonly; admin ⊃ agent, and may grant the lesser roles to logins.
  await sql`grant ${id(names.readonly)} to ${id(names.agent)}`.execute(q);
  await sql`grant ${id(names.agent)}, ${id(names.readonly)} to ${id(names.admin)} with admin option`.execute(
    q,
  );
  const me = await sql<{
    su: boolean;
  }>`select rolsuper as su from pg_roles where rolname = current_user`.execute(q);
  // Whoever sets up must be able to hand the tables to the admin role (PostgreSQL 15 asks for membership).
  if (!me.rows[0]?.su) await sql`grant ${id(names.admin)} to current_user with admin option`.execute(q);

  const schema = sql`current_schema()`;
  const { rows } = await sql<{ s: string }>`select ${schema} as s`.execute(q);
  const schemaName = rows[0]?.s as string;
  await sql`grant usage on schema ${id(schemaName)} to ${id(names.readonly)}`.execute(q);
  await sql`grant usage, create on schema ${id(schemaName)} to ${id(names.admin)}`.execute(q);

  const tables = await tablesOf(q);
  for (const table of tables) {
    const t = id(table);
    await sql`alter table ${t} owner to ${id(names.admin)}`.execute(q);
    await sql`revoke all on ${t} from ${id(names.readonly)}, ${id(names.agent)}`.execute(q);
    await sql`grant select on ${t} to ${id(names.readonly)}`.execute(q);
    if (table === 'kursdesk_migrations') continue;
    if (table === 'audit_log') {
      await sql`grant insert on ${t} to ${id(names.agent)}`.execute(q);
      continue;
    }
    await sql`grant insert, update on ${t} to ${id(names.agent)}`.execute(q);
    if ((AGENT_TRUNCATE as readonly string[]).includes(table))
      await sql`grant delete, truncate on ${t} to ${id(names.agent)}`.execute(q);
  }
  await sql`grant usage, select on all sequences in schema ${id(schemaName)} to ${id(names.agent)}`.execute(
    q,
  );
  for (const fn of ['kursdesk_audit_login', 'kursdesk_audit_append_only'])
    await sql`alter function ${id(fn)}() owner to ${id(names.admin)}`.execute(q);

  // kursdesk_meta: agents record facts such as the national-ID key's fingerprint, but the database
  // kind (what keeps production safe) and the role prefix are the admin's: a row-level policy, as a
  // GRANT cannot tell one key from another. The owner (admin) is not bound by it.
  const keys = sql.join(ADMIN_META_KEYS.map((k) => sql.lit(k)));
  await sql`alter table kursdesk_meta enable row level security`.execute(q);
  for (const policy of ['kursdesk_meta_read', 'kursdesk_meta_agent_insert', 'kursdesk_meta_agent_update'])
    await sql`drop policy if exists ${id(policy)} on kursdesk_meta`.execute(q);
  await sql`create policy kursdesk_meta_read on kursdesk_meta for select using (true)`.execute(q);
  await sql`create policy kursdesk_meta_agent_insert on kursdesk_meta for insert to ${id(names.agent)} with check (key not in (${keys}))`.execute(
    q,
  );
  await sql`create policy kursdesk_meta_agent_update on kursdesk_meta for update to ${id(names.agent)} using (key not in (${keys})) with check (key not in (${keys}))`.execute(
    q,
  );
  return { created };
}

/** `db roles setup`: the roles, the grants, and the prefix recorded for later commands. */
export async function setupRoles(q: Kysely<Schema>, prefix: string) {
  const names = namesFor(prefix);
  const result = await applyRoles(q, names);
  await q
    .insertInto('kursdesk_meta')
    .values({ key: PREFIX_KEY, value: prefix })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: prefix }))
    .execute();
  return { names, ...result };
}

async function checkLogin(q: Kysely<Schema>, login: string): Promise<void> {
  if (!LOGIN.test(login)) throw new UsageError(coded('roles.bad-login', { given: login }));
  const found = await sql<{
    n: number;
  }>`select count(*)::int as n from pg_roles where rolname = ${login} and rolcanlogin`.execute(q);
  if (found.rows[0]?.n === 0)
    throw new NotFoundError(coded('roles.no-such-login', { login }), {
      hint: coded('hint.create-login', { login }),
    });
}

/** The kursdesk roles a login has now, directly granted. */
export async function rolesOf(q: Kysely<Schema>, names: RoleNames, login: string): Promise<RoleKind[]> {
  const { rows } = await sql<{ name: string }>`select g.rolname as name from pg_auth_members m
    join pg_roles g on g.oid = m.roleid join pg_roles u on u.oid = m.member where u.rolname = ${login}`.execute(
    q,
  );
  const held = new Set(rows.map((r) => r.name));
  return ROLE_KINDS.filter((kind) => held.has(names[kind]));
}

/** Gives a login exactly one kursdesk role (the others it had are taken away). */
export async function grantRole(q: Kysely<Schema>, names: RoleNames, login: string, kind: RoleKind) {
  await checkLogin(q, login);
  const before = await rolesOf(q, names, login);
  for (const other of before)
    if (other !== kind) await sql`revoke ${id(names[other])} from ${id(login)}`.execute(q);
  // Admins may pass the admin role on, so a desk does not depend on one person.
  if (kind === 'admin') await sql`grant ${id(names.admin)} to ${id(login)} with admin option`.execute(q);
  else await sql`grant ${id(names[kind])} to ${id(login)}`.execute(q);
  return { before, after: [kind] };
}

export async function revokeRoles(q: Kysely<Schema>, names: RoleNames, login: string) {
  await checkLogin(q, login);
  const before = await rolesOf(q, names, login);
  for (const kind of before) await sql`revoke ${id(names[kind])} from ${id(login)}`.execute(q);
  return { before, after: [] as RoleKind[] };
}

/** What any login may learn about its access to the desk's schema, from the catalogues alone. */
export interface ServerAccess {
  login: string;
  schema: string;
  schemaFound: boolean;
  /**
   * Nothing stops the login reading the kursdesk tables: it may use the schema and select from
   * kursdesk_migrations, or that table is not there yet (a database not migrated has nothing to refuse).
   */
  canRead: boolean;
  /** The desk's roles, as the schema's grants name them; null when no roles are set up in it. */
  names: RoleNames | null;
}

/**
 * The login's access to `schema` (the URL's, else the session's current schema), read from pg_namespace
 * and pg_class, which every login may read: a login without any kursdesk role cannot read kursdesk_meta,
 * where the role prefix is kept, so the desk's roles are found as the `<prefix>_readonly` role the
 * schema grants USAGE to.
 */
export async function serverAccess(q: Kysely<Schema>, schema: string | undefined): Promise<ServerAccess> {
  const { rows } = await sql<{
    login: string;
    schema: string;
    found: boolean;
    can_read: boolean;
    readers: string[] | null;
  }>`
    with s as (select coalesce(${schema ?? null}::text, current_schema(), 'public') as name),
         n as (select n.oid, n.nspacl from pg_namespace n join s on n.nspname = s.name)
    select session_user::text as login, (select name from s) as schema,
           exists (select 1 from n) as found,
           coalesce((select has_schema_privilege(n.oid, 'USAGE')
                       and not exists (select 1 from pg_class c
                                        where c.relnamespace = n.oid and c.relname = 'kursdesk_migrations'
                                          and not has_table_privilege(c.oid, 'SELECT'))
                       from n), false) as can_read,
           (select array_agg(r.rolname::text order by r.rolname)
              from n, aclexplode(n.nspacl) a join pg_roles r on r.oid = a.grantee
             where a.privilege_type = 'USAGE' and r.rolname like '%\\_readonly') as readers`.execute(q);
  const row = rows[0];
  if (!row) throw new Error('the access query gave no row');
  const readers = (row.readers ?? []).map((name) => name.slice(0, -'_readonly'.length));
  const prefix = readers.includes(DEFAULT_ROLE_PREFIX)
    ? DEFAULT_ROLE_PREFIX
    : readers.find((p) => PREFIX.test(p));
  return {
    login: row.login,
    schema: row.schema,
    schemaFound: row.found,
    canRead: row.can_read,
    names: prefix === undefined ? null : namesFor(prefix),
  };
}
