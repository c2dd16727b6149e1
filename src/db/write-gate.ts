// The one way a change reaches the database: a transaction, the audit entries that describe it (chained
// by hash so an edited or deleted entry shows), and --dry-run, which does the real work and rolls back.
import { createHash, randomBytes } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import { type FieldChange, PERSONAL_FIELDS } from '../domain/personal-data.js';
import { PolicyError } from '../errors.js';
import type { Db } from './connect.js';
import type { Schema } from './schema.js';

export interface Actor {
  agent: string;
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

class DryRunRollback<T> extends Error {
  constructor(readonly payload: { result: T; auditIds: number[] }) {
    super('dry run');
  }
}

export const GENESIS_HASH = '0'.repeat(64);

/** The PostgreSQL advisory lock that writers hold for the length of their transaction. */
const WRITE_LOCK = 7270002;

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
  // Entries written before personal values moved to audit_personal have no digest and hash as before.
  if (e.personal_digest) fields.push(e.personal_digest);
  return createHash('sha256').update(prevHash).update('\n').update(JSON.stringify(fields)).digest('hex');
}

export async function writeChange<T>(
  db: Db,
  actor: Actor,
  options: { dryRun: boolean },
  work: (trx: Tx, audit: Audit) => Promise<T>,
): Promise<WriteResult<T>> {
  if (actor.requireTicket && !actor.ticket) {
    throw new PolicyError('this desk requires a ticket reference for every change', {
      hint: 'add --ticket <ref>',
    });
  }
  try {
    const payload = await db.kysely.transaction().execute(async (trx) => {
      // Writers take turns for the whole change, as BEGIN IMMEDIATE makes them on SQLite: a check such as
      // "no account has this national ID" then still holds when the insert commits, and the audit chain
      // gets its previous hash from a settled log.
      if (db.dialect === 'postgres')
        // Keyed to the schema: kursdesk databases in different schemas of one server do not wait for each other.
        await sql`select pg_advisory_xact_lock(${sql.lit(WRITE_LOCK)}, hashtext(current_schema()))`.execute(
          trx,
        );
      const records: AuditRecord[] = [];
      const result = await work(trx, (record) => records.push(record));
      const auditIds = await appendAudit(trx, actor, records, options.dryRun);
      if (options.dryRun) throw new DryRunRollback({ result, auditIds });
      return { result, auditIds };
    });
    return { ...payload, dryRun: false };
  } catch (error) {
    if (error instanceof DryRunRollback)
      return { ...(error.payload as { result: T; auditIds: number[] }), dryRun: true };
    throw error;
  }
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

/**
 * Appends audit entries in the open transaction (bulk paths call it per batch, so memory stays flat).
 * Only inside writeChange's work: the chain relies on the write lock writeChange holds.
 */
export async function appendAudit(
  trx: Tx,
  actor: Actor,
  records: AuditRecord[],
  dryRun: boolean,
): Promise<number[]> {
  if (records.length === 0) return [];
  const last = await trx
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  let prevHash = last?.hash ?? GENESIS_HASH;
  const ids: number[] = [];
  for (const record of records) {
    // Only entries about a learner move their values aside: those are what `privacy erase` must be
    // able to take back. Company contacts are not learners and their entries stay as they were.
    const { kept, personal } =
      record.userId != null
        ? separatePersonalValues(record.changes)
        : { kept: record.changes, personal: null };
    const side = personal
      ? { salt: randomBytes(16).toString('hex'), content: JSON.stringify(personal) }
      : undefined;
    const entry = {
      at: actor.now.toISOString(),
      agent: actor.agent,
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
    const row = await trx
      .insertInto('audit_log')
      .values({ ...entry, prev_hash: prevHash, hash })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (side)
      await trx
        .insertInto('audit_personal')
        .values({ audit_id: row.id, user_id: entry.user_id, ...side })
        .execute();
    ids.push(row.id);
    prevHash = hash;
  }
  return ids;
}

/** Re-computes the chain; returns the id of the first entry that does not match, or null when intact. */
export async function verifyAuditChain(
  kysely: Kysely<Schema>,
): Promise<{ checked: number; brokenAt: number | null }> {
  let prevHash = GENESIS_HASH;
  let checked = 0;
  let lastId = 0;
  for (;;) {
    const rows = await kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', lastId)
      .orderBy('id')
      .limit(5000)
      .execute();
    if (rows.length === 0) return { checked, brokenAt: null };
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
        return { checked, brokenAt: row.id };
      prevHash = row.hash;
      checked += 1;
      lastId = row.id;
    }
  }
}
