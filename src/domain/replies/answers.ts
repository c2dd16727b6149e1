// The replies a change command prints with --reply, and the "more information" and "not ours" answers:
// each takes the plain facts of a result and composes catalogue entries. Pure: times are formatted here
// (Oslo), addresses arrive masked or not as the caller's verdict allows.
import { needsUnit } from '../catalogue.js';
import type { AccountType } from '../learner.js';
import { osloLongDate, osloLongDateTime } from '../local-time.js';
import { foldName } from '../name-matching.js';
import { formatOrgNumber } from '../org-number.js';
import {
  aboutPerson,
  composeAbout,
  composeReply,
  fill,
  type Paragraph,
  paragraph,
  type ReplyLang,
} from './catalogue.js';
import { courseName } from './courses.js';

export interface CourseRef {
  code: string;
  title: string;
  title_en: string | null;
}

/**
 * `--reply-to <writer>` for a change command whose reply goes to someone writing about the learner (HR, a
 * manager, a parent: triage's `writer`), or nothing when the learner wrote; '' when the writer gave no name.
 */
export function replyToWords(writer: { given?: string } | undefined): string[] {
  return writer ? ['--reply-to', writer.given ?? ''] : [];
}

/** The commands that take --reply-to (every learner command with --reply; not companies register). */
export const REPLY_TO_COMMANDS =
  /^kursdesk (?:links issue|certificates issue|units (?:enrol|unenrol|request|waitlist)|users (?:find|set-type|set-email|set-hms|move)|programmes status|courses why-hidden) /;

/** The first of the given names: how every reply greets a person. */
export function firstNameOf(fullName: string | null | undefined): string | undefined {
  const first = fullName?.trim().split(/\s+/)[0];
  return first ? first : undefined;
}

/** Whom a reply greets, beside the learner's name: what the ticket says of its writer and its signature. */
export interface GreetingRule {
  /**
   * A mail written about someone else (HR, a manager, a parent) is answered to its writer: greeted by the
   * given name they signed with, or by no name.
   */
  writer?: { given?: string } | undefined;
  /** The given names the ticket was signed with (see greetingName). */
  signed?: { names: readonly { given: string }[] } | undefined;
  /** The name to greet when the learner's gives none (no learner found): the one the ticket gives. */
  otherwise?: string | undefined;
}

/**
 * The name a reply greets, the one rule for every reply: the writer's, for a mail written about someone
 * else; else the given names a ticket was signed with, when they begin the learner's name as the name
 * search compares names (folded: "Hakon Andre" signs for "Håkon André"), so a double given name ("Jon
 * Knut") is one name, in the learner's spelling; else the first of the names (firstNameOf); else
 * `rule.otherwise`. With no rule, the first of the names.
 */
export function greetingName(
  fullName: string | null | undefined,
  rule: GreetingRule = {},
): string | undefined {
  if (rule.writer) return rule.writer.given;
  const given = rule.signed?.names[0]?.given.trim();
  if (fullName && given) {
    const words = fullName.trim().split(/\s+/);
    const n = given.split(/\s+/).length;
    const start = words.slice(0, n).join(' ');
    if (n < words.length && foldName(start) === foldName(given)) return start;
  }
  return firstNameOf(fullName) ?? rule.otherwise;
}

/** W4: the new login address (shown in full: the change needs a verified identity). */
export function emailChangedReply(
  lang: ReplyLang,
  f: { firstName?: string; person?: string; email: string; pending?: boolean },
): string {
  // An account never activated has no password to reset: its activation link follows instead.
  return composeAbout(lang, f.firstName, f.person, [
    paragraph(f.pending ? 'W4.changed-pending' : 'W4.changed', { email: f.email }),
  ]);
}

