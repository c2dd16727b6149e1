// W13 "the course is full" / "no dates": units with their seats, enrolling (or queueing), unenrolling,
// the waitlist, a unit's capacity, and requests for a new unit. Seats themselves are only ever changed
// by the seat module (seats.ts).

import { isoDate } from '../context/clock.js';
import { courseByCode, similarCourseCodes } from '../db/queries/learning.js';
import {
  enrolmentOf,
  insertUnitRequest,
  type LearnerForBooking,
  learnerForBooking,
  openBookingsOf,
  openRequestOf,
  openRequestRows,
  seatCounts,
  type UnitWithCourse,
  unitsMatching,
  unitWithCourse,
  waitlistOf,
} from '../db/queries/seats.js';
import type { Tx } from '../db/write-gate.js';
import { writeChange } from '../db/write-gate.js';
import { type BookingLearner, bookingRefusal, typeChangeHint, typeSeesCourse } from '../domain/booking.js';
import { seatsLeft } from '../domain/catalogue.js';
import { fullName } from '../domain/learner.js';
import type { MailLang } from '../domain/link-mail.js';
import { osloIsoDate } from '../domain/local-time.js';
import { type Notice, text } from '../domain/messages/index.js';
import { maskNationalIdShapesIn } from '../domain/national-id.js';
import { maskEmail } from '../domain/personal-data.js';
import { ConflictError, NotFoundError, PolicyError } from '../errors.js';
import type { WorkflowDeps } from './deps.js';
import { type LearnerSelector, resolveLearner } from './learners.js';
import { bookSeat, changeCapacity, type Promotion, releaseSeat } from './seats.js';

type ReadDeps = Pick<WorkflowDeps, 'db' | 'clock'>;

/** Where a unit stands for someone who wants a seat. */
export type UnitState = 'open' | 'full' | 'started' | 'cancelled';

export interface UnitRow {
  unit: number;
  course: string;
  title: string;
  title_en: string | null;
  starts_at: string;
  ends_at: string;
  place: string;
  instructor: string | null;
  capacity: number;
  enrolled: number;
  seats_left: number;
  waitlist: number;
  state: UnitState;
}

function unitState(unit: UnitWithCourse, left: number, now: string): UnitState {
  if (unit.status === 'cancelled') return 'cancelled';
  if (new Date(unit.starts_at).getTime() <= new Date(now).getTime()) return 'started';
  return left > 0 ? 'open' : 'full';
}

async function unitRows(db: Tx | WorkflowDeps['db']['kysely'], units: UnitWithCourse[], now: string) {
  const counts = await seatCounts(
    db,
    units.map((u) => u.id),
  );
  return units.map((u): UnitRow => {
    const count = counts.get(u.id) ?? { enrolled: 0, waitlisted: 0 };
    const left = seatsLeft(u, count.enrolled);
    return {
      unit: u.id,
      course: u.code,
      title: u.title,
      title_en: u.title_en,
      starts_at: u.starts_at,
      ends_at: u.ends_at,
      place: u.place,
      instructor: u.instructor,
      capacity: u.capacity,
      enrolled: count.enrolled,
      seats_left: left,
      waitlist: count.waitlisted,
      state: unitState(u, left, now),
    };
  });
}

async function courseOrNotFound(db: WorkflowDeps['db']['kysely'], code: string) {
  const course = await courseByCode(db, code);
  if (course) return course;
  const similar = await similarCourseCodes(db, code);
  throw new NotFoundError(text('course.no-such-code', { code: maskNationalIdShapesIn(code) }), {
    hint:
      similar.length > 0 ? text('hint.did-you-mean', { options: similar }) : text('hint.search-catalogue'),
  });
}

async function unitOrNotFound(db: WorkflowDeps['db']['kysely'], unitId: number): Promise<UnitWithCourse> {
  const unit = await unitWithCourse(db, unitId);
  if (!unit)
    throw new NotFoundError(text('unit.no-such-id', { id: unitId }), { hint: text('hint.list-units') });
  return unit;
}

