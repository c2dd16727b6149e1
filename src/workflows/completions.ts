// W15, first half: recording that a learner completed a course, one at a time or from an instructor's
// result list. The expiry of a time-limited qualification follows from the course; a list is imported
// all or nothing, with every rejected row named by line and column.

import { createHash } from 'node:crypto';
import { isoDate } from '../context/clock.js';
import {
  type Completion,
  type Course,
  type CourseUnit,
  completionsOf,
  courseByCode,
  courseById,
  coursesByCodes,
  insertCompletions,
  similarCourseCodes,
  unitById,
} from '../db/queries/learning.js';
import type { User } from '../db/schema.js';
import { type Tx, writeChange } from '../db/write-gate.js';
import {
  decodeImportText,
  type ImportEncoding,
  type ImportRow,
  learnerShown,
  parseResultList,
  type RowProblem,
  rowProblem,
} from '../domain/completion-import.js';
import { fullName } from '../domain/learner.js';
import { expiryFor, qualificationStatus } from '../domain/learning.js';
import { text as message, type Notice, type Text } from '../domain/messages/index.js';
import { maskNationalIdShapesIn } from '../domain/national-id.js';
import { ConflictError, NotFoundError, UsageError, UserError } from '../errors.js';
import type { WorkflowDeps } from './deps.js';
import { type LearnerSelector, parseLearnerSelector, resolveLearner } from './learners.js';

export interface CompletionView {
  id: number | null;
  learner_id: number;
  name: string;
  course: string;
  title: string;
  unit_id: number | null;
  completed_on: string;
  result: 'passed' | 'failed';
  score: number | null;
  expires_on: string | null;
  status: string;
}

export async function findCourse(db: WorkflowDeps['db']['kysely'], code: string): Promise<Course> {
  const course = await courseByCode(db, code);
  if (course) return course;
  const similar = await similarCourseCodes(db, code);
  throw new NotFoundError(message('course.no-such-code', { code: maskNationalIdShapesIn(code) }), {
    hint:
      similar.length > 0
        ? message('hint.did-you-mean', { options: similar })
        : message('hint.check-course-code'),
  });
}

export async function findUnit(db: WorkflowDeps['db']['kysely'], id: number): Promise<CourseUnit> {
  const unit = await unitById(db, id);
  if (!unit) throw new NotFoundError(message('unit.no-such-course-unit', { id }));
  return unit;
}

/** The unit's last day: the completion date of everyone who finished it. */
export function unitDay(unit: CourseUnit): string {
  return unit.ends_at.slice(0, 10);
}

function view(
  completion: Pick<Completion, 'completed_on' | 'passed' | 'score' | 'expires_on' | 'unit_id'> & {
    id: number | null;
  },
  user: Pick<User, 'id' | 'given_names' | 'family_name'>,
  course: Course,
  today: string,
): CompletionView {
  const passed = completion.passed === true || completion.passed === 1;
  return {
    id: completion.id,
    learner_id: user.id,
    name: fullName(user.given_names, user.family_name),
    course: course.code,
    title: course.title,
    unit_id: completion.unit_id,
    completed_on: completion.completed_on,
    result: passed ? 'passed' : 'failed',
    score: completion.score,
    expires_on: completion.expires_on,
    status: qualificationStatus(passed, completion.expires_on, today),
  };
}

/** A completion already on record for the same learner, course and day: the same result, or a clash. */
function sameDay(existing: readonly Completion[], date: string, passed: boolean, score: number | null) {
  const match = existing.find((c) => c.completed_on === date);
  if (!match) return undefined;
  const samePassed = (match.passed === true || match.passed === 1) === passed;
  return { completion: match, identical: samePassed && (score === null || match.score === score) };
}

export interface RecordRequest {
  learner: LearnerSelector;
  courseCode: string;
  date: string | undefined;
  passed: boolean;
  unitId: number | undefined;
  score: number | null;
}