/** W5: the new employer; paid bookings that follow; a login still on the old employer's domain (masked). */
export function movedReply(
  lang: ReplyLang,
  f: {
    firstName?: string;
    person?: string;
    company: string;
    reinvoiced: number;
    loginOnOldDomain?: string;
    /** The login changed in the same flow: said here, in the one reply (an account never activated: W4's own). */
    newLogin?: { email: string; pending: boolean };
  },
): string {
  const parts: Paragraph[] = [paragraph('W5.moved', { company: f.company })];
  if (f.reinvoiced > 0) parts.push(paragraph('W5.reinvoiced', { count: String(f.reinvoiced) }));
  if (f.loginOnOldDomain) parts.push(paragraph('W5.old-domain', { email: f.loginOnOldDomain }));
  if (f.newLogin)
    parts.push(
      paragraph(f.newLogin.pending ? 'W4.changed-pending' : 'W4.changed-moved', { email: f.newLogin.email }),
    );
  return composeAbout(lang, f.firstName, f.person, parts);
}

/** W10: the new account type, who pays, and any bookings the change cancelled. */
export function typeChangedReply(
  lang: ReplyLang,
  f: {
    firstName?: string;
    person?: string;
    type: AccountType;
    employer: string | null;
    cancelled: readonly { course: CourseRef; startsAt: string }[];
  },
): string {
  const company = f.employer ?? '';
  const parts: Paragraph[] = [
    f.type === 'full'
      ? paragraph('W10.full', { company })
      : f.type === 'driver'
        ? paragraph('W10.driver', { company })
        : paragraph('W10.free', {}),
  ];
  if (f.cancelled.length > 0) {
    const list = f.cancelled
      .map((c) => `- ${courseName(lang, c.course)}, ${osloLongDateTime(c.startsAt, lang)}`)
      .join('\n');
    parts.push(paragraph('W10.cancelled', { list }));
  }
  return composeAbout(lang, f.firstName, f.person, parts);
}

/** W11: the card is recorded (masked) and when it is due again. */
export function hmsRecordedReply(
  lang: ReplyLang,
  f: { firstName?: string; person?: string; maskedCard: string; dueOn: string },
): string {
  return composeAbout(lang, f.firstName, f.person, [
    paragraph('W11.recorded', { card: f.maskedCard, due: osloLongDate(f.dueOn, lang) }),
  ]);
}

interface UnitFacts {
  course: CourseRef;
  startsAt: string;
  place: string;
}

/** W13: a seat, or a place on the waitlist. */
export function enrolledReply(
  lang: ReplyLang,
  f: UnitFacts & {
    firstName?: string;
    person?: string;
    status: 'enrolled' | 'waitlisted';
    position: number | null;
  },
): string {
  const course = courseName(lang, f.course);
  const when = osloLongDateTime(f.startsAt, lang);
  return composeAbout(lang, f.firstName, f.person, [
    f.status === 'enrolled'
      ? paragraph('W13.enrolled', { course, when, place: f.place })
      : paragraph('W13.waitlisted', { course, when, place: f.place, position: String(f.position ?? '?') }),
  ]);
}

/** W13: the seat or the waitlist place is given back. */
export function unenrolledReply(
  lang: ReplyLang,
  f: UnitFacts & { firstName?: string; person?: string; was: 'enrolled' | 'waitlisted' },
): string {
  const course = courseName(lang, f.course);
  const when = osloLongDateTime(f.startsAt, lang);
  return composeAbout(lang, f.firstName, f.person, [
    f.was === 'enrolled'
      ? paragraph('W13.unenrolled', { course, when })
      : paragraph('W13.left-waitlist', { course, when }),
  ]);
}

/** W13: where the learner stands on a unit's waitlist. */
export function waitlistPlaceReply(
  lang: ReplyLang,
  f: UnitFacts & { firstName?: string; person?: string; position: number },
): string {
  return composeAbout(lang, f.firstName, f.person, [
    paragraph('W13.waitlist-place', {
      course: courseName(lang, f.course),
      when: osloLongDateTime(f.startsAt, lang),
      place: f.place,
      position: String(f.position),
    }),
  ]);
}

export interface OpenUnit {
  startsAt: string;
  place: string;
  seatsLeft: number;
}

/** The lines of units with free seats, for W13.open-units. */
export function openUnitLines(lang: ReplyLang, units: readonly OpenUnit[]): string {
  return units
    .map((u) =>
      fill('W13.unit-line', lang, {
        when: osloLongDateTime(u.startsAt, lang),
        place: u.place,
        count: String(u.seatsLeft),
      }),
    )
    .join('\n');
}

