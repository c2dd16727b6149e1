// Start-up: `kursdesk --version` and `kursdesk users show`, each against `node -e 0` in the same run.
// `users show` runs twice over: on a database of one learner (start-up alone) and on a database of
// KURSDESK_BENCH_STARTUP_USERS generated learners (default 1,000,000; 0 skips it), made once with
// `fixtures generate --load` and kept in bench/.data for later runs. Goals: --version ≤ 1.3×,
// users show ≤ 2.0×. Each line is followed by the CPU time of the same runs (all threads, user + system):
// on a shared machine wall time also counts the waits for a core, CPU time does not. Both are read from
// `perf stat` (task-clock and elapsed time of the process alone) where perf runs, else wall time around
// GNU time, which reads CPU time to 10 ms.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { median, report, timeProcess, timeProcessCpu } from './lib.mjs';

const bin = join(import.meta.dirname, '..', 'bin', 'kursdesk');
const dataDir = join(import.meta.dirname, '.data');
const BIG = Number(process.env.KURSDESK_BENCH_STARTUP_USERS ?? 1_000_000);

const PERF = spawnSync('perf', ['stat', '-e', 'task-clock', 'true'], { encoding: 'utf8' }).status === 0;

/**
 * Runs a process to its end: wall and CPU milliseconds. Under perf both come from perf's own count for
 * the process (from its start to its exit), so perf's start-up is in neither figure.
 */
function timeRun(command, args, options = {}) {
  if (!PERF) return timeProcessCpu(command, args, options);
  const result = spawnSync('perf', ['stat', '-e', 'task-clock', command, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    ...options,
  });
  const stderr = String(result.stderr);
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${stderr.slice(0, 500)}`);
  const cpu = /([\d.,]+) msec task-clock/.exec(stderr)?.[1];
  const elapsed = /([\d.,]+) seconds time elapsed/.exec(stderr)?.[1];
  if (!cpu || !elapsed)
    throw new Error(`perf stat gave no task-clock or elapsed time: ${stderr.slice(0, 500)}`);
  return { ms: Number(elapsed.replaceAll(',', '')) * 1000, cpuMs: Number(cpu.replaceAll(',', '')) };
}

const spread = (values) => ({ ratio: median(values), min: Math.min(...values), max: Math.max(...values) });

/** `paired` of lib.mjs (alternate, after warm-ups; medians and the median pairwise ratio), for wall and CPU. */
function pairedRuns(subject, anchor, { runs = 15, warmups = 2 } = {}) {
  for (let i = 0; i < warmups; i++) {
    subject();
    anchor();
  }
  const s = [];
  const a = [];
  for (let i = 0; i < runs; i++) {
    s.push(subject());
    a.push(anchor());
  }
  const of = (key) => ({
    subject: median(s.map((r) => r[key])),
    anchor: median(a.map((r) => r[key])),
    ...spread(s.map((r, i) => r[key] / a[i][key])),
  });
  return { wall: of('ms'), cpu: of('cpuMs') };
}

function reportPaired(name, result) {
  report(name, result.wall, 'ms', 'node -e 0');
  report('  (CPU time of the same runs)', result.cpu, 'ms', 'node -e 0');
}

/** A generated database of `users` learners, made once and reused (generating a million takes a while). */
function bigDatabase(users, env) {
  const path = join(dataDir, `startup-${users}.db`);
  if (existsSync(path)) return path;
  mkdirSync(dataDir, { recursive: true });
  const building = `${path}.building`;
  rmSync(building, { force: true });
  timeProcess(
    process.execPath,
    [bin, 'fixtures', 'generate', '--users', String(users), '--seed', 'startup', '--scope', 'people'].concat([
      '--load',
      '--db',
      building,
      '--quiet',
    ]),
    { env },
  );
  renameSync(building, path);
  return path;
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'kursdesk-bench-'));
  const env = {
    ...process.env,
    KURSDESK_DB: join(dir, 'bench.db'),
    KURSDESK_SECRET: 'bench-secret-0123456789abcdef',
    KURSDESK_AGENT: 'bench',
  };
  try {
    // Part of the anchor's time and of every run's: Node parses the whole file at start-up (with the
    // system's CA bundle, some 150 certificates, most of `node -e 0`'s instructions).
    if (process.env.NODE_EXTRA_CA_CERTS)
      console.log(
        `(NODE_EXTRA_CA_CERTS=${process.env.NODE_EXTRA_CA_CERTS}: node -e 0 and kursdesk both load it)`,
      );
    const node = () => timeRun(process.execPath, ['-e', '0']);
    const create = [
      'users',
      'create',
      '--first-name',
      'Kari',
      '--last-name',
      'Nordmann',
      '--email',
      'kari@example.no',
      '--national-id',
      '15108695088',
      '--hms-card',
      '1234567',
      '--type',
      'free',
      '--quiet',
    ];
    timeProcess(process.execPath, [bin, ...create], { env });
    reportPaired(
      'kursdesk --version',
      pairedRuns(() => timeRun(process.execPath, [bin, '--version'], { env }), node),
    );
    const show = (label, db, id, email) => {
      const withDb = { ...env, KURSDESK_DB: db };
      reportPaired(
        `kursdesk users show ${id} (${label})`,
        pairedRuns(
          () => timeRun(process.execPath, [bin, 'users', 'show', String(id)], { env: withDb }),
          node,
        ),
      );
      reportPaired(
        `kursdesk users show <e-mail> --format json (${label})`,
        pairedRuns(
          () => timeRun(process.execPath, [bin, 'users', 'show', email, '--format', 'json'], { env: withDb }),
          node,
        ),
      );
    };
    show('1 learner', env.KURSDESK_DB, 1, 'kari@example.no');
    if (BIG > 0) {
      const db = bigDatabase(BIG, env);
      const handle = new Database(db, { readonly: true });
      // A learner from the middle of the table, so neither end of an index is favoured.
      const learner = handle
        .prepare(
          'select id, email from users where id >= (select max(id) / 2 from users) order by id limit 1',
        )
        .get();
      handle.close();
      show(`${BIG.toLocaleString('en')} learners`, db, learner.id, learner.email);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