export interface UnitListFilter {
  courseCode?: string;
  /** yyyy-mm-dd; default today. */
  from?: string;
  /** yyyy-mm-dd, inclusive. */
  to?: string;
  place?: string;
  /** Only units that take learners and have a free seat. */
  available: boolean;
}

export async function listUnits(deps: ReadDeps, filter: UnitListFilter): Promise<UnitRow[]> {
  const db = deps.db.kysely;
  const now = deps.clock.now();
  const courseId =
    filter.courseCode === undefined ? undefined : (await courseOrNotFound(db, filter.courseCode)).id;
  const from = filter.from ?? isoDate(now);
  const units = await unitsMatching(db, {
    ...(courseId === undefined ? {} : { courseId }),
    from: `${from}T00:00:00.000Z`,
    ...(filter.to === undefined
      ? {}
      : { before: new Date(Date.parse(`${filter.to}T00:00:00.000Z`) + 86_400_000).toISOString() }),
    ...(filter.place === undefined ? {} : { place: filter.place }),
    scheduledOnly: filter.available,
  });
  const rows = await unitRows(db, units, now.toISOString());
  return filter.available ? rows.filter((r) => r.state === 'open') : rows;
}

function bookingLearner(learner: LearnerForBooking): BookingLearner {
  return {
    id: learner.id,
    account_type: learner.account_type,
    status: learner.status,
    employer:
      learner.employer_id === null || learner.org_number === null
        ? null
        : {
            org_number: learner.org_number,
            name: learner.employer_name ?? '',
            active: learner.employer_status === 'active',
          },
  };
}

export interface PromotionRow {
  learner: number;
  email: string;
  message: number;
  lang: MailLang;
}

function promotionRows(promoted: Promotion[]): PromotionRow[] {
  return promoted.map((p) => ({ learner: p.user_id, email: p.email, message: p.message, lang: p.lang }));
}

/**
 * Whose booking on which unit: the learner's name, the course's titles and the unit's time and place (for
 * the reply), first in the results of enrol and unenrol.
 */
export interface BookingFacts {
  learner: number;
  name: string;
  unit: number;
  course: string;
  title: string;
  title_en: string | null;
  starts_at: string;
  place: string;
}

function bookingFacts(
  learner: number,
  name: string,
  unit: Pick<UnitWithCourse, 'id' | 'code' | 'title' | 'title_en' | 'starts_at' | 'place'>,
): BookingFacts {
  return {
    learner,
    name,
    unit: unit.id,
    course: unit.code,
    title: unit.title,
    title_en: unit.title_en,
    starts_at: unit.starts_at,
    place: unit.place,
  };
}

export interface EnrolResult extends BookingFacts {
  status: 'enrolled' | 'waitlisted';
  position: number | null;
  seats_left: number;
  waitlist: number;
  invoice_to: string | null;
  promoted: PromotionRow[];
  warnings: Notice[];
  dryRun: boolean;
}

