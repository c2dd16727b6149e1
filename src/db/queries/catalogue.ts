// Queries for the catalogue, units with their seat counts, training programmes and the
// expiring-qualifications report (W12, W14), shared by both dialects.
import { type Kysely, sql } from 'kysely';
import type { Schema } from '../schema.js';
import type { Dialect } from '../target.js';
import type { Course } from './learning.js';
import { seatCounts } from './seats.js';

type Q = Kysely<Schema>;

export async function allCourses(db: Q): Promise<Course[]> {
  return db.selectFrom('courses').selectAll().orderBy('code').execute();
}

export interface UnitWithCounts {
  id: number;
  course_id: number;
  starts_at: string;
  ends_at: string;
  place: string;
  instructor: string | null;
  capacity: number;
  status: 'scheduled' | 'cancelled';
  enrolled: number;
  waitlisted: number;
}

/** Units of these courses starting after `now` (cancelled ones too: callers decide), earliest first, with seat counts. */
export async function futureUnitsOf(
  db: Q,
  courseIds: readonly number[],
  now: string,
): Promise<UnitWithCounts[]> {
  if (courseIds.length === 0) return [];
  const units = await db
    .selectFrom('course_units')
    .select(['id', 'course_id', 'starts_at', 'ends_at', 'place', 'instructor', 'capacity', 'status'])
    .where('course_id', 'in', [...courseIds])
    .where('starts_at', '>', now)
    .orderBy('starts_at')
    .orderBy('id')
    .execute();
  // Seats are counted where enrol and unenrol count them.
  const counts = await seatCounts(
    db,
    units.map((u) => u.id),
  );
  return units.map((u) => ({
    ...u,
    ...(counts.get(u.id) ?? { enrolled: 0, waitlisted: 0 }),
  }));
}

export interface ProgrammeRow {
  id: number;
  code: string;
  title: string;
  description: string | null;
  validity_months: number | null;
}

