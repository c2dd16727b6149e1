// Why a learner does not see, or cannot book, a course (W12: "I can't find the course", "there are no
// dates", "the course is full"). Pure: the workflow loads the facts, this decides every reason that
// applies and the step that fixes each, and the reply module turns them into a letter.
import type { CatalogueCourse } from './catalogue.js';
import { needsUnit, seatsLeft } from './catalogue.js';
import type { AccountStatus, AccountType } from './learner.js';
import { osloDate } from './local-time.js';

export interface UnitFacts {
  id: number;
  starts_at: string;
  place: string;
  capacity: number;
  /** Only scheduled units are offered; a cancelled one has no seats (seatsLeft). */
  status: 'scheduled' | 'cancelled';
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
  /** What the agent reads, in the language asked of explainAccess (the commands': English). */
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

function typeText(types: readonly AccountType[], nb: boolean): string {
  return types.length === 0 ? (nb ? 'ingen kontotype' : 'no account type') : types.join(', ');
}

/**
 * Every reason that applies, in the agent's language: English for the commands (and their JSON), bokmål
 * or English in the guided mode. Account types keep the words the commands take (free, full, driver).
 */
export function explainAccess(facts: AccessFacts, lang: 'nb' | 'en' = 'en'): AccessVerdict {
  const { course, learner, futureUnits, booking, passed, today } = facts;
  const reasons: AccessReason[] = [];
  const who = learner.selector;
  const nb = lang === 'nb';
  // Agent-facing days: ISO in English (as every command prints them), the table's 15.10.2026 in bokmål.
  const day = (iso: string) => (nb ? osloDate(iso, 'nb') : iso.slice(0, 10));
  if (!course.active) {
    reasons.push({
      code: 'inactive',
      effect: 'hidden',
      text: nb
        ? `${course.code} tilbys ikke lenger (kurset er inaktivt), så ingen ser det`
        : `${course.code} is no longer offered (the course is inactive), so no learner sees it`,
      fix: null,
    });
  }
  if (!course.visible_to.includes(learner.account_type)) {
    const target = typeThatSees(course);
    const seenBy = typeText(course.visible_to, nb);
    const why = nb
      ? course.paid
        ? `${course.code} er et betalingskurs som ${seenBy}-kontoer ser; en ${learner.account_type}-konto ser bare det som er åpent for den`
        : `${course.code} vises for ${seenBy}-kontoer, ikke for ${learner.account_type}-kontoer`
      : course.paid
        ? `${course.code} is a paid course, seen by ${seenBy} accounts; a ${learner.account_type} account sees only what is open to it`
        : `${course.code} is seen by ${seenBy} accounts, not by ${learner.account_type} accounts`;
    const invoiced = learner.employer_org_number
      ? nb
        ? ` (faktureres arbeidsgiveren ${learner.employer_org_number})`
        : ` (invoiced to the employer ${learner.employer_org_number})`
      : nb
        ? ' (faktureres arbeidsgiveren, som må oppgis)'
        : ' (invoiced to the employer, which must be given)';
    const needsEmployer = target === 'full' || target === 'driver';
    const employer = learner.employer_org_number ?? '<orgnr>';
    reasons.push({
      code: 'account-type',
      effect: 'hidden',
      text: target
        ? nb
          ? `${why}; endres kontoen til ${target}${needsEmployer ? invoiced : ''}, blir kurset synlig`
          : `${why}; changing the account to ${target}${needsEmployer ? invoiced : ''} makes it visible`
        : nb
          ? `${why}; ingen kontotype ser det`
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
          ? nb
            ? 'kontoen er aldri aktivert (passord ikke valgt), så personen kan ikke logge inn og melde seg på'
            : 'the account was never activated (no password set), so the learner cannot log in to book'
          : nb
            ? 'kontoen er deaktivert, så personen kan ikke logge inn'
            : 'the account is disabled, so the learner cannot log in',
      fix: learner.status === 'pending' ? `kursdesk links issue ${who} --kind activation` : null,
    });
  }
  if (passed && (passed.expires_on === null || passed.expires_on >= today)) {
    reasons.push({
      code: 'passed-valid',
      effect: 'blocked',
      text: nb
        ? passed.expires_on === null
          ? `personen bestod ${course.code} ${day(passed.completed_on)}; det går ikke ut, så det er ingenting å melde seg på`
          : `personen bestod ${course.code} ${day(passed.completed_on)}, og det gjelder til ${day(passed.expires_on)}; repetisjon trengs før det`
        : passed.expires_on === null
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
      text: nb
        ? booking.status === 'enrolled'
          ? `personen har allerede plass på enhet ${u.id} (${day(u.starts_at)}, ${u.place})`
          : `personen er nummer ${booking.position ?? '?'} på ventelisten til enhet ${u.id} (${day(u.starts_at)}, ${u.place})`
        : booking.status === 'enrolled'
          ? `the learner already has a seat on unit ${u.id} (${day(u.starts_at)}, ${u.place})`
          : `the learner is number ${booking.position ?? '?'} on the waitlist of unit ${u.id} (${day(u.starts_at)}, ${u.place})`,
      fix: null,
      on_waitlist: booking.status === 'waitlisted',
    });
  } else if (needsUnit(course.kind) && course.active) {
    if (futureUnits.length === 0) {
      reasons.push({
        code: 'no-unit',
        effect: 'blocked',
        text: nb
          ? `ingen enhet av ${course.code} er planlagt; personen kan be om en`
          : `no unit of ${course.code} is scheduled; the learner can ask for one`,
        fix: `kursdesk units request ${course.code} --user ${who}`,
      });
    } else if (futureUnits.every((u) => seatsLeft(u, u.enrolled) === 0)) {
      const first = futureUnits[0]!;
      reasons.push({
        code: 'all-full',
        effect: 'blocked',
        text: nb
          ? `alle planlagte enheter av ${course.code} er fulle (${futureUnits.length}); personen kan stå på venteliste, f.eks. enhet ${first.id} ${day(first.starts_at)} i ${first.place} (${first.waitlisted} venter)`
          : `every scheduled unit of ${course.code} is full (${futureUnits.length} unit${futureUnits.length === 1 ? '' : 's'}); the learner can join a waitlist, e.g. unit ${first.id} on ${day(first.starts_at)} in ${first.place} (${first.waitlisted} waiting)`,
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