/** The paragraph offering units with seats, or none when there are none. */
export function openUnitsParagraph(
  lang: ReplyLang,
  course: CourseRef,
  units: readonly OpenUnit[],
): Paragraph[] {
  if (units.length === 0) return [];
  return [
    paragraph('W13.open-units', { course: courseName(lang, course), list: openUnitLines(lang, units) }),
  ];
}

export interface FullUnit {
  startsAt: string;
  place: string;
  waiting: number;
}

/** The paragraph offering the waitlists of full units (after the units with seats), or none. */
export function fullUnitsParagraph(lang: ReplyLang, units: readonly FullUnit[]): Paragraph[] {
  if (units.length === 0) return [];
  const list = units
    .map((u) =>
      fill('W13.full-unit-line', lang, {
        when: osloLongDateTime(u.startsAt, lang),
        place: u.place,
        count: String(u.waiting),
      }),
    )
    .join('\n');
  return [paragraph('W13.full-units', { list })];
}

/** W13: a new unit is asked for; units that have seats already are offered. */
export function unitRequestedReply(
  lang: ReplyLang,
  f: {
    firstName?: string;
    person?: string;
    course: CourseRef;
    place: string | null;
    openUnits: readonly OpenUnit[];
  },
): string {
  const course = courseName(lang, f.course);
  return composeAbout(lang, f.firstName, f.person, [
    f.place
      ? paragraph('W13.requested-place', { course, place: f.place })
      : paragraph('W13.requested', { course }),
    ...openUnitsParagraph(lang, f.course, f.openUnits),
  ]);
}

export interface ProgrammeFacts {
  code: string;
  title: string;
  complete: boolean;
  approvedUntil: string | null;
  items: readonly {
    course: CourseRef;
    kind: string;
    status: 'passed' | 'expired' | 'missing';
    validUntil: string | null;
    /** Passed, but lapsing soon (programmes' REFRESH_SOON_DAYS): the learner is told to plan the refresher. */
    expiresSoon?: boolean;
    booking?: { startsAt: string; place: string; status: 'enrolled' | 'waitlisted'; position: number | null };
  }[];
}

/** W14: for each programme, complete (until when) or what remains, with booked dates in Oslo time. */
export function programmeStatusReply(
  lang: ReplyLang,
  f: { firstName?: string; person?: string; programmes: readonly ProgrammeFacts[] },
): string {
  return composeAbout(lang, f.firstName, f.person, programmeParagraphs(lang, f.programmes, f.person));
}

/**
 * `person`: the reply goes to someone writing about them, so the list lines name no "you" (the
 * paragraphs themselves turn to their `about.` texts in composeAbout).
 */
export function programmeParagraphs(
  lang: ReplyLang,
  programmes: readonly ProgrammeFacts[],
  person?: string,
): Paragraph[] {
  const about = person !== undefined;
  if (programmes.length === 0) return [paragraph('W14.none', {})];
  const parts: Paragraph[] = [];
  let classroomUnbooked = false;
  for (const p of programmes) {
    const programme = `${p.code} ${p.title}`;
    if (p.complete) {
      parts.push(
        p.approvedUntil
          ? paragraph('W14.complete', { programme, until: osloLongDate(p.approvedUntil, lang) })
          : paragraph('W14.complete-lasting', { programme }),
      );
      continue;
    }
    const lines = p.items
      .filter((i) => i.status !== 'passed')
      .map((i) => {
        const course = courseName(lang, i.course);
        const b = i.booking;
        if (b) {
          const when = osloLongDateTime(b.startsAt, lang);
          return b.status === 'enrolled'
            ? fill(about ? 'about.W14.item-booked' : 'W14.item-booked', lang, {
                course,
                when,
                place: b.place,
              })
            : fill(about ? 'about.W14.item-waitlisted' : 'W14.item-waitlisted', lang, {
                course,
                when,
                place: b.place,
                position: String(b.position ?? '?'),
              });
        }
        if (needsUnit(i.kind as Parameters<typeof needsUnit>[0])) {
          classroomUnbooked = true;
          return fill(about ? 'about.W14.item-no-date' : 'W14.item-no-date', lang, { course });
        }
        return i.status === 'expired' && i.validUntil
          ? fill(about ? 'about.W14.item-expired' : 'W14.item-expired', lang, {
              course,
              until: osloLongDate(i.validUntil, lang),
            })
          : fill('W14.item-take', lang, { course });
      });
    parts.push(paragraph('W14.remaining', { programme, list: lines.join('\n') }));
    const soon = p.items
      .filter((i) => i.status === 'passed' && i.expiresSoon && i.validUntil)
      .map((i) =>
        fill('W14.item-expiring', lang, {
          course: courseName(lang, i.course),
          until: osloLongDate(i.validUntil as string, lang),
        }),
      );
    if (soon.length > 0) parts.push(paragraph('W14.expiring', { list: soon.join('\n') }));
  }
  if (classroomUnbooked) parts.push(paragraph('W14.classroom-note', {}));
  return parts;
}