export async function enrol(
  deps: WorkflowDeps,
  selector: LearnerSelector,
  unitId: number,
  /** `lang`: the mails' language (the warnings are coded, said in the reader's). */
  options: { dryRun: boolean; lang: MailLang | undefined },
): Promise<EnrolResult> {
  const actor = deps.actor();
  const now = actor.now.toISOString();
  const { user } = await resolveLearner(deps, selector);
  const warnings: Notice[] = [];
  const result = await writeChange(deps.db, actor, options, async (trx, audit) => {
    const unit = await unitOrNotFound(trx, unitId);
    const learner = await learnerForBooking(trx, user.id);
    if (!learner) throw new NotFoundError(text('learner.no-such-id', { id: user.id }));
    const existing = await enrolmentOf(trx, unit.id, learner.id);
    if (existing?.status === 'enrolled' || existing?.status === 'waitlisted') {
      const place =
        existing.status === 'enrolled'
          ? null
          : (await waitlistOf(trx, unit.id)).findIndex((q) => q.enrolment === existing.id) + 1;
      throw new ConflictError(
        text('unit.already-booked', {
          learner: learner.id,
          unit: unit.id,
          course: unit.code,
          startsAt: unit.starts_at,
          place,
        }),
        { hint: text('hint.see-queue', { unit: unit.id }) },
      );
    }
    if (existing && existing.status !== 'cancelled') {
      throw new ConflictError(
        text('unit.was-on-already', { learner: learner.id, unit: unit.id, status: existing.status }),
      );
    }
    const refusal = bookingRefusal(bookingLearner(learner), unit, unit, now);
    if (refusal) {
      const ErrorType = refusal.kind === 'conflict' ? ConflictError : PolicyError;
      throw new ErrorType(text('booking.nothing-booked', { reason: refusal.text }), { hint: refusal.hint });
    }
    if (learner.status === 'pending')
      warnings.push(text('warning.enrol-not-activated', { learner: learner.id }));
    for (const other of await openBookingsOf(trx, learner.id, now)) {
      if (other.code === unit.code && other.unit_id !== unit.id)
        warnings.push(
          text('warning.enrol-also-booked', {
            learner: learner.id,
            status: other.status,
            unit: other.unit_id,
            course: unit.code,
            startsAt: other.starts_at,
            place: other.place,
          }),
        );
    }
    const invoiceCompanyId = unit.paid ? learner.employer_id : null;
    const outcome = await bookSeat(
      { trx, audit, now, lang: options.lang },
      unit,
      { id: learner.id, invoiceCompanyId },
      existing?.id,
    );
    return {
      ...bookingFacts(learner.id, fullName(learner.given_names, user.family_name), unit),
      status: outcome.status,
      position: outcome.position,
      seats_left: outcome.state.seatsLeft,
      waitlist: outcome.state.waitlisted,
      invoice_to: invoiceCompanyId === null ? null : learner.org_number,
      promoted: promotionRows(outcome.promoted),
    };
  });
  return { ...result.result, warnings, dryRun: result.dryRun };
}

export interface UnenrolResult extends BookingFacts {
  was: 'enrolled' | 'waitlisted';
  seats_left: number;
  waitlist: number;
  promoted: PromotionRow[];
  dryRun: boolean;
}

export async function unenrol(
  deps: WorkflowDeps,
  selector: LearnerSelector,
  unitId: number,
  options: { dryRun: boolean; lang: MailLang | undefined },
): Promise<UnenrolResult> {
  const actor = deps.actor();
  const now = actor.now.toISOString();
  const { user } = await resolveLearner(deps, selector);
  const result = await writeChange(deps.db, actor, options, async (trx, audit) => {
    const unit = await unitOrNotFound(trx, unitId);
    const existing = await enrolmentOf(trx, unit.id, user.id);
    if (!existing || existing.status === 'cancelled') {
      throw new NotFoundError(
        text('unit.no-booking', { learner: user.id, unit: unit.id, course: unit.code }),
        {
          hint: text('hint.see-who-is-on', { unit: unit.id }),
        },
      );
    }
    if (existing.status !== 'enrolled' && existing.status !== 'waitlisted') {
      throw new ConflictError(
        text('unit.over-nothing-to-cancel', { learner: user.id, unit: unit.id, status: existing.status }),
      );
    }
    if (unit.status === 'scheduled' && new Date(unit.starts_at).getTime() <= actor.now.getTime()) {
      throw new ConflictError(
        text('unit.started-no-unenrol', { unit: unit.id, course: unit.code, startsAt: unit.starts_at }),
        { hint: text('hint.record-outcome-instead') },
      );
    }
    const release = await releaseSeat(
      { trx, audit, now, lang: options.lang },
      unit,
      { id: existing.id, user_id: user.id, status: existing.status },
      'unenrolled',
    );
    return {
      ...bookingFacts(user.id, fullName(user.given_names, user.family_name), unit),
      was: release.was,
      seats_left: release.state.seatsLeft,
      waitlist: release.state.waitlisted,
      promoted: promotionRows(release.promoted),
    };
  });
  return { ...result.result, dryRun: result.dryRun };
}

export interface WaitlistRow {
  position: number;
  learner: number;
  name: string;
  email: string;
  queued_at: string;
}

