// The one way a change reaches the database: a transaction, the audit entries that describe it (chained
// by hash so an edited or deleted entry shows), and --dry-run, which does the real work and rolls back.
//
// Who waits for whom on PostgreSQL (SQLite has one writer at a time anyway, BEGIN IMMEDIATE):
// - A single change (the default) holds the write lock for its whole, short transaction, as before:
//   checks such as "no account has this national ID" or "the unit has a free seat" still hold when
//   it commits, and its audit entries go straight onto a settled chain.
// - A bulk change (`mode: 'bulk'`: company imports, bulk moves) holds only the bulk lock while it
//   works, so bulk jobs take turns among themselves but single changes run beside them; its rows are
//   guarded by row locks, unique indexes and version checks (optimistic locking), which do not need
//   the write lock. Its audit entries wait in a temporary table until the work is done; then it
//   takes the write lock, appends them to the chain and commits at once. The chain therefore stays
//   one line in commit order, yet a million-row import holds the write lock for the append alone
//   (one entry for created rows; one per updated row), not for the 10–15 s of its work.
// Committing an import in batches would also have freed the lock, but would break the promise that
// a failed or killed import leaves nothing behind, so the chain append moved instead.
import { createHash, randomBytes } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import { text as coded, type Notice } from '../domain/messages/index.js';
import { type FieldChange, PERSONAL_FIELDS } from '../domain/personal-data.js';
import { PolicyError } from '../errors.js';
import { markCommitted } from './committed.js';
import type { Db } from './connect.js';
import type { Schema } from './schema.js';

export interface Actor {
  /** The display name (--agent, KURSDESK_AGENT or the OS user). */
  agent: string;
  /**
   * Who is logged in, recorded beside the display name: the OS user on SQLite. On PostgreSQL the
   * server's session_user is recorded instead (a trigger sets it), whatever the client says.
   */
  login?: string;
  ticket: string | undefined;
  now: Date;
  /** Changes need a ticket reference (KURSDESK_REQUIRE_TICKET). */
  requireTicket: boolean;
}

export interface AuditRecord {
  action: string;
  targetType: string;
  targetId: string | number | null;
  /** The learner the change concerns, for `audit --user`. */
  userId?: number | null;
  /** Changed fields (old → new, already masked) or a summary object for bulk work. */
  changes: FieldChange[] | Record<string, unknown>;
}

export interface WriteResult<T> {
  result: T;
  dryRun: boolean;
  auditIds: number[];
}

export type Tx = Transaction<Schema>;
export type Audit = (record: AuditRecord) => void;

export interface ChangeOptions {
  dryRun: boolean;
  /** `bulk`: long jobs that must leave room for single changes (see the top of this file). */
  mode?: 'single' | 'bulk';
  /**
   * The kursdesk role the change needs on a shared server, named when the server refuses it
   * (default agent).
   */
  role?: 'agent' | 'admin';
}

class DryRunRollback<T> extends Error {
  constructor(readonly payload: { result: T; auditIds: number[] }) {
    super('dry run');
  }
}

export const GENESIS_HASH = '0'.repeat(64);

/**
 * PostgreSQL advisory locks, keyed to the schema so kursdesk databases in different schemas of one
 * server do not wait for each other. WRITE_LOCK: single changes for their whole transaction, bulk
 * changes for their audit append and commit. BULK_LOCK: bulk changes for their whole transaction.
 */
const WRITE_LOCK = 7270002;
const BULK_LOCK = 7270003;

async function advisoryLock(trx: Tx, key: number): Promise<void> {
  await sql`select pg_advisory_xact_lock(${sql.lit(key)}, hashtext(current_schema()))`.execute(trx);
}

interface GateState {
  dialect: Db['dialect'];
  /** SQLite: the connection's handle, for the audit append's prepared statements. */
  sqlite: import('better-sqlite3').Database | undefined;
  actor: Actor;
  dryRun: boolean;
  /** Bulk on PostgreSQL: entries wait in the spool table until the work is done. */
  spooled: boolean;
  spoolCreated: boolean;
}

/** The open write-gate transactions, so appendAudit knows how its transaction appends. */
const gates = new WeakMap<Tx, GateState>();

/** The temporary table a bulk change's audit entries wait in; it goes with the transaction. */
const SPOOL = 'kursdesk_audit_spool';
const SPOOL_PAGE = 1000;

interface HashedFields {
  at: string;
  agent: string;
  ticket: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  user_id: number | null;
  changes: string;
  dry_run: boolean | number;
  login?: string | null;
  personal_digest?: string | null;
}