/**
 * W15: the certificate is attached (the file the agent attaches) with its number. `expiredOn`: the
 * qualification ran out that day, so the reply says the certificate is no proof for work on site and
 * does not tell the learner to carry it.
 */
export function certificateReply(
  lang: ReplyLang,
  f: {
    firstName?: string;
    person?: string;
    course: CourseRef;
    file: string;
    number: string;
    expiredOn?: string | null;
  },
): string {
  const facts = { course: courseName(lang, f.course), file: f.file, certificate: f.number };
  return composeAbout(
    lang,
    f.firstName,
    f.person,
    f.expiredOn
      ? [paragraph('W15.attached-expired', { ...facts, expired: osloLongDate(f.expiredOn, lang) })]
      : [paragraph('W15.attached', facts), paragraph('W15.self-service', {})],
  );
}

/** The facts "more information" can ask for, in the order they are asked. */
export const ASKABLE_FACTS = [
  'name',
  'birthDate',
  'email',
  'oldEmail',
  'accountType',
  'depot',
  'orgNumber',
  'hmsCard',
  'courseCode',
  'unitId',
  'companyName',
  'company',
  'contact',
  'invoiceEmail',
  'employeeList',
] as const;
export type AskableFact = (typeof ASKABLE_FACTS)[number];

export function isAskableFact(fact: string): fact is AskableFact {
  return (ASKABLE_FACTS as readonly string[]).includes(fact);
}

/** "We need more information": one line per missing fact (never the national ID), and why not to mail it. */
export function moreInfoParagraphs(
  lang: ReplyLang,
  missing: readonly AskableFact[],
  person?: string,
): string[] {
  const asked = ASKABLE_FACTS.filter((f) => missing.includes(f));
  if (asked.length === 0) return [];
  if (person !== undefined) return moreInfoAbout(lang, asked, person);
  const lines = asked.map((f) => fill(`more-info.${f}`, lang, {}));
  return [`${fill('more-info.intro', lang, {})}\n${lines.join('\n')}`, fill('more-info.outro', lang, {})];
}

/**
 * "We need the birth date of Emma Sørli": the same asks said to someone writing for the person; a fact
 * with no `about.` line (a course code, a company's details) keeps its own.
 */
function moreInfoAbout(lang: ReplyLang, asked: readonly AskableFact[], person: string): string[] {
  const lines = asked.map((f) => {
    const p = aboutPerson(paragraph(`more-info.${f}`, {}), person);
    return fill(p.key, lang, p.facts as never);
  });
  return [
    `${fill('about.more-info.intro', lang, { person })}\n${lines.join('\n')}`,
    fill('about.more-info.outro', lang, {}),
  ];
}

export function moreInfoReply(
  lang: ReplyLang,
  f: { firstName?: string; missing: readonly AskableFact[]; before?: readonly Paragraph[]; person?: string },
): string {
  const before = (f.before ?? []).map((p) => (f.person === undefined ? p : aboutPerson(p, f.person)));
  return composeReply(lang, f.firstName, [...before, ...moreInfoParagraphs(lang, f.missing, f.person)]);
}

/** "Not something we handle". */
export function notOursReply(lang: ReplyLang, f: { firstName?: string }): string {
  return composeReply(lang, f.firstName, [paragraph('not-ours', {})]);
}

