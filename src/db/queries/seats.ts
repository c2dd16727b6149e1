// Seats, waitlists and unit requests as stored, shared by the seat workflows and both dialects. The
// waitlist order is queued_at, then id (the order writers committed in when two share a timestamp).
import type { Kysely, Selectable } from 'kysely';
import type { AccountType } from '../../domain/learner.js';
import { type CourseUnitsTable, flag, type Schema } from '../schema.js';

type Q = Kysely<Schema>;

/**
 * Place filters compare in JavaScript: SQLite's lower() and LIKE fold only ASCII, and Ålesund must
 * match ålesund on both databases alike.
 */
export function placeContains(place: string | null, fragment: string): boolean {
  if (place === null) return false;
  return place.toLocaleLowerCase('nb').includes(fragment.trim().toLocaleLowerCase('nb'));
}

function samePlace(a: string | null, b: string | null): boolean {
  return a === null || b === null
    ? a === b
    : a.trim().toLocaleLowerCase('nb') === b.trim().toLocaleLowerCase('nb');
}

/** A unit row as stored, with what its course adds. */
export interface UnitWithCourse extends Selectable<CourseUnitsTable> {
  code: string;
  title: string;
  title_en: string | null;
  paid: boolean;
  visible_to: string;
  active: boolean;
}

const UNIT_COLUMNS = [
  'course_units.id',
  'course_units.course_id',
  'course_units.starts_at',
  'course_units.ends_at',
  'course_units.place',
  'course_units.instructor',
  'course_units.capacity',
  'course_units.status',
  'course_units.version',
  'courses.code',
  'courses.title',
  'courses.title_en',
  'courses.paid',
  'courses.visible_to',
  'courses.active',
] as const;

export async function unitWithCourse(db: Q, unitId: number): Promise<UnitWithCourse | undefined> {
  const row = await db
    .selectFrom('course_units')
    .innerJoin('courses', 'courses.id', 'course_units.course_id')
    .select(UNIT_COLUMNS)
    .where('course_units.id', '=', unitId)
    .executeTakeFirst();
  return row && { ...row, paid: flag(row.paid), active: flag(row.active) };
}

export interface SeatCount {
  enrolled: number;
  waitlisted: number;
}

