// Employment periods and the invoicing of a learner's coming paid courses: what moving a learner to
// another employer changes besides the learner row. Both dialects, many learners at a time.
import type { Kysely } from 'kysely';
import type { Schema } from '../schema.js';
import { chunks } from './users.js';

type Q = Kysely<Schema>;

/** Ends the learners' open employment periods on the given day. */
export async function endOpenEmployments(db: Q, userIds: readonly number[], endedOn: string): Promise<void> {
  for (const ids of chunks(userIds)) {
    await db
      .updateTable('employment_history')
      .set({ ended_on: endedOn })
      .where('user_id', 'in', ids)
      .where('ended_on', 'is', null)
      .execute();
  }
}

export interface NewEmployment {
  user_id: number;
  company_id: number;
  invoice_reference: string | null;
  started_on: string;
}

export async function startEmployments(db: Q, periods: readonly NewEmployment[]): Promise<void> {
  for (const rows of chunks(periods)) {
    if (rows.length > 0)
      await db
        .insertInto('employment_history')
        .values(rows.map((r) => ({ ...r, ended_on: null })))
        .execute();
  }
}

export interface PaidEnrolment {
  enrolment_id: number;
  user_id: number;
  status: 'enrolled' | 'waitlisted';
  course: string;
  title: string;
  unit_id: number;
  starts_at: string;
  price_nok: number | null;
  invoice_company_id: number | null;
}

/**
 * The learners' places (or waitlist places) in paid course units that have not started yet: these
 * are invoiced to whoever employs the learner when the course runs.
 */
export async function paidEnrolmentsAhead(
  db: Q,
  userIds: readonly number[],
  now: string,
): Promise<PaidEnrolment[]> {
  const found: PaidEnrolment[] = [];
  for (const ids of chunks(userIds)) {
    const rows = await db
      .selectFrom('enrolments')
      .innerJoin('course_units', 'course_units.id', 'enrolments.unit_id')
      .innerJoin('courses', 'courses.id', 'course_units.course_id')
      .select([
        'enrolments.id as enrolment_id',
        'enrolments.user_id',
        'enrolments.status',
        'courses.code as course',
        'courses.title',
        'course_units.id as unit_id',
        'course_units.starts_at',
        'courses.price_nok',
        'enrolments.invoice_company_id',
      ])
      .where('enrolments.user_id', 'in', ids)
      .where('courses.paid', '=', true)
      .where('enrolments.status', 'in', ['enrolled', 'waitlisted'])
      .where('course_units.status', '=', 'scheduled')
      .where('course_units.starts_at', '>', now)
      .orderBy('enrolments.user_id')
      .orderBy('course_units.starts_at')
      .orderBy('enrolments.id')
      .execute();
    found.push(...(rows as PaidEnrolment[]));
  }
  return found;
}

export async function invoiceEnrolmentsTo(
  db: Q,
  enrolmentIds: readonly number[],
  companyId: number,
): Promise<void> {
  for (const ids of chunks(enrolmentIds)) {
    await db
      .updateTable('enrolments')
      .set({ invoice_company_id: companyId })
      .where('id', 'in', ids)
      .execute();
  }
}
