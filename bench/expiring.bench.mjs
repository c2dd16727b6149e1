// `reports expiring` (W14) over a generated data set of BENCH_EXPIRING_USERS learners (default
// 1,000,000, seed 1: about 3 million completions), on SQLite and PostgreSQL. The whole process
// `kursdesk reports expiring --within 90d --format csv` is timed against an anchor measured in the same
// run: a minimal script that opens the same database and counts the completions table (one full pass).
// Goal: under 2 s on each database. Runs alternate with the anchor (BENCH_RUNS pairs, default 5).
// PostgreSQL is measured right after the load and again after VACUUM (the state autovacuum leaves).
//
// The fixture and the loaded SQLite file live in bench/.data and are reused when present (BENCH_KEEP=1
// keeps them afterwards; by default they are removed, as is the PostgreSQL schema).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { paired, report } from './lib.mjs';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'kursdesk');
const data = join(import.meta.dirname, '.data');
const USERS = Number(process.env.BENCH_EXPIRING_USERS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const KEEP = process.env.BENCH_KEEP === '1';
const PG_BASE = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SECRET = 'bench-secret-0123456789abcdef';

// Opens the database the way a small script would and counts one table; prints nothing.
const COUNT = `
import { createRequire } from 'node:module';
const require = createRequire(${JSON.stringify(join(root, 'package.json'))});
const [target] = process.argv.slice(2);
if (target.startsWith('postgres')) {
  const url = new URL(target);
  const schema = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  const { Client } = require('pg');
  const client = new Client({ connectionString: url.href });
  await client.connect();
  await client.query('set search_path to ' + schema);
  await client.query('select count(*) from completions');
  await client.end();
} else {
  const Database = require('better-sqlite3');
  const db = new Database(target, { readonly: true });
  db.prepare('select count(*) from completions').get();
  db.close();
}
`;

function kursdesk(args) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, KURSDESK_SECRET: SECRET, KURSDESK_AGENT: 'bench' },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0)
    throw new Error(`kursdesk ${args.join(' ')} failed (${r.status}): ${String(r.stderr).slice(-800)}`);
  return String(r.stdout);
}

/** Generates the fixture once (kept in bench/.data). */
function fixture() {
  const dir = join(data, `expiring-fixture-${USERS}`);
  if (existsSync(join(dir, 'manifest.json'))) return dir;
  console.log(`generating ${USERS.toLocaleString('en-US')} learners (seed 1) …`);
  rmSync(dir, { recursive: true, force: true });
  kursdesk(['fixtures', 'generate', '--users', String(USERS), '--seed', '1', '--out', dir, '--quiet']);
  return dir;
}

function expiringArgs(db) {
  return ['reports', 'expiring', '--within', '90d', '--format', 'csv', '--db', db, '--quiet'];
}

function measure(label, db, countScript) {
  const rows = kursdesk(expiringArgs(db)).split('\n').length - 2;
  const result = paired(
    () => timed([bin, ...expiringArgs(db)]),
    () => timed([countScript, db]),
    { runs: RUNS, warmups: 1 },
  );
  report(`${label}: reports expiring --within 90d --format csv`, result, 'ms', 'count(*) completions');
  console.log(
    `  ${rows.toLocaleString('en-US')} qualifications listed; goal < 2 s: ${result.subject < 2000 ? 'met' : 'NOT met'}`,
  );
}

function timed(args) {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, {
    env: { ...process.env, KURSDESK_SECRET: SECRET, KURSDESK_AGENT: 'bench' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const ms = performance.now() - start;
  if (r.status !== 0)
    throw new Error(`${args.join(' ')} failed (${r.status}): ${String(r.stderr).slice(-500)}`);
  return ms;
}

export async function run() {
  mkdirSync(data, { recursive: true });
  const countScript = join(data, `expiring-count-${process.pid}.mjs`);
  writeFileSync(countScript, COUNT);
  const dir = fixture();
  const sqlitePath = join(data, `expiring-${USERS}.db`);
  const schema = `kd_expiring_bench_${process.pid}`;
  const pgUrl = `${PG_BASE}${PG_BASE.includes('?') ? '&' : '?'}schema=${schema}`;
  try {
    if (!existsSync(sqlitePath)) {
      console.log('loading into SQLite …');
      kursdesk(['fixtures', 'load', dir, '--db', sqlitePath, '--yes', '--quiet']);
    }
    kursdesk(['db', 'migrate', '--db', sqlitePath, '--quiet']);
    measure('sqlite', sqlitePath, countScript);

    if (spawnSync('psql', ['--version']).status !== 0) {
      console.log('postgres: skipped (no psql)');
      return;
    }
    console.log('loading into PostgreSQL …');
    kursdesk(['db', 'migrate', '--db', pgUrl, '--quiet']);
    kursdesk(['fixtures', 'load', dir, '--db', pgUrl, '--yes', '--quiet']);
    measure('postgres, just loaded', pgUrl, countScript);
    // Autovacuum soon sets the visibility map, which lets the covering indexes answer without the table.
    const vacuum = spawnSync('psql', [
      '-X',
      '-q',
      PG_BASE.replace(/\?.*$/, ''),
      '-c',
      `vacuum (analyze) ${schema}.completions, ${schema}.users`,
    ]);
    if (vacuum.status === 0) measure('postgres, after vacuum', pgUrl, countScript);
  } finally {
    spawnSync('psql', [PG_BASE.replace(/\?.*$/, ''), '-qc', `drop schema if exists ${schema} cascade`], {
      stdio: 'ignore',
    });
    rmSync(countScript, { force: true });
    if (!KEEP) {
      rmSync(dir, { recursive: true, force: true });
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${sqlitePath}${suffix}`, { force: true });
    }
  }
}
