// W14, "what do I still need?": assign training programmes to a learner, a company's staff or a list,
// and show where a learner stands in each assigned programme. Assigning never books a classroom date;
// the status says which items still need one and how many units have seats.
import { isoDate } from '../context/clock.js';
import {
  allProgrammes,
  assignmentCounts,
  assignmentsOfLearner,
  existingAssignments,
  futureUnitsOf,
  learnersOfEmployer,
  type ProgrammeRow,
  programmeByCode,
  programmeItems,
} from '../db/queries/catalogue.js';
import { companyByOrgNumber } from '../db/queries/companies.js';
import { completionsOfLearner } from '../db/queries/learning.js';
import { futureBookingsOf } from '../db/queries/seats.js';
import { flag, type User } from '../db/schema.js';
import { writeChange } from '../db/write-gate.js';
import { seatsLeft } from '../domain/catalogue.js';
import { decodeImportText } from '../domain/completion-import.js';
import { fullName } from '../domain/learner.js';
import { text as message, type Notice } from '../domain/messages/index.js';
import { editDistance } from '../domain/name-matching.js';
import { maskNationalIdShapesIn } from '../domain/national-id.js';
import {
  type ItemStatus,
  itemStatus,
  type ProgrammeStanding,
  parseLearnerList,
  programmeStanding,
} from '../domain/programmes.js';
import { NotFoundError, UsageError, UserError } from '../errors.js';
import type { WorkflowDeps } from './deps.js';
import { type LearnerSelector, parseLearnerSelector, resolveLearner } from './learners.js';

type Kdb = WorkflowDeps['db']['kysely'];

export async function findProgramme(db: Kdb, code: string): Promise<ProgrammeRow> {
  const programme = await programmeByCode(db, code);
  if (programme) return programme;
  const all = await allProgrammes(db);
  const similar = all
    .map((p) => ({ code: p.code, d: editDistance(p.code, code, 3) }))
    .filter((p) => p.d <= 3 || p.code.startsWith(code.slice(0, 3)))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map((p) => p.code);
  throw new NotFoundError(message('programme.no-such-code', { code: maskNationalIdShapesIn(code) }), {
    hint:
      similar.length > 0
        ? message('hint.did-you-mean', { options: similar })
        : message('hint.list-programmes'),
  });
}

/** Programme codes are written in capitals (OL-SV); case and surrounding space do not matter. */
export function normaliseProgrammeCode(text: string): string {
  const code = text.trim().toUpperCase();
  if (!/^[A-Z0-9ÆØÅ][A-Z0-9ÆØÅ._/-]{0,39}$/.test(code))
    throw new UsageError(message('programme.bad-code', { value: text.trim() }));
  return code;
}

export type AssignTarget =
  | { kind: 'learner'; selector: LearnerSelector }
  | { kind: 'employer'; orgNumber: string }
  | { kind: 'file'; fileName: string; bytes: Uint8Array };

export interface AssignmentRow {
  learner_id: number;
  name: string;
  email: string;
  result: 'assigned' | 'unchanged';
  due_on: string | null;
}

export interface AssignReport {
  programme: string;
  title: string;
  assigned: number;
  unchanged: number;
  dry_run: boolean;
  learners: AssignmentRow[];
  warnings: Notice[];
}

async function learnersFromFile(deps: WorkflowDeps, fileName: string, bytes: Uint8Array): Promise<User[]> {
  const text = decodeImportText(bytes, 'utf-8');
  if (!text.ok) throw new UserError(message('assign.file-refused', { file: fileName, reason: text.error }));
  const list = parseLearnerList(text.value);
  if (!list.ok)
    throw new UsageError(message('assign.file-refused', { file: fileName, reason: list.text ?? list.error }));
  const problems: { line: number; error: UserError }[] = [];
  const users: User[] = [];
  for (const row of list.value) {
    try {
      users.push((await resolveLearner(deps, parseLearnerSelector(row.learner))).user);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      problems.push({ line: row.line, error });
    }
  }
  if (problems.length > 0) {
    const first = problems[0]!;
    const more = problems.length - 1;
    throw new UserError(
      message('assign.file-lines-refused', {
        file: fileName,
        line: first.line,
        reason: first.error.text ?? first.error.message,
        more,
        lines: problems.slice(1, 6).map((p) => p.line),
      }),
      problems.every((p) => p.error.exitCode === first.error.exitCode) ? first.error.exitCode : 1,
      { hint: message('hint.fix-lines-and-rerun') },
    );
  }
  return users;
}

