// W20: what erasure needs from the schema. Audit entries keep their personal values (masked names,
// e-mails, years of birth) in a side table that the entry's hash covers only through a salted digest,
// so erasing a person deletes those side rows while the audit log itself is never updated or deleted
// from (it is append-only) and its chain still verifies. users.erased_at marks an anonymised account.
import type { Kysely } from 'kysely';
import type { Dialect } from '../target.js';
import { timestampType } from './_columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema.alterTable('users').addColumn('erased_at', timestampType(dialect)).execute();
  await db.schema.alterTable('audit_log').addColumn('personal_digest', 'text').execute();
  await db.schema
    .createTable('audit_personal')
    .addColumn('audit_id', 'integer', (c) => c.primaryKey())
    .addColumn('user_id', 'integer')
    .addColumn('salt', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_personal_user').on('audit_personal').column('user_id').execute();
}