export async function waitlist(
  deps: ReadDeps,
  unitId: number,
): Promise<{ unit: UnitRow; rows: WaitlistRow[] }> {
  const db = deps.db.kysely;
  const unit = await unitOrNotFound(db, unitId);
  const [row] = await unitRows(db, [unit], deps.clock.now().toISOString());
  const queue = await waitlistOf(db, unit.id);
  return {
    unit: row as UnitRow,
    rows: queue.map((q, i) => ({
      position: i + 1,
      learner: q.user_id,
      name: fullName(q.given_names, q.family_name),
      email: maskEmail(q.email),
      queued_at: q.queued_at,
    })),
  };
}

export interface CapacityResult {
  unit: number;
  course: string;
  old_capacity: number;
  capacity: number;
  enrolled: number;
  seats_left: number;
  waitlist: number;
  promoted: PromotionRow[];
  unchanged: boolean;
  dryRun: boolean;
}

export async function setCapacity(
  deps: WorkflowDeps,
  unitId: number,
  capacity: number,
  options: { dryRun: boolean; lang: MailLang | undefined },
): Promise<CapacityResult> {
  const actor = deps.actor();
  const now = actor.now.toISOString();
  const result = await writeChange(deps.db, actor, options, async (trx, audit) => {
    const unit = await unitOrNotFound(trx, unitId);
    if (unit.status === 'cancelled')
      throw new ConflictError(text('unit.cancelled-capacity', { unit: unit.id, course: unit.code }));
    if (new Date(unit.starts_at).getTime() <= actor.now.getTime())
      throw new ConflictError(
        text('unit.started-capacity', { unit: unit.id, course: unit.code, startsAt: unit.starts_at }),
      );
    const base = { unit: unit.id, course: unit.code, old_capacity: unit.capacity, capacity };
    if (capacity === unit.capacity) {
      const [row] = await unitRows(trx, [unit], now);
      return {
        ...base,
        enrolled: row?.enrolled ?? 0,
        seats_left: row?.seats_left ?? 0,
        waitlist: row?.waitlist ?? 0,
        promoted: [],
        unchanged: true,
      };
    }
    const change = await changeCapacity({ trx, audit, now, lang: options.lang }, unit, capacity);
    return {
      ...base,
      enrolled: change.state.enrolled,
      seats_left: change.state.seatsLeft,
      waitlist: change.state.waitlisted,
      promoted: promotionRows(change.promoted),
      unchanged: false,
    };
  });
  return { ...result.result, dryRun: result.dryRun };
}

export interface UnitRequestResult {
  request: number;
  learner: number;
  /** The learner's name and the course's titles, for the reply. */
  name: string;
  course: string;
  title: string;
  title_en: string | null;
  place: string | null;
  note: string | null;
  /** Units of the course that could take the learner now, so the agent can offer them. */
  open_units: UnitRow[];
  dryRun: boolean;
}