async function targetLearners(deps: WorkflowDeps, target: AssignTarget, warnings: Notice[]): Promise<User[]> {
  const db = deps.db.kysely;
  switch (target.kind) {
    case 'learner':
      return [(await resolveLearner(deps, target.selector)).user];
    case 'employer': {
      const company = await companyByOrgNumber(db, target.orgNumber);
      if (!company)
        throw new NotFoundError(message('company.not-a-customer-number', { orgNumber: target.orgNumber }), {
          hint: message('hint.find-or-register-company'),
        });
      const staff = await learnersOfEmployer(db, company.id);
      const active = staff.filter((u) => u.status !== 'disabled');
      if (active.length < staff.length)
        warnings.push(
          message('warning.assign-disabled-left-out', {
            count: staff.length - active.length,
            company: company.name,
          }),
        );
      if (active.length === 0)
        throw new NotFoundError(
          message('assign.no-open-staff', { name: company.name, orgNumber: company.org_number }),
        );
      return active;
    }
    case 'file':
      return learnersFromFile(deps, target.fileName, target.bytes);
  }
}

export async function assignProgramme(
  deps: WorkflowDeps,
  request: { programmeCode: string; target: AssignTarget; dueOn: string | undefined },
  options: { dryRun: boolean },
): Promise<AssignReport> {
  const db = deps.db.kysely;
  const actor = deps.actor();
  const today = isoDate(actor.now);
  const warnings: Notice[] = [];
  const programme = await findProgramme(db, request.programmeCode);
  const listed = await targetLearners(deps, request.target, warnings);
  const learners = [...new Map(listed.map((u) => [u.id, u])).values()];
  if (learners.length < listed.length)
    warnings.push(message('warning.assign-listed-twice', { count: listed.length - learners.length }));
  if (request.dueOn !== undefined && request.dueOn < today)
    warnings.push(message('warning.assign-due-in-past', { due: request.dueOn }));
  for (const u of learners)
    if (u.status === 'disabled' && request.target.kind !== 'employer')
      warnings.push(message('warning.assign-disabled-learner', { learner: u.id }));

  const result = await writeChange(deps.db, actor, options, async (trx, audit) => {
    const existing = new Map(
      (
        await existingAssignments(
          trx,
          programme.id,
          learners.map((u) => u.id),
        )
      ).map((a) => [a.user_id, a.due_on]),
    );
    const rows: AssignmentRow[] = [];
    const fresh = learners.filter((u) => !existing.has(u.id));
    for (let i = 0; i < fresh.length; i += 200) {
      await trx
        .insertInto('programme_assignments')
        .values(
          fresh.slice(i, i + 200).map((u) => ({
            programme_id: programme.id,
            user_id: u.id,
            assigned_at: actor.now.toISOString(),
            due_on: request.dueOn ?? null,
          })),
        )
        .execute();
    }
    for (const u of learners) {
      const already = existing.has(u.id);
      rows.push({
        learner_id: u.id,
        name: fullName(u.given_names, u.family_name),
        email: u.email,
        result: already ? 'unchanged' : 'assigned',
        due_on: already ? (existing.get(u.id) ?? null) : (request.dueOn ?? null),
      });
      if (!already)
        audit({
          action: 'programmes.assign',
          targetType: 'programme_assignment',
          targetId: `${programme.code}/${u.id}`,
          userId: u.id,
          changes: [
            { field: 'programme', old: null, new: programme.code },
            ...(request.dueOn ? [{ field: 'due_on', old: null, new: request.dueOn }] : []),
          ],
        });
    }
    if (learners.length > 1)
      audit({
        action: 'programmes.assign-bulk',
        targetType: 'programme',
        targetId: programme.code,
        changes: {
          source:
            request.target.kind === 'employer'
              ? `employer ${request.target.orgNumber}`
              : request.target.kind === 'file'
                ? `file ${request.target.fileName}`
                : 'learner',
          learners: learners.length,
          assigned: fresh.length,
          unchanged: learners.length - fresh.length,
        },
      });
    return rows;
  });
  const rows = result.result;
  return {
    programme: programme.code,
    title: programme.title,
    assigned: rows.filter((r) => r.result === 'assigned').length,
    unchanged: rows.filter((r) => r.result === 'unchanged').length,
    dry_run: result.dryRun,
    learners: rows,
    warnings,
  };
}

export interface ProgrammeStatus {
  programme: string;
  title: string;
  assigned_at: string;
  due_on: string | null;
  standing: ProgrammeStanding;
  items: ItemStatus[];
}

export interface LearnerProgrammes {
  learner: { id: number; name: string; account_type: string };
  programmes: ProgrammeStatus[];
}

