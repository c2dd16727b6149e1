// The triggers that keep the audit log append-only (migration 0014), lifted for one transaction. Only
// the table's owner can do this, and only on purpose: test suites emptying their own databases, and
// the tamper tests that play an owner covering their tracks (which the chain and an anchor still show).
// No kursdesk command calls it: db reset and fixture loads keep the audit log.
import { sql } from 'kysely';
import type { Db } from './connect.js';
import type { Tx } from './write-gate.js';

const PG_GUARDS = ['audit_log_no_change', 'audit_log_no_truncate'] as const;

export async function withAuditGuardsLifted<T>(db: Db, work: (trx: Tx) => Promise<T>): Promise<T> {
  return db.kysely.transaction().execute(async (trx) => {
    if (db.dialect === 'postgres') {
      // ALTER TABLE is transactional: other sessions never see the table unguarded.
      for (const name of PG_GUARDS)
        await sql`alter table audit_log disable trigger ${sql.id(name)}`.execute(trx);
      const result = await work(trx);
      for (const name of PG_GUARDS)
        await sql`alter table audit_log enable trigger ${sql.id(name)}`.execute(trx);
      return result;
    }
    const guards = await sql<{
      name: string;
      sql: string;
    }>`select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'audit_log' and name like 'audit_log_no_%'`.execute(
      trx,
    );
    for (const { name } of guards.rows) await sql`drop trigger ${sql.id(name)}`.execute(trx);
    const result = await work(trx);
    for (const guard of guards.rows) await sql.raw(guard.sql).execute(trx);
    return result;
  });
}