/** Enrolled (attended and no-show count as having had a seat) and waitlisted learners per unit. */
export async function seatCounts(db: Q, unitIds: readonly number[]): Promise<Map<number, SeatCount>> {
  const counts = new Map<number, SeatCount>(unitIds.map((id) => [id, { enrolled: 0, waitlisted: 0 }]));
  if (unitIds.length === 0) return counts;
  const rows = await db
    .selectFrom('enrolments')
    .select(['unit_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('unit_id', 'in', [...unitIds])
    .where('status', '!=', 'cancelled')
    .groupBy(['unit_id', 'status'])
    .execute();
  for (const row of rows) {
    const count = counts.get(row.unit_id);
    if (!count) continue;
    if (row.status === 'waitlisted') count.waitlisted += Number(row.n);
    else count.enrolled += Number(row.n);
  }
  return counts;
}

export type Enrolment = Awaited<ReturnType<typeof enrolmentOf>>;

export async function enrolmentOf(db: Q, unitId: number, userId: number) {
  return db
    .selectFrom('enrolments')
    .selectAll()
    .where('unit_id', '=', unitId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export interface QueuedLearner {
  enrolment: number;
  user_id: number;
  given_names: string;
  family_name: string;
  email: string;
  queued_at: string;
}

/** The waitlist in order; `limit` takes only the first ones (those a freed seat goes to). */
export async function waitlistOf(db: Q, unitId: number, limit?: number): Promise<QueuedLearner[]> {
  let query = db
    .selectFrom('enrolments')
    .innerJoin('users', 'users.id', 'enrolments.user_id')
    .select([
      'enrolments.id as enrolment',
      'enrolments.user_id',
      'users.given_names',
      'users.family_name',
      'users.email',
      'enrolments.queued_at',
    ])
    .where('enrolments.unit_id', '=', unitId)
    .where('enrolments.status', '=', 'waitlisted')
    .orderBy('enrolments.queued_at')
    .orderBy('enrolments.id');
  if (limit !== undefined) query = query.limit(limit);
  return query.execute();
}

/** When the newest learner on the unit's waitlist joined it, if anyone waits. */
export async function lastQueuedAt(db: Q, unitId: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('enrolments')
    .select((eb) => eb.fn.max('queued_at').as('last'))
    .where('unit_id', '=', unitId)
    .where('status', '=', 'waitlisted')
    .executeTakeFirst();
  const last = row?.last as string | Date | null | undefined;
  return last === null || last === undefined ? undefined : new Date(last).toISOString();
}

export interface NewBooking {
  unit_id: number;
  user_id: number;
  status: 'enrolled' | 'waitlisted';
  now: string;
  /** When the learner joins the queue (for a seat given at once, the same as now). */
  queued_at: string;
  invoice_company_id: number | null;
}

/**
 * Books or queues a learner. A cancelled row of the same learner and unit (the pair is unique) is taken
 * again with a fresh queued_at, so someone who leaves and comes back joins at the back of the queue.
 */
export async function saveBooking(
  db: Q,
  booking: NewBooking,
  cancelledRowId: number | undefined,
): Promise<number> {
  const values = {
    status: booking.status,
    queued_at: booking.queued_at,
    enrolled_at: booking.status === 'enrolled' ? booking.now : null,
    cancelled_at: null,
    invoice_company_id: booking.invoice_company_id,
  };
  if (cancelledRowId !== undefined) {
    await db
      .updateTable('enrolments')
      .set(values)
      .where('id', '=', cancelledRowId)
      .where('status', '=', 'cancelled')
      .execute();
    return cancelledRowId;
  }
  const row = await db
    .insertInto('enrolments')
    .values({ ...values, unit_id: booking.unit_id, user_id: booking.user_id })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function cancelBooking(db: Q, enrolmentId: number, now: string): Promise<void> {
  await db
    .updateTable('enrolments')
    .set({ status: 'cancelled', cancelled_at: now })
    .where('id', '=', enrolmentId)
    .execute();
}

export async function promoteBooking(db: Q, enrolmentId: number, now: string): Promise<void> {
  await db
    .updateTable('enrolments')
    .set({ status: 'enrolled', enrolled_at: now })
    .where('id', '=', enrolmentId)
    .where('status', '=', 'waitlisted')
    .execute();
}

export async function setUnitCapacity(db: Q, unit: Pick<UnitWithCourse, 'id' | 'version'>, capacity: number) {
  const result = await db
    .updateTable('course_units')
    .set({ capacity, version: unit.version + 1 })
    .where('id', '=', unit.id)
    .where('version', '=', unit.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface UnitFilter {
  courseId?: number;
  /** ISO timestamps: units starting at or after `from`, before `before`. */
  from?: string;
  before?: string;
  /** A fragment of the place, any case. */
  place?: string;
  scheduledOnly?: boolean;
}

export async function unitsMatching(db: Q, filter: UnitFilter): Promise<UnitWithCourse[]> {
  let query = db
    .selectFrom('course_units')
    .innerJoin('courses', 'courses.id', 'course_units.course_id')
    .select(UNIT_COLUMNS)
    .orderBy('course_units.starts_at')
    .orderBy('course_units.id');
  if (filter.courseId !== undefined) query = query.where('course_units.course_id', '=', filter.courseId);
  if (filter.from !== undefined) query = query.where('course_units.starts_at', '>=', filter.from);
  if (filter.before !== undefined) query = query.where('course_units.starts_at', '<', filter.before);
  if (filter.scheduledOnly) query = query.where('course_units.status', '=', 'scheduled');
  const rows = await query.execute();
  return rows
    .filter((row) => filter.place === undefined || placeContains(row.place, filter.place))
    .map((row) => ({ ...row, paid: flag(row.paid), active: flag(row.active) }));
}

export interface LearnerBooking {
  unit_id: number;
  course_id: number;
  starts_at: string;
  place: string;
  status: 'enrolled' | 'waitlisted';
  /** Place in the waitlist queue (1 = next), for waitlisted bookings. */
  position: number | null;
}

/**
 * The learner's seats and waitlist places on scheduled units that have not started, with their place
 * in the queue: one query, each waitlist place counting those queued before it in the waitlist order.
 * (openBookingsOf below is the same bookings with their course's terms, for the seat workflows.)
 */
export async function futureBookingsOf(db: Q, userId: number, now: string): Promise<LearnerBooking[]> {
  const rows = await db
    .selectFrom('enrolments as e')
    .innerJoin('course_units as u', 'u.id', 'e.unit_id')
    .select(['e.unit_id', 'u.course_id', 'u.starts_at', 'u.place', 'e.status'])
    .select((eb) =>
      eb
        .selectFrom('enrolments as w')
        .select((w) => w.fn.countAll<number>().as('n'))
        .whereRef('w.unit_id', '=', 'e.unit_id')
        .where('w.status', '=', 'waitlisted')
        .where((w) =>
          w.or([
            w('w.queued_at', '<', w.ref('e.queued_at')),
            w.and([w('w.queued_at', '=', w.ref('e.queued_at')), w('w.id', '<', w.ref('e.id'))]),
          ]),
        )
        .as('ahead'),
    )
    .where('e.user_id', '=', userId)
    .where('e.status', 'in', ['enrolled', 'waitlisted'])
    .where('u.status', '=', 'scheduled')
    .where('u.starts_at', '>', now)
    .orderBy('u.starts_at')
    .execute();
  return rows.map((r) => ({
    unit_id: r.unit_id,
    course_id: r.course_id,
    starts_at: r.starts_at,
    place: r.place,
    status: r.status as 'enrolled' | 'waitlisted',
    position: r.status === 'waitlisted' ? Number(r.ahead) + 1 : null,
  }));
}

export interface Booking {
  enrolment: number;
  unit_id: number;
  status: 'enrolled' | 'waitlisted';
  starts_at: string;
  place: string;
  code: string;
  paid: boolean;
  visible_to: string;
  active: boolean;
}

/** A learner's seats and waitlist places in units that have not started. */
export async function openBookingsOf(db: Q, userId: number, now: string): Promise<Booking[]> {
  const rows = await db
    .selectFrom('enrolments')
    .innerJoin('course_units', 'course_units.id', 'enrolments.unit_id')
    .innerJoin('courses', 'courses.id', 'course_units.course_id')
    .select([
      'enrolments.id as enrolment',
      'enrolments.unit_id',
      'enrolments.status',
      'course_units.starts_at',
      'course_units.place',
      'courses.code',
      'courses.paid',
      'courses.visible_to',
      'courses.active',
    ])
    .where('enrolments.user_id', '=', userId)
    .where('enrolments.status', 'in', ['enrolled', 'waitlisted'])
    .where('course_units.starts_at', '>', now)
    .orderBy('course_units.starts_at')
    .orderBy('enrolments.id')
    .execute();
  return rows.map((r) => ({
    ...r,
    status: r.status as 'enrolled' | 'waitlisted',
    paid: flag(r.paid),
    active: flag(r.active),
  }));
}

/** The language of the newest mail the learner got, if any: the best guess at the language they read. */
export async function lastMailLang(db: Q, userId: number): Promise<'nb' | 'en' | undefined> {
  const row = await db
    .selectFrom('outbox')
    .select('lang')
    .where('user_id', '=', userId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.lang;
}

export interface LearnerForBooking {
  id: number;
  given_names: string;
  email: string;
  account_type: AccountType;
  status: 'pending' | 'active' | 'disabled';
  employer_id: number | null;
  org_number: string | null;
  employer_name: string | null;
  employer_status: 'active' | 'inactive' | null;
}

export async function learnerForBooking(db: Q, userId: number): Promise<LearnerForBooking | undefined> {
  return db
    .selectFrom('users')
    .leftJoin('companies', 'companies.id', 'users.employer_id')
    .select([
      'users.id',
      'users.given_names',
      'users.email',
      'users.account_type',
      'users.status',
      'users.employer_id',
      'companies.org_number',
      'companies.name as employer_name',
      'companies.status as employer_status',
    ])
    .where('users.id', '=', userId)
    .executeTakeFirst();
}

export async function insertUnitRequest(
  db: Q,
  request: {
    course_id: number;
    user_id: number;
    place: string | null;
    note: string | null;
    created_at: string;
  },
): Promise<number> {
  const row = await db
    .insertInto('unit_requests')
    .values({ ...request, status: 'open' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The learner's open request for this course and place (the same place, any case; or both without one). */
export async function openRequestOf(db: Q, courseId: number, userId: number, place: string | null) {
  const rows = await db
    .selectFrom('unit_requests')
    .select(['id', 'created_at', 'place'])
    .where('course_id', '=', courseId)
    .where('user_id', '=', userId)
    .where('status', '=', 'open')
    .orderBy('id')
    .execute();
  return rows.find((r) => samePlace(r.place, place));
}

export interface RequestFilter {
  courseId?: number;
  place?: string;
}

export async function openRequestRows(db: Q, filter: RequestFilter) {
  let query = db
    .selectFrom('unit_requests')
    .innerJoin('courses', 'courses.id', 'unit_requests.course_id')
    .select([
      'unit_requests.id',
      'unit_requests.course_id',
      'courses.code',
      'courses.title',
      'unit_requests.place',
      'unit_requests.user_id',
      'unit_requests.created_at',
    ])
    .where('unit_requests.status', '=', 'open')
    .orderBy('courses.code')
    .orderBy('unit_requests.created_at')
    .orderBy('unit_requests.id');
  if (filter.courseId !== undefined) query = query.where('unit_requests.course_id', '=', filter.courseId);
  const rows = await query.execute();
  return filter.place === undefined
    ? rows
    : rows.filter((r) => placeContains(r.place, filter.place as string));
}