export async function recordCompletion(
  deps: WorkflowDeps,
  request: RecordRequest,
  options: { dryRun: boolean },
): Promise<{ completion: CompletionView; warnings: Notice[]; dryRun: boolean }> {
  const db = deps.db.kysely;
  const actor = deps.actor();
  const today = isoDate(actor.now);
  const warnings: Notice[] = [];
  const { user } = await resolveLearner(deps, request.learner);
  const course = await findCourse(db, request.courseCode);
  const unit = request.unitId === undefined ? undefined : await findUnit(db, request.unitId);
  if (unit && unit.course_id !== course.id) {
    const other = await courseById(db, unit.course_id);
    throw new UsageError(
      message('completion.unit-of-other-course', {
        unit: unit.id,
        other: other?.code ?? null,
        course: course.code,
      }),
    );
  }
  if (unit?.status === 'cancelled') warnings.push(message('warning.unit-cancelled', { unit: unit.id }));
  const date = request.date ?? (unit ? unitDay(unit) : undefined);
  if (date === undefined) throw new UsageError(message('completion.missing-date'));
  if (date > today) throw new UsageError(message('completion.date-in-future', { date }));
  if (unit && date < unit.starts_at.slice(0, 10)) {
    warnings.push(
      message('warning.completed-before-unit', { date, unit: unit.id, startsAt: unit.starts_at }),
    );
  }
  const expiresOn = expiryFor(date, request.passed, course.validity_months);

  const result = await writeChange(deps.db, actor, options, async (trx, audit) => {
    const existing = await completionsOf(trx, [user.id], [course.id]);
    const clash = sameDay(existing, date, request.passed, request.score);
    if (clash) {
      const c = clash.completion;
      throw new ConflictError(
        clash.identical
          ? message('completion.already-recorded', { id: c.id, date })
          : message('completion.other-result', {
              id: c.id,
              passed: c.passed === true || c.passed === 1,
              score: c.score,
              course: course.code,
              date,
              learner: user.id,
            }),
        { hint: message('hint.nothing-written') },
      );
    }
    const values = {
      user_id: user.id,
      course_id: course.id,
      unit_id: unit?.id ?? null,
      completed_on: date,
      passed: request.passed,
      score: request.score,
      expires_on: expiresOn,
      recorded_at: actor.now.toISOString(),
      recorded_by: actor.agent,
    };
    const [id] = await insertCompletions(trx, [values]);
    audit({
      action: 'completions.record',
      targetType: 'completion',
      targetId: id ?? null,
      userId: user.id,
      changes: completionChanges(course.code, values),
    });
    return id ?? null;
  });
  if (expiresOn !== null && expiresOn < today) {
    warnings.push(
      `the qualification expired on ${expiresOn} (${course.validity_months} months after ${date})`,
    );
  }
  return {
    completion: view(
      {
        id: result.result,
        unit_id: unit?.id ?? null,
        completed_on: date,
        passed: request.passed,
        score: request.score,
        expires_on: expiresOn,
      },
      user,
      course,
      today,
    ),
    warnings,
    dryRun: result.dryRun,
  };
}

function completionChanges(
  courseCode: string,
  values: {
    completed_on: string;
    passed: boolean;
    score: number | null;
    expires_on: string | null;
    unit_id: number | null;
  },
) {
  return [
    { field: 'course', old: null, new: courseCode },
    { field: 'completed_on', old: null, new: values.completed_on },
    { field: 'passed', old: null, new: values.passed },
    ...(values.score === null ? [] : [{ field: 'score', old: null, new: values.score }]),
    ...(values.expires_on === null ? [] : [{ field: 'expires_on', old: null, new: values.expires_on }]),
    ...(values.unit_id === null ? [] : [{ field: 'unit_id', old: null, new: values.unit_id }]),
  ];
}

export interface ImportRequest {
  fileName: string;
  bytes: Uint8Array;
  encoding: ImportEncoding;
  unitId: number | undefined;
}

