// What a learner may book: the rules that decide whether a seat in a unit can be given to a learner, each
// with the reason support tells the learner and the command that would fix it. Pure: the caller reads
// the rows and the clock.
import { ACCOUNT_TYPES, type AccountType } from './learner.js';
import { osloDateTime } from './local-time.js';

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

/** Why a booking is refused: a conflict with the unit's state (exit 4) or the account's policy (exit 5). */
export interface Refusal {
  kind: 'conflict' | 'policy';
  reason: string;
  fix: string;
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
  const types = visibleTypes(course.visible_to);
  const target: AccountType | undefined = types.includes('full')
    ? 'full'
    : types.includes('driver')
      ? 'driver'
      : types[0];
  if (target === undefined) return 'no account type sees this course: ask the course administrators';
  const employer = learner.employer?.active ? learner.employer.org_number : '<orgnr>';
  const extra = target === 'driver' ? ' --depot <place>' : '';
  const employerFlag = target === 'free' ? '' : ` --employer ${employer}`;
  return `kursdesk users set-type ${learner.id} ${target}${employerFlag}${extra}`;
}

function unitsHint(course: Pick<BookingCourse, 'code'>): string {
  return `find another date: kursdesk units list --course ${course.code} --available`;
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
    return {
      kind: 'conflict',
      reason: `unit ${unit.id} of ${course.code} is cancelled`,
      fix: unitsHint(course),
    };
  }
  if (new Date(unit.starts_at).getTime() <= new Date(now).getTime()) {
    return {
      kind: 'conflict',
      reason: `unit ${unit.id} of ${course.code} started ${osloDateTime(unit.starts_at)}: it is in the past`,
      fix: unitsHint(course),
    };
  }
  if (!course.active) {
    return {
      kind: 'policy',
      reason: `${course.code} is retired: it takes no new learners`,
      fix: 'look for its successor: kursdesk courses search',
    };
  }
  if (learner.status === 'disabled') {
    return {
      kind: 'policy',
      reason: `learner ${learner.id}'s account is disabled: a disabled account cannot take a seat`,
      fix: 'the account must be enabled first (an administrator decision, not a booking)',
    };
  }
  if (!typeSeesCourse(learner.account_type, course)) {
    return {
      kind: 'policy',
      reason: `a ${learner.account_type} account does not see ${course.code} (it is for ${visibleTypes(course.visible_to).join(', ') || 'no account type'})`,
      fix: typeChangeFix(learner, course),
    };
  }
  if (course.paid && learner.employer === null) {
    return {
      kind: 'policy',
      reason: `${course.code} is a paid course and learner ${learner.id} has no employer to invoice`,
      fix:
        learner.account_type === 'free'
          ? `kursdesk users set-type ${learner.id} full --employer <orgnr>`
          : `kursdesk users move ${learner.id} --to <orgnr>`,
    };
  }
  if (course.paid && learner.employer && !learner.employer.active) {
    return {
      kind: 'policy',
      reason: `${course.code} is a paid course and learner ${learner.id}'s employer ${learner.employer.name} (${learner.employer.org_number}) is no longer an active customer`,
      fix: `move the learner to their current employer: kursdesk users move ${learner.id} --to <orgnr>`,
    };
  }
  return null;
}