/** The hash of one entry: the previous hash plus the entry's fields in a fixed order. */
export function auditHash(prevHash: string, e: HashedFields): string {
  const fields = [
    e.at,
    e.agent,
    e.ticket,
    e.action,
    e.target_type,
    e.target_id,
    e.user_id,
    e.changes,
    e.dry_run ? 1 : 0,
  ];
  // Entries from before the login column hash as they did; newer ones cover who was logged in too.
  if (e.login != null) fields.push(e.login);
  // Entries written before personal values moved to audit_personal have no digest and hash as before.
  if (e.personal_digest) fields.push(e.personal_digest);
  return createHash('sha256').update(prevHash).update('\n').update(JSON.stringify(fields)).digest('hex');
}

export async function writeChange<T>(
  db: Db,
  actor: Actor,
  options: ChangeOptions,
  work: (trx: Tx, audit: Audit) => Promise<T>,
): Promise<WriteResult<T>> {
  if (actor.requireTicket && !actor.ticket) {
    throw new PolicyError(coded('change.ticket-required'), { hint: coded('hint.add-ticket-ref') });
  }
  const postgres = db.dialect === 'postgres';
  const bulk = options.mode === 'bulk' && postgres;
  try {
    const payload = await db.kysely.transaction().execute(async (trx) => {
      if (postgres) {
        await advisoryLock(trx, bulk ? BULK_LOCK : WRITE_LOCK);
        // Bulk and admin jobs (imports, fixture loads, resets) run long statements by design, so they drop
        // kursdesk's own statement timeout; look-ups and single changes keep it. DEFAULT is the server's
        // limit for this login (none, unless the DBA set one on the role or database), which is kept.
        if (bulk || options.role === 'admin') await sql`set local statement_timeout to default`.execute(trx);
        // The server, not only this client, decides who may do admin work: only the admin role (the
        // tables' owner) may lock the migrations table, so an agent's login is refused here, before
        // anything is done. The lock also keeps a migration from running under the change.
        if (options.role === 'admin')
          await sql`lock table kursdesk_migrations in exclusive mode`.execute(trx);
      }
      gates.set(trx, {
        dialect: db.dialect,
        sqlite: db.native.dialect === 'sqlite' ? db.native.database : undefined,
        actor,
        dryRun: options.dryRun,
        spooled: bulk,
        spoolCreated: false,
      });
      const records: AuditRecord[] = [];
      const result = await work(trx, (record) => records.push(record));
      const spooledIds = bulk ? await appendSpooled(trx) : [];
      const auditIds = [...spooledIds, ...(await appendChained(trx, actor, records, options.dryRun))];
      if (options.dryRun) throw new DryRunRollback({ result, auditIds });
      return { result, auditIds };
    });
    markCommitted(db);
    return { ...payload, dryRun: false };
  } catch (error) {
    if (error instanceof DryRunRollback)
      return { ...(error.payload as { result: T; auditIds: number[] }), dryRun: true };
    throw await markNeededRole(db, error, options.role ?? 'agent');
  }
}

/** Tags a refusal by the server with the role the change needed, for errors.ts to name. */
async function markNeededRole(db: Db, error: unknown, role: 'agent' | 'admin'): Promise<unknown> {
  if (!(error instanceof Error) || (error as { code?: string }).code !== '42501') return error;
  if ((error as { neededRole?: string }).neededRole) return error;
  const { roleNames } = await import('./roles.js');
  const names = await roleNames(db.kysely).catch(() => undefined);
  return Object.assign(error, { neededRole: names?.[role] ?? `kursdesk_${role}` });
}

/**
 * Appends audit entries in the open transaction (bulk paths call it per batch, so memory stays flat).
 * Only inside writeChange's work. A single change appends at once under the write lock it holds; a
 * bulk change on PostgreSQL spools the entries and writeChange appends them when the work is done,
 * so the ids it returns are only known then (it returns none).
 */
export async function appendAudit(
  trx: Tx,
  actor: Actor,
  records: AuditRecord[],
  dryRun: boolean,
): Promise<number[]> {
  if (records.length === 0) return [];
  const gate = gates.get(trx);
  if (!gate?.spooled) return appendChained(trx, actor, records, dryRun);
  if (!gate.spoolCreated) {
    await sql`create temporary table ${sql.id(SPOOL)} (seq bigserial primary key, record text not null) on commit drop`.execute(
      trx,
    );
    gate.spoolCreated = true;
  }
  for (let i = 0; i < records.length; i += SPOOL_PAGE) {
    const page = records.slice(i, i + SPOOL_PAGE).map((r) => ({ record: JSON.stringify(r) }));
    await sql`insert into ${sql.id(SPOOL)} (record) select * from json_to_recordset(${JSON.stringify(page)}::json) as r(record text)`.execute(
      trx,
    );
  }
  return [];
}

