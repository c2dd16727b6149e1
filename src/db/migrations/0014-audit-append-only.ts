// The audit log becomes append-only in the database itself, and records who was logged in.
// - login: on PostgreSQL a trigger fills it with session_user, the role the server authenticated,
//   whatever the client sent (the client hashes the same value, so a forged one breaks the chain);
//   on SQLite kursdesk writes the OS user.
// - UPDATE, DELETE (and on PostgreSQL TRUNCATE, which fires no row triggers) are refused by triggers
//   for every role, the table's owner included. Only a deliberate act by the owner (dropping or
//   disabling the triggers, see src/db/audit-guard.ts) gets past them, and the hash chain with an
//   anchor kept elsewhere still shows what that did.
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../target.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('login', 'text').execute();
  await db.schema.createIndex('audit_log_agent').on('audit_log').column('agent').execute();
  await db.schema.createIndex('audit_log_login').on('audit_log').column('login').execute();
  if (dialect === 'sqlite') {
    for (const operation of ['update', 'delete']) {
      await sql
        .raw(
          `create trigger audit_log_no_${operation} before ${operation} on audit_log ` +
            `begin select raise(abort, 'the audit log is append-only: ${operation.toUpperCase()} of audit entries is refused'); end`,
        )
        .execute(db);
    }
    return;
  }
  await sql`create function kursdesk_audit_login() returns trigger language plpgsql as $$
begin
  new.login := session_user;
  return new;
end $$`.execute(db);
  await sql`create function kursdesk_audit_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'the audit log is append-only: % of audit entries is refused', tg_op
    using errcode = 'KD001';
end $$`.execute(db);
  await sql`create trigger audit_log_login before insert on audit_log for each row execute function kursdesk_audit_login()`.execute(
    db,
  );
  await sql`create trigger audit_log_no_change before update or delete on audit_log for each row execute function kursdesk_audit_append_only()`.execute(
    db,
  );
  await sql`create trigger audit_log_no_truncate before truncate on audit_log for each statement execute function kursdesk_audit_append_only()`.execute(
    db,
  );
}