export async function programmeStatus(
  deps: Pick<WorkflowDeps, 'db' | 'clock' | 'secret'>,
  selector: LearnerSelector,
  only: string | undefined,
): Promise<LearnerProgrammes> {
  const db = deps.db.kysely;
  const now = deps.clock.now();
  const today = isoDate(now);
  const { user } = await resolveLearner(deps, selector);
  let assignments = await assignmentsOfLearner(db, user.id);
  if (only !== undefined) {
    const programme = await findProgramme(db, only);
    assignments = assignments.filter((a) => a.programme_id === programme.id);
    if (assignments.length === 0)
      throw new NotFoundError(
        message('programme.not-assigned', { learner: user.id, programme: programme.code }),
        {
          hint: message('hint.assign-programme', { learner: user.id, programme: programme.code }),
        },
      );
  }
  const items = await programmeItems(
    db,
    assignments.map((a) => a.programme_id),
  );
  const courseIds = [...new Set(items.map((i) => i.course_id))];
  const completions = await completionsOfLearner(db, user.id);
  const bookings = await futureBookingsOf(db, user.id, now.toISOString());
  // A seat counts before a waitlist place on another unit of the same course.
  bookings.sort((a, b) => (a.status === b.status ? 0 : a.status === 'enrolled' ? -1 : 1));
  const units = (await futureUnitsOf(db, courseIds, now.toISOString())).filter(
    (u) => u.status === 'scheduled',
  );
  const programmes = assignments.map((a) => {
    const statuses = items
      .filter((i) => i.programme_id === a.programme_id)
      .map((i) =>
        itemStatus(
          {
            position: i.position,
            course: { code: i.code, title: i.title, kind: i.kind, active: flag(i.active) },
            completions: completions
              .filter((c) => c.course_id === i.course_id)
              .map((c) => ({
                id: c.id,
                completed_on: c.completed_on,
                passed: flag(c.passed),
                expires_on: c.expires_on,
              })),
            booking: (() => {
              const b = bookings.find((x) => x.course_id === i.course_id);
              return b
                ? {
                    unit_id: b.unit_id,
                    starts_at: b.starts_at,
                    place: b.place,
                    status: b.status,
                    position: b.position,
                  }
                : undefined;
            })(),
            unitsWithSeats: units.filter((u) => u.course_id === i.course_id && seatsLeft(u, u.enrolled) > 0)
              .length,
          },
          today,
        ),
      );
    return {
      programme: a.code,
      title: a.title,
      assigned_at: a.assigned_at,
      due_on: a.due_on,
      standing: programmeStanding(statuses),
      items: statuses,
    };
  });
  return {
    learner: {
      id: user.id,
      name: fullName(user.given_names, user.family_name),
      account_type: user.account_type,
    },
    programmes,
  };
}

export interface ProgrammeListRow {
  code: string;
  title: string;
  validity_months: number | null;
  courses: string[];
  assigned: number;
}

export async function listProgrammes(deps: Pick<WorkflowDeps, 'db'>): Promise<ProgrammeListRow[]> {
  const db = deps.db.kysely;
  const programmes = await allProgrammes(db);
  const items = await programmeItems(
    db,
    programmes.map((p) => p.id),
  );
  const counts = await assignmentCounts(db);
  return programmes.map((p) => ({
    code: p.code,
    title: p.title,
    validity_months: p.validity_months,
    courses: items.filter((i) => i.programme_id === p.id).map((i) => i.code),
    assigned: counts.get(p.id) ?? 0,
  }));
}

export async function showProgramme(deps: Pick<WorkflowDeps, 'db' | 'clock'>, code: string) {
  const db = deps.db.kysely;
  const programme = await findProgramme(db, code);
  const items = await programmeItems(db, [programme.id]);
  const units = (
    await futureUnitsOf(
      db,
      items.map((i) => i.course_id),
      deps.clock.now().toISOString(),
    )
  ).filter((u) => u.status === 'scheduled');
  const counts = await assignmentCounts(db);
  return {
    code: programme.code,
    title: programme.title,
    description: programme.description,
    validity_months: programme.validity_months,
    assigned: counts.get(programme.id) ?? 0,
    items: items.map((i) => {
      const own = units.filter((u) => u.course_id === i.course_id);
      return {
        position: i.position,
        course: i.code,
        title: i.title,
        kind: i.kind,
        active: flag(i.active),
        units_with_seats:
          i.kind === 'classroom' ? own.filter((u) => seatsLeft(u, u.enrolled) > 0).length : null,
      };
    }),
  };
}
