// The one way a change reaches the database: a transaction, the audit entries that describe it (chained
// by hash so an edited or deleted entry shows), and --dry-run, which does the real work and rolls back.
import { createHash } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { FieldChange } from '../domain/personal-data.js';
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
    const entry = {
      at: actor.now.toISOString(),
      agent: actor.agent,
      ticket: actor.ticket ?? null,
      action: record.action,
      target_type: record.targetType,
      target_id: record.targetId === null ? null : String(record.targetId),
      user_id: record.userId ?? null,
      changes: JSON.stringify(record.changes),
      dry_run: dryRun,
    };
    const hash = auditHash(prevHash, entry);
    const row = await trx
      .insertInto('audit_log')
      .values({ ...entry, prev_hash: prevHash, hash })
      .returning('id')
      .executeTakeFirstOrThrow();
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
    for (const row of rows) {
      if (row.prev_hash !== prevHash || auditHash(prevHash, row) !== row.hash)
        return { checked, brokenAt: row.id };
      prevHash = row.hash;
      checked += 1;
      lastId = row.id;
    }
  }
}

/** What an irreversible or bulk change will do, shown before it is made. */
export interface ChangePlan {
  /** One line: "revoke certificate KB-… of learner 42". */
  summary: string;
  /** What exactly: the learners, the certificate, the seats. */
  details: string[];
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
