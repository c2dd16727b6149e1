// W12, "I can't find course X": search the catalogue as a given learner would see it, show a course
// with its coming units and programmes, and explain why a learner does not see or cannot book it.
import { isoDate } from '../context/clock.js';
import {
  allCourses,
  futureUnitsOf,
  programmesOfCourse,
  type UnitWithCounts,
} from '../db/queries/catalogue.js';
import { companyById } from '../db/queries/companies.js';
import { type Course, completionsOfLearner } from '../db/queries/learning.js';
import { futureBookingsOf } from '../db/queries/seats.js';
import { flag } from '../db/schema.js';
import {
  type CatalogueCourse,
  type CourseMatchReason,
  learnerSees,
  searchCatalogue,
  seatsLeft,
  visibleToList,
} from '../domain/catalogue.js';
import { type AccessVerdict, explainAccess, typeThatSees, type UnitFacts } from '../domain/course-access.js';
import { fullName } from '../domain/learner.js';
import { qualificationOf } from '../domain/programmes.js';
import { firstNameOf } from '../domain/replies/answers.js';
import { findCourse } from './completions.js';
import type { WorkflowDeps } from './deps.js';
import { type LearnerSelector, resolveLearner } from './learners.js';

type DbCourse = CatalogueCourse & { id: number; price_nok: number | null };

export function catalogueCourse(row: Course): DbCourse {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    title_en: row.title_en,
    description: row.description,
    category: row.category,
    kind: row.kind,
    paid: flag(row.paid),
    price_nok: row.price_nok,
    visible_to: visibleToList(row.visible_to),
    validity_months: row.validity_months,
    active: flag(row.active),
  };
}

export interface SearchHit {
  rank: number;
  code: string;
  title: string;
  category: string;
  kind: string;
  paid: boolean;
  visible_to: string;
  active: boolean;
  score: number;
  /** Coded: English in json/csv/yaml, the agent's language on screen. */
  matched: CourseMatchReason[];
}

export interface SearchResult {
  query: string;
  /** Set with --user: whose view of the catalogue this is. */
  as: { id: number; name: string; account_type: string } | null;
  hits: SearchHit[];
  /** How many courses match in all (more than `hits` when the limit cut the list). */
  matches: number;
  /** Courses that match but the learner does not see (with --user). */
  hidden: { code: string; title: string }[];
}

export async function searchCourses(
  deps: Pick<WorkflowDeps, 'db' | 'secret'>,
  request: { query: string; as: LearnerSelector | undefined; limit: number },
): Promise<SearchResult> {
  const db = deps.db.kysely;
  const learner = request.as ? (await resolveLearner(deps, request.as)).user : undefined;
  const courses = (await allCourses(db)).map(catalogueCourse);
  const matches = searchCatalogue(courses, request.query);
  const seen = learner ? matches.filter((m) => learnerSees(m.course, learner.account_type)) : matches;
  const hidden = learner ? matches.filter((m) => !learnerSees(m.course, learner.account_type)) : [];
  return {
    query: request.query,
    as: learner
      ? {
          id: learner.id,
          name: fullName(learner.given_names, learner.family_name),
          account_type: learner.account_type,
        }
      : null,
    matches: seen.length,
    hits: seen.slice(0, request.limit).map((m, i) => ({
      rank: i + 1,
      code: m.course.code,
      title: m.course.title,
      category: m.course.category,
      kind: m.course.kind,
      paid: m.course.paid,
      visible_to: m.course.visible_to.join(','),
      active: m.course.active,
      score: m.score,
      matched: m.reasons,
    })),
    hidden: hidden.map((m) => ({ code: m.course.code, title: m.course.title })),
  };
}

export interface CourseListRow {
  code: string;
  title: string;
  category: string;
  kind: string;
  paid: boolean;
  price_nok: number | null;
  visible_to: string;
  validity_months: number | null;
  active: boolean;
}

function listRow(c: DbCourse): CourseListRow {
  return {
    code: c.code,
    title: c.title,
    category: c.category,
    kind: c.kind,
    paid: c.paid,
    price_nok: c.price_nok,
    visible_to: c.visible_to.join(','),
    validity_months: c.validity_months,
    active: c.active,
  };
}

export async function listCourses(
  deps: Pick<WorkflowDeps, 'db'>,
  filter: { category?: string; kind?: string; includeInactive: boolean },
): Promise<CourseListRow[]> {
  const courses = (await allCourses(deps.db.kysely)).map(catalogueCourse);
  const category = filter.category?.toLowerCase();
  return courses
    .filter((c) => filter.includeInactive || c.active)
    .filter((c) => category === undefined || c.category.toLowerCase() === category)
    .filter((c) => filter.kind === undefined || c.kind === filter.kind)
    .map(listRow);
}

