// The one place seats are counted and given: booking or queueing a learner, releasing a seat, changing a
// unit's capacity, and handing free seats to the first on the waitlist, each of whom is told by e-mail
// through the outbox. Every function runs inside the caller's writeChange transaction, where writers
// take turns (BEGIN IMMEDIATE on SQLite, the write lock on PostgreSQL), so a count read here still
// holds when the change commits.
import { insertMessage } from '../db/queries/outbox.js';
import {
  cancelBooking,
  lastMailLang,
  lastQueuedAt,
  promoteBooking,
  saveBooking,
  seatCounts,
  setUnitCapacity,
  type UnitWithCourse,
  waitlistOf,
} from '../db/queries/seats.js';
import type { Audit, Tx } from '../db/write-gate.js';
import { seatsLeft } from '../domain/catalogue.js';
import type { MailLang } from '../domain/link-mail.js';
import { text } from '../domain/messages/index.js';
import { maskEmail } from '../domain/personal-data.js';
import { firstNameOf } from '../domain/replies/answers.js';
import { seatPromotionMail } from '../domain/seat-mail.js';
import { ConflictError } from '../errors.js';

/** What every seat change needs: the open transaction, its audit, the time, and the mail language. */
export interface SeatWork {
  trx: Tx;
  audit: Audit;
  /** ISO timestamp of the change. */
  now: string;
  /** The language of promotion mails; when undefined, each learner's last mail language, else bokmål. */
  lang: MailLang | undefined;
}

export interface SeatState {
  capacity: number;
  enrolled: number;
  waitlisted: number;
  /** capacity − enrolled, never below 0. */
  seatsLeft: number;
}

/** A waitlisted learner who got a freed seat, and the outbox message that tells them. */
export interface Promotion {
  enrolment: number;
  user_id: number;
  /** Masked: the agent needs to know a mail went, not the address. */
  email: string;
  message: number;
  lang: MailLang;
}

export interface BookingOutcome {
  enrolment: number;
  status: 'enrolled' | 'waitlisted';
  /** 1-based place in the queue when waitlisted. */
  position: number | null;
  state: SeatState;
  /** Learners who were waiting and got free seats before this booking (seats freed outside kursdesk). */
  promoted: Promotion[];
}

export interface Release {
  enrolment: number;
  was: 'enrolled' | 'waitlisted';
  promoted: Promotion[];
  state: SeatState;
}

type SeatUnit = Pick<UnitWithCourse, 'id' | 'capacity' | 'status'>;

export async function seatState(trx: Tx, unit: SeatUnit): Promise<SeatState> {
  const count = (await seatCounts(trx, [unit.id])).get(unit.id) ?? { enrolled: 0, waitlisted: 0 };
  return { capacity: unit.capacity, ...count, seatsLeft: seatsLeft(unit, count.enrolled) };
}

/** A learner's 1-based place on the unit's waitlist (queued_at, then id), or null when not waiting. */
export async function waitlistPosition(trx: Tx, unitId: number, enrolmentId: number): Promise<number | null> {
  const index = (await waitlistOf(trx, unitId)).findIndex((q) => q.enrolment === enrolmentId);
  return index < 0 ? null : index + 1;
}

/**
 * The queued_at that puts a new learner behind everyone waiting: the change's time, or just after the
 * newest in the queue when that is later. The time of a change is read before the write lock is taken,
 * so an agent who read the clock first may commit second (or a clock may lag); and a learner who comes
 * back keeps their earlier row id, which must not let them pass anyone.
 */
async function backOfQueue(work: SeatWork, unitId: number): Promise<string> {
  const last = await lastQueuedAt(work.trx, unitId);
  if (last === undefined || last < work.now) return work.now;
  return new Date(new Date(last).getTime() + 1).toISOString();
}

/** Seats are only handed out on units that are scheduled and have not started. */
function takesLearners(unit: Pick<UnitWithCourse, 'status' | 'starts_at'>, now: string): boolean {
  return unit.status === 'scheduled' && new Date(unit.starts_at).getTime() > new Date(now).getTime();
}

/**
 * Gives every free seat to the first on the waitlist, in order, and queues each one's e-mail. Returns who
 * was promoted (nobody when the unit is full, has no queue, or no longer takes learners).
 */
export async function fillFreeSeats(work: SeatWork, unit: UnitWithCourse): Promise<Promotion[]> {
  if (!takesLearners(unit, work.now)) return [];
  const state = await seatState(work.trx, unit);
  if (state.seatsLeft === 0 || state.waitlisted === 0) return [];
  const promoted: Promotion[] = [];
  for (const next of await waitlistOf(work.trx, unit.id, state.seatsLeft)) {
    await promoteBooking(work.trx, next.enrolment, work.now);
    const lang = work.lang ?? (await lastMailLang(work.trx, next.user_id)) ?? 'nb';
    const mail = seatPromotionMail(lang, {
      firstName: firstNameOf(next.given_names) ?? next.given_names,
      courseCode: unit.code,
      courseTitle: lang === 'en' ? (unit.title_en ?? unit.title) : unit.title,
      startsAt: unit.starts_at,
      endsAt: unit.ends_at,
      place: unit.place,
    });
    const message = await insertMessage(work.trx, {
      user_id: next.user_id,
      to_address: next.email,
      subject: mail.subject,
      body: mail.body,
      kind: 'seat.promoted',
      lang,
      created_at: work.now,
      link_token_id: null,
      sealed_token: null,
    });
    work.audit({
      action: 'enrolments.promote',
      targetType: 'enrolment',
      targetId: next.enrolment,
      userId: next.user_id,
      changes: [
        { field: 'unit', old: null, new: unit.id },
        { field: 'status', old: 'waitlisted', new: 'enrolled' },
        { field: 'message', old: null, new: message },
      ],
    });
    promoted.push({
      enrolment: next.enrolment,
      user_id: next.user_id,
      email: maskEmail(next.email),
      message,
      lang,
    });
  }
  return promoted;
}

