// Fixtures (W19): generate + load BENCH_USERS learners (default 1,000,000) with their companies and
// e-mail and employment history (`--scope people`), whole processes timed with their peak RSS.
//  - SQLite, every index in place afterwards. Goal: `generate --load` ≤ 1.3× the floor below (the absolute
//    12 s goal is withdrawn, issue 20), peak RSS < 300 MB.
//    Anchor: a minimal better-sqlite3 script inserting the same number of bare learner rows.
//    Beside the two commands, the direct path: `fixtures generate --load` (no files, no JSON).
//  - PostgreSQL (postgres://postgres@127.0.0.1:5432/test, a schema of its own, dropped after): the same
//    load vs `psql \copy` of the same rows into the same tables, in one transaction, done as kursdesk
//    does it: the same maintenance_work_mem, secondary indexes (the GIN one included) dropped before
//    the \copy and built again after it, then ANALYZE. Goal: ≤ 1.5×.
//  - The SQLite floor: the rows the direct load wrote, read back into memory and written into the
//    same schema by a minimal script (bench/sqlite-floor.mjs), name_terms included: no load through
//    kursdesk can beat it.
// Runs alternate with their anchors (BENCH_RUNS rounds, default 3; on PostgreSQL the order within a round
// turns each time) so drift on the shared machine cancels. Beside wall time, each line gives the CPU time
// (user + system, all threads) of the process, and the floor its own: on a busy machine the CPU ratio is
// the steadier figure. BENCH_FIXTURES_PATHS=direct runs only `generate --load` and its anchors (the floor,
// and \copy), leaving out the fixture files and the bare-insert anchor (a 1M round takes a third as long);
// BENCH_FIXTURES_DB=sqlite or =postgres runs one database's lines alone. On PostgreSQL, BENCH_BASE_BIN
// (another build's bin/kursdesk) adds its `generate --load` to each round, interleaved with the others,
// to compare two builds against the same anchor; BENCH_PG_SCHEMA_SUFFIX goes into the bench's schema
// name, so runs of several worktrees on one server can be told apart.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './lib.mjs';

const bin = join(import.meta.dirname, '..', 'bin', 'kursdesk');
const BASE_BIN = process.env.BENCH_BASE_BIN;
const USERS = Number(process.env.BENCH_USERS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PG_BASE = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const DIRECT_ONLY = process.env.BENCH_FIXTURES_PATHS === 'direct';
const DATABASES = (process.env.BENCH_FIXTURES_DB ?? 'sqlite,postgres').split(',');
const TIME = '/usr/bin/time';
const FLOOR = join(import.meta.dirname, 'sqlite-floor.mjs');
/** The goals are set for a million learners; a smaller run only shows the times. */
const goal = (met) => (USERS >= 1_000_000 ? (met ? 'met' : 'NOT met') : `n/a below 1,000,000 learners`);

/**
 * Runs a process; returns wall seconds, CPU seconds (user + system over all its threads) and peak RSS
 * (MB), the last two from /usr/bin/time when it is there.
 */
function measure(command, args, env) {
  const timed = existsSync(TIME);
  const start = performance.now();
  const result = spawnSync(timed ? TIME : command, timed ? ['-f', '%U %S %M', command, ...args] : args, {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 26,
  });
  const seconds = (performance.now() - start) / 1000;
  const stderr = String(result.stderr);
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${stderr.slice(-800)}`);
  const [user, system, kb] = timed ? stderr.trim().split('\n').at(-1).split(' ').map(Number) : [];
  return { seconds, cpu: timed ? user + system : Number.NaN, rssMb: timed ? kb / 1024 : Number.NaN };
}

function runQuietly(command, args, env) {
  const result = spawnSync(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed: ${String(result.stderr).slice(-800)}`);
  return String(result.stdout);
}

/** `fixtures generate` of the bench's learners; `target` is `--out <dir>` or `--load --db <db>`. */
const generateArgs = (...target) => [
  bin,
  'fixtures',
  'generate',
  '--users',
  String(USERS),
  '--seed',
  'bench',
  '--scope',
  'people',
  ...target,
  '-q',
];
/** `fixtures generate --load`: the same learners as the generated fixture, straight into the database. */
const directLoad = (db, program = bin) => [program, ...generateArgs('--load', '--db', db).slice(1)];

const s = (x) => `${x.toFixed(2)} s`;
/** Median, lowest and highest of paired ratios. */
const spread = (ratios) =>
  `${median(ratios).toFixed(2)}× [${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}]`;
const mb = (x) => (Number.isNaN(x) ? 'n/a' : `${Math.round(x)} MB`);
const line = (name, value, anchorName, anchor, extra = '') =>
  console.log(`${name.padEnd(46)} ${value.padStart(10)}   ${anchorName} ${anchor.padStart(10)}   ${extra}`);

