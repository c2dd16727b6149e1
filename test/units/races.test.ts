// Issue 9 "race-free": eight separate processes enrol sixteen learners at once into a unit with three
// seats — exactly three get seats, thirteen wait in one consistent order with no gaps and nobody twice —
// then three processes unenrol the seated learners at once and exactly the first three waiting get the
// seats, each with a mail. SQLite (a WAL file) always runs real processes; PostgreSQL does when
// KURSDESK_TEST_PG_URL names a server (PGlite serves one session, so there they take turns instead).
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/context/clock.js';
import { enrol, unenrol } from '../../src/workflows/units.js';
import { type Bundle, bundleProgram } from '../helpers/bundle.js';
import { TEST_SECRET } from '../helpers/cli.js';
import { DIALECTS, openTestDatabase, stopTestServers, type TestDatabase } from '../helpers/databases.js';
import { testDeps } from '../helpers/deps.js';
import { insertCourse, insertUnit } from '../helpers/learning.js';
import { insertCompany } from '../helpers/rows.js';
import { fullLearners } from './fixtures.js';

const ROOT = join(import.meta.dirname, '..', '..');
let program: Bundle;

beforeAll(async () => {
  program = await bundleProgram(join(import.meta.dirname, 'processes', 'enroller.ts'), 'enroller');
});
afterAll(async () => {
  program?.remove();
  await stopTestServers();
});

interface Result {
  ok: boolean;
  message?: string;
  outcomes: { learner: number; status?: string; position?: number | null; promoted?: number[] }[];
}

/** Starts every process, waits until each is connected and ready, then lets them all go at once. */
async function race(args: string[][]): Promise<Result[]> {
  const processes = args.map((a) => {
    const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [program.file, ...a], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', KURSDESK_SECRET: TEST_SECRET },
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += String(d);
    });
    const lines: string[] = [];
    const ready = new Promise<void>((resolve) => {
      createInterface({ input: child.stdout }).on('line', (line) => {
        if (line === 'ready') resolve();
        else lines.push(line);
      });
    });
    const done = new Promise<Result>((resolve, reject) => {
      child.on('close', (code) => {
        if (code === 0 && lines.length > 0) resolve(JSON.parse(lines.at(-1)!) as Result);
        else reject(new Error(`enroller exited with ${code}: ${stderr}`));
      });
    });
    return { child, ready, done };
  });
  await Promise.all(processes.map((p) => Promise.race([p.ready, p.done])));
  for (const p of processes) p.child.stdin.end('go\n');
  return Promise.all(processes.map((p) => p.done));
}

const PROCESSES = 8;
const LEARNERS = 16;
const SEATS = 3;

