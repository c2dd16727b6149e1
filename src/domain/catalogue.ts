// The course catalogue as a learner meets it (W12): searching it the way people type (typos, æ/ø/å
// written ae/o/aa, any case), who sees which course, and seats left on a unit. Pure: the workflows
// load the courses (the catalogue is a few hundred at most) and rank them here, the same on both databases.
import type { AccountType } from './learner.js';
import { type MessageCode, type Text, text } from './messages/text.js';
import { editDistance, foldName, typoAllowance } from './name-matching.js';

export interface CatalogueCourse {
  code: string;
  title: string;
  title_en: string | null;
  description: string | null;
  category: string;
  kind: 'e-learning' | 'classroom' | 'exam' | 'practical';
  paid: boolean;
  /** The account types that see the course. */
  visible_to: AccountType[];
  validity_months: number | null;
  active: boolean;
}

/** `free,full` → ['free', 'full']; unknown words are dropped (the schema allows only the three). */
export function visibleToList(text: string): AccountType[] {
  return text
    .split(',')
    .map((t) => t.trim())
    .filter((t): t is AccountType => t === 'free' || t === 'full' || t === 'driver');
}

/** What a learner of this type finds in the portal's catalogue: active courses their type sees. */
export function learnerSees(
  course: Pick<CatalogueCourse, 'active' | 'visible_to'>,
  type: AccountType,
): boolean {
  return course.active && course.visible_to.includes(type);
}

/**
 * Seats a unit still has: capacity less the learners enrolled (never below zero). A cancelled unit has
 * no seats to give, whatever its capacity: every listing (units list, courses show, programmes) asks here.
 */
export function seatsLeft(
  unit: { capacity: number; status: 'scheduled' | 'cancelled' },
  enrolled: number,
): number {
  if (unit.status === 'cancelled') return 0;
  return Math.max(0, unit.capacity - enrolled);
}

/** Only classroom courses are taken on a scheduled unit; the others are booked or taken online. */
export function needsUnit(kind: CatalogueCourse['kind']): boolean {
  return kind === 'classroom';
}

export type Field = 'code' | 'title' | 'title_en' | 'category' | 'description';

const FIELD_WEIGHT: Record<Field, number> = {
  code: 3,
  title: 2,
  title_en: 2,
  category: 1.5,
  description: 1,
};

/** Words that say nothing about which course is meant (when the query has others). */
const NOISE = new Set([
  'og',
  'i',
  'for',
  'pa',
  'ved',
  'av',
  'med',
  'til',
  'the',
  'and',
  'of',
  'on',
  'in',
  'a',
]);

export interface CourseMatch<C extends CatalogueCourse = CatalogueCourse> {
  course: C;
  /** 0–1: 1 is every query word found exactly in the code or title. */
  score: number;
  /** How many of the query's words were found somewhere. */
  matchedWords: number;
  /**
   * Why it matched, coded (course-match.*) so each language says it from the same words; in English
   * `title "sikkerhet"`, `description "sikring" ≈ "siring" (1 typo)`.
   */
  reasons: CourseMatchReason[];
}

/** Folded words of a text (name-matching's folding: case, accents, æ→ae, ø→o, å/aa→a). */
function words(text: string | null): string[] {
  return text === null ? [] : foldName(text).split(' ').filter(Boolean);
}

/** The code without separators, so SIK100, sik-100 and "sik 100" are all SIK-100. */
function compactCode(text: string): string {
  return foldName(text).replaceAll(' ', '');
}

/** Why a course matched a search, as a coded message. */
export type CourseMatchReason = Text<Extract<MessageCode, `course-match.${string}`>>;

/** How a query word was found in a course's word when it is not the word itself. */
export type WordHow =
  | { kind: 'start' }
  | { kind: 'typos'; typos: number }
  | { kind: 'part' }
  | { kind: 'start-typos'; typos: number };

interface WordHit {
  quality: number;
  word: string;
  how: WordHow | null;
}