// The anchor runs from the scratch folder, so it loads better-sqlite3 from the repository by path.
const BARE_INSERT = `
import { createRequire } from 'node:module';
const Database = createRequire(process.env.KURSDESK_REPO + '/package.json')('better-sqlite3');
const db = new Database(process.argv[2]);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec('create table users (id integer primary key, given_names text, family_name text, birth_date text, email text)');
const insert = db.prepare('insert into users values (?, ?, ?, ?, ?)');
const n = Number(process.argv[3]);
db.exec('begin');
for (let i = 1; i <= n; i++) insert.run(i, 'Kari', 'Nordmann', '1986-10-15', 'kari.nordmann.' + i.toString(36) + '@bygg.test');
db.exec('commit');
db.close();
`;

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'kursdesk-bench-fixtures-'));
  const env = {
    ...process.env,
    KURSDESK_SECRET: 'bench-secret-0123456789abcdef',
    KURSDESK_AGENT: 'bench',
    KURSDESK_REPO: join(import.meta.dirname, '..'),
  };
  const fixture = join(dir, 'fixture');
  const anchorScript = join(dir, 'bare-insert.mjs');
  writeFileSync(anchorScript, BARE_INSERT);
  try {
    console.log(`${USERS.toLocaleString('en-US')} learners, --scope people, ${RUNS} run(s) each`);
    // --- SQLite ---------------------------------------------------------------------------------
    if (DATABASES.includes('sqlite')) {
      const gens = [];
      const loads = [];
      const anchors = [];
      const directs = [];
      const floors = [];
      let records = 0;
      const removeDb = (file) => {
        for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
      };
      for (let i = 0; i < RUNS; i++) {
        if (!DIRECT_ONLY) {
          rmSync(fixture, { recursive: true, force: true });
          gens.push(measure(process.execPath, generateArgs('--out', fixture), env));
          const db = join(dir, `load-${i}.db`);
          loads.push(measure(process.execPath, [bin, 'fixtures', 'load', fixture, '--db', db, '-q'], env));
          removeDb(db);
        }
        const direct = join(dir, `direct-${i}.db`);
        directs.push(measure(process.execPath, directLoad(direct), env));
        // The floor: the same rows, already in memory, written into the same schema (bench/sqlite-floor.mjs).
        floors.push(
          JSON.parse(
            runQuietly(process.execPath, ['--expose-gc', FLOOR, direct, join(dir, 'floor.db')], env),
          ),
        );
        removeDb(direct);
        {
          // Each round as it ends: a busy machine may not leave time for all of them.
          const [d, f] = [directs.at(-1), floors.at(-1)];
          console.log(
            `  round ${i + 1}: generate --load ${s(d.seconds)} (CPU ${s(d.cpu)}, ${mb(d.rssMb)}), floor ${s(f.total)} (CPU ${s(f.cpu)}): wall ${(d.seconds / f.total).toFixed(2)}×, CPU ${(d.cpu / f.cpu).toFixed(2)}×; ${new Date().toISOString().slice(11, 19)}`,
          );
        }
        if (!DIRECT_ONLY) {
          const bare = join(dir, `bare-${i}.db`);
          anchors.push(measure(process.execPath, [anchorScript, bare, String(USERS)], env));
          removeDb(bare);
        }
      }
      const counts = DIRECT_ONLY
        ? Object.fromEntries(Object.entries(floors[0].perTable).map(([t, f]) => [t, f.rows]))
        : JSON.parse(readFileSync(join(fixture, 'manifest.json'), 'utf8')).counts;
      records = Object.values(counts).reduce((a, b) => a + b, 0);
      console.log(
        `records: ${Object.entries(counts)
          .filter(([, n]) => n > 0)
          .map(([t, n]) => `${t} ${n.toLocaleString('en-US')}`)
          .join(', ')}`,
      );
      const direct = median(directs.map((d) => d.seconds));
      const directRss = Math.max(...directs.map((d) => d.rssMb));
      if (!DIRECT_ONLY) {
        const gen = median(gens.map((g) => g.seconds));
        const load = median(loads.map((l) => l.seconds));
        const total = median(gens.map((g, i) => g.seconds + loads[i].seconds));
        const anchor = median(anchors.map((a) => a.seconds));
        const ratios = gens.map((g, i) => (g.seconds + loads[i].seconds) / anchors[i].seconds);
        const directRatios = directs.map((d, i) => d.seconds / anchors[i].seconds);
        line(
          'sqlite: fixtures generate',
          s(gen),
          '',
          '',
          `peak RSS ${mb(Math.max(...gens.map((g) => g.rssMb)))}; CPU ${s(median(gens.map((g) => g.cpu)))}`,
        );
        line(
          'sqlite: fixtures load (every index in place)',
          s(load),
          '',
          '',
          `peak RSS ${mb(Math.max(...loads.map((l) => l.rssMb)))}; CPU ${s(median(loads.map((l) => l.cpu)))}; ${Math.round(records / load).toLocaleString('en-US')} records/s`,
        );
        line(
          'sqlite: generate + load',
          s(total),
          'bare better-sqlite3 insert',
          s(anchor),
          `ratio ${spread(ratios)}; peak RSS < 300 MB: ${goal(Math.max(...gens.map((g) => g.rssMb), ...loads.map((l) => l.rssMb)) < 300)}`,
        );
        line(
          'sqlite: generate --load (direct, no files)',
          s(direct),
          'bare better-sqlite3 insert',
          s(anchor),
          `ratio ${spread(directRatios)}`,
        );
      }
      const floor = (key) => median(floors.map((f) => f[key]));
      const floorRatios = directs.map((d, i) => d.seconds / floors[i].total);
      const floorCpuRatios = directs.map((d, i) => d.cpu / floors[i].cpu);
      line(
        'sqlite: generate --load (direct, no files)',
        s(direct),
        'floor',
        s(floor('total')),
        `wall ${spread(floorRatios)} the floor measured right after it (goal ≤ 1.3×: ${goal(median(floorRatios) <= 1.3)}); peak RSS ${mb(directRss)} (< 300 MB: ${goal(directRss < 300)})`,
      );
      line(
        '  CPU time, all threads',
        s(median(directs.map((d) => d.cpu))),
        'floor',
        s(floor('cpu')),
        `CPU ${spread(floorCpuRatios)} the floor's`,
      );
      line(
        'sqlite: floor (same rows, pre-built, same schema)',
        s(floor('total')),
        '',
        '',
        `insert ${s(floor('insert'))} + indexes and full-text ${s(floor('index'))} + commit ${s(floor('commit'))}`,
      );
      // The part of that floor for learners and companies alone (what the bare-insert anchor has in mind),
      // without their e-mail and employment history rows.
      const part = (tables) =>
        median(
          floors.map((f) => tables.reduce((sum, t) => sum + f.perTable[t].insert + f.perTable[t].index, 0)),
        );
      line(
        'sqlite: floor, users + companies tables only',
        s(part(['users', 'companies'])),
        'history tables',
        s(part(['email_history', 'employment_history'])),
        'rows and indexes of those tables within the floor above',
      );
    } else if (!DIRECT_ONLY) {
      // The PostgreSQL load of the fixture files needs them.
      runQuietly(process.execPath, generateArgs('--out', fixture), env);
    }

    // --- PostgreSQL --------------------------------------------------------------------------------
    if (!DATABASES.includes('postgres')) return;
    const psql = spawnSync('psql', ['--version']);
    if (psql.status !== 0) {
      console.log('postgres: skipped (no psql)');
      return;
    }
    const suffix = (process.env.BENCH_PG_SCHEMA_SUFFIX ?? '').replace(/[^a-z0-9_]/g, '');
    const schema = `bench_fixtures_${suffix ? `${suffix}_` : ''}${process.pid}`;
    const url = new URL(PG_BASE);
    url.searchParams.set('schema', schema);
    const kdUrl = url.href;
    const sqlUrl = PG_BASE;
    const fresh = () => {
      runQuietly('psql', [
        '-X',
        '-q',
        '-v',
        'ON_ERROR_STOP=1',
        sqlUrl,
        '-c',
        `drop schema if exists ${schema} cascade`,
      ]);
      runQuietly(process.execPath, [bin, 'db', 'migrate', '--db', kdUrl, '-q'], env);
    };
    try {
      // The anchor's rows: exactly what the load leaves in each table, copied out once.
      fresh();
      runQuietly(
        process.execPath,
        DIRECT_ONLY ? directLoad(kdUrl) : [bin, 'fixtures', 'load', fixture, '--db', kdUrl, '-q'],
        env,
      );
      const tables = ['companies', 'users', 'email_history', 'employment_history', 'name_terms'];
      // The indexes kursdesk drops before a big load and builds after it: every index of these tables
      // that no constraint owns (deferSecondaryIndexes in src/db/bulk.ts).
      const secondary = runQuietly('psql', [
        '-X',
        '-q',
        '-A',
        '-t',
        '-F',
        '\t',
        '-v',
        'ON_ERROR_STOP=1',
        sqlUrl,
        '-c',
        `select i.tablename, i.indexname, i.indexdef from pg_indexes i
          where i.schemaname = '${schema}' and i.tablename in (${tables.map((t) => `'${t}'`).join(', ')})
            and not exists (select 1 from pg_constraint c
                             where c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)`,
      ])
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => {
          const [table, name, definition] = l.split('\t');
          return { table, name, definition };
        });
      const script = [`set local maintenance_work_mem = '256MB';`];
      for (const table of tables) {
        const file = join(dir, `${table}.copy`);
        runQuietly('psql', [
          '-X',
          '-q',
          '-v',
          'ON_ERROR_STOP=1',
          sqlUrl,
          '-c',
          `\\copy ${schema}.${table} to '${file}'`,
        ]);
        const own = secondary.filter((x) => x.table === table);
        for (const index of own) script.push(`drop index ${schema}.${index.name};`);
        script.push(`\\copy ${schema}.${table} from '${file}'`);
        for (const index of own) script.push(`${index.definition};`);
        script.push(`analyze ${schema}.${table};`);
      }
      writeFileSync(join(dir, 'anchor.sql'), `${script.join('\n')}\n`);
      console.log(
        `postgres anchor: drops and rebuilds ${secondary.length} secondary indexes (${secondary.map((x) => x.name).join(', ')}), then ANALYZE`,
      );
      const ours = [];
      const theirs = [];
      const oursDirect = [];
      const baseDirect = [];
      const steps = [
        ...(DIRECT_ONLY
          ? []
          : [
              () =>
                ours.push(
                  measure(process.execPath, [bin, 'fixtures', 'load', fixture, '--db', kdUrl, '-q'], env),
                ),
            ]),
        () => oursDirect.push(measure(process.execPath, directLoad(kdUrl), env)),
        ...(BASE_BIN
          ? [() => baseDirect.push(measure(process.execPath, directLoad(kdUrl, BASE_BIN), env))]
          : []),
        () =>
          theirs.push(
            measure(
              'psql',
              ['-X', '-q', '-1', '-v', 'ON_ERROR_STOP=1', sqlUrl, '-f', join(dir, 'anchor.sql')],
              env,
            ),
          ),
      ];
      for (let i = 0; i < RUNS; i++) {
        // The order turns each round (ours first, then the anchor first, …), so neither always runs
        // after the other's checkpoint or cache.
        for (let k = 0; k < steps.length; k++) {
          fresh();
          runQuietly('psql', ['-X', '-q', sqlUrl, '-c', 'checkpoint']);
          steps[(k + i) % steps.length]();
        }
        const [o, t, b] = [oursDirect.at(-1), theirs.at(-1), baseDirect.at(-1)];
        const base = b
          ? `, base build ${s(b.seconds)} (client CPU ${s(b.cpu)}, ${mb(b.rssMb)}): ${(b.seconds / t.seconds).toFixed(2)}×`
          : '';
        console.log(
          `  round ${i + 1}: generate --load ${s(o.seconds)} (client CPU ${s(o.cpu)}, ${mb(o.rssMb)}), \\copy ${s(t.seconds)} (CPU ${s(t.cpu)}): ${(o.seconds / t.seconds).toFixed(2)}×${base}; ${new Date().toISOString().slice(11, 19)}`,
        );
      }
      if (!DIRECT_ONLY) {
        const pgRatios = ours.map((o, i) => o.seconds / theirs[i].seconds);
        line(
          'postgres: fixtures load',
          s(median(ours.map((o) => o.seconds))),
          'psql \\copy same rows',
          s(median(theirs.map((t) => t.seconds))),
          `ratio ${spread(pgRatios)}; goal ≤ 1.5×: ${goal(median(pgRatios) <= 1.5)}; client peak RSS ${mb(Math.max(...ours.map((o) => o.rssMb)))}`,
        );
      }
      const directPgRatios = oursDirect.map((o, i) => o.seconds / theirs[i].seconds);
      line(
        'postgres: generate --load (direct, no files)',
        s(median(oursDirect.map((o) => o.seconds))),
        'psql \\copy same rows',
        s(median(theirs.map((t) => t.seconds))),
        `ratio ${spread(directPgRatios)} (generating included; the anchor's rows exist already); goal ≤ 1.5×: ${goal(median(directPgRatios) <= 1.5)}; client CPU ${s(median(oursDirect.map((o) => o.cpu)))}, peak RSS ${mb(Math.max(...oursDirect.map((o) => o.rssMb)))}`,
      );
      if (BASE_BIN) {
        const baseRatios = baseDirect.map((b, i) => b.seconds / theirs[i].seconds);
        line(
          'postgres: base build generate --load',
          s(median(baseDirect.map((b) => b.seconds))),
          'psql \\copy same rows',
          s(median(theirs.map((t) => t.seconds))),
          `ratio ${spread(baseRatios)}; client CPU ${s(median(baseDirect.map((b) => b.cpu)))}, peak RSS ${mb(Math.max(...baseDirect.map((b) => b.rssMb)))} (${BASE_BIN})`,
        );
      }
    } finally {
      spawnSync('psql', ['-X', '-q', sqlUrl, '-c', `drop schema if exists ${schema} cascade`]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