export async function programmeByCode(db: Q, code: string): Promise<ProgrammeRow | undefined> {
  return db.selectFrom('programmes').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function allProgrammes(db: Q): Promise<ProgrammeRow[]> {
  return db.selectFrom('programmes').selectAll().orderBy('code').execute();
}

/** The courses of programmes, in each programme's order. */
export async function programmeItems(db: Q, programmeIds: readonly number[]) {
  if (programmeIds.length === 0) return [];
  return db
    .selectFrom('programme_items as i')
    .innerJoin('courses as c', 'c.id', 'i.course_id')
    .select(['i.programme_id', 'i.position', 'c.id as course_id', 'c.code', 'c.title', 'c.kind', 'c.active'])
    .where('i.programme_id', 'in', [...programmeIds])
    .orderBy('i.programme_id')
    .orderBy('i.position')
    .execute();
}

/** The programmes a course belongs to. */
export async function programmesOfCourse(db: Q, courseId: number) {
  return db
    .selectFrom('programme_items as i')
    .innerJoin('programmes as p', 'p.id', 'i.programme_id')
    .select(['p.code', 'p.title', 'i.position'])
    .where('i.course_id', '=', courseId)
    .orderBy('p.code')
    .execute();
}

/** How many learners each programme has assigned. */
export async function assignmentCounts(db: Q): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('programme_assignments')
    .select(['programme_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('programme_id')
    .execute();
  return new Map(rows.map((r) => [r.programme_id, Number(r.n)]));
}

export async function assignmentsOfLearner(db: Q, userId: number) {
  return db
    .selectFrom('programme_assignments as a')
    .innerJoin('programmes as p', 'p.id', 'a.programme_id')
    .select(['a.id', 'a.programme_id', 'p.code', 'p.title', 'a.assigned_at', 'a.due_on'])
    .where('a.user_id', '=', userId)
    .orderBy('p.code')
    .execute();
}

/** The learners among `userIds` already assigned the programme, with their due dates. */
export async function existingAssignments(db: Q, programmeId: number, userIds: readonly number[]) {
  const rows: { user_id: number; due_on: string | null }[] = [];
  for (let i = 0; i < userIds.length; i += 500) {
    rows.push(
      ...(await db
        .selectFrom('programme_assignments')
        .select(['user_id', 'due_on'])
        .where('programme_id', '=', programmeId)
        .where('user_id', 'in', userIds.slice(i, i + 500))
        .execute()),
    );
  }
  return rows;
}

/** Every learner employed by the company now, in name order. */
export async function learnersOfEmployer(db: Q, companyId: number) {
  return db
    .selectFrom('users')
    .selectAll()
    .where('employer_id', '=', companyId)
    .orderBy('family_name')
    .orderBy('given_names')
    .orderBy('id')
    .execute();
}

export interface ExpiringFilter {
  /** Qualifications whose last day falls in [from, to]. */
  from: string;
  to: string;
  companyId?: number;
  /** Only these courses, and only learners assigned this programme. */
  programme?: { id: number; courseIds: number[] };
  limit?: number;
}

export interface ExpiringRow {
  user_id: number;
  given_names: string;
  family_name: string;
  email: string;
  employer: string | null;
  org_number: string | null;
  course: string;
  title: string;
  completed_on: string;
  expires_on: string;
}

/**
 * Qualifications (the latest passed completion of a learner in a course) whose expiry falls in the
 * window. Starts from the expiry index; a later pass of the same course means the qualification was
 * renewed, so that completion is not the learner's qualification any more (the latest is the one
 * completed last, the last recorded on the same day).
 */
export async function expiringQualifications(
  db: Q,
  dialect: Dialect,
  filter: ExpiringFilter,
): Promise<ExpiringRow[]> {
  let rows: ExpiringQueryRow[];
  if (dialect === 'postgres') {
    // The per-row look-up of the latest pass makes PostgreSQL's cost estimate high enough to compile the
    // query (JIT), which takes 100–200 ms and saves nothing on a plan of index look-ups.
    rows = await db.transaction().execute(async (trx) => {
      await sql`set local jit = off`.execute(trx);
      return expiringQuery(trx, filter).execute();
    });
  } else {
    // Tens of thousands of look-ups into the learners table: read through a memory map rather than
    // SQLite's small page cache (a setting of this connection only; it changes nothing on disk).
    await sql`pragma mmap_size = ${sql.lit(MMAP_BYTES)}`.execute(db);
    rows = await expiringQuery(db, filter).execute();
  }
  // Courses and employers are joined here, from one read of each, rather than copied into every row:
  // the report can hold a hundred thousand rows, and each copied name is a string to build.
  const courses = new Map(
    (await db.selectFrom('courses').select(['id', 'code', 'title']).execute()).map((c) => [c.id, c]),
  );
  let companies = db.selectFrom('companies').select(['id', 'name', 'org_number']);
  if (filter.companyId !== undefined) companies = companies.where('id', '=', filter.companyId);
  const employers = new Map((await companies.execute()).map((c) => [c.id, c]));
  return rows.map((r) => {
    const course = courses.get(r.course_id);
    const employer = r.employer_id === null ? undefined : employers.get(r.employer_id);
    return {
      user_id: r.user_id,
      given_names: r.given_names,
      family_name: r.family_name,
      email: r.email,
      employer: employer?.name ?? null,
      org_number: employer?.org_number ?? null,
      course: course?.code ?? '',
      title: course?.title ?? '',
      completed_on: r.completed_on,
      expires_on: r.expires_on,
    };
  });
}

interface ExpiringQueryRow {
  user_id: number;
  given_names: string;
  family_name: string;
  email: string;
  employer_id: number | null;
  course_id: number;
  completed_on: string;
  expires_on: string;
}

const MMAP_BYTES = 2 ** 31;

function expiringQuery(db: Q, filter: ExpiringFilter) {
  let query = db
    .selectFrom('completions as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .select([
      'c.user_id',
      'u.given_names',
      'u.family_name',
      'u.email',
      'u.employer_id',
      'c.course_id',
      'c.completed_on',
      sql<string>`c.expires_on`.as('expires_on'),
    ])
    .where('c.expires_on', '>=', filter.from)
    .where('c.expires_on', '<=', filter.to)
    .where('c.passed', '=', true)
    // The learner's latest pass of the course, found per row through completions_latest. A scalar
    // subquery rather than NOT EXISTS: PostgreSQL would answer NOT EXISTS by hashing every completion.
    .where('c.id', '=', (eb) =>
      eb
        .selectFrom('completions as latest')
        .select('latest.id')
        .whereRef('latest.user_id', '=', 'c.user_id')
        .whereRef('latest.course_id', '=', 'c.course_id')
        .where('latest.passed', '=', true)
        .orderBy('latest.completed_on', 'desc')
        .orderBy('latest.id', 'desc')
        .limit(1),
    );
  if (filter.companyId !== undefined) query = query.where('u.employer_id', '=', filter.companyId);
  if (filter.programme) {
    const { id, courseIds } = filter.programme;
    query = query
      .where('c.course_id', 'in', courseIds.length > 0 ? courseIds : [-1])
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('programme_assignments as a')
            .select(sql.lit(1).as('one'))
            .whereRef('a.user_id', '=', 'c.user_id')
            .where('a.programme_id', '=', id),
        ),
      );
  }
  query = query
    .orderBy('c.expires_on')
    .orderBy('u.family_name')
    .orderBy('u.given_names')
    .orderBy('c.user_id')
    .orderBy('c.course_id');
  if (filter.limit !== undefined) query = query.limit(filter.limit);
  return query;
}