/** A bulk change's spooled entries, appended to the chain under the write lock (held until commit). */
async function appendSpooled(trx: Tx): Promise<number[]> {
  const gate = gates.get(trx) as GateState;
  await advisoryLock(trx, WRITE_LOCK);
  if (!gate.spoolCreated) return [];
  const ids: number[] = [];
  let after = 0;
  for (;;) {
    // Ordered by the bigint column itself: an output column `seq::text as seq` would sort as text
    // (1, 10, 100, …, 9), and paging after the last of those read entries again into the chain.
    const page = await sql<{
      seq: string | number;
      record: string;
    }>`select seq, record from ${sql.id(SPOOL)} where seq > ${after} order by seq limit ${SPOOL_PAGE}`.execute(
      trx,
    );
    if (page.rows.length === 0) return ids;
    const records = page.rows.map((r) => JSON.parse(r.record) as AuditRecord);
    ids.push(...(await appendChained(trx, gate.actor, records, gate.dryRun)));
    after = Number(page.rows.at(-1)?.seq);
  }
}

/** The chain's head and who is logged in, in one round trip. */
async function chainHead(trx: Tx, gate: GateState | undefined, actor: Actor) {
  if (gate?.dialect === 'postgres') {
    const { rows } = await sql<{
      hash: string | null;
      login: string;
    }>`select (select hash from audit_log order by id desc limit 1) as hash, session_user::text as login`.execute(
      trx,
    );
    return { hash: rows[0]?.hash ?? GENESIS_HASH, login: rows[0]?.login ?? null };
  }
  const last = gate?.sqlite
    ? { hash: sqliteAppend(gate.sqlite).head.get() as string | undefined }
    : await trx.selectFrom('audit_log').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return { hash: last?.hash ?? GENESIS_HASH, login: actor.login ?? null };
}

/** The columns an entry is inserted with, in the order the SQLite statements bind them. */
const ENTRY_COLUMNS = [
  'at',
  'agent',
  'login',
  'ticket',
  'action',
  'target_type',
  'target_id',
  'user_id',
  'changes',
  'dry_run',
  'personal_digest',
  'prev_hash',
  'hash',
] as const;

interface SqliteAppend {
  head: import('better-sqlite3').Statement;
  entry: import('better-sqlite3').Statement;
  personal: import('better-sqlite3').Statement;
}

/** A connection's append statements, prepared once. */
const sqliteAppends = new WeakMap<import('better-sqlite3').Database, SqliteAppend>();

/**
 * SQLite appends through statements prepared once per connection and run an entry at a time (the
 * engine is in the process, so a row a call costs no round trip). Through the query builder every
 * append compiled and prepared its statements anew: a re-import that changes 10,000 companies appends
 * in 500 batches of about 20, and that preparing, not the hashing or the inserts, was most of its
 * audit time (and held native memory until the statements were collected).
 */
function sqliteAppend(database: import('better-sqlite3').Database): SqliteAppend {
  let statements = sqliteAppends.get(database);
  if (!statements) {
    statements = {
      head: database.prepare('select hash from audit_log order by id desc limit 1').pluck(),
      entry: database.prepare(
        `insert into audit_log (${ENTRY_COLUMNS.join(', ')}) values (${ENTRY_COLUMNS.map(() => '?').join(', ')})`,
      ),
      personal: database.prepare(
        'insert into audit_personal (audit_id, user_id, salt, content) values (?, ?, ?, ?)',
      ),
    };
    sqliteAppends.set(database, statements);
  }
  return statements;
}

/** What stands in an entry's changes for a value kept in audit_personal. */
export const PERSONAL_PLACEHOLDER = '[personal]';

/**
 * Splits an entry's changes into what the audit log keeps and the personal values (already masked, but
 * still about a person) that go to audit_personal, keyed by where they stood.
 */
