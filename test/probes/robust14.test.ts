// Misuse probes of robust14. On the shared PostgreSQL server: `db migrate` whose connection is cut just
// after it made the schema its URL names, or just after its commit, and two agents migrating a new
// schema at once. On the command line: an option that takes one value, given twice. On the machine: XDG
// folders kursdesk may not write.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../src/db/migrate.js';
import { runCli, testHome } from '../helpers/cli.js';
import { startCutProxy } from '../helpers/cut-proxy.js';
import { openTestDatabase, stopTestServers, type TestDatabase } from '../helpers/databases.js';
import { useDemoDatabase } from '../helpers/demo-db.js';
import { separateProcesses } from '../helpers/processes.js';

afterAll(stopTestServers);

describe('db migrate into a new ?schema= on a shared server', () => {
  // A connection for the checks only, which name every schema in full: on PGlite every connection is one
  // session, so the commands' own search_path is this one's too (and there is no reset between tests).
  let pg: TestDatabase | undefined;
  beforeAll(async () => {
    pg = await openTestDatabase('postgres');
  });
  afterAll(() => pg?.close());
  const t = () => pg as TestDatabase;

  const schemaExists = async (schema: string) => {
    const found = await sql<{
      n: number;
    }>`select count(*)::int as n from pg_namespace where nspname = ${schema}`.execute(t().db.kysely);
    return found.rows[0]?.n === 1;
  };
  const applied = async (schema: string) => {
    if (!(await schemaExists(schema))) return 0;
    const found = await sql<{
      t: string | null;
    }>`select to_regclass(${`${schema}.kursdesk_migrations`})::text as t`.execute(t().db.kysely);
    if (found.rows[0]?.t == null) return 0;
    const rows = await sql<{
      n: number;
    }>`select count(*)::int as n from ${sql.id(schema, 'kursdesk_migrations')}`.execute(t().db.kysely);
    return rows.rows[0]?.n ?? 0;
  };
  const withSchema = (url: string, schema: string) => {
    const u = new URL(url);
    u.searchParams.set('schema', schema);
    return u.href;
  };
  const drop = (schema: string) =>
    sql`drop schema if exists ${sql.id(schema)} cascade`.execute(t().db.kysely);

  it('a cut before the commit leaves no empty schema; one after it points to db status, not audit', {
    timeout: 300_000,
  }, async () => {
    const proxy = await startCutProxy(t().url);
    const schemas = Array.from({ length: 2 }, () => `kd_r14_${randomBytes(4).toString('hex')}`);
    try {
      // How many statements a whole migrate of a new schema sends, to cut at its last ones.
      proxy.cutAt(undefined);
      const whole = await runCli(['db', 'migrate'], {
        db: withSchema(proxy.url(t().url), schemas[0] as string),
      });
      expect(whole.code, whole.stderr).toBe(0);
      const total = proxy.seen;
      const url = withSchema(proxy.url(t().url), schemas[1] as string);
      // The first statements: connecting, the checks, the schema made, the transaction begun.
      for (let n = 1; n <= 10; n++) {
        proxy.cutAt(n);
        const run = await runCli(['db', 'migrate'], { db: url });
        expect(run.code, `cut at ${n} (${proxy.cut}): ${run.stderr}`).toBe(1);
        expect(await applied(schemas[1] as string)).toBe(0);
        expect(await schemaExists(schemas[1] as string), `cut at ${n} (${proxy.cut})`).toBe(false);
      }
      // The last statements, after the commit: everything kept, and the hint names db status.
      let afterCommit = 0;
      for (let n = total; n > total - 5; n--) {
        proxy.cutAt(n);
        const run = await runCli(['db', 'migrate'], { db: url });
        if (proxy.cut === undefined) continue;
        expect(run.code, run.stderr).toBe(1);
        if ((await applied(schemas[1] as string)) !== LATEST_SCHEMA_VERSION) break;
        afterCommit++;
        const said = run.stderr.split('\n').filter((line) => line !== '');
        expect(said).toHaveLength(1);
        expect(said[0]).toMatch(/what it had already committed is kept/);
        expect(said[0]).toMatch(/kursdesk db status shows the migrations that were applied/);
        expect(said[0]).not.toMatch(/kursdesk audit/);
        await drop(schemas[1] as string);
      }
      expect(afterCommit).toBeGreaterThan(0);
    } finally {
      await proxy.close();
      for (const schema of schemas) await drop(schema);
    }
  });

  it('a URL parameter kursdesk does not read, or one given twice, is refused by name before anything is opened', async () => {
    const refused = async (query: string, code: string) => {
      const url = `${t().url}&${query}`;
      const run = await runCli(['users', 'show', '1', '--format', 'json'], { env: { KURSDESK_DB: url } });
      expect(run.code, `${query}: ${run.stderr}`).toBe(2);
      expect(JSON.parse(run.stderr.replace(/^kursdesk: /, '')).error.code).toBe(code);
      return run.stderr;
    };
    // The driver read ?ssl=0 as its own setting: connected without TLS under sslmode=require.
    await refused('ssl=0&sslmode=require', 'db-target.unknown-parameter');
    // A typo of schema= quietly worked in the public schema; ?replication= was an internal error.
    expect(await refused('shema=desk', 'db-target.unknown-parameter')).toMatch(/'shema'/);
    await refused('replication=database', 'db-target.unknown-parameter');
    // A name that may be a national ID is masked; a value is never shown.
    expect(await refused('15108695077=s3cret', 'db-target.unknown-parameter')).not.toMatch(/95077|s3cret/);
    await refused('sslmode=disable&sslmode=require', 'db-target.parameter-twice');
  });

  it('a password as ?password= in --db is refused like one in the user part, and never printed', async () => {
    const run = await runCli(['users', 'show', '1', '--db', `${t().url}&password=s3cret-pw`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--db must not contain a password/);
    expect(run.stdout + run.stderr).not.toContain('s3cret-pw');
  });

  // Two sessions at once need a real server (PGlite serves every connection from one session).
  it.runIf(separateProcesses('postgres'))(
    'two agents migrating the same new schema at once both finish',
    {
      timeout: 120_000,
    },
    async () => {
      const schemas: string[] = [];
      try {
        for (let round = 0; round < 4; round++) {
          const schema = `kd_r14_${randomBytes(4).toString('hex')}`;
          schemas.push(schema);
          const url = withSchema(t().url, schema);
          const runs = await Promise.all([
            runCli(['db', 'migrate'], { db: url }),
            runCli(['db', 'migrate'], { db: url }),
          ]);
          for (const run of runs) expect(run.code, run.stderr).toBe(0);
          expect(await applied(schema)).toBe(LATEST_SCHEMA_VERSION);
        }
      } finally {
        for (const schema of schemas) await drop(schema);
      }
    },
  );
});

describe('an option that takes one value, given twice', () => {
  const demo = useDemoDatabase('sqlite');
  const email = async (id: number) =>
    (await demo.db.kysely.selectFrom('users').select('email').where('id', '=', id).executeTakeFirstOrThrow())
      .email;

  it('with different values is refused in one coded line, exit 2, before anything is opened or written', async () => {
    const other = join(mkdtempSync(join(tmpdir(), 'kd-r14-')), 'other.db');
    // runCli gives the demo database as KURSDESK_DB; two --db on the line disagree.
    const twoDbs = await runCli([
      'users',
      'show',
      '301',
      '--db',
      demo.url,
      '--db',
      other,
      '--format',
      'json',
    ]);
    expect(twoDbs.code).toBe(2);
    expect(twoDbs.stdout).toBe('');
    expect(JSON.parse(twoDbs.stderr.replace(/^kursdesk: /, '')).error.code).toBe('usage.option-given-twice');
    expect(existsSync(other)).toBe(false);

    const before = await email(301);
    const twoTickets = await runCli(
      ['users', 'set-email', '301', 'kari.ny@example.no', '--ticket', 'T-1', '--yes', '--ticket', 'T-2'],
      { db: demo.url },
    );
    expect(twoTickets.code).toBe(2);
    expect(twoTickets.stderr.trim().split('\n')).toEqual([
      "kursdesk: option '--ticket' was given twice with different values; give it once — see kursdesk --help",
    ]);
    expect(await email(301)).toBe(before);
  });

  it('never quotes the values back (a national ID), and names an option and its older spelling together', async () => {
    const ids = await runCli(['users', 'find', '--national-id', '15108695077', '--national-id=15108612345'], {
      db: demo.url,
    });
    expect(ids.code).toBe(2);
    expect(ids.stderr).toMatch(/option '--national-id' was given twice/);
    expect(ids.stderr).not.toMatch(/95077|12345/);
    const spellings = await runCli(['mail', 'list', '--user', '301', '--learner', '302'], { db: demo.url });
    expect(spellings.code).toBe(2);
    expect(spellings.stderr).toMatch(/option '--user\/--learner' was given twice/);
  });

  it('the same value twice, and an option meant to be repeated, still work', async () => {
    const same = await runCli(['users', 'show', '301', '--format', 'json', '--format=json'], {
      db: demo.url,
    });
    expect(same.code, same.stderr).toBe(0);
    expect(JSON.parse(same.stdout).id).toBe(301);
    const emails = await runCli(
      [
        'users',
        'find',
        '--name',
        'Kari Nordmann',
        '--email',
        'nobody@example.no',
        '--email',
        await email(301),
      ],
      { db: demo.url },
    );
    expect(emails.stdout).toMatch(/301/);
  });
});

describe('XDG folders kursdesk cannot write', () => {
  // A file where the folder should be: mkdir fails (ENOTDIR) for root too, as a read-only folder or disk
  // (EACCES, EROFS) does for anyone else, and takes the same path through the code.
  const blocked = () => {
    const dir = mkdtempSync(join(tmpdir(), 'kd-r14-xdg-'));
    writeFileSync(join(dir, 'file'), 'not a folder\n');
    return join(dir, 'file', 'home');
  };

  it('the default database folder: one coded line naming the file and why, exit 1, not an internal error', async () => {
    const run = await runCli(['users', 'show', '301', '--format', 'json'], {
      env: { XDG_DATA_HOME: blocked() },
    });
    expect(run.code).toBe(1);
    const error = JSON.parse(run.stderr.replace(/^kursdesk: /, '')).error;
    expect(error.code).toBe('db.cannot-create');
    expect(error.message).toMatch(/kursdesk\.db: a part of the path is not a folder$/);
    expect(error.hint).toMatch(/XDG_DATA_HOME/);
  });

  it('config set: one coded line, exit 1, and a config file that was there is left as it was', async () => {
    const run = await runCli(['config', 'set', 'lang', 'nb'], { env: { XDG_CONFIG_HOME: blocked() } });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(
      /^kursdesk: cannot write the config file .*: a part of the path is not a folder; it was/,
    );
    expect(run.stderr).not.toMatch(/internal error/);
    // A config file in a folder that takes no new file (the temporary one beside it): unchanged.
    const home = mkdtempSync(join(tmpdir(), 'kd-r14-cfg-'));
    const file = join(home, 'kursdesk', 'config');
    const first = await runCli(['config', 'set', 'lang', 'en'], { env: { XDG_CONFIG_HOME: home } });
    expect(first.code, first.stderr).toBe(0);
    const before = readFileSync(file, 'utf8');
    writeFileSync(`${file}.${process.pid}.tmp`, '');
    const { chmodSync, mkdirSync, rmSync } = await import('node:fs');
    rmSync(`${file}.${process.pid}.tmp`);
    mkdirSync(`${file}.${process.pid}.tmp`);
    chmodSync(`${file}.${process.pid}.tmp`, 0o500);
    const second = await runCli(['config', 'set', 'lang', 'nb'], { env: { XDG_CONFIG_HOME: home } });
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/^kursdesk: cannot write the config file /);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('fixtures dump and generate with --out -', () => {
  const demo = useDemoDatabase('sqlite');

  it.each([
    ['fixtures', 'dump', '--out', '-'],
    ['fixtures', 'generate', '--users', '3', '--out', '-'],
  ])('%s %s: refused in one coded line, exit 2, and no folder named - is made', async (...argv) => {
    // runCli runs in testHome(), where a relative --out lands.
    const run = await runCli(argv, { db: demo.url });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^kursdesk: --out -: a fixture is a folder of files/);
    expect(existsSync(join(testHome(), '-'))).toBe(false);
  });

  it.each([
    ['fixtures', 'dump'],
    ['fixtures', 'generate', '--users', '2'],
  ])(
    '%s %s into a folder named by eleven digits: written, and the digits masked in the note (fuzz seed 1414, #752)',
    async (...argv) => {
      const out = join(mkdtempSync(join(tmpdir(), 'kd-r14-id-')), '15108695077');
      const run = await runCli([...argv, '--out', out], { db: demo.url });
      expect(run.code, run.stderr).toBe(0);
      expect(existsSync(join(out, 'manifest.json'))).toBe(true);
      expect(run.stderr).toMatch(/written to .*151086 \*{5}|into .*151086 \*{5}/);
      expect(run.stderr).not.toMatch(/95077/);
    },
  );
});

describe('a national ID typed where a search or a file name goes is not printed back (fuzz seed 7777)', () => {
  const demo = useDemoDatabase('sqlite');

  it.each(['json', 'yaml'])(
    'courses search reads the query back masked in --format %s (#301)',
    async (format) => {
      const run = await runCli(['courses', 'search', 'fnr 55102499947', '--format', format], {
        db: demo.url,
      });
      expect(run.code).toBe(3);
      expect(run.stdout).toMatch(/fnr 551024 \*{5}/);
      expect(run.stdout + run.stderr).not.toMatch(/99947/);
    },
  );

  it('privacy export --out names the file masked in its note, and writes it (#1031)', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kd-r14-export-')), '15108695077');
    const run = await runCli(['privacy', 'export', '301', '--out', out, '--yes', '--ticket', 'T-1'], {
      db: demo.url,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(run.stderr).toMatch(/to .*151086 \*{5}/);
    expect(run.stdout + run.stderr).not.toMatch(/95077/);
  });
});
