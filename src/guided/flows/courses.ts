// Courses: W12 (I can't find the course) and W13 (the course is full, there are no dates, the
// waitlist). Both end where the learner wants to be: booked on a unit, on its waitlist, or with a
// request for a new date passed on.

import type { MailLang as Lang } from '../../domain/link-mail.js';
import { mailLangFor } from '../../domain/link-mail.js';
import { osloDateTime } from '../../domain/local-time.js';
import { text } from '../../domain/messages/index.js';
import { formatOrgNumber } from '../../domain/org-number.js';
import { greetingName } from '../../domain/replies/answers.js';
import { wishedUnitsFirst } from '../../domain/triage/course-wishes.js';
import { wrapWords } from '../../output/wrap.js';
import type { LearnerHit } from '../../workflows/learner-search.js';
import type { UnitRow } from '../../workflows/units.js';
import {
  accountWord,
  confirmChange,
  type PickedCourse,
  pickCourse,
  pickLearner,
  replyVoice,
  type Session,
  said,
  showReply,
} from '../session.js';
import { clip, facts, heading, table, WIDTH } from '../show.js';
import { issueLinkStep } from './account.js';
import { accountType } from './profile.js';

export async function cannotFindCourse(s: Session): Promise<void> {
  const learner = await pickLearner(s);
  const course = await pickCourse(s);
  await explainAccess(s, learner, course, await accessOf(s, learner, course));
}

async function accessOf(s: Session, learner: LearnerHit, course: PickedCourse) {
  const { whyHidden } = await import('../../workflows/catalogue.js');
  return whyHidden(s.deps, {
    code: course.code,
    learner: { by: 'id', id: learner.id },
    learnerText: String(learner.id),
    lang: s.lang,
  });
}

/** W12's answer: why the learner does not see (or cannot book) the course, the reply, the usual next step. */
async function explainAccess(
  s: Session,
  learner: LearnerHit,
  course: PickedCourse,
  result: Awaited<ReturnType<typeof accessOf>>,
): Promise<void> {
  s.out(
    heading(
      `${result.course} ${result.title} — ${result.learner.name} (${accountWord(s, result.learner.account_type)})`,
    ),
  );
  s.out(
    result.reasons.length === 0
      ? `  ${said(s, text('guided-says.course-visible-can-booked'))}\n`
      : facts(
          result.reasons.map(
            // What a reason does to the learner, as the label of its line (courses why-hidden's words).
            (r) => [said(s, text('why-hidden.effect', { effect: r.effect })), r.text] as const,
          ),
        ),
  );
  await showReply(s, {
    topic: 'course-access',
    verdict: result,
    facts: {
      // A pasted ticket written by HR or a parent: to the writer, about the learner.
      ...(s.writer ? replyVoice(s, result.learner.name) : {}),
      firstName: s.writer ? replyVoice(s, result.learner.name).firstName : result.learner.first_name,
      course: result.course_facts,
      targetType: result.target_type,
    },
  });
  const typeChanged =
    result.reasons.some((r) => r.code === 'account-type') &&
    (await s.term.confirm(said(s, text('guided-says.change-account-type-now')), false));
  if (typeChanged) await accountType(s, learner);
  // A pending account cannot log in to book. The reply sends the learner to the link in the registration
  // e-mail (as the FAQ does for a missing activation e-mail), which a new link would void: a new link is
  // offered for when the learner cannot find it, and Enter issues none.
  if (result.learner.status === 'pending') s.note(said(s, text('guided.activation-waits')));
  if (
    result.learner.status === 'pending' &&
    (await s.term.confirm(said(s, text('guided-says.issue-activation-link-now')), false))
  )
    await issueLinkStep(s, learner.id, learner.name, true);
  if (typeChanged || result.learner.status === 'pending') return;
  const blockers = result.reasons.filter(
    (r) => r.effect === 'hidden' || r.code === 'already-booked' || r.code === 'passed-valid',
  );
  if (blockers.length > 0) return;
  if (result.reasons.some((r) => r.code === 'no-unit')) {
    await offerUnitRequest(s, learner, course);
    return;
  }
  // An e-learning course has no dates: the learner takes it in the portal, so no date is offered.
  if (await isElearning(s, course)) return;
  if (await s.term.confirm(said(s, text('guided-says.enrol-date-now')), false))
    await enrolStep(s, learner, course);
}

async function isElearning(s: Session, course: PickedCourse): Promise<boolean> {
  const { showCourse } = await import('../../workflows/catalogue.js');
  return (await showCourse(s.deps, course.code)).kind === 'e-learning';
}

export async function courseFull(s: Session): Promise<void> {
  const learner = await pickLearner(s);
  const course = await pickCourse(s);
  // A course the learner cannot see (retired, another account type) or an account that cannot book
  // (never activated, disabled) is explained as W12 does, before any date is offered that would be
  // refused. A booking on another date or a pass is no bar here: the workflow warns of it.
  const access = await accessOf(s, learner, course);
  if (access.reasons.some((r) => r.effect === 'hidden' || r.code === 'account-status')) {
    await explainAccess(s, learner, course, access);
    return;
  }
  if (await isElearning(s, course)) {
    // No dates, seats or waitlist to offer (a request for a date would be refused): the answer is that
    // the course is taken in the portal whenever the learner likes.
    s.note(
      wrapWords(said(s, text('guided-asks.e-learning-no-dates', { course: course.code })), WIDTH).join('\n'),
    );
    await explainAccess(s, learner, course, access);
    return;
  }
  await enrolStep(s, learner, course);
}