/** How well one query word matches one word of a course: exact, start of the word, a typo, inside a compound. */
function wordHit(query: string, word: string): WordHit | undefined {
  if (query === word) return { quality: 1, word, how: null };
  if (query.length >= 3 && word.startsWith(query)) return { quality: 0.85, word, how: { kind: 'start' } };
  const allowance = typoAllowance(Math.max(query.length, word.length));
  const distance = editDistance(query, word, allowance);
  if (distance <= allowance)
    return { quality: 0.8 - 0.1 * distance, word, how: { kind: 'typos', typos: distance } };
  // Norwegian joins words: "vakt" is in "sikkerhetsvakt", "ledning" in "kontaktledningsanlegg".
  if (query.length >= 4 && word.includes(query)) return { quality: 0.65, word, how: { kind: 'part' } };
  if (query.length >= 5 && word.length > query.length) {
    const start = word.slice(0, query.length);
    const d = editDistance(query, start, typoAllowance(query.length));
    if (d <= typoAllowance(query.length))
      return { quality: 0.55 - 0.05 * d, word, how: { kind: 'start-typos', typos: d } };
  }
  return undefined;
}

function bestIn(query: string, fieldWords: readonly string[]): WordHit | undefined {
  let best: WordHit | undefined;
  for (const word of fieldWords) {
    const hit = wordHit(query, word);
    if (hit && (!best || hit.quality > best.quality)) best = hit;
    if (best?.quality === 1) break;
  }
  return best;
}

/** Folded query words, noise words left out unless they are all there is. */
export function queryWords(text: string): string[] {
  const all = words(text);
  const meaningful = all.filter((w) => !NOISE.has(w));
  return meaningful.length > 0 ? meaningful : all;
}

/** Scores one course against a query; undefined when no word of the query is found in it. */
export function matchCourse<C extends CatalogueCourse>(course: C, query: string): CourseMatch<C> | undefined {
  const qWords = queryWords(query);
  if (qWords.length === 0) return undefined;
  const compactQuery = compactCode(query);
  const code = compactCode(course.code);
  if (compactQuery === code) {
    return {
      course,
      score: 1,
      matchedWords: qWords.length,
      reasons: [text('course-match.code', { code: course.code })],
    };
  }
  const fields: [Field, string[]][] = [
    ['code', [...words(course.code), code]],
    ['title', words(course.title)],
    ['title_en', words(course.title_en)],
    ['category', words(course.category)],
    ['description', words(course.description)],
  ];
  let total = 0;
  let matchedWords = 0;
  const reasons: CourseMatchReason[] = [];
  for (const q of qWords) {
    let best: { value: number; field: Field; hit: WordHit } | undefined;
    for (const [field, fieldWords] of fields) {
      const hit = bestIn(q, fieldWords);
      if (!hit) continue;
      const value = hit.quality * FIELD_WEIGHT[field];
      if (!best || value > best.value) best = { value, field, hit };
    }
    if (!best) continue;
    matchedWords += 1;
    total += best.value;
    reasons.push(
      text('course-match.word', {
        field: best.field,
        word: best.hit.word,
        query: q,
        how: best.hit.word === q ? null : best.hit.how,
      }),
    );
  }
  // A code typed with a typo (SIK-01 for SIK-100) still finds the course.
  if (matchedWords === 0 && compactQuery.length >= 4) {
    const d = editDistance(compactQuery, code, 2);
    if (d <= 2)
      return {
        course,
        score: 0.6 - 0.1 * d,
        matchedWords: qWords.length,
        reasons: [text('course-match.code-near', { code: course.code, typed: query.trim() })],
      };
  }
  if (matchedWords === 0) return undefined;
  // The best a word can score is an exact hit in the code; a missing word counts as zero.
  const score = total / (qWords.length * FIELD_WEIGHT.code);
  return { course, score: Math.round(score * 1000) / 1000, matchedWords, reasons };
}

/**
 * The courses matching a query, best first: those with every word found before those with some, then
 * by score, then by code. Courses matching fewer than half the words are left out when any match them all.
 */
export function searchCatalogue<C extends CatalogueCourse>(
  courses: readonly C[],
  query: string,
): CourseMatch<C>[] {
  const wordCount = queryWords(query).length;
  const matches = courses
    .map((c) => matchCourse(c, query))
    .filter((m): m is CourseMatch<C> => m !== undefined);
  const anyComplete = matches.some((m) => m.matchedWords === wordCount);
  return matches
    .filter((m) => !anyComplete || m.matchedWords * 2 >= wordCount)
    .sort(
      (a, b) =>
        b.matchedWords - a.matchedWords ||
        b.score - a.score ||
        a.course.code.localeCompare(b.course.code, 'nb'),
    );
}