/**
 * Books the learner on a free seat, or queues them at the back of the waitlist when the unit is full.
 * The caller has checked the learner may book (domain/booking.ts) and is not already in the unit;
 * `cancelledRow` is their earlier, cancelled row for this unit, which is taken again.
 */
export async function bookSeat(
  work: SeatWork,
  unit: UnitWithCourse,
  learner: { id: number; invoiceCompanyId: number | null },
  cancelledRow: number | undefined,
): Promise<BookingOutcome> {
  // Anyone already waiting comes first, should seats have been freed without promoting them.
  const promoted = await fillFreeSeats(work, unit);
  const before = await seatState(work.trx, unit);
  const status = before.seatsLeft > 0 ? 'enrolled' : 'waitlisted';
  const enrolment = await saveBooking(
    work.trx,
    {
      unit_id: unit.id,
      user_id: learner.id,
      status,
      now: work.now,
      queued_at: status === 'waitlisted' ? await backOfQueue(work, unit.id) : work.now,
      invoice_company_id: learner.invoiceCompanyId,
    },
    cancelledRow,
  );
  const position = status === 'waitlisted' ? await waitlistPosition(work.trx, unit.id, enrolment) : null;
  work.audit({
    action: 'enrolments.enrol',
    targetType: 'enrolment',
    targetId: enrolment,
    userId: learner.id,
    changes: [
      { field: 'unit', old: null, new: unit.id },
      { field: 'status', old: cancelledRow === undefined ? null : 'cancelled', new: status },
      ...(position === null ? [] : [{ field: 'position', old: null, new: position }]),
      ...(learner.invoiceCompanyId === null
        ? []
        : [{ field: 'invoice_company_id', old: null, new: learner.invoiceCompanyId }]),
    ],
  });
  return { enrolment, status, position, state: await seatState(work.trx, unit), promoted };
}

/** Cancels a seat or a waitlist place; a freed seat goes at once to the first on the waitlist. */
export async function releaseSeat(
  work: SeatWork,
  unit: UnitWithCourse,
  enrolment: { id: number; user_id: number; status: 'enrolled' | 'waitlisted' },
  reason: string,
): Promise<Release> {
  const position =
    enrolment.status === 'waitlisted' ? await waitlistPosition(work.trx, unit.id, enrolment.id) : null;
  await cancelBooking(work.trx, enrolment.id, work.now);
  work.audit({
    action: 'enrolments.cancel',
    targetType: 'enrolment',
    targetId: enrolment.id,
    userId: enrolment.user_id,
    changes: [
      { field: 'unit', old: null, new: unit.id },
      { field: 'status', old: enrolment.status, new: 'cancelled' },
      ...(position === null ? [] : [{ field: 'position', old: position, new: null }]),
      { field: 'reason', old: null, new: reason },
    ],
  });
  const promoted = enrolment.status === 'enrolled' ? await fillFreeSeats(work, unit) : [];
  return { enrolment: enrolment.id, was: enrolment.status, promoted, state: await seatState(work.trx, unit) };
}

/**
 * Sets a unit's capacity (version-checked against the unit as read); more seats go to the waitlist at
 * once, fewer than the learners already enrolled is refused.
 */
export async function changeCapacity(
  work: SeatWork,
  unit: UnitWithCourse,
  capacity: number,
): Promise<{ before: SeatState; promoted: Promotion[]; state: SeatState }> {
  const before = await seatState(work.trx, unit);
  if (capacity < before.enrolled) {
    throw new ConflictError(
      text('unit.capacity-below-enrolled', { unit: unit.id, enrolled: before.enrolled, asked: capacity }),
      { hint: text('hint.unenrol-or-raise', { unit: unit.id, enrolled: before.enrolled }) },
    );
  }
  if (!(await setUnitCapacity(work.trx, unit, capacity))) {
    throw new ConflictError(text('unit.changed-meanwhile', { unit: unit.id }), {
      hint: text('hint.look-again-units', { course: unit.code }),
    });
  }
  work.audit({
    action: 'units.set-capacity',
    targetType: 'unit',
    targetId: unit.id,
    userId: null,
    changes: [{ field: 'capacity', old: unit.capacity, new: capacity }],
  });
  const changed = { ...unit, capacity, version: unit.version + 1 };
  const promoted = await fillFreeSeats(work, changed);
  return { before, promoted, state: await seatState(work.trx, changed) };
}