export function separatePersonalValues(changes: AuditRecord['changes']): {
  kept: AuditRecord['changes'];
  personal: Record<string, unknown> | null;
} {
  const personal: Record<string, unknown> = {};
  const isPersonal = (field: string, value: unknown) =>
    field in PERSONAL_FIELDS && value !== null && value !== undefined && value !== '[hidden]';
  let kept: AuditRecord['changes'];
  if (Array.isArray(changes)) {
    kept = changes.map((change, i) => {
      const copy = { ...change };
      for (const side of ['old', 'new'] as const) {
        if (isPersonal(change.field, change[side])) {
          personal[`${i}.${side}`] = change[side];
          copy[side] = PERSONAL_PLACEHOLDER;
        }
      }
      return copy;
    });
  } else {
    kept = Object.fromEntries(
      Object.entries(changes).map(([key, value]) => {
        if (!isPersonal(key, value)) return [key, value];
        personal[key] = value;
        return [key, PERSONAL_PLACEHOLDER];
      }),
    );
  }
  return { kept, personal: Object.keys(personal).length > 0 ? personal : null };
}

/** Puts an entry's personal values back in place; erased ones read `[erased]`. */
export function restorePersonalValues(changes: unknown, personal: Record<string, unknown> | null): unknown {
  const value = (key: string, current: unknown) =>
    current !== PERSONAL_PLACEHOLDER ? current : personal ? (personal[key] ?? null) : '[erased]';
  if (Array.isArray(changes))
    return changes.map((c: FieldChange, i) => ({
      ...c,
      old: value(`${i}.old`, c.old),
      new: value(`${i}.new`, c.new),
    }));
  if (changes && typeof changes === 'object')
    return Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, value(k, v)]));
  return changes;
}

export function personalDigest(salt: string, content: string): string {
  return createHash('sha256').update(salt).update('\n').update(content).digest('hex');
}

/** Hashes and inserts entries onto the head of the chain; the caller holds the write lock. */
async function appendChained(
  trx: Tx,
  actor: Actor,
  records: AuditRecord[],
  dryRun: boolean,
): Promise<number[]> {
  if (records.length === 0) return [];
  const gate = gates.get(trx);
  const head = await chainHead(trx, gate, actor);
  let prevHash = head.hash;
  const at = actor.now.toISOString();
  const sides: ({ salt: string; content: string } | undefined)[] = [];
  const rows = records.map((record) => {
    // Only entries about a learner move their values aside: those are what `privacy erase` must be
    // able to take back. Company contacts are not learners and their entries stay as they were.
    const { kept, personal } =
      record.userId != null
        ? separatePersonalValues(record.changes)
        : { kept: record.changes, personal: null };
    const side = personal
      ? { salt: randomBytes(16).toString('hex'), content: JSON.stringify(personal) }
      : undefined;
    sides.push(side);
    const entry = {
      at,
      agent: actor.agent,
      login: head.login,
      ticket: actor.ticket ?? null,
      action: record.action,
      target_type: record.targetType,
      target_id: record.targetId === null ? null : String(record.targetId),
      user_id: record.userId ?? null,
      changes: JSON.stringify(kept),
      dry_run: dryRun,
      personal_digest: side ? personalDigest(side.salt, side.content) : null,
    };
    const hash = auditHash(prevHash, entry);
    const row = { ...entry, prev_hash: prevHash, hash };
    prevHash = hash;
    return row;
  });
  if (gate?.sqlite) {
    const { entry, personal } = sqliteAppend(gate.sqlite);
    return rows.map((row, i) => {
      // SQLite stores the flag as 0 or 1, as the query builder's parameters do.
      const values = ENTRY_COLUMNS.map((column) => {
        const value = row[column];
        return typeof value === 'boolean' ? Number(value) : value;
      });
      const id = Number(entry.run(values).lastInsertRowid);
      const side = sides[i];
      if (side) personal.run(id, row.user_id, side.salt, side.content);
      return id;
    });
  }
  const ids: number[] = [];
  // A page of entries a statement, as one JSON parameter the server spreads into audit_log's own row
  // type: a bulk job's 10,000 entries took 50 statements of 2,600 parameters each as a multi-row
  // VALUES, and building and parsing those parameters was most of the append.
  const columns = sql.join(ENTRY_COLUMNS.map((c) => sql.ref(c)));
  for (let i = 0; i < rows.length; i += SPOOL_PAGE) {
    const inserted = await sql<{ id: number }>`insert into audit_log (${columns})
      select ${columns} from json_populate_recordset(null::audit_log, ${JSON.stringify(rows.slice(i, i + SPOOL_PAGE))}::json)
      returning id`.execute(trx);
    ids.push(...inserted.rows.map((r) => r.id));
  }
  // RETURNING promises no order; the ids were handed out in insertion order.
  ids.sort((a, b) => a - b);
  const personal = ids.flatMap((id, i) => {
    const side = sides[i];
    return side ? [{ audit_id: id, user_id: rows[i]?.user_id ?? null, ...side }] : [];
  });
  for (let i = 0; i < personal.length; i += 200)
    await trx
      .insertInto('audit_personal')
      .values(personal.slice(i, i + 200))
      .execute();
  return ids;
}

