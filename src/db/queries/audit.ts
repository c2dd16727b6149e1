// Reading the audit log with the filters of `kursdesk audit`.
import type { Kysely } from 'kysely';
import type { AuditEntry, Schema } from '../schema.js';

export interface AuditFilter {
  userId?: number;
  /** The display name or the login (session_user on PostgreSQL, OS user on SQLite). */
  agent?: string;
  since?: string;
  actionPrefix?: string;
  ticket?: string;
  /** null: every entry (--all). */
  limit: number | null;
}

function matching(db: Kysely<Schema>, filter: Omit<AuditFilter, 'limit'>) {
  let query = db.selectFrom('audit_log');
  if (filter.userId !== undefined) query = query.where('user_id', '=', filter.userId);
  if (filter.agent !== undefined) {
    const by = filter.agent;
    query = query.where((eb) => eb.or([eb('agent', '=', by), eb('login', '=', by)]));
  }
  if (filter.since !== undefined) query = query.where('at', '>=', filter.since);
  if (filter.ticket !== undefined) query = query.where('ticket', '=', filter.ticket);
  if (filter.actionPrefix !== undefined) {
    const prefix = filter.actionPrefix;
    query = query.where((eb) =>
      eb.or([eb('action', '=', prefix), eb('action', 'like', `${prefix.replace(/[%_\\]/g, '')}.%`)]),
    );
  }
  return query;
}

export async function auditEntries(db: Kysely<Schema>, filter: AuditFilter): Promise<AuditEntry[]> {
  let query = matching(db, filter).selectAll().orderBy('id', 'desc');
  if (filter.limit !== null) query = query.limit(filter.limit);
  return (await query.execute()).reverse();
}

/** How many entries the filter matches (for "showing 50 of 1,204"). */
export async function auditCount(db: Kysely<Schema>, filter: Omit<AuditFilter, 'limit'>): Promise<number> {
  const row = await matching(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('dry_run', '=', false)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The personal values of the given audit entries that have not been erased, by entry id. */
export async function auditPersonalValues(
  db: Kysely<Schema>,
  ids: readonly number[],
): Promise<Map<number, Record<string, unknown>>> {
  const values = new Map<number, Record<string, unknown>>();
  // Chunks keep the IN list under SQLite's parameter limit.
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('audit_personal')
      .select(['audit_id', 'content'])
      .where('audit_id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const row of rows) values.set(row.audit_id, JSON.parse(row.content) as Record<string, unknown>);
  }
  return values;
}