export interface ImportReport {
  file: string;
  sha256: string;
  rows: number;
  recorded: number;
  unchanged: number;
  rejected: number;
  dry_run: boolean;
  state: 'imported' | 'failed';
  problems: RowProblem[];
  ignored_columns: string[];
}

interface PlannedRow {
  row: ImportRow;
  user: User;
  course: Course;
  unit: CourseUnit | undefined;
  date: string;
}

/** Imports a result list all or nothing; with problems, nothing is written and the report lists them. */
export async function importCompletions(
  deps: WorkflowDeps,
  request: ImportRequest,
  options: { dryRun: boolean },
): Promise<ImportReport> {
  const db = deps.db.kysely;
  const actor = deps.actor();
  const today = isoDate(actor.now);
  const sha256 = createHash('sha256').update(request.bytes).digest('hex');
  const text = decodeImportText(request.bytes, request.encoding);
  if (!text.ok)
    throw new UserError(message('import.file-refused', { file: request.fileName, reason: text.error }));
  const unit = request.unitId === undefined ? undefined : await findUnit(db, request.unitId);
  const unitCourse = unit ? await courseById(db, unit.course_id) : undefined;
  const parsed = parseResultList(text.value, {
    unitId: unit?.id,
    unitCourseCode: unitCourse?.code,
    unitDate: unit ? unitDay(unit) : undefined,
    today,
  });
  if (!parsed.ok)
    throw new UserError(
      message('import.file-refused', { file: request.fileName, reason: parsed.text ?? parsed.error }),
    );
  const { rows, ignoredColumns } = parsed.value;
  const problems = [...parsed.value.problems];
  const problem = (row: ImportRow, column: string, why: Text) =>
    problems.push(rowProblem(row.line, column, why));

  // Resolve units, courses and learners once each.
  const units = new Map<number, CourseUnit | undefined>();
  if (unit) units.set(unit.id, unit);
  for (const row of rows)
    if (row.unitId !== undefined && !units.has(row.unitId))
      units.set(row.unitId, await unitById(db, row.unitId));
  const unitCourseIds = [...units.values()].filter((u) => u !== undefined).map((u) => u.course_id);
  const courseRows = [
    ...(await coursesByCodes(db, [...new Set(rows.map((r) => r.courseCode).filter((c) => c !== undefined))])),
    ...(unitCourseIds.length > 0
      ? await db.selectFrom('courses').selectAll().where('id', 'in', unitCourseIds).execute()
      : []),
  ];
  const courseByCodeMap = new Map(courseRows.map((c) => [c.code, c]));
  const courseByIdMap = new Map(courseRows.map((c) => [c.id, c]));
  const learners = new Map<string, User | UserError>();

  const planned: PlannedRow[] = [];
  for (const row of rows) {
    const rowUnit = row.unitId === undefined ? undefined : units.get(row.unitId);
    if (row.unitId !== undefined && !rowUnit) {
      problem(row, 'unit', message('row.no-such-unit', { unit: row.unitId }));
      continue;
    }
    let course = row.courseCode === undefined ? undefined : courseByCodeMap.get(row.courseCode);
    if (row.courseCode !== undefined && !course) {
      problem(row, 'course', message('row.no-such-course', { code: row.courseCode }));
      continue;
    }
    if (rowUnit) {
      const ofUnit = courseByIdMap.get(rowUnit.course_id);
      if (course && ofUnit && course.id !== ofUnit.id) {
        problem(
          row,
          'course',
          message('row.unit-of-other-course', { unit: rowUnit.id, of: ofUnit.code, course: course.code }),
        );
        continue;
      }
      course ??= ofUnit;
    }
    if (!course) {
      problem(row, 'course', message('row.course-empty'));
      continue;
    }
    const date = row.date ?? (rowUnit ? unitDay(rowUnit) : undefined);
    if (!date) {
      problem(row, 'date', message('row.date-empty', { unitRows: false }));
      continue;
    }
    if (date > today) {
      problem(row, 'date', message('row.date-in-future', { date }));
      continue;
    }
    let learner = learners.get(row.learner);
    if (learner === undefined) {
      try {
        learner = (await resolveLearner(deps, parseLearnerSelector(row.learner))).user;
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        learner = error;
      }
      learners.set(row.learner, learner);
    }
    if (learner instanceof UserError) {
      // Said as typed only through learnerShown: a national ID in the list is masked in either language.
      const shown = learnerShown(row.learner);
      const why = (lang: 'en' | 'nb') => learner.messageIn(lang).replaceAll(row.learner, shown);
      problem(row, 'learner', message('row.learner-refused', { shown, en: why('en'), nb: why('nb') }));
      continue;
    }
    planned.push({ row, user: learner, course, unit: rowUnit, date });
  }

  // The same learner, course and day twice in the list.
  const firstLine = new Map<string, number>();
  for (const p of planned) {
    const key = `${p.user.id}/${p.course.id}/${p.date}`;
    const earlier = firstLine.get(key);
    if (earlier !== undefined) problem(p.row, 'learner', message('row.same-as-line', { line: earlier }));
    else firstLine.set(key, p.row.line);
  }

  const report = (
    recorded: number,
    unchanged: number,
    dryRun: boolean,
    state: ImportReport['state'],
  ): ImportReport => ({
    file: request.fileName,
    sha256,
    rows: parsed.value.total,
    recorded,
    unchanged,
    rejected: new Set(problems.map((p) => p.line)).size,
    dry_run: dryRun,
    state,
    problems: problems.sort((a, b) => a.line - b.line),
    ignored_columns: ignoredColumns,
  });
  if (problems.length > 0) return report(0, 0, options.dryRun, 'failed');

  const result = await writeChange(deps.db, actor, options, async (trx: Tx, audit) => {
    const existing = await completionsOf(
      trx,
      [...new Set(planned.map((p) => p.user.id))],
      [...new Set(planned.map((p) => p.course.id))],
    );
    const fresh: PlannedRow[] = [];
    let unchanged = 0;
    for (const p of planned) {
      const clash = sameDay(
        existing.filter((c) => c.user_id === p.user.id && c.course_id === p.course.id),
        p.date,
        p.row.passed,
        p.row.score,
      );
      if (!clash) fresh.push(p);
      else if (clash.identical) unchanged += 1;
      else
        problem(
          p.row,
          'result',
          message('row.clashes-with-record', {
            completion: clash.completion.id,
            passed: clash.completion.passed === true || clash.completion.passed === 1,
            course: p.course.code,
            date: p.date,
            learner: p.user.id,
          }),
        );
    }
    if (problems.length > 0) return { recorded: 0, unchanged: 0 };
    const values = fresh.map((p) => ({
      user_id: p.user.id,
      course_id: p.course.id,
      unit_id: p.unit?.id ?? null,
      completed_on: p.date,
      passed: p.row.passed,
      score: p.row.score,
      expires_on: expiryFor(p.date, p.row.passed, p.course.validity_months),
      recorded_at: actor.now.toISOString(),
      recorded_by: actor.agent,
    }));
    const ids = await insertCompletions(trx, values);
    for (const [i, v] of values.entries()) {
      audit({
        action: 'completions.record',
        targetType: 'completion',
        targetId: ids[i] ?? null,
        userId: v.user_id,
        changes: completionChanges(fresh[i]!.course.code, v),
      });
    }
    audit({
      action: 'completions.import',
      targetType: 'file',
      targetId: request.fileName,
      changes: { file: request.fileName, sha256, rows: parsed.value.total, recorded: ids.length, unchanged },
    });
    return { recorded: ids.length, unchanged };
  });
  if (problems.length > 0) return report(0, 0, options.dryRun, 'failed');
  return report(result.result.recorded, result.result.unchanged, result.dryRun, 'imported');
}
