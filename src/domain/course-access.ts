// Why a learner does not see, or cannot book, a course (W12: "I can't find the course", "there are no
// dates", "the course is full"). Pure: the workflow loads the facts, this decides every reason that
// applies and the step that fixes each, and the reply module turns them into a letter.
import type { CatalogueCourse } from './catalogue.js';
import { needsUnit, seatsLeft } from './catalogue.js';
import type { AccountStatus, AccountType } from './learner.js';

export interface UnitFacts {
  id: number;
  starts_at: string;
  place: string;
  capacity: number;
  enrolled: number;
  waitlisted: number;
}

export interface AccessFacts {
  course: CatalogueCourse;
  learner: {
    /** How the agent named the learner on the command line (used in suggested commands). */
    selector: string;
    account_type: AccountType;
    status: AccountStatus;
    employer_org_number: string | null;
  };
  /** Scheduled (not cancelled) units of the course that have not started yet, earliest first. */
  futureUnits: UnitFacts[];
  /** The learner's place on a future unit of this course, if they have one. */
  booking: { unit: UnitFacts; status: 'enrolled' | 'waitlisted'; position: number | null } | undefined;
  /** The learner's latest passed completion of the course. */
  passed: { completed_on: string; expires_on: string | null } | undefined;
  today: string;
}

export type AccessReasonCode =
  | 'inactive'
  | 'account-type'
  | 'account-status'
  | 'already-booked'
  | 'no-unit'
  | 'all-full'
  | 'passed-valid';

export interface AccessReason {
  code: AccessReasonCode;
  /** 'hidden': the learner does not see the course; 'blocked': they see it but cannot book it now. */
  effect: 'hidden' | 'blocked' | 'info';
  /** What the agent reads. */
  text: string;
  /** The command that fixes it, when support can. */
  fix: string | null;
  /** passed-valid: the last day the qualification holds (null: it does not expire). */
  valid_until?: string | null;
  /** already-booked: on the waitlist rather than in a seat. */
  on_waitlist?: boolean;
}

export interface AccessVerdict {
  verdict: 'hidden' | 'cannot-book' | 'visible';
  reasons: AccessReason[];
}

/** The account type that would see the course: full for paid courses, else whatever the course lists. */
export function typeThatSees(course: Pick<CatalogueCourse, 'visible_to'>): AccountType | undefined {
  if (course.visible_to.includes('full')) return 'full';
  return course.visible_to[0];
}

function typeText(types: readonly AccountType[]): string {
  return types.length === 0 ? 'no account type' : types.join(', ');
}

export function explainAccess(facts: AccessFacts): AccessVerdict {
  const { course, learner, futureUnits, booking, passed, today } = facts;
  const reasons: AccessReason[] = [];
  const who = learner.selector;
  if (!course.active) {
    reasons.push({
      code: 'inactive',
      effect: 'hidden',
      text: `${course.code} is no longer offered (the course is inactive), so no learner sees it`,
      fix: null,
    });
  }
  if (!course.visible_to.includes(learner.account_type)) {
    const target = typeThatSees(course);
    const why = course.paid
      ? `${course.code} is a paid course, seen by ${typeText(course.visible_to)} accounts; a ${learner.account_type} account sees only what is open to it`
      : `${course.code} is seen by ${typeText(course.visible_to)} accounts, not by ${learner.account_type} accounts`;
    const needsEmployer = target === 'full' || target === 'driver';
    const employer = learner.employer_org_number ?? '<orgnr>';
    reasons.push({
      code: 'account-type',
      effect: 'hidden',
      text: target
        ? `${why}; changing the account to ${target}${needsEmployer ? ` (invoiced to the employer${learner.employer_org_number ? ` ${learner.employer_org_number}` : ', which must be given'})` : ''} makes it visible`
        : `${why}; no account type sees it`,
      fix: target
        ? `kursdesk users set-type ${who} ${target}${needsEmployer ? ` --employer ${employer}` : ''}`
        : null,
    });
  }
  if (learner.status !== 'active') {
    reasons.push({
      code: 'account-status',
      effect: 'blocked',
      text:
        learner.status === 'pending'
          ? 'the account was never activated (no password set), so the learner cannot log in to book'
          : 'the account is disabled, so the learner cannot log in',
      fix: learner.status === 'pending' ? `kursdesk links issue ${who} --kind activation` : null,
    });
  }
  if (passed && (passed.expires_on === null || passed.expires_on >= today)) {
    reasons.push({
      code: 'passed-valid',
      effect: 'blocked',
      text:
        passed.expires_on === null
          ? `the learner passed ${course.code} on ${passed.completed_on}; it does not expire, so there is nothing to book`
          : `the learner passed ${course.code} on ${passed.completed_on} and it is valid until ${passed.expires_on}; a refresher is due before then`,
      fix: null,
      valid_until: passed.expires_on,
    });
  }
  if (booking) {
    const u = booking.unit;
    reasons.push({
      code: 'already-booked',
      effect: 'info',
      text:
        booking.status === 'enrolled'
          ? `the learner already has a seat on unit ${u.id} (${u.starts_at.slice(0, 10)}, ${u.place})`
          : `the learner is number ${booking.position ?? '?'} on the waitlist of unit ${u.id} (${u.starts_at.slice(0, 10)}, ${u.place})`,
      fix: null,
      on_waitlist: booking.status === 'waitlisted',
    });
  } else if (needsUnit(course.kind) && course.active) {
    if (futureUnits.length === 0) {
      reasons.push({
        code: 'no-unit',
        effect: 'blocked',
        text: `no unit of ${course.code} is scheduled; the learner can ask for one`,
        fix: `kursdesk units request ${course.code} --user ${who}`,
      });
    } else if (futureUnits.every((u) => seatsLeft(u.capacity, u.enrolled) === 0)) {
      const first = futureUnits[0]!;
      reasons.push({
        code: 'all-full',
        effect: 'blocked',
        text: `every scheduled unit of ${course.code} is full (${futureUnits.length} unit${futureUnits.length === 1 ? '' : 's'}); the learner can join a waitlist, e.g. unit ${first.id} on ${first.starts_at.slice(0, 10)} in ${first.place} (${first.waitlisted} waiting)`,
        fix: `kursdesk units enrol ${who} ${first.id}`,
      });
    }
  }
  const verdict = reasons.some((r) => r.effect === 'hidden')
    ? 'hidden'
    : reasons.some((r) => r.effect === 'blocked')
      ? 'cannot-book'
      : 'visible';
  return { verdict, reasons };
}