export interface UnitRow {
  unit: number;
  starts_at: string;
  ends_at: string;
  place: string;
  instructor: string | null;
  capacity: number;
  enrolled: number;
  seats_left: number;
  waitlist: number;
  status: string;
}

function unitRow(u: UnitWithCounts): UnitRow {
  return {
    unit: u.id,
    starts_at: u.starts_at,
    ends_at: u.ends_at,
    place: u.place,
    instructor: u.instructor,
    capacity: u.capacity,
    enrolled: u.enrolled,
    seats_left: seatsLeft(u, u.enrolled),
    waitlist: u.waitlisted,
    status: u.status,
  };
}

export interface CourseDetail extends CourseListRow {
  title_en: string | null;
  description: string | null;
  units: UnitRow[];
  programmes: { code: string; title: string; position: number }[];
}

export async function showCourse(
  deps: Pick<WorkflowDeps, 'db' | 'clock'>,
  code: string,
): Promise<CourseDetail> {
  const db = deps.db.kysely;
  const course = catalogueCourse(await findCourse(db, code));
  const units = await futureUnitsOf(db, [course.id], deps.clock.now().toISOString());
  return {
    ...listRow(course),
    title_en: course.title_en,
    description: course.description,
    units: units.map(unitRow),
    programmes: await programmesOfCourse(db, course.id),
  };
}

export interface WhyHiddenResult extends AccessVerdict {
  course: string;
  title: string;
  learner: { id: number; name: string; first_name: string; account_type: string; status: string };
  target_type: string | undefined;
  course_facts: { title: string; title_en: string | null; code: string };
  /** Each reason's text in bokmål, in the order of `reasons`: what a bokmål screen shows beside the record's. */
  texts_nb: string[];
}

export async function whyHidden(
  deps: Pick<WorkflowDeps, 'db' | 'clock' | 'secret'>,
  request: { code: string; learner: LearnerSelector; learnerText: string; lang?: 'nb' | 'en' },
): Promise<WhyHiddenResult> {
  const db = deps.db.kysely;
  const now = deps.clock.now();
  const today = isoDate(now);
  const row = await findCourse(db, request.code);
  const course = catalogueCourse(row);
  const { user } = await resolveLearner(deps, request.learner);
  const employer = user.employer_id === null ? undefined : await companyById(db, user.employer_id);
  const units = (await futureUnitsOf(db, [course.id], now.toISOString())).filter(
    (u) => u.status === 'scheduled',
  );
  const facts = (u: UnitWithCounts): UnitFacts => ({
    id: u.id,
    starts_at: u.starts_at,
    place: u.place,
    capacity: u.capacity,
    status: u.status,
    enrolled: u.enrolled,
    waitlisted: u.waitlisted,
  });
  const bookings = (await futureBookingsOf(db, user.id, now.toISOString())).filter(
    (b) => b.course_id === course.id,
  );
  // A seat counts before a waitlist place on another unit of the same course.
  const booking = bookings.find((b) => b.status === 'enrolled') ?? bookings[0];
  const bookedUnit = booking ? units.find((u) => u.id === booking.unit_id) : undefined;
  const completions = await completionsOfLearner(db, user.id, course.id);
  const q = qualificationOf(
    completions.map((c) => ({
      id: c.id,
      completed_on: c.completed_on,
      passed: flag(c.passed),
      expires_on: c.expires_on,
    })),
    today,
  );
  const access: Parameters<typeof explainAccess>[0] = {
    course,
    learner: {
      // A national ID never goes into printed commands: the learner id stands in for it.
      selector: request.learner.by === 'national-id' ? String(user.id) : request.learnerText,
      account_type: user.account_type,
      status: user.status,
      employer_org_number: employer?.org_number ?? null,
    },
    futureUnits: units.map(facts),
    booking:
      booking && bookedUnit
        ? { unit: facts(bookedUnit), status: booking.status, position: booking.position }
        : undefined,
    passed: q ? { completed_on: q.completed_on, expires_on: q.valid_until } : undefined,
    today,
  };
  const verdict = explainAccess(access, request.lang);
  return {
    ...verdict,
    texts_nb: explainAccess(access, 'nb').reasons.map((r) => r.text),
    course: course.code,
    title: course.title,
    learner: {
      id: user.id,
      name: fullName(user.given_names, user.family_name),
      first_name: firstNameOf(user.given_names) ?? user.given_names,
      account_type: user.account_type,
      status: user.status,
    },
    target_type: typeThatSees(course),
    course_facts: { code: course.code, title: course.title, title_en: course.title_en },
  };
}
