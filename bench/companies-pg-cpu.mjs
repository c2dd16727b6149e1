// PostgreSQL company import with the server's CPU beside the client's, which `npm run bench companies`
// cannot show (its processes run synchronously, and the anchor's work is nearly all in the server).
// Interleaved rounds of: psql \copy anchor (every other round first), a fresh import, a re-import of
// the same file (every row unchanged), and one of the file with 1% of rows changed; for each, wall
// time, client CPU (all threads, and the main and parsing threads apart), the CPU of the server
// backends serving the bench database (read from /proc every 30 ms, so the server must run on this
// machine; background processes such as the WAL writer are not counted), peak RSS.
//
// Run `npm run bench companies` once first (it writes bench/.data/companies_<rows>.csv and the 1%
// file), then: node bench/companies-pg-cpu.mjs. Env: KURSDESK_BENCH_PG_URL, KURSDESK_BENCH_ROWS
// (one size, default 1000000), KURSDESK_BENCH_RUNS (default 3).
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './lib.mjs';

const root = join(import.meta.dirname, '..');
const url = process.env.KURSDESK_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/kursdesk_bench';
const dbName = new URL(url).pathname.slice(1);
const rows = Number(process.env.KURSDESK_BENCH_ROWS ?? 1_000_000);
const rounds = Number(process.env.KURSDESK_BENCH_RUNS ?? 3);
const csv = join(import.meta.dirname, '.data', `companies_${rows}.csv`);
const changedCsv = join(import.meta.dirname, '.data', `companies_${rows}_1pct.csv`);
const env = {
  ...process.env,
  KURSDESK_SECRET: 'bench-secret-0123456789abcdef',
  KURSDESK_AGENT: 'bench',
  KURSDESK_IMPORT_TIMINGS: '1',
  KURSDESK_DB: url,
};
const COLUMNS =
  'org_number text not null primary key, name text, invoice_street text, invoice_postal_code text, invoice_city text, invoice_email text, contact_name text, contact_email text, contact_phone text, email_domains text';

const ticks = (stat) => {
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
};

/** CPU milliseconds of each server backend connected to the bench database. */
function backends() {
  const out = new Map();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'latin1');
      if (cmd.startsWith('postgres: ') && cmd.split(' ').includes(dbName))
        out.set(pid, ticks(readFileSync(`/proc/${pid}/stat`, 'latin1')));
    } catch {}
  }
  return out;
}

function psql(...commands) {
  const args = ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', url];
  for (const c of commands) args.push('-c', c);
  const r = spawnSync('psql', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}

async function timed(command, args) {
  const before = backends();
  const server = new Map();
  const threads = new Map();
  const start = performance.now();
  const child = spawn('/usr/bin/time', ['-f', '%U %S %M', command, ...args], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const poll = setInterval(() => {
    for (const [pid, ms] of backends()) if (!before.has(pid)) server.set(pid, ms);
    try {
      const kid = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'latin1')
        .trim()
        .split(' ')[0];
      if (kid)
        for (const tid of readdirSync(`/proc/${kid}/task`))
          threads.set(
            tid === kid ? 'main' : tid,
            ticks(readFileSync(`/proc/${kid}/task/${tid}/stat`, 'latin1')),
          );
    } catch {}
  }, 30);
  const code = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(poll);
  const ms = performance.now() - start;
  if (code !== 0) throw new Error(`${command} failed: ${stderr.slice(-800)}`);
  const lines = stderr.trim().split('\n');
  const [user, system, kb] = lines.at(-1).split(' ').map(Number);
  const main = threads.get('main') ?? 0;
  threads.delete('main');
  // The parsing thread is the busiest one besides main (the others are V8's and libuv's helpers).
  const parsing = Math.max(0, ...threads.values());
  return {
    ms,
    cpu: (user + system) * 1000,
    server: [...server.values()].reduce((a, b) => a + b, 0),
    main,
    parsing: parsing > 200 ? parsing : 0,
    rss: kb / 1024,
  };
}

const results = { anchor: [], fresh: [], again: [], changed: [] };
const audited = [];
const anchor = async () => {
  psql('drop table if exists companies_anchor', `create table companies_anchor (${COLUMNS})`, 'checkpoint');
  results.anchor.push(
    await timed('psql', [
      '-X',
      '-q',
      '-v',
      'ON_ERROR_STOP=1',
      url,
      '-c',
      `\\copy companies_anchor from '${csv}' with (format csv, header true)`,
    ]),
  );
  psql('drop table if exists companies_anchor');
};
const importFile = (file) =>
  timed(process.execPath, [join(root, 'bin', 'kursdesk'), 'companies', 'import', file, '--quiet']);
const updates = () => Number(psql("select count(*) from audit_log where action = 'companies.update'"));
for (let i = 0; i < rounds; i++) {
  if (i % 2 === 1) await anchor();
  psql('truncate companies cascade', 'checkpoint');
  results.fresh.push(await importFile(csv));
  psql('checkpoint');
  results.again.push(await importFile(csv));
  const before = updates();
  results.changed.push(await importFile(changedCsv));
  audited.push(updates() - before);
  if (i % 2 === 0) await anchor();
}
psql('truncate companies cascade');

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const med = (list, key) => median(list.map((x) => x[key]));
const against = { fresh: 'anchor', again: 'fresh', changed: 'fresh' };
console.log(`PostgreSQL, ${rows.toLocaleString('en')} rows, ${rounds} interleaved rounds (medians)`);
for (const [name, list] of Object.entries(results)) {
  const ref = results[against[name]];
  const ratio = ref ? list.map((x, k) => x.ms / ref[k].ms) : [];
  console.log(
    `${name.padEnd(8)} wall ${s(med(list, 'ms'))}  client CPU ${s(med(list, 'cpu'))} (main ${s(med(list, 'main'))}, parsing ${s(med(list, 'parsing'))})  server CPU ${s(med(list, 'server'))}  peak ${med(list, 'rss').toFixed(0)} MB${ref ? `  wall ratio to ${against[name]} ${median(ratio).toFixed(2)}× [${ratio.map((r) => r.toFixed(2)).join(' ')}]  client+server CPU ratio ${(median(list.map((x) => x.cpu + x.server)) / median(ref.map((x) => x.cpu + x.server))).toFixed(2)}×` : ''}`,
  );
}
console.log(`companies.update audit entries per 1% re-import: ${audited.join(', ')}`);
