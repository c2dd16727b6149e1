// Training programmes (opplæringsløp, W14): what each item of a learner's programme stands at, the
// qualification a learner holds in a course (the latest pass renews it), and the periods the
// expiring-qualifications report is asked for. Pure: the workflows load completions, units and bookings.

import { needsUnit } from './catalogue.js';
import { CALENDAR_UNITS, type Duration, durationText, parseDuration, shiftDay } from './durations.js';
import { osloDate, osloDateTime } from './local-time.js';
import type { ParseResult } from './parse-result.js';

export interface CompletionFact {
  id: number;
  completed_on: string;
  passed: boolean;
  expires_on: string | null;
}

export interface Qualification {
  completed_on: string;
  /** The last day it holds; null when the course does not expire. */
  valid_until: string | null;
  state: 'valid' | 'expired';
}

/**
 * The qualification a learner holds in a course: the latest passed completion (by date, then by the
 * order recorded) decides, so a new pass renews it and an older pass no longer counts. The expiry is
 * the one recorded with the completion (the recording workflows set it from the course's validity).
 */
export function qualificationOf(
  completions: readonly CompletionFact[],
  today: string,
): Qualification | undefined {
  let latest: CompletionFact | undefined;
  for (const c of completions) {
    if (!c.passed) continue;
    if (
      !latest ||
      c.completed_on > latest.completed_on ||
      (c.completed_on === latest.completed_on && c.id > latest.id)
    )
      latest = c;
  }
  if (!latest) return undefined;
  return {
    completed_on: latest.completed_on,
    valid_until: latest.expires_on,
    state: latest.expires_on !== null && latest.expires_on < today ? 'expired' : 'valid',
  };
}

export interface ItemFacts {
  position: number;
  course: {
    code: string;
    title: string;
    kind: 'e-learning' | 'classroom' | 'exam' | 'practical';
    active: boolean;
  };
  completions: CompletionFact[];
  /** The learner's seat or waitlist place on a future unit of the course. */
  booking:
    | {
        unit_id: number;
        starts_at: string;
        place: string;
        status: 'enrolled' | 'waitlisted';
        position: number | null;
      }
    | undefined;
  /** Future scheduled units of the course that still have a free seat. */
  unitsWithSeats: number;
}

export interface ItemStatus {
  position: number;
  course: string;
  title: string;
  kind: string;
  status: 'passed' | 'expired' | 'missing';
  completed_on: string | null;
  valid_until: string | null;
  /** What the learner should do next, in words: "booked: 2027-01-11, Oslo", "no date booked: 2 units with seats". */
  next: string;
  /** The same next step as data, to be said in the guided mode's language (`nextStepText`). */
  step: NextStep;
  /** The seat or waitlist place on a future unit, when the item is not passed (for replies). */
  booking: ItemFacts['booking'] | null;
}

/** What a programme item needs next; `retired`: the course is no longer offered. */
export type NextStep =
  /** `soon`: it lapses within REFRESH_SOON_DAYS, so the refresher is the next thing to plan. */
  (
    | { kind: 'valid-until'; until: string; soon: boolean }
    | { kind: 'done' }
    | {
        kind: 'booked' | 'waitlisted';
        starts_at: string;
        place: string;
        unit: number;
        position: number | null;
      }
    | { kind: 'no-date'; unitsWithSeats: number }
    | { kind: 'take' | 'renew'; courseKind: string; failed: number }
  ) & { retired: boolean };

/** A passed item that lapses within this many days is worth a word in "what do I still need". */
export const REFRESH_SOON_DAYS = 90;

const KIND_NB: Readonly<Record<string, string>> = {
  'e-learning': 'e-læringen',
  classroom: 'klasseromskurset',
  exam: 'eksamen',
  practical: 'den praktiske prøven',
};

/**
 * A next step in words. English is what the commands print (ISO days as before, or with `table` the
 * guided mode's 15 Oct 2026); bokmål is for the guided mode, with its tables' dates (15.10.2026).
 */
