// Courses, units and completions inserted directly, for the learning and certificate tests; and the
// PDF tools (poppler's pdftotext and pdftoppm) the certificate tests read PDFs back with.
import { execFileSync } from 'node:child_process';
import type { Insertable, Kysely } from 'kysely';
import type {
  CompletionsTable,
  CoursesTable,
  CourseUnitsTable,
  EnrolmentsTable,
  Schema,
} from '../../src/db/schema.js';
import { TEST_NOW } from './cli.js';

export async function insertCourse(db: Kysely<Schema>, values: Partial<Insertable<CoursesTable>> = {}) {
  return db
    .insertInto('courses')
    .values({
      code: 'SIK-101',
      title: 'Sikkerhetskurs for arbeid i og ved spor',
      title_en: 'Safety course for work on and near the track',
      category: 'sikkerhet',
      kind: 'classroom',
      paid: false,
      visible_to: 'free,full,driver',
      validity_months: 36,
      active: true,
      ...values,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertUnit(
  db: Kysely<Schema>,
  courseId: number,
  values: Partial<Insertable<CourseUnitsTable>> = {},
) {
  return db
    .insertInto('course_units')
    .values({
      course_id: courseId,
      starts_at: '2026-03-02T07:00:00.000Z',
      ends_at: '2026-03-05T14:00:00.000Z',
      place: 'Oslo',
      instructor: 'Per Instruktør',
      capacity: 600,
      ...values,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** An enrolment (a seat, a waitlist place, …) queued at TEST_NOW unless given; its id. */
export async function insertEnrolment(
  db: Kysely<Schema>,
  values: Pick<Insertable<EnrolmentsTable>, 'unit_id' | 'user_id' | 'status'> &
    Partial<Insertable<EnrolmentsTable>>,
): Promise<number> {
  const row = await db
    .insertInto('enrolments')
    .values({ queued_at: TEST_NOW, ...values })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertCompletion(
  db: Kysely<Schema>,
  values: Pick<Insertable<CompletionsTable>, 'user_id' | 'course_id'> & Partial<Insertable<CompletionsTable>>,
) {
  return db
    .insertInto('completions')
    .values({
      completed_on: '2026-03-05',
      passed: true,
      expires_on: '2029-03-05',
      recorded_at: TEST_NOW,
      recorded_by: 'test-agent',
      ...values,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

function tool(name: string, args: string[], packageName: string): Buffer {
  try {
    return execFileSync(name, args, { maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${name} is missing: apt-get install ${packageName} (.ci/run installs it)`);
    }
    throw error;
  }
}

/** The text of a PDF in reading order, as poppler extracts it. */
export function pdfText(path: string): string {
  return tool('pdftotext', ['-enc', 'UTF-8', path, '-'], 'poppler-utils').toString('utf8');
}

/** Renders the first page to `<prefix>-1.png` (or -01 for longer documents) and returns the PNG's path. */
export function pdfToPng(path: string, prefix: string, dpi = 110): string {
  tool(
    'pdftoppm',
    ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', path, prefix],
    'poppler-utils',
  );
  return `${prefix}.png`;
}

/** pdfinfo's key: value lines as a record. */
export function pdfInfo(path: string): Record<string, string> {
  const text = tool('pdfinfo', [path], 'poppler-utils').toString('utf8');
  return Object.fromEntries(
    text
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

/** What the QR codes in a picture say (zbar). */
export function qrCodesIn(png: string): string[] {
  return tool('zbarimg', ['--quiet', '--raw', png], 'zbar-tools')
    .toString('utf8')
    .split('\n')
    .filter(Boolean);
}