/** W9: what the registers say about an organisation number. */
export function registerParagraphs(f: {
  orgNumber: string;
  name: string | null;
  inElma: boolean | null;
}): Paragraph[] {
  const orgNumber = formatOrgNumber(f.orgNumber);
  const parts: Paragraph[] = [
    f.name
      ? paragraph('W9.in-register', { company: f.name, orgNumber })
      : paragraph('W9.not-in-register', { orgNumber }),
  ];
  if (f.name && f.inElma !== null) parts.push(paragraph(f.inElma ? 'W9.elma' : 'W9.no-elma', {}));
  return parts;
}

/**
 * A passed course as a certificate reply lists it: `validUntil` only while it is still valid,
 * `expiredOn` once its validity has run out (a time-limited course must then be taken again).
 */
export interface PassedCourse {
  code: string;
  /** The Norwegian title (bokmål and nynorsk replies), and the English one where the course has it. */
  title: string;
  title_en?: string | null;
  validUntil: string | null;
  expiredOn?: string | null;
}

/** W15: where the certificates are in the portal and what the learner has passed, or that nothing is. */
export function passedCoursesReply(
  lang: ReplyLang,
  f: {
    firstName?: string | undefined;
    passed: readonly PassedCourse[];
    askedNotPassed?: readonly string[];
    /** Said to someone writing for the learner (HR, a manager): the learner's full name; firstName is the writer's. */
    person?: string;
  },
): string {
  const notPassed = (f.askedNotPassed ?? []).map((code) => paragraph('W15.asked-not-passed', { code }));
  if (f.passed.length === 0)
    return composeAbout(lang, f.firstName, f.person, [...notPassed, paragraph('W15.nothing-passed', {})]);
  const list = f.passed
    .map((p) => {
      const course = courseName(lang, { code: p.code, title: p.title, title_en: p.title_en ?? null });
      if (p.validUntil)
        return fill('W15.passed-line', lang, { course, until: osloLongDate(p.validUntil, lang) });
      return p.expiredOn
        ? fill('W15.passed-line-expired', lang, { course, expired: osloLongDate(p.expiredOn, lang) })
        : fill('W15.passed-line-lasting', lang, { course });
    })
    .join('\n');
  return composeAbout(lang, f.firstName, f.person, [
    ...notPassed,
    paragraph('W15.self-service', {}),
    paragraph('W15.passed-list', { list }),
  ]);
}

/** W16: the account the desk created, under the (masked) login; the activation link comes separately. */
export function learnerRegisteredReply(
  lang: ReplyLang,
  f: { firstName?: string; maskedEmail: string },
): string {
  return composeReply(lang, f.firstName, [paragraph('W16.created', { email: f.maskedEmail })]);
}

/** W20: what we keep, and that the overview or the erasure comes once the request is shown to be theirs. */
export function personalDataReply(
  lang: ReplyLang,
  f: { firstName?: string; person?: string; guardian?: boolean },
): string {
  // Asked by someone else (`person`): the person must ask themselves; a guardian is told how.
  const guardian =
    f.person !== undefined && f.guardian ? [paragraph('about.W20.guardian', { person: f.person })] : [];
  return composeAbout(lang, f.firstName, f.person, [paragraph('W20.answer', {}), ...guardian]);
}

/** W20: the covering answer to an export of everything stored about the person (the file to attach). */
export function personalDataExportReply(
  lang: ReplyLang,
  f: { firstName?: string; file: string; erased?: boolean },
): string {
  // Access, then erasure (both asked in one ticket): the copy is attached and the account is gone.
  return composeReply(lang, f.firstName, [
    paragraph('W20.exported', { file: f.file }),
    ...(f.erased ? [paragraph('W20.erased', {})] : []),
  ]);
}

/** W20: the account is erased as the person asked (after `kursdesk privacy erase` has run). */
export function personalDataErasedReply(lang: ReplyLang, f: { firstName?: string }): string {
  return composeReply(lang, f.firstName, [paragraph('W20.erased', {})]);
}

/** Registration: what is needed first (an HMS card and a national ID or D number), as the FAQ says. */
export function registrationRequirementsReply(lang: ReplyLang, f: { firstName?: string }): string {
  return composeReply(lang, f.firstName, [paragraph('registration.requirements', {})]);
}