describe.each(DIALECTS)('seat races on %s', (dialect) => {
  const separate = dialect === 'sqlite' || process.env.KURSDESK_TEST_PG_URL !== undefined;
  const how = separate
    ? `${PROCESSES} processes at once`
    : `${PROCESSES} in turn (PGlite serves one session)`;
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
  });
  afterAll(() => t.close());
  beforeEach(() => t.reset());

  /** Runs each group of learners as one process (or, on PGlite, one after another in this process). */
  async function run(mode: 'enrol' | 'unenrol', unit: number, groups: number[][]): Promise<Result[]> {
    if (separate) return race(groups.map((g) => [t.url, mode, String(unit), ...g.map(String)]));
    const deps = {
      ...testDeps(t.db),
      clock: systemClock,
      actor: () => ({ agent: 'turns', ticket: 'RACE-1', now: new Date(), requireTicket: false }),
    };
    const results: Result[] = [];
    for (const group of groups) {
      const outcomes: Result['outcomes'] = [];
      for (const id of group) {
        const options = { dryRun: false, lang: undefined };
        if (mode === 'enrol') {
          const b = await enrol(deps, { by: 'id', id }, unit, options);
          outcomes.push({ learner: id, status: b.status, position: b.position });
        } else {
          const r = await unenrol(deps, { by: 'id', id }, unit, options);
          outcomes.push({ learner: id, promoted: r.promoted.map((p) => p.learner) });
        }
      }
      results.push({ ok: true, outcomes });
    }
    return results;
  }

  async function queue(unit: number) {
    return t.db.kysely
      .selectFrom('enrolments')
      .select(['id', 'user_id', 'status', 'queued_at'])
      .where('unit_id', '=', unit)
      .orderBy('queued_at')
      .orderBy('id')
      .execute();
  }

  it(`${how}: ${LEARNERS} learners for ${SEATS} seats, then ${SEATS} unenrolments promote the first ${SEATS} waiting`, async () => {
    const db = t.db.kysely;
    const employer = (await insertCompany(db)).id;
    const course = await insertCourse(db, { code: 'SV-300', paid: true, visible_to: 'full' });
    // The processes use the real clock: the unit must be in the future for years to come.
    const unit = (
      await insertUnit(db, course.id, {
        starts_at: '2040-01-09T07:00:00.000Z',
        ends_at: '2040-01-12T15:00:00.000Z',
        capacity: SEATS,
      })
    ).id;
    const learners = await fullLearners(db, employer, LEARNERS);
    const groups = Array.from({ length: PROCESSES }, (_, i) =>
      learners.filter((_, j) => j % PROCESSES === i),
    );

    const enrolled = await run('enrol', unit, groups);
    expect(
      enrolled.every((r) => r.ok),
      JSON.stringify(enrolled),
    ).toBe(true);
    const outcomes = enrolled.flatMap((r) => r.outcomes);
    expect(outcomes).toHaveLength(LEARNERS);
    expect(new Set(outcomes.map((o) => o.learner)).size).toBe(LEARNERS);
    expect(outcomes.filter((o) => o.status === 'enrolled')).toHaveLength(SEATS);
    // Each learner was told the place they got, and those places are 1..13 with no gaps or repeats.
    const told = outcomes.filter((o) => o.status === 'waitlisted').map((o) => o.position);
    expect([...told].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      Array.from({ length: LEARNERS - SEATS }, (_, i) => i + 1),
    );

    const rows = await queue(unit);
    expect(rows).toHaveLength(LEARNERS);
    expect(new Set(rows.map((r) => r.user_id)).size).toBe(LEARNERS);
    const seated = rows.filter((r) => r.status === 'enrolled').map((r) => r.user_id);
    const waiting = rows.filter((r) => r.status === 'waitlisted').map((r) => r.user_id);
    expect(seated).toHaveLength(SEATS);
    expect(waiting).toHaveLength(LEARNERS - SEATS);
    // The order stored is the order each learner was told: position n is the n-th waiting row.
    for (const o of outcomes.filter((o) => o.status === 'waitlisted'))
      expect(waiting[(o.position as number) - 1]).toBe(o.learner);
    const shown = await enrolmentCountByAudit();
    expect(shown).toBe(LEARNERS);

    const released = await run(
      'unenrol',
      unit,
      seated.map((id) => [id]),
    );
    expect(
      released.every((r) => r.ok),
      JSON.stringify(released),
    ).toBe(true);
    const promoted = released.flatMap((r) => r.outcomes.flatMap((o) => o.promoted ?? []));
    expect([...promoted].sort((a, b) => a - b)).toEqual(waiting.slice(0, SEATS).sort((a, b) => a - b));
    const after = await queue(unit);
    expect(
      after
        .filter((r) => r.status === 'enrolled')
        .map((r) => r.user_id)
        .sort((a, b) => a - b),
    ).toEqual(waiting.slice(0, SEATS).sort((a, b) => a - b));
    expect(after.filter((r) => r.status === 'waitlisted').map((r) => r.user_id)).toEqual(
      waiting.slice(SEATS),
    );
    const mails = await db
      .selectFrom('outbox')
      .select('user_id')
      .where('kind', '=', 'seat.promoted')
      .execute();
    expect(mails.map((m) => m.user_id).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      waiting.slice(0, SEATS).sort((a, b) => a - b),
    );
  });

  async function enrolmentCountByAudit(): Promise<number> {
    const rows = await t.db.kysely
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'enrolments.enrol')
      .execute();
    return rows.length;
  }
});