export async function requestUnit(
  deps: WorkflowDeps,
  courseCode: string,
  selector: LearnerSelector,
  request: { place: string | undefined; note: string | undefined },
  options: { dryRun: boolean },
): Promise<UnitRequestResult> {
  const actor = deps.actor();
  const now = actor.now.toISOString();
  const { user } = await resolveLearner(deps, selector);
  const result = await writeChange(deps.db, actor, options, async (trx, audit) => {
    const course = await courseOrNotFound(trx, courseCode);
    if (course.kind === 'e-learning') {
      throw new ConflictError(text('course.e-learning-no-units', { course: course.code }));
    }
    const learner = await learnerForBooking(trx, user.id);
    if (!learner) throw new NotFoundError(text('learner.no-such-id', { id: user.id }));
    const booking = bookingLearner(learner);
    if (learner.status === 'disabled')
      throw new PolicyError(text('request.account-disabled', { learner: learner.id }));
    if (!typeSeesCourse(learner.account_type, course)) {
      throw new PolicyError(
        text('request.type-does-not-see', { accountType: learner.account_type, course: course.code }),
        { hint: typeChangeHint(booking, course) },
      );
    }
    if (!course.active) throw new PolicyError(text('request.course-retired', { course: course.code }));
    const place = request.place ?? null;
    const earlier = await openRequestOf(trx, course.id, learner.id, place);
    if (earlier) {
      throw new ConflictError(
        text('request.already-open', {
          learner: learner.id,
          course: course.code,
          place,
          request: earlier.id,
          date: osloIsoDate(earlier.created_at),
        }),
        { hint: text('hint.planners-see-requests', { course: course.code }) },
      );
    }
    const id = await insertUnitRequest(trx, {
      course_id: course.id,
      user_id: learner.id,
      place,
      note: request.note ?? null,
      created_at: now,
    });
    audit({
      action: 'units.request',
      targetType: 'unit_request',
      targetId: id,
      userId: learner.id,
      changes: [
        { field: 'course', old: null, new: course.code },
        { field: 'place', old: null, new: place },
        ...(request.note === undefined ? [] : [{ field: 'note', old: null, new: request.note }]),
      ],
    });
    const open = (
      await unitRows(
        trx,
        await unitsMatching(trx, { courseId: course.id, from: now, scheduledOnly: true }),
        now,
      )
    ).filter((u) => u.state === 'open');
    return {
      request: id,
      learner: learner.id,
      name: fullName(learner.given_names, user.family_name),
      course: course.code,
      title: course.title,
      title_en: course.title_en,
      place,
      note: request.note ?? null,
      open_units: open,
    };
  });
  return { ...result.result, dryRun: result.dryRun };
}

export interface DemandRow {
  course: string;
  title: string;
  place: string;
  requests: number;
  learners: number;
  first_asked: string;
  last_asked: string;
  /** Scheduled units of the course that have not started, and their free seats. */
  upcoming_units: number;
  seats_left: number;
}

/** Open requests summed per course and place (places compared without case), most wanted first. */
export async function unitDemand(
  deps: ReadDeps,
  filter: { courseCode?: string; place?: string },
): Promise<DemandRow[]> {
  const db = deps.db.kysely;
  const now = deps.clock.now().toISOString();
  const courseId =
    filter.courseCode === undefined ? undefined : (await courseOrNotFound(db, filter.courseCode)).id;
  const rows = await openRequestRows(db, {
    ...(courseId === undefined ? {} : { courseId }),
    ...(filter.place === undefined ? {} : { place: filter.place }),
  });
  const groups = new Map<string, { row: DemandRow; courseId: number; learners: Set<number> }>();
  for (const r of rows) {
    const place = r.place?.trim() || '(any place)';
    const key = `${r.course_id}\u0000${place.toLocaleLowerCase('nb')}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        courseId: r.course_id,
        learners: new Set(),
        row: {
          course: r.code,
          title: r.title,
          place,
          requests: 0,
          learners: 0,
          first_asked: r.created_at,
          last_asked: r.created_at,
          upcoming_units: 0,
          seats_left: 0,
        },
      };
      groups.set(key, group);
    }
    group.row.requests += 1;
    if (r.user_id !== null) group.learners.add(r.user_id);
    if (r.created_at < group.row.first_asked) group.row.first_asked = r.created_at;
    if (r.created_at > group.row.last_asked) group.row.last_asked = r.created_at;
  }
  const upcoming = new Map<number, UnitRow[]>();
  for (const id of new Set([...groups.values()].map((g) => g.courseId))) {
    upcoming.set(
      id,
      await unitRows(db, await unitsMatching(db, { courseId: id, from: now, scheduledOnly: true }), now),
    );
  }
  return [...groups.values()]
    .map((g) => {
      const units = upcoming.get(g.courseId) ?? [];
      return {
        ...g.row,
        learners: g.learners.size,
        upcoming_units: units.length,
        seats_left: units.reduce((n, u) => n + u.seats_left, 0),
      };
    })
    .sort(
      (a, b) =>
        b.requests - a.requests || a.course.localeCompare(b.course) || a.place.localeCompare(b.place, 'nb'),
    );
}
