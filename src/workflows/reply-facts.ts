// The facts replies need, taken from workflow results: shared by the commands' --reply and by
// answerTicket, so both say the same thing about the same result.
import { maskEmail } from '../domain/personal-data.js';
import {
  type enrolledReply,
  firstNameOf,
  type movedReply,
  type PassedCourse,
  type ProgrammeFacts,
  type typeChangedReply,
  type unitRequestedReply,
} from '../domain/replies/answers.js';
import type { LearningHistory } from './learning-history.js';
import type { LearnerMove } from './move-employer.js';
import type { LearnerProgrammes } from './programmes.js';
import type { TypeChangeResult } from './set-type.js';
import type { EnrolResult, UnitRequestResult } from './units.js';

export function programmeFacts(result: LearnerProgrammes): ProgrammeFacts[] {
  return result.programmes.map((p) => ({
    code: p.programme,
    title: p.title,
    complete: p.standing.complete,
    approvedUntil: p.standing.approved_until,
    items: p.items.map((i) => ({
      course: { code: i.course, title: i.title, title_en: null },
      kind: i.kind,
      status: i.status,
      validUntil: i.valid_until,
      expiresSoon: i.step.kind === 'valid-until' && i.step.soon,
      ...(i.booking
        ? {
            booking: {
              startsAt: i.booking.starts_at,
              place: i.booking.place,
              status: i.booking.status,
              position: i.booking.position,
            },
          }
        : {}),
    })),
  }));
}

/** W5: the facts of `movedReply` from a move (the login masked: identity is not checked for a move). */
export function movedFacts(move: LearnerMove): Parameters<typeof movedReply>[1] {
  return {
    firstName: firstNameOf(move.profile.given_names),
    company: move.to.name,
    reinvoiced: move.enrolments.length,
    ...(move.loginOnOldDomain ? { loginOnOldDomain: maskEmail(move.profile.email) } : {}),
  };
}

/** W10: the facts of `typeChangedReply` from a type change. */
export function typeChangedFacts(changed: TypeChangeResult): Parameters<typeof typeChangedReply>[1] {
  return {
    firstName: firstNameOf(changed.profile.given_names),
    type: changed.profile.account_type,
    employer: changed.profile.employer,
    cancelled: changed.cancelled.map((c) => ({
      course: { code: c.course, title: '', title_en: null },
      startsAt: c.starts_at,
    })),
  };
}

/** W13: the facts of `enrolledReply` from a booking. */
export function enrolledFacts(booked: EnrolResult): Parameters<typeof enrolledReply>[1] {
  return {
    firstName: firstNameOf(booked.name),
    course: { code: booked.course, title: booked.title, title_en: booked.title_en },
    startsAt: booked.starts_at,
    place: booked.place,
    status: booked.status,
    position: booked.position,
  };
}

/**
 * W13: the facts of `unitRequestedReply` from a recorded wish for a date, greeting `firstName` (the
 * learner's first name unless the caller knows better) and offering the dates with seats after all.
 */
export function unitRequestedFacts(
  recorded: UnitRequestResult,
  firstName: string | undefined = firstNameOf(recorded.name),
): Parameters<typeof unitRequestedReply>[1] {
  return {
    firstName,
    course: { code: recorded.course, title: recorded.title, title_en: recorded.title_en },
    place: recorded.place,
    openUnits: recorded.open_units.map((u) => ({
      startsAt: u.starts_at,
      place: u.place,
      seatsLeft: u.seats_left,
    })),
  };
}

/**
 * W15: the latest pass of each course, as its certificate shows it, valid-until only while valid today.
 * A course whose latest pass had its certificate revoked is left out: the reply tells the learner where
 * to fetch certificates, and that one is no longer to be had (the agent is told why, not the learner).
 */
export function passedCourses(
  history: LearningHistory,
  today: string,
  englishTitles: ReadonlyMap<string, string> = new Map(),
): PassedCourse[] {
  const latest = new Map<string, LearningHistory['completions'][number]>();
  for (const e of history.completions) {
    if (e.result !== 'passed') continue;
    const seen = latest.get(e.course);
    if (!seen || seen.completed_on < e.completed_on) latest.set(e.course, e);
  }
  return [...latest.values()]
    .filter((e) => e.certificate_status !== 'revoked')
    .map((e) => ({
      code: e.course,
      title: e.title,
      title_en: englishTitles.get(e.course) ?? null,
      validUntil: e.expires_on && e.expires_on >= today ? e.expires_on : null,
      expiredOn: e.expires_on && e.expires_on < today ? e.expires_on : null,
    }));
}
