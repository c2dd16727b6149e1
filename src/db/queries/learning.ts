// Queries about courses, units, completions and certificates, shared by the learning workflows and
// both dialects.
import type { Insertable, Kysely, Selectable } from 'kysely';
import type {
  CertificatesTable,
  CompletionsTable,
  CoursesTable,
  CourseUnitsTable,
  Schema,
} from '../schema.js';

type Q = Kysely<Schema>;

export type Course = Selectable<CoursesTable>;
export type CourseUnit = Selectable<CourseUnitsTable>;
export type Completion = Selectable<CompletionsTable>;
export type Certificate = Selectable<CertificatesTable>;

export async function courseByCode(db: Q, code: string): Promise<Course | undefined> {
  return db.selectFrom('courses').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function coursesByCodes(db: Q, codes: readonly string[]): Promise<Course[]> {
  if (codes.length === 0) return [];
  return db
    .selectFrom('courses')
    .selectAll()
    .where('code', 'in', [...codes])
    .execute();
}

export async function courseById(db: Q, id: number): Promise<Course | undefined> {
  return db.selectFrom('courses').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function unitById(db: Q, id: number): Promise<CourseUnit | undefined> {
  return db.selectFrom('course_units').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Course codes that look like the given one, for "did you mean". */
export async function similarCourseCodes(db: Q, code: string, limit = 3): Promise<string[]> {
  const stem = code.replace(/[^A-Z0-9ÆØÅ].*$/, '');
  if (stem === '') return [];
  const rows = await db
    .selectFrom('courses')
    .select('code')
    .where('code', 'like', `${stem}%`)
    .orderBy('code')
    .limit(limit)
    .execute();
  return rows.map((r) => r.code);
}

export async function completionsOfLearner(db: Q, userId: number, courseId?: number): Promise<Completion[]> {
  let query = db.selectFrom('completions').selectAll().where('user_id', '=', userId);
  if (courseId !== undefined) query = query.where('course_id', '=', courseId);
  return query.orderBy('completed_on', 'desc').orderBy('id', 'desc').execute();
}

/** Completions already recorded for these learners on these courses (for duplicate checks). */
export async function completionsOf(
  db: Q,
  userIds: readonly number[],
  courseIds: readonly number[],
): Promise<Completion[]> {
  if (userIds.length === 0 || courseIds.length === 0) return [];
  const rows: Completion[] = [];
  for (let i = 0; i < userIds.length; i += 500) {
    rows.push(
      ...(await db
        .selectFrom('completions')
        .selectAll()
        .where('user_id', 'in', userIds.slice(i, i + 500))
        .where('course_id', 'in', [...courseIds])
        .execute()),
    );
  }
  return rows;
}

export async function insertCompletions(db: Q, rows: Insertable<CompletionsTable>[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += 200) {
    const inserted = await db
      .insertInto('completions')
      .values(rows.slice(i, i + 200))
      .returning('id')
      .execute();
    ids.push(...inserted.map((r) => r.id));
  }
  return ids;
}

/** Every completion of a learner with its course and certificate, newest first. */
export async function learningHistory(db: Q, userId: number) {
  return db
    .selectFrom('completions')
    .innerJoin('courses', 'courses.id', 'completions.course_id')
    .leftJoin('certificates', 'certificates.completion_id', 'completions.id')
    .select([
      'completions.id as completion_id',
      'courses.code as course',
      'courses.title as title',
      'courses.title_en as title_en',
      'completions.unit_id',
      'completions.completed_on',
      'completions.passed',
      'completions.score',
      'completions.expires_on',
      'completions.recorded_by',
      'certificates.number as certificate',
      'certificates.revoked_at as certificate_revoked_at',
    ])
    .where('completions.user_id', '=', userId)
    .orderBy('completions.completed_on', 'desc')
    .orderBy('completions.id', 'desc')
    .execute();
}

export async function certificateByNumber(db: Q, number: string): Promise<Certificate | undefined> {
  return db.selectFrom('certificates').selectAll().where('number', '=', number).executeTakeFirst();
}

export async function certificatesByCompletions(
  db: Q,
  completionIds: readonly number[],
): Promise<Certificate[]> {
  const rows: Certificate[] = [];
  for (let i = 0; i < completionIds.length; i += 500) {
    rows.push(
      ...(await db
        .selectFrom('certificates')
        .selectAll()
        .where('completion_id', 'in', completionIds.slice(i, i + 500))
        .execute()),
    );
  }
  return rows;
}

export async function certificatesOfLearner(db: Q, userId: number) {
  return db
    .selectFrom('certificates')
    .innerJoin('courses', 'courses.id', 'certificates.course_id')
    .innerJoin('completions', 'completions.id', 'certificates.completion_id')
    .select([
      'certificates.number',
      'courses.code as course',
      'courses.title as title',
      'completions.completed_on',
      'completions.expires_on',
      'certificates.issued_at',
      'certificates.issued_by',
      'certificates.revoked_at',
      'certificates.revoked_reason',
    ])
    .where('certificates.user_id', '=', userId)
    .orderBy('completions.completed_on', 'desc')
    .orderBy('certificates.id', 'desc')
    .execute();
}

/** What a certificate needs about its completion: the learner, the course and the result. */
export interface CompletionForCertificate {
  completion_id: number;
  user_id: number;
  course_id: number;
  unit_id: number | null;
  completed_on: string;
  passed: boolean | number;
  expires_on: string | null;
  given_names: string;
  family_name: string;
  birth_date: string;
  course_code: string;
  course_title: string;
  course_title_en: string | null;
}

function completionsForCertificates(db: Q) {
  return db
    .selectFrom('completions')
    .innerJoin('users', 'users.id', 'completions.user_id')
    .innerJoin('courses', 'courses.id', 'completions.course_id')
    .select([
      'completions.id as completion_id',
      'completions.user_id',
      'completions.course_id',
      'completions.unit_id',
      'completions.completed_on',
      'completions.passed',
      'completions.expires_on',
      'users.given_names',
      'users.family_name',
      'users.birth_date',
      'courses.code as course_code',
      'courses.title as course_title',
      'courses.title_en as course_title_en',
    ]);
}

export async function completionForCertificate(
  db: Q,
  completionId: number,
): Promise<CompletionForCertificate | undefined> {
  return completionsForCertificates(db).where('completions.id', '=', completionId).executeTakeFirst();
}

/** The passed completions of a unit, one per learner (the latest), in name order. */
export async function passedCompletionsOfUnit(db: Q, unitId: number): Promise<CompletionForCertificate[]> {
  const rows = await completionsForCertificates(db)
    .where('completions.unit_id', '=', unitId)
    .where('completions.passed', '=', true)
    .orderBy('users.family_name')
    .orderBy('users.given_names')
    .orderBy('completions.user_id')
    .orderBy('completions.completed_on', 'desc')
    .orderBy('completions.id', 'desc')
    .execute();
  const seen = new Set<number>();
  return rows.filter((r) => !seen.has(r.user_id) && seen.add(r.user_id));
}

export async function insertCertificates(db: Q, rows: Insertable<CertificatesTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('certificates')
      .values(rows.slice(i, i + 200))
      .execute();
}