function unitLine(u: UnitRow, lang: Lang): string {
  const seats =
    u.state === 'open'
      ? lang === 'nb'
        ? `${u.seats_left} ledige`
        : `${u.seats_left} free`
      : lang === 'nb'
        ? `fullt, ${u.waitlist} venter`
        : `full, ${u.waitlist} waiting`;
  return clip(`${osloDateTime(u.starts_at, lang)}  ${u.place}  ${seats}`, 72);
}

/** The course's coming units; the agent picks one (a full one means the waitlist) or asks for a new date. */
export async function enrolStep(s: Session, learner: LearnerHit, course: PickedCourse): Promise<void> {
  const { listUnits, enrol } = await import('../../workflows/units.js');
  // The dates at the place and in the time the pasted ticket wished for come first, as `--answer` offers them.
  const units = wishedUnitsFirst(
    (await listUnits(s.deps, { courseCode: course.code, available: false })).filter(
      (u) => u.state === 'open' || u.state === 'full',
    ),
    { places: s.hints?.wantedPlaces, dates: s.hints?.wantedDates },
  );
  s.out(heading(`${course.code} ${course.title}`));
  if (units.length === 0) {
    s.out(`  ${said(s, text('guided-says.no-dates-scheduled'))}\n`);
    await offerUnitRequest(s, learner, course);
    return;
  }
  s.out(
    table(
      [
        said(s, text('guided-says.unit')),
        said(s, text('guided-says.starts')),
        said(s, text('guided-says.place')),
        said(s, text('guided-says.free')),
        said(s, text('guided-says.waiting')),
      ],
      units.map((u) => [
        String(u.unit),
        osloDateTime(u.starts_at, s.lang),
        u.place,
        String(u.seats_left),
        String(u.waitlist),
      ]),
      { give: { 2: 22 } },
    ),
  );
  const choice = await s.term.select<number>(
    said(s, text('guided-asks.which-date', { name: learner.name })),
    [
      ...units.map((u) => ({
        value: u.unit,
        name: unitLine(u, s.lang),
        short: `${u.unit} ${osloDateTime(u.starts_at, s.lang)}`,
      })),
      { value: 0, name: said(s, text('guided-says.none-suits-ask-new-date')) },
      { value: -1, name: said(s, text('guided-says.no-change')) },
    ],
  );
  if (choice === -1) return;
  if (choice === 0) {
    await offerUnitRequest(s, learner, course, true);
    return;
  }
  const unit = units.find((u) => u.unit === choice) as UnitRow;
  const deps = await confirmChange(
    s,
    unit.state === 'open'
      ? said(
          s,
          text('guided-asks.enrol-on', { name: learner.name, course: course.code, startsAt: unit.starts_at }),
        )
      : said(s, text('guided-asks.date-full-waitlist', { name: learner.name })),
  );
  if (!deps) return;
  const result = await enrol(deps, { by: 'id', id: learner.id }, unit.unit, {
    dryRun: false,
    lang: mailLangFor(s.replyLang),
  });
  for (const w of result.warnings) s.warn(said(s, w));
  s.out(
    heading(
      result.status === 'enrolled'
        ? said(s, text('guided-says.enrolled'))
        : said(s, text('guided-says.waitlist')),
    ),
  );
  s.out(
    facts([
      [said(s, text('guided-says.unit')), `${result.unit} ${result.course}`],
      [said(s, text('guided-says.starts')), osloDateTime(result.starts_at, s.lang)],
      [said(s, text('guided-says.place')), result.place],
      [said(s, text('guided-says.waitlist-place')), result.position ?? undefined],
      [said(s, text('guided-says.invoiced')), result.invoice_to && formatOrgNumber(result.invoice_to)],
    ]),
  );
  const { enrolledFacts } = await import('../../workflows/reply-facts.js');
  await showReply(s, { topic: 'booked', facts: enrolledFacts(result) });
}

/** No date suits: the wish goes to the planners as a unit request. */
async function offerUnitRequest(
  s: Session,
  learner: LearnerHit,
  course: PickedCourse,
  chosen = false,
): Promise<void> {
  if (!chosen && !(await s.term.confirm(said(s, text('guided-says.ask-new-date-course')), false))) return;
  const place = (
    await s.term.input(
      said(s, text('guided-says.preferred-place-empty-if-any')),
      // The place the ticket wished for is offered, so the agent does not retype it.
      s.hints?.wantedPlaces?.[0] ? { default: s.hints.wantedPlaces[0] } : {},
    )
  ).trim();
  const deps = await confirmChange(s, said(s, text('guided-asks.record-new-date', { course: course.code })));
  if (!deps) return;
  const { requestUnit } = await import('../../workflows/units.js');
  const result = await requestUnit(
    deps,
    course.code,
    { by: 'id', id: learner.id },
    // The time the ticket wished for goes with the request, as `units request --note` takes it.
    { place: place === '' ? undefined : place, note: s.hints?.wantedDates?.written },
    { dryRun: false },
  );
  s.out(heading(said(s, text('guided-asks.request-recorded', { request: result.request }))));
  // The wish is recorded: the reply says so (and where), as `units request --reply` does, and offers
  // any date that has seats after all.
  const { unitRequestedFacts } = await import('../../workflows/reply-facts.js');
  await showReply(s, {
    topic: 'unit-requested',
    facts: unitRequestedFacts(result, greetingName(learner.name, { signed: s.hints })),
  });
}
