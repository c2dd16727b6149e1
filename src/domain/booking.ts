// What a learner may book: the rules that decide whether a seat in a unit can be given to a learner, each
// with the reason support tells the learner and the command that would fix it. Pure: the caller reads
// the rows and the clock.
import { ACCOUNT_TYPES, type AccountType } from './learner.js';
import { type Text, text } from './messages/index.js';

export interface BookingLearner {
  id: number;
  account_type: AccountType;
  status: 'pending' | 'active' | 'disabled';
  /** The employer paid courses are invoiced to, if any. */
  employer: { org_number: string; name: string; active: boolean } | null;
}

export interface BookingCourse {
  code: string;
  paid: boolean;
  visible_to: string;
  active: boolean;
}

export interface BookingUnit {
  id: number;
  starts_at: string;
  status: 'scheduled' | 'cancelled';
}

/**
 * Why a booking is refused: a conflict with the unit's state (exit 4) or the account's policy (exit 5).
 * `reason` and `fix` are the English (audit entries keep it); `text` and `hint` the same, coded.
 */
export interface Refusal {
  kind: 'conflict' | 'policy';
  reason: string;
  fix: string;
  text: Text;
  hint: string | Text;
}

function refusal(kind: Refusal['kind'], why: Text, hint: string | Text): Refusal {
  return { kind, reason: String(why), fix: String(hint), text: why, hint };
}

/** The account types a course's comma-separated `visible_to` names (unknown words are ignored). */
export function visibleTypes(visibleTo: string): AccountType[] {
  const named = new Set(visibleTo.split(',').map((t) => t.trim().toLowerCase()));
  return ACCOUNT_TYPES.filter((t) => named.has(t));
}

export function typeSeesCourse(type: AccountType, course: Pick<BookingCourse, 'visible_to'>): boolean {
  return visibleTypes(course.visible_to).includes(type);
}

/** The `users set-type` command that gives the learner a type that sees the course (full before driver). */
export function typeChangeFix(learner: BookingLearner, course: Pick<BookingCourse, 'visible_to'>): string {
  return String(typeChangeHint(learner, course));
}

/** The same, coded where it is words (a command is the same in every language). */
export function typeChangeHint(
  learner: BookingLearner,
  course: Pick<BookingCourse, 'visible_to'>,
): string | Text {
  const types = visibleTypes(course.visible_to);
  const target: AccountType | undefined = types.includes('full')
    ? 'full'
    : types.includes('driver')
      ? 'driver'
      : types[0];
  if (target === undefined) return text('booking.fix-no-type');
  const employer = learner.employer?.active ? learner.employer.org_number : '<orgnr>';
  const extra = target === 'driver' ? ' --depot <place>' : '';
  const employerFlag = target === 'free' ? '' : ` --employer ${employer}`;
  return `kursdesk users set-type ${learner.id} ${target}${employerFlag}${extra}`;
}

function unitsHint(course: Pick<BookingCourse, 'code'>): Text {
  return text('booking.fix-other-date', { course: course.code });
}

/**
 * The first rule that stops this learner from booking this unit, or null when they may. `now` is an ISO
 * timestamp; a unit that has started counts as past.
 */
export function bookingRefusal(
  learner: BookingLearner,
  course: BookingCourse,
  unit: BookingUnit,
  now: string,
): Refusal | null {
  if (unit.status === 'cancelled') {
    return refusal(
      'conflict',
      text('booking.unit-cancelled', { unit: unit.id, course: course.code }),
      unitsHint(course),
    );
  }
  if (new Date(unit.starts_at).getTime() <= new Date(now).getTime()) {
    return refusal(
      'conflict',
      text('booking.unit-started', { unit: unit.id, course: course.code, startsAt: unit.starts_at }),
      unitsHint(course),
    );
  }
  if (!course.active) {
    return refusal(
      'policy',
      text('booking.course-retired', { course: course.code }),
      text('booking.fix-successor'),
    );
  }
  if (learner.status === 'disabled') {
    return refusal(
      'policy',
      text('booking.account-disabled', { learner: learner.id }),
      text('booking.fix-enable-first'),
    );
  }
  if (!typeSeesCourse(learner.account_type, course)) {
    return refusal(
      'policy',
      text('booking.type-does-not-see', {
        accountType: learner.account_type,
        course: course.code,
        types: visibleTypes(course.visible_to),
      }),
      typeChangeHint(learner, course),
    );
  }
  if (course.paid && learner.employer === null) {
    return refusal(
      'policy',
      text('booking.paid-no-employer', { course: course.code, learner: learner.id }),
      learner.account_type === 'free'
        ? `kursdesk users set-type ${learner.id} full --employer <orgnr>`
        : `kursdesk users move ${learner.id} --to <orgnr>`,
    );
  }
  if (course.paid && learner.employer && !learner.employer.active) {
    return refusal(
      'policy',
      text('booking.paid-employer-inactive', {
        course: course.code,
        learner: learner.id,
        employer: learner.employer.name,
        orgNumber: learner.employer.org_number,
      }),
      text('booking.fix-move-employer', { learner: learner.id }),
    );
  }
  return null;
}
