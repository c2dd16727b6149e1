// The first schema: metadata, companies, learners with their e-mail and employment history, link tokens,
// the outbox and the audit log. Frozen in time: later changes are new migrations.
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../target.js';
import { booleanType, dateType, timestampType, withId } from './_columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = timestampType(dialect);
  const date = dateType(dialect);
  const bool = booleanType(dialect);

  await db.schema
    .createTable('kursdesk_meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await withId(db.schema.createTable('companies'), dialect)
    .addColumn('org_number', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('active').check(sql`status in ('active', 'inactive')`),
    )
    .addColumn('business_street', 'text')
    .addColumn('business_postal_code', 'text')
    .addColumn('business_city', 'text')
    .addColumn('invoice_street', 'text')
    .addColumn('invoice_postal_code', 'text')
    .addColumn('invoice_city', 'text')
    .addColumn('invoice_email', 'text')
    .addColumn('in_elma', bool, (c) => c.notNull().defaultTo(false))
    .addColumn('contact_name', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('email_domains', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await withId(db.schema.createTable('users'), dialect)
    .addColumn('given_names', 'text', (c) => c.notNull())
    .addColumn('family_name', 'text', (c) => c.notNull())
    .addColumn('birth_date', date, (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('phone', 'text')
    .addColumn('national_id_hash', 'text', (c) => c.notNull().unique())
    .addColumn('national_id_mask', 'text', (c) => c.notNull())
    .addColumn('national_id_kind', 'text', (c) => c.notNull())
    .addColumn('hms_card_number', 'text')
    .addColumn('hms_card_registered_on', date)
    .addColumn('account_type', 'text', (c) =>
      c.notNull().check(sql`account_type in ('free', 'full', 'driver')`),
    )
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'active', 'disabled')`))
    .addColumn('employer_id', 'integer', (c) => c.references('companies.id'))
    .addColumn('invoice_reference', 'text')
    .addColumn('driver_details', 'text')
    .addColumn('password_set_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('users_birth_date').on('users').column('birth_date').execute();
  await db.schema.createIndex('users_employer').on('users').column('employer_id').execute();

  await withId(db.schema.createTable('email_history'), dialect)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('valid_from', ts, (c) => c.notNull())
    .addColumn('valid_to', ts)
    .execute();
  await db.schema.createIndex('email_history_user').on('email_history').column('user_id').execute();
  await db.schema.createIndex('email_history_email').on('email_history').column('email').execute();

  await withId(db.schema.createTable('employment_history'), dialect)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('company_id', 'integer', (c) => c.notNull().references('companies.id'))
    .addColumn('invoice_reference', 'text')
    .addColumn('started_on', date, (c) => c.notNull())
    .addColumn('ended_on', date)
    .execute();
  await db.schema.createIndex('employment_history_user').on('employment_history').column('user_id').execute();
  await db.schema
    .createIndex('employment_history_company')
    .on('employment_history')
    .column('company_id')
    .execute();

  await withId(db.schema.createTable('link_tokens'), dialect)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('activation', 'reset')`))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('expires_at', ts, (c) => c.notNull())
    .addColumn('used_at', ts)
    .addColumn('revoked_at', ts)
    .addColumn('superseded_by', 'integer')
    .addColumn('issued_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('link_tokens_user')
    .on('link_tokens')
    .columns(['user_id', 'created_at'])
    .execute();

  await withId(db.schema.createTable('outbox'), dialect)
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull().check(sql`lang in ('nb', 'en')`))
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('pending').check(sql`status in ('pending', 'sending', 'sent', 'failed')`),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', ts)
    .addColumn('claimed_by', 'text')
    .addColumn('claimed_until', ts)
    .addColumn('last_error', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('sent_at', ts)
    .execute();
  await db.schema.createIndex('outbox_status').on('outbox').columns(['status', 'next_attempt_at']).execute();

  await withId(db.schema.createTable('audit_log'), dialect)
    .addColumn('at', ts, (c) => c.notNull())
    .addColumn('agent', 'text', (c) => c.notNull())
    .addColumn('ticket', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text')
    .addColumn('user_id', 'integer')
    .addColumn('changes', 'text', (c) => c.notNull())
    .addColumn('dry_run', bool, (c) => c.notNull().defaultTo(false))
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
  await db.schema.createIndex('audit_log_user').on('audit_log').column('user_id').execute();
}
