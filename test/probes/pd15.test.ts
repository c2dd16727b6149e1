// pd15: personal data and small misuse leftovers. An HMS card number that is a valid national ID is
// refused (it would be stored in clear), an empty KURSDESK_DB is named, a certificate file path with
// 11 digits is masked, a relative XDG base directory is ignored, and a cancelled unit has no free seats
// in every listing.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { configHome, dataHome, defaultDbPath } from '../../src/context/context.js';
import { signingKeyFile } from '../../src/context/signing-key.js';
import { newSigningKey } from '../../src/domain/certificates/keys.js';
import { parseHmsCardNumber } from '../../src/domain/learner.js';
import { createArgv, KARI, OLA } from '../commands/fixtures.js';
import { copyFixture, dataRowCount, editRecord, removeScratch, smallFixture } from '../fixtures/support.js';
import { type CliOptions, runCli } from '../helpers/cli.js';
import { DIALECTS, stopTestServers, type TestDatabase, useTestDatabase } from '../helpers/databases.js';
import { insertCourse, insertUnit } from '../helpers/learning.js';
import { buildWorld, type World } from '../units/fixtures.js';

afterAll(stopTestServers);

/** Kari's national ID as an agent may type it where the card number belongs. */
const TYPED = ['15108695088', '151086 95088', '151086-95088'];

describe('an HMS card number that is a national ID', () => {
  it.each(TYPED)('%j is refused, saying where the card number is, the number not repeated', (typed) => {
    const parsed = parseHmsCardNumber(typed);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toMatch(/HMS card number is a national ID/);
      expect(parsed.error).toMatch(/printed on the HMS card itself/);
      expect(parsed.error).not.toMatch(/95088/);
    }
  });

  it('a card number of 11 digits that is no national ID is still a card number', () => {
    expect(parseHmsCardNumber('12345678903')).toEqual({ ok: true, value: '12345678903' });
    expect(parseHmsCardNumber('HMS 4011 2233')).toEqual({ ok: true, value: 'HMS40112233' });
  });

  it('a malformed card number does not read back a national ID in it, valid or mistyped', () => {
    for (const typed of ['15108695088!', '151086-95077/']) {
      const parsed = parseHmsCardNumber(typed);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).not.toMatch(/95088|95077/);
    }
  });
});

describe.each(DIALECTS)('HMS card numbers on %s', (dialect) => {
  const database = useTestDatabase(dialect);

  it('users create --hms-card with a national ID: exit 2, nothing stored, the number not echoed', async () => {
    const t = database();
    const run = await runCli(createArgv(OLA, { '--hms-card': '151086-95088' }), { db: t.url });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/HMS card number is a national ID/);
    expect(run.both).not.toMatch(/95088/);
    expect(await t.db.kysely.selectFrom('users').selectAll().execute()).toEqual([]);
  });

  it('users set-hms with a national ID: exit 2, the card on record unchanged', async () => {
    const t = database();
    const made = await runCli([...createArgv(OLA), '--format', 'json'], { db: t.url });
    expect(made.code, made.stderr).toBe(0);
    const id = String(JSON.parse(made.stdout).id);
    for (const typed of TYPED) {
      const run = await runCli(['users', 'set-hms', id, typed], { db: t.url });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/HMS card number is a national ID/);
      expect(run.both).not.toMatch(/95088/);
    }
    const rows = await t.db.kysely.selectFrom('users').select('hms_card_number').execute();
    expect(rows).toEqual([{ hms_card_number: OLA.hmsCard }]);
  });
});

describe.each(DIALECTS)('fixtures load with a national ID as an HMS card number, on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  afterAll(removeScratch);

  it('is refused, exit 2, naming the line and field, the number masked, nothing loaded', async () => {
    const t = database();
    const dir = copyFixture(await smallFixture(12, `pd15-${dialect}`));
    editRecord(dir, 'users', 4, (r) => ({ ...r, hms_card_number: '15108695088' }));
    const run = await runCli(['fixtures', 'load', dir], { db: t.url });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/users\.jsonl line 4 .*hms_card_number/);
    expect(run.both).not.toMatch(/95088/);
    expect(await dataRowCount(t.db)).toBe(0);
  });
});

