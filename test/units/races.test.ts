// Issue 9 "race-free": eight separate processes enrol sixteen learners at once into a unit with three
// seats — exactly three get seats, thirteen wait in one consistent order with no gaps and nobody twice —
// then three processes unenrol the seated learners at once and exactly the first three waiting get the
// seats, each with a mail. SQLite (a WAL file) always runs real processes; PostgreSQL does when
// KURSDESK_TEST_PG_URL names a server (PGlite serves one session, so there they take turns instead).
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/context/clock.js';
import { enrol, unenrol } from '../../src/workflows/units.js';
import { DIALECTS, openTestDatabase, stopTestServers, type TestDatabase } from '../helpers/databases.js';
import { testDeps } from '../helpers/deps.js';
import { insertCourse, insertUnit } from '../helpers/learning.js';
import { separateProcesses, useBundledProgram } from '../helpers/processes.js';
import { insertCompany } from '../helpers/rows.js';
import { fullLearners } from './fixtures.js';

const enroller = useBundledProgram(join(import.meta.dirname, 'processes', 'enroller.ts'), 'enroller');
afterAll(stopTestServers);

interface Result {
  ok: boolean;
  message?: string;
  outcomes: { learner: number; status?: string; position?: number | null; promoted?: number[] }[];
}

const PROCESSES = 8;
const LEARNERS = 16;
const SEATS = 3;

describe.each(DIALECTS)('seat races on %s', (dialect) => {
  const separate = separateProcesses(dialect);
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
    if (separate)
      return enroller.race<Result>(groups.map((g) => [t.url, mode, String(unit), ...g.map(String)]));
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