/** Re-computes the chain; returns the id of the first entry that does not match, or null when intact. */
export async function verifyAuditChain(
  kysely: Kysely<Schema>,
): Promise<{ checked: number; brokenAt: number | null }> {
  const { checked, brokenAt } = await walkAuditChain(kysely, undefined);
  return { checked, brokenAt };
}

export interface ChainReport {
  checked: number;
  brokenAt: number | null;
  /** The newest entry (the chain's head), when there is one. */
  head: { id: number; at: string; hash: string } | null;
  /** With an anchor: the id of the intact entry that carries it, or null when no entry does. */
  anchorAt?: number | null;
}

/**
 * The chain's head: what `audit anchor` prints for keeping elsewhere. A later `verify --anchor`
 * finds entries cut off from the end, which the chain alone cannot show (the shorter chain is intact).
 */
export async function auditChainHead(kysely: Kysely<Schema>): Promise<ChainReport['head']> {
  const row = await kysely
    .selectFrom('audit_log')
    .select(['id', 'at', 'hash'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ?? null;
}

/** Re-computes the chain, and with an anchor also looks for the entry that carries it. */
export async function walkAuditChain(
  kysely: Kysely<Schema>,
  anchor: string | undefined,
): Promise<ChainReport> {
  let prevHash = GENESIS_HASH;
  let checked = 0;
  let lastId = 0;
  let head: ChainReport['head'] = null;
  let anchorAt: number | null = null;
  const report = (brokenAt: number | null): ChainReport => ({
    checked,
    brokenAt,
    head,
    ...(anchor === undefined ? {} : { anchorAt }),
  });
  for (;;) {
    const rows = await kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', lastId)
      .orderBy('id')
      .limit(5000)
      .execute();
    if (rows.length === 0) return report(null);
    // An entry's personal values may be gone (erased), but while they are there they must match the
    // digest the chain covers: an edited value shows like an edited entry.
    const sides = new Map(
      (
        await kysely
          .selectFrom('audit_personal')
          .select(['audit_id', 'salt', 'content'])
          .where('audit_id', '>', lastId)
          .where('audit_id', '<=', rows[rows.length - 1]?.id ?? lastId)
          .execute()
      ).map((side) => [side.audit_id, side]),
    );
    for (const row of rows) {
      const side = sides.get(row.id);
      const sideIntact = !side || personalDigest(side.salt, side.content) === row.personal_digest;
      if (row.prev_hash !== prevHash || auditHash(prevHash, row) !== row.hash || !sideIntact)
        return report(row.id);
      prevHash = row.hash;
      checked += 1;
      lastId = row.id;
      head = { id: row.id, at: row.at, hash: row.hash };
      if (row.hash === anchor) anchorAt = row.id;
    }
  }
}

/** What an irreversible or bulk change will do, shown before it is made. */
export interface ChangePlan {
  /** One line: "revoke certificate KB-… of learner 42" (coded, so it is said in the agent's language). */
  summary: Notice;
  /** What exactly: the learners, the certificate, the seats. */
  details: Notice[];
}

/** Whether a planned change may go ahead: approve() resolves to go on and throws to stop. */
export interface ChangeApproval {
  /** False when the answer is known already (--yes): the change runs without a plan. */
  needed: boolean;
  approve(plan: ChangePlan): Promise<void>;
}

/**
 * Plan → approve → apply, for changes that cannot be undone or touch many rows. The plan is the change
 * itself run as a dry run (so it shows exactly what the workflow would do, with every check), and no
 * transaction or lock is held while a person reads it and answers; the apply then runs the change again
 * with every check, so anything that changed meanwhile is caught as usual. `describe` returns null when
 * there is nothing to approve (nothing would change, or the change would be refused anyway).
 */
export async function planApproveApply<T>(
  change: (dryRun: boolean) => Promise<T>,
  options: { dryRun: boolean; approval: ChangeApproval; describe: (planned: T) => ChangePlan | null },
): Promise<T> {
  if (options.dryRun || !options.approval.needed) return change(options.dryRun);
  const plan = options.describe(await change(true));
  if (plan !== null) await options.approval.approve(plan);
  return change(false);
}
