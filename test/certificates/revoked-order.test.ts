// A revocation is never dated before what it revokes. Agents on a shared server each date their changes
// by their own machine's clock, so an agent whose clock is behind the one that issued a certificate or
// made a link could write revoked_at < issued_at/created_at: the revocation is dated at the issue then.
// (A fixture that holds such a record is refused: test/fixtures/bad-fixtures.test.ts.)
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli, TEST_NOW } from '../helpers/cli.js';
import { DIALECTS, stopTestServers, type TestDatabase, useTestDatabase } from '../helpers/databases.js';
import { insertCompletion, insertCourse } from '../helpers/learning.js';
import { insertLearnerRow } from '../helpers/rows.js';

afterAll(stopTestServers);

/** Five minutes after this agent's clock (TEST_NOW): made by an agent whose clock is ahead. */
const AHEAD = new Date(Date.parse(TEST_NOW) + 5 * 60_000).toISOString();
const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());

describe.each(DIALECTS)('revocations dated after what they revoke on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let t: TestDatabase;
  beforeEach(() => {
    t = database();
  });

  it.each([
    [
      'certificates revoke by an agent whose clock is behind the issue',
      {
        number: 'KB-0000-0000-0000-0000',
        argv: () => ['certificates', 'revoke', '--yes', 'KB-0000-0000-0000-0000', '--reason', 'feil person'],
      },
    ],
    [
      "privacy erase by an agent whose clock is behind the issue of the learner's certificate",
      {
        number: 'KB-0000-0000-0000-0001',
        argv: (userId: number) => [
          'privacy',
          'erase',
          String(userId),
          '--yes',
          '--ticket',
          'SUP-9',
          '--reason',
          'requested',
        ],
      },
    ],
  ] as const)('%s', async (_title, { number, argv }) => {
    const user = await insertLearnerRow(t.db.kysely);
    const course = await insertCourse(t.db.kysely);
    const completion = await insertCompletion(t.db.kysely, { user_id: user.id, course_id: course.id });
    await t.db.kysely
      .insertInto('certificates')
      .values({
        number,
        completion_id: completion.id,
        user_id: user.id,
        course_id: course.id,
        issued_at: AHEAD,
        issued_by: 'agent-ahead',
        signature: 'unsigned-fixture-placeholder',
      })
      .execute();
    const run = await runCli(argv(user.id), { db: t.url });
    expect(run.code, run.stderr).toBe(0);
    const row = await t.db.kysely
      .selectFrom('certificates')
      .select(['issued_at', 'revoked_at'])
      .executeTakeFirstOrThrow();
    expect(iso(row.revoked_at)).toBe(AHEAD);
  });

  it('links revoke by an agent whose clock is behind the link', async () => {
    const user = await insertLearnerRow(t.db.kysely, { status: 'active' });
    await t.db.kysely
      .insertInto('link_tokens')
      .values({
        user_id: user.id,
        kind: 'reset',
        token_hash: 'ab'.repeat(32),
        created_at: AHEAD,
        expires_at: new Date(Date.parse(AHEAD) + 3_600_000).toISOString(),
        issued_by: 'agent-ahead',
      })
      .execute();
    const run = await runCli(['links', 'revoke', '--yes', String(user.id)], { db: t.url });
    expect(run.code, run.stderr).toBe(0);
    const row = await t.db.kysely
      .selectFrom('link_tokens')
      .select(['created_at', 'revoked_at'])
      .executeTakeFirstOrThrow();
    expect(iso(row.revoked_at)).toBe(AHEAD);
  });
});
