// The built binary against PostgreSQL (the server of KURSDESK_TEST_PG_URL, else PGlite on loopback):
// an unreachable server, a schema that was never migrated, migrate/status, doctor with a password in
// the URL, and the create/show round trip.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../src/db/migrate.js';
import { createArgv, KARI, oneLineError } from '../commands/fixtures.js';
import { openTestDatabase, stopTestServers, type TestDatabase } from '../helpers/databases.js';
import { runBin } from '../helpers/e2e.js';
import { slowTests } from '../helpers/limits.js';

slowTests();

let t: TestDatabase;
const schemas: string[] = [];

beforeAll(async () => {
  t = await openTestDatabase('postgres');
});
afterAll(async () => {
  for (const schema of schemas)
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(t.db.kysely);
  await t.close();
  await stopTestServers();
});

/** The test server's URL for a new schema of this file's own, dropped after the tests. */
function freshSchemaUrl(): string {
  const schema = `kd_e2e_${randomBytes(5).toString('hex')}`;
  schemas.push(schema);
  const url = new URL(t.url);
  url.searchParams.set('schema', schema);
  return url.href;
}

function withPassword(url: string, password: string): string {
  const copy = new URL(url);
  copy.password = password;
  return copy.href;
}

describe('an unreachable server', () => {
  it('exits 1 with one line saying so, without a stack trace or the password', async () => {
    // In the environment: a password in --db is refused outright (ps would show it).
    const run = await runBin(['users', 'show', '1'], {
      env: { KURSDESK_DB: 'postgres://postgres:hunter2@127.0.0.1:1/test' },
    });
    expect(run).toMatchObject({ code: 1 });
    expect(run.stdout).toBe('');
    const line = oneLineError(run.stderr);
    expect(line).toMatch(
      /cannot reach PostgreSQL at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/test: connection refused/,
    );
    expect(run.stderr).not.toContain('hunter2');
  });
});

describe('a schema that was never migrated', () => {
  it('is refused with a hint to migrate; db status lists it pending (exit 1) until db migrate', async () => {
    const url = freshSchemaUrl();
    const show = await runBin(['--db', url, 'users', 'show', '1']);
    expect(show).toMatchObject({ code: 1 });
    expect(show.stdout).toBe('');
    expect(oneLineError(show.stderr)).toMatch(
      new RegExp(`schema version 0, this kursdesk needs ${LATEST_SCHEMA_VERSION}.*run: kursdesk db migrate$`),
    );
    // Refusing did not migrate behind the agent's back.
    const create = await runBin(['--db', url, ...createArgv(KARI)]);
    expect(create).toMatchObject({ code: 1 });
    expect(oneLineError(create.stderr)).toMatch(/kursdesk db migrate/);

    const pending = await runBin(['--db', url, 'db', 'status', '--format', 'json']);
    expect(pending).toMatchObject({ code: 1 });
    const before = JSON.parse(pending.stdout) as { state: string }[];
    expect(before).toHaveLength(LATEST_SCHEMA_VERSION);
    expect(before.every((m) => m.state === 'pending')).toBe(true);
    expect(pending.stderr).toMatch(/pending: run kursdesk db migrate/);

    const doctor = await runBin(['--db', url, 'doctor', '--format', 'json']);
    expect(doctor).toMatchObject({ code: 1 });
    expect(JSON.parse(doctor.stdout)).toMatchObject({
      schema_version: 0,
      latest_version: LATEST_SCHEMA_VERSION,
    });

    const migrate = await runBin(['--db', url, 'db', 'migrate']);
    expect(migrate).toMatchObject({ code: 0 });
    expect(migrate.stderr).toMatch(new RegExp(`^applied ${LATEST_SCHEMA_VERSION} migration`));

    const current = await runBin(['--db', url, 'db', 'status', '--format', 'json']);
    expect(current).toMatchObject({ code: 0 });
    expect((JSON.parse(current.stdout) as { state: string }[]).every((m) => m.state === 'applied')).toBe(
      true,
    );
    expect((await runBin(['--db', url, 'db', 'migrate'])).stderr).toMatch(/schema is current/);
    expect((await runBin(['--db', url, 'users', 'show', '1'])).code).toBe(3);
  });
});

describe('on a migrated schema', () => {
  it('registers and shows a learner, and refuses the same national ID again (exit 4)', async () => {
    const created = await runBin(['--db', t.url, ...createArgv(KARI), '--format', 'json']);
    expect(created).toMatchObject({ code: 0 });
    const learner = JSON.parse(created.stdout) as { id: number };
    const shown = await runBin(['--db', t.url, 'users', 'show', KARI.nationalId, '--format', 'json']);
    expect(shown).toMatchObject({ code: 0 });
    expect(JSON.parse(shown.stdout)).toEqual(learner);
    expect(learner).toMatchObject({ email: KARI.email, national_id: KARI.mask, birth_date: KARI.birthDate });
    const again = await runBin(['--db', t.url, ...createArgv(KARI, { '--email': 'k2@firma.no' })]);
    expect(again).toMatchObject({ code: 4 });
    expect(oneLineError(again.stderr)).toContain('k***@firma.no');
  });

  it('doctor prints the URL with the password hidden', async () => {
    const url = withPassword(t.url, 'hunter2');
    const run = await runBin(['doctor', '--format', 'json'], { env: { KURSDESK_DB: url } });
    expect(run).toMatchObject({ code: 0 });
    expect(run.stdout + run.stderr).not.toContain('hunter2');
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      dialect: 'postgres',
      schema_version: LATEST_SCHEMA_VERSION,
      pending_migrations: 'none',
      server_version: expect.stringMatching(/^PostgreSQL \d+/),
    });
    expect(report.database).toMatch(
      /^postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/\w+ \(schema kd_test_\w+\)$/,
    );

    const table = await runBin(['doctor'], { env: { KURSDESK_DB: url } });
    expect(table).toMatchObject({ code: 0 });
    expect(table.stdout).toContain('postgres:***@');
    expect(table.stdout).not.toContain('hunter2');
  });
});
