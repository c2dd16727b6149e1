// Courses, units and completions inserted directly, for the learning and certificate tests (which read
// their PDFs back with pdf.ts).
import type { Insertable, Kysely } from 'kysely';
import type {
  CompletionsTable,
  CoursesTable,
  CourseUnitsTable,
  EnrolmentsTable,
  Schema,
} from '../../src/db/schema.js';
import { TEST_NOW } from './cli.js';

export async function insertCourse(db: Kysely<Schema>, values: Partial<Insertable<CoursesTable>> = {}) {
  return db
    .insertInto('courses')
    .values({
      code: 'SIK-101',
      title: 'Sikkerhetskurs for arbeid i og ved spor',
      title_en: 'Safety course for work on and near the track',
      category: 'sikkerhet',
      kind: 'classroom',
      paid: false,
      visible_to: 'free,full,driver',
      validity_months: 36,
      active: true,
      ...values,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertUnit(
  db: Kysely<Schema>,
  courseId: number,
  values: Partial<Insertable<CourseUnitsTable>> = {},
) {
  return db
    .insertInto('course_units')
    .values({
      course_id: courseId,
      starts_at: '2026-03-02T07:00:00.000Z',
      ends_at: '2026-03-05T14:00:00.000Z',
      place: 'Oslo',
      instructor: 'Per Instruktør',
      capacity: 600,
      ...values,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** An enrolment (a seat, a waitlist place, …) queued at TEST_NOW unless given; its id. */
export async function insertEnrolment(
  db: Kysely<Schema>,
  values: Pick<Insertable<EnrolmentsTable>, 'unit_id' | 'user_id' | 'status'> &
    Partial<Insertable<EnrolmentsTable>>,
): Promise<number> {
  const row = await db
    .insertInto('enrolments')
    .values({ queued_at: TEST_NOW, ...values })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertCompletion(
  db: Kysely<Schema>,
  values: Pick<Insertable<CompletionsTable>, 'user_id' | 'course_id'> & Partial<Insertable<CompletionsTable>>,
) {
  return db
    .insertInto('completions')
    .values({
      completed_on: '2026-03-05',
      passed: true,
      expires_on: '2029-03-05',
      recorded_at: TEST_NOW,
      recorded_by: 'test-agent',
      ...values,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