export function nextStepText(step: NextStep, lang: 'nb' | 'en', days: 'iso' | 'table' = 'iso'): string {
  const nb = lang === 'nb';
  let text: string;
  switch (step.kind) {
    case 'valid-until':
      text = nb
        ? `gyldig til ${osloDate(step.until, 'nb')}`
        : `valid until ${days === 'table' ? osloDate(step.until, 'en') : step.until}`;
      break;
    case 'done':
      text = nb ? 'ferdig (går ikke ut)' : 'done (does not expire)';
      break;
    case 'booked':
      text = nb
        ? `påmeldt: ${osloDateTime(step.starts_at, 'nb')}, ${step.place} (enhet ${step.unit})`
        : `booked: ${osloDateTime(step.starts_at)}, ${step.place} (unit ${step.unit})`;
      break;
    case 'waitlisted':
      text = nb
        ? `venteliste: nummer ${step.position ?? '?'} til ${osloDateTime(step.starts_at, 'nb')}, ${step.place} (enhet ${step.unit})`
        : `waitlisted: number ${step.position ?? '?'} for ${osloDateTime(step.starts_at)}, ${step.place} (unit ${step.unit})`;
      break;
    case 'no-date':
      text =
        step.unitsWithSeats > 0
          ? nb
            ? `ingen dato valgt: ${step.unitsWithSeats} ${step.unitsWithSeats === 1 ? 'enhet' : 'enheter'} har plass`
            : `no date booked: ${step.unitsWithSeats} unit${step.unitsWithSeats === 1 ? '' : 's'} with seats`
          : nb
            ? 'ingen dato valgt: ingen enhet med ledige plasser (be om en)'
            : 'no date booked: no unit with seats (request one)';
      break;
    case 'take':
    case 'renew': {
      const failed = step.failed > 0 && step.kind === 'take';
      text = nb
        ? `${step.kind === 'renew' ? 'ta på nytt' : 'ta'} ${KIND_NB[step.courseKind] ?? step.courseKind}${failed ? ` (strøket ${step.failed}×)` : ''}`
        : `${step.kind} the ${step.courseKind}${failed ? ` (failed ${step.failed}×)` : ''}`;
      break;
    }
  }
  if (step.retired) text += nb ? '; kurset tilbys ikke lenger' : '; the course is no longer offered';
  return text;
}

export function itemStatus(item: ItemFacts, today: string): ItemStatus {
  const q = qualificationOf(item.completions, today);
  const status: ItemStatus['status'] = !q ? 'missing' : q.state === 'valid' ? 'passed' : 'expired';
  const retired = !item.course.active && status !== 'passed';
  let step: NextStep;
  if (status === 'passed') {
    step = q?.valid_until
      ? {
          kind: 'valid-until',
          until: q.valid_until,
          soon: daysBetween(today, q.valid_until) <= REFRESH_SOON_DAYS,
          retired,
        }
      : { kind: 'done', retired };
  } else if (item.booking) {
    const b = item.booking;
    step = {
      kind: b.status === 'enrolled' ? 'booked' : 'waitlisted',
      starts_at: b.starts_at,
      place: b.place,
      unit: b.unit_id,
      position: b.position,
      retired,
    };
  } else if (needsUnit(item.course.kind)) {
    step = { kind: 'no-date', unitsWithSeats: item.unitsWithSeats, retired };
  } else {
    const failed = item.completions.filter((c) => !c.passed).length;
    step = { kind: status === 'expired' ? 'renew' : 'take', courseKind: item.course.kind, failed, retired };
  }
  const next = nextStepText(step, 'en');
  return {
    position: item.position,
    course: item.course.code,
    title: item.course.title,
    kind: item.course.kind,
    status,
    completed_on: q?.completed_on ?? null,
    valid_until: q?.valid_until ?? null,
    next,
    step,
    booking: status !== 'passed' && item.booking ? item.booking : null,
  };
}

export interface ProgrammeStanding {
  complete: boolean;
  /** When complete: the first day an item lapses (null: nothing expires). */
  approved_until: string | null;
  missing: number;
  expired: number;
}

export function programmeStanding(items: readonly ItemStatus[]): ProgrammeStanding {
  const missing = items.filter((i) => i.status === 'missing').length;
  const expired = items.filter((i) => i.status === 'expired').length;
  const complete = missing === 0 && expired === 0;
  const ends = items.map((i) => i.valid_until).filter((d): d is string => d !== null);
  return {
    complete,
    approved_until: complete && ends.length > 0 ? ends.sort()[0]! : null,
    missing,
    expired,
  };
}

/** A span for reports (days, weeks, months, years), in the one duration syntax of src/domain/durations.ts. */
export type Period = Duration;

/** `90d`, `12w`, `6mo`, `1y` (or `90 days`, `6 mnd`); a bare number is days. */
export function parsePeriod(input: string): ParseResult<Period> {
  return parseDuration(input, { units: CALENDAR_UNITS });
}

export const periodText = durationText;
export const shiftByPeriod = shiftDay;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export interface LearnerListRow {
  line: number;
  learner: string;
}

const HEADER_WORDS = new Set([
  'email',
  'e-mail',
  'epost',
  'e-post',
  'id',
  'learner',
  'user',
  'bruker',
  'deltaker',
]);

/**
 * A list of learners for a bulk assignment: one per line, the e-mail or id in the first column (comma,
 * semicolon or tab separated; other columns are ignored). A header line naming that column is skipped.
 */
export function parseLearnerList(text: string): ParseResult<LearnerListRow[]> {
  const rows: LearnerListRow[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const first = (raw.split(/[,;\t]/)[0] ?? '')
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim();
    if (first === '') continue;
    if (
      rows.length === 0 &&
      i === lines.findIndex((l) => l.trim() !== '') &&
      HEADER_WORDS.has(first.toLowerCase())
    )
      continue;
    rows.push({ line: i + 1, learner: first });
  }
  if (rows.length === 0) return { ok: false, error: 'the file names no learner (one e-mail or id per line)' };
  return { ok: true, value: rows };
}
