// Courses, scheduled units with enrolments and waitlists, unit requests, training programmes,
// completions and certificates.
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../target.js';
import { booleanType, dateType, timestampType, withId } from './_columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = timestampType(dialect);
  const date = dateType(dialect);
  const bool = booleanType(dialect);

  await withId(db.schema.createTable('courses'), dialect)
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text')
    .addColumn('description', 'text')
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('e-learning', 'classroom', 'exam', 'practical')`),
    )
    .addColumn('paid', bool, (c) => c.notNull().defaultTo(false))
    .addColumn('price_nok', 'integer')
    // Comma-separated account types that see the course, e.g. 'free,full,driver'.
    .addColumn('visible_to', 'text', (c) => c.notNull())
    .addColumn('validity_months', 'integer')
    .addColumn('active', bool, (c) => c.notNull().defaultTo(true))
    .execute();

  await withId(db.schema.createTable('course_units'), dialect)
    .addColumn('course_id', 'integer', (c) => c.notNull().references('courses.id'))
    .addColumn('starts_at', ts, (c) => c.notNull())
    .addColumn('ends_at', ts, (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('instructor', 'text')
    .addColumn('capacity', 'integer', (c) => c.notNull().check(sql`capacity >= 0`))
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('scheduled').check(sql`status in ('scheduled', 'cancelled')`),
    )
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('course_units_course')
    .on('course_units')
    .columns(['course_id', 'starts_at'])
    .execute();

  await withId(db.schema.createTable('enrolments'), dialect)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('course_units.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('enrolled', 'waitlisted', 'cancelled', 'attended', 'no-show')`),
    )
    // Waitlist order: the earliest queued_at is first.
    .addColumn('queued_at', ts, (c) => c.notNull())
    .addColumn('enrolled_at', ts)
    .addColumn('cancelled_at', ts)
    .addColumn('invoice_company_id', 'integer', (c) => c.references('companies.id'))
    .addUniqueConstraint('enrolments_unit_user', ['unit_id', 'user_id'])
    .execute();
  await db.schema.createIndex('enrolments_user').on('enrolments').column('user_id').execute();

  await withId(db.schema.createTable('unit_requests'), dialect)
    .addColumn('course_id', 'integer', (c) => c.notNull().references('courses.id'))
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('place', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('open').check(sql`status in ('open', 'scheduled', 'closed')`),
    )
    .execute();

  await withId(db.schema.createTable('programmes'), dialect)
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('validity_months', 'integer')
    .execute();

  await db.schema
    .createTable('programme_items')
    .addColumn('programme_id', 'integer', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('course_id', 'integer', (c) => c.notNull().references('courses.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('programme_items_pk', ['programme_id', 'course_id'])
    .execute();

  await withId(db.schema.createTable('programme_assignments'), dialect)
    .addColumn('programme_id', 'integer', (c) => c.notNull().references('programmes.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('assigned_at', ts, (c) => c.notNull())
    .addColumn('due_on', date)
    .addUniqueConstraint('programme_assignments_once', ['programme_id', 'user_id'])
    .execute();

  await withId(db.schema.createTable('completions'), dialect)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('course_id', 'integer', (c) => c.notNull().references('courses.id'))
    .addColumn('unit_id', 'integer', (c) => c.references('course_units.id'))
    .addColumn('completed_on', date, (c) => c.notNull())
    .addColumn('passed', bool, (c) => c.notNull())
    .addColumn('score', 'integer')
    .addColumn('expires_on', date)
    .addColumn('recorded_at', ts, (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('completions_user')
    .on('completions')
    .columns(['user_id', 'course_id'])
    .execute();

  await withId(db.schema.createTable('certificates'), dialect)
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('completion_id', 'integer', (c) => c.notNull().unique().references('completions.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('course_id', 'integer', (c) => c.notNull().references('courses.id'))
    .addColumn('issued_at', ts, (c) => c.notNull())
    .addColumn('issued_by', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('revoked_at', ts)
    .addColumn('revoked_reason', 'text')
    .execute();
  await db.schema.createIndex('certificates_user').on('certificates').column('user_id').execute();
}