describe('an empty database variable', () => {
  it('KURSDESK_DB= is named, not called --db', async () => {
    const run = await runCli(['units', 'list'], { env: { KURSDESK_DB: '' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/KURSDESK_DB is set but empty/);
    expect(run.stderr).not.toMatch(/--db is empty/);
  });

  it('DATABASE_URL= is named too; an empty --db is still --db', async () => {
    const env = await runCli(['units', 'list'], { env: { DATABASE_URL: '' } });
    expect(env.code).toBe(2);
    expect(env.stderr).toMatch(/DATABASE_URL is set but empty/);
    const flag = await runCli(['units', 'list', '--db', '']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/--db is empty/);
  });
});

describe('a relative XDG base directory', () => {
  const system = (env: Record<string, string>) => ({ env, homeDir: '/home/kari' });

  it('is ignored for the default database and the config folder (the XDG spec)', () => {
    const relative = system({ XDG_DATA_HOME: 'data', XDG_CONFIG_HOME: './conf' });
    expect(dataHome(relative)).toBe(join('/home/kari', '.local', 'share'));
    expect(configHome(relative)).toBe(join('/home/kari', '.config'));
    expect(defaultDbPath(relative)).toBe('/home/kari/.local/share/kursdesk/kursdesk.db');
    expect(signingKeyFile({ XDG_CONFIG_HOME: 'conf', HOME: '/home/kari' })).toBe(
      '/home/kari/.config/kursdesk/certificate-key.pem',
    );
  });

  it('an absolute one is used as given', () => {
    const absolute = system({ XDG_DATA_HOME: '/srv/data', XDG_CONFIG_HOME: '/srv/conf' });
    expect(dataHome(absolute)).toBe('/srv/data');
    expect(configHome(absolute)).toBe('/srv/conf');
  });
});

describe.each(DIALECTS)('a cancelled unit on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let t: TestDatabase;
  let w: World;
  beforeEach(async () => {
    t = database();
    w = await buildWorld(t.db.kysely);
  });
  const json = async (argv: string[], options: CliOptions = {}) => {
    const run = await runCli([...argv, '--format', 'json'], { db: t.url, ...options });
    expect(run.code, `${argv.join(' ')}: ${run.stderr}`).toBe(0);
    return JSON.parse(run.stdout);
  };

  it('has no free seats in units list, as in courses show', async () => {
    const listed = (await json(['units', 'list'])).find(
      (u: { unit: number }) => u.unit === w.units.cancelled,
    );
    expect(listed).toMatchObject({ capacity: 10, enrolled: 0, state: 'cancelled', seats_left: 0 });
    const course = await json(['courses', 'show', 'SV-300']);
    const shown = course.units.find((u: { unit: number }) => u.unit === w.units.cancelled);
    expect(shown).toMatchObject({ capacity: 10, seats_left: 0 });
  });
});

describe('certificates issue --out a path with 11 digits in it', () => {
  const database = useTestDatabase('sqlite');
  const scratch = mkdtempSync(join(tmpdir(), 'kursdesk-pd15-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const env = { KURSDESK_CERT_KEY: newSigningKey().pem, KURSDESK_CERT_ISSUER: 'Opplæringssenteret' };

  it('writes the file there, the file column masks the number', async () => {
    const t = database();
    await t.db.kysely.insertInto('kursdesk_meta').values({ key: 'database_kind', value: 'test' }).execute();
    const unit = await insertUnit(t.db.kysely, (await insertCourse(t.db.kysely)).id);
    const kd = (argv: string[]) => runCli(argv, { db: t.url, env });
    expect((await kd(createArgv(KARI))).code).toBe(0);
    const passed = await kd([
      'completions',
      'record',
      KARI.email,
      'SIK-101',
      '--unit',
      String(unit.id),
      '--passed',
    ]);
    expect(passed.code, passed.stderr).toBe(0);
    const path = join(scratch, 'kursbevis-15108695088.pdf');
    const run = await kd(['certificates', 'issue', KARI.email, 'SIK-101', '--out', path, '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(path)).toBe(true);
    expect(JSON.parse(run.stdout).file).toBe(join(scratch, 'kursbevis-151086 *****.pdf'));
    expect(run.both).not.toMatch(/95088/);
    const table = await kd(['certificates', 'issue', KARI.email, 'SIK-101', '--out', path]);
    expect(table.code, table.stderr).toBe(0);
    expect(table.both).not.toMatch(/95088/);
  });
});
