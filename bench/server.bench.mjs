// Many agents on one shared PostgreSQL server (issue 17): 20 agents run look-ups and single changes
// (users move after users show, enrol + unenrol, links issue) as kursdesk processes, first with the
// server to themselves (the anchor), then for KURSDESK_BENCH_SECONDS (default 60) while a
// million-row `companies import` runs. Prints per kind: count, p50/p95/p99 of the whole process,
// conflicts (exit 4) and other failures; then the import's time, lost updates (a learner's version
// against the moves that succeeded on it) and `audit verify`. Goal: single changes at p95 < 1 s
// during the import, no lost updates, the chain intact. A probe beside the agents takes the write
// lock every 100 ms as a single change does: `write lock` is its wait seen from this process,
// `lock (server)` the same wait by the server's clock (a busy machine's scheduling left out).
//
// KURSDESK_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/test) names the server; the
// bench works in a schema of its own and drops it after. KURSDESK_BENCH_IMPORT_ROWS: rows imported
// (default 1000000). KURSDESK_BENCH_AGENTS: agents (default 20).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { generateCompanies } from './companies.bench.mjs';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'kursdesk');
const dataDir = join(import.meta.dirname, '.data');
const AGENTS = Number(process.env.KURSDESK_BENCH_AGENTS ?? 20);
const SECONDS = Number(process.env.KURSDESK_BENCH_SECONDS ?? 60);
const ANCHOR_SECONDS = Number(process.env.KURSDESK_BENCH_ANCHOR_SECONDS ?? 20);
const IMPORT_ROWS = Number(process.env.KURSDESK_BENCH_IMPORT_ROWS ?? 1_000_000);
/** Learners moved back and forth by every agent, so that some moves meet a stale read (exit 4). */
const HOT_LEARNERS = 8;

function kursdesk(args, env) {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, [bin, ...args, '--quiet'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('close', (code) => resolve({ code, ms: performance.now() - start, out, err }));
  });
}

function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Picks targets from the demo data set: hot learners to move, others to book and send links to. */
async function targets(client, schema) {
  const q = async (text) => (await client.query(text)).rows;
  await client.query(`set search_path to ${schema}`);
  const learners = await q(
    `select u.id from users u join companies c on c.id = u.employer_id where u.status = 'active' and u.account_type = 'full' and c.status = 'active' order by u.id`,
  );
  const companies = await q(`select org_number from companies where status = 'active' order by id limit 2`);
  const units = await q(
    `select u.id from course_units u join courses c on c.id = u.course_id where u.starts_at > now() and u.status = 'scheduled' and c.kind = 'classroom' and (',' || c.visible_to || ',') like '%,full,%' order by u.id`,
  );
  const active = await q(`select id from users where status = 'active' order by id`);
  const ids = learners.map((r) => r.id);
  return {
    hot: ids.slice(0, HOT_LEARNERS),
    booking: ids.slice(HOT_LEARNERS),
    linked: active.map((r) => r.id).filter((id) => !ids.slice(0, HOT_LEARNERS).includes(id)),
    orgs: companies.map((r) => r.org_number),
    units: units.map((r) => r.id),
  };
}

/** One agent: a mix of look-ups and changes until `until`; every command's kind, time and exit code. */
async function agent(n, env, t, until, samples, importRunning) {
  const pick = (list) => list[Math.floor(Math.random() * list.length)];
  const agentEnv = { ...env, KURSDESK_AGENT: `bench-agent-${n}` };
  const record = (kind, r) =>
    samples.push({ kind, ms: r.ms, code: r.code, during: importRunning(), err: r.err });
  while (performance.now() < until) {
    const roll = Math.random();
    if (roll < 0.45) {
      const r = await kursdesk(
        Math.random() < 0.5
          ? ['users', 'show', String(pick(t.booking))]
          : ['companies', 'show', pick(t.orgs)],
        agentEnv,
      );
      record('look-up', r);
    } else if (roll < 0.7) {
      const learner = String(pick(t.hot));
      const shown = await kursdesk(['users', 'show', learner, '--format', 'json'], agentEnv);
      record('look-up', shown);
      const profile = shown.code === 0 ? JSON.parse(shown.out) : undefined;
      // To the company the learner is not at (as the agent just saw).
      const to = t.orgs.find((o) => o !== profile?.employer_org_number) ?? pick(t.orgs);
      const version = profile?.version;
      const args = ['users', 'move', learner, '--to', to, '--yes'];
      if (version !== undefined) args.push('--expect-version', String(version));
      const r = await kursdesk(args, agentEnv);
      record('users move', r);
      if (r.code === 0) t.moved.set(learner, (t.moved.get(learner) ?? 0) + 1);
    } else if (roll < 0.85) {
      const learner = String(pick(t.booking));
      const unit = String(pick(t.units));
      const r = await kursdesk(['enrol', learner, unit], agentEnv);
      record('enrol', r);
      if (r.code === 0) record('unenrol', await kursdesk(['unenrol', learner, unit], agentEnv));
    } else {
      const r = await kursdesk(
        ['links', 'issue', String(pick(t.linked)), '--deliver', 'mail', '--no-send', '--force'],
        agentEnv,
      );
      record('links issue', r);
    }
  }
}

function summarise(title, samples) {
  console.log(`\n${title}`);
  console.log(
    `${'kind'.padEnd(12)} ${'n'.padStart(5)} ${'per s'.padStart(6)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)}  conflicts(4)  other failures`,
  );
  const kinds = [...new Set(samples.map((s) => s.kind))].sort();
  for (const kind of kinds) {
    const mine = samples.filter((s) => s.kind === kind);
    const ms = mine.map((s) => s.ms).sort((a, b) => a - b);
    const conflicts = mine.filter((s) => s.code === 4).length;
    const failed = mine.filter((s) => s.code !== 0 && s.code !== 4);
    const reasons = [
      ...new Set(failed.map((s) => `exit ${s.code}: ${s.err.trim().split('\n')[0]?.slice(0, 90)}`)),
    ];
    const seconds =
      (Math.max(...mine.map((s) => s.end ?? 0)) - Math.min(...mine.map((s) => s.start ?? 0))) / 1000;
    console.log(
      `${kind.padEnd(12)} ${String(mine.length).padStart(5)} ${(seconds > 0 ? mine.length / seconds : 0).toFixed(1).padStart(6)} ${percentile(ms, 50).toFixed(0).padStart(5)}ms ${percentile(ms, 95).toFixed(0).padStart(5)}ms ${percentile(ms, 99).toFixed(0).padStart(5)}ms  ${String(conflicts).padStart(12)}  ${failed.length}${reasons.length ? ` (${reasons.slice(0, 3).join(' | ')})` : ''}`,
    );
  }
}

/**
 * The wait a single change has for the write lock, taken as the write gate takes it, every 100 ms on
 * a connection of its own: what the locking design decides, without the processes' start-up (which
 * on a busy machine is most of a command's time).
 */
async function lockProbe(base, schema, until, importRunning, samples) {
  const probe = new pg.Client({ connectionString: base });
  await probe.connect();
  await probe.query(`set search_path to ${schema}`);
  try {
    while (performance.now() < until) {
      const start = performance.now();
      await probe.query('begin');
      // The server's own clock says how long the lock took, whatever this busy process adds.
      const { rows } = await probe.query(
        'select pg_advisory_xact_lock(7270002, hashtext(current_schema())) as locked, extract(epoch from clock_timestamp() - statement_timestamp()) * 1000 as waited',
      );
      await probe.query('commit');
      const during = importRunning();
      samples.push({ kind: 'write lock', ms: performance.now() - start, code: 0, during, err: '' });
      samples.push({ kind: 'lock (server)', ms: Number(rows[0].waited), code: 0, during, err: '' });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await probe.end();
  }
}

async function phase(seconds, env, t, importRunning, probe) {
  const samples = [];
  const stamp = (list) => {
    const push = list.push.bind(list);
    list.push = (s) => push({ ...s, end: performance.now(), start: performance.now() - s.ms });
    return list;
  };
  const until = performance.now() + seconds * 1000;
  const began = performance.now();
  await Promise.all([
    ...Array.from({ length: AGENTS }, (_, n) => agent(n + 1, env, t, until, stamp(samples), importRunning)),
    lockProbe(probe.base, probe.schema, until, importRunning, stamp(samples)),
  ]);
  return { samples, seconds: (performance.now() - began) / 1000 };
}

export async function run() {
  const base = process.env.KURSDESK_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `kd_bench_server_${process.pid}`;
  const url = new URL(base);
  url.searchParams.set('schema', schema);
  const env = {
    ...process.env,
    KURSDESK_DB: url.href,
    KURSDESK_SECRET: 'bench-secret-0123456789abcdef',
    KURSDESK_PORTAL_URL: 'https://kurs.example.no',
  };
  const client = new pg.Client({ connectionString: base });
  try {
    await client.connect();
  } catch (error) {
    console.log(`skipped: no PostgreSQL server at ${base} (${error.message})`);
    return;
  }
  mkdirSync(dataDir, { recursive: true });
  const csv = join(dataDir, `server-companies-${IMPORT_ROWS}.csv`);
  if (!existsSync(csv)) await generateCompanies(IMPORT_ROWS, csv);
  try {
    for (const args of [
      ['db', 'migrate'],
      ['fixtures', 'load', 'demo', '--yes'],
    ]) {
      const r = spawnSync(process.execPath, [bin, ...args, '--quiet'], {
        env,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
    }
    const t = { ...(await targets(client, schema)), moved: new Map() };
    // Without register extracts the import checks rows on their own (the bench's org numbers are
    // made up, so the demo's extract would refuse them).
    await client.query('truncate brreg_units, elma_participants, register_extracts cascade');
    const versions = async () =>
      new Map(
        (await client.query(`select id, version from users where id = any($1::int[])`, [t.hot])).rows.map(
          (r) => [String(r.id), r.version],
        ),
      );
    const before = await versions();
    console.log(
      `${AGENTS} agents; ${t.hot.length} learners moved by all, ${t.booking.length} booked, ${t.units.length} units; import of ${IMPORT_ROWS.toLocaleString('en-US')} companies`,
    );

    const probe = { base, schema };
    const anchor = await phase(ANCHOR_SECONDS, env, t, () => false, probe);
    summarise(`anchor: ${ANCHOR_SECONDS} s without the import`, anchor.samples);

    let importing = true;
    const importStart = performance.now();
    const importDone = kursdesk(['companies', 'import', csv, '--yes'], {
      ...env,
      KURSDESK_AGENT: 'bench-import',
    }).then((r) => {
      importing = false;
      return { ...r, ms: performance.now() - importStart };
    });
    // The import parses and checks its first batches before it writes; agents start meanwhile.
    const during = await phase(SECONDS, env, t, () => importing, probe);
    const imported = await importDone;
    summarise(
      `with the import: ${SECONDS} s (samples started while it ran: ${during.samples.filter((s) => s.during).length})`,
      during.samples.filter((s) => s.during),
    );
    console.log(
      `\ncompanies import of ${IMPORT_ROWS.toLocaleString('en-US')} rows: exit ${imported.code} in ${(imported.ms / 1000).toFixed(1)} s${imported.code ? ` (${imported.err.trim().split('\n')[0]})` : ''}`,
    );
    const after = await versions();
    let lost = 0;
    for (const id of t.hot.map(String)) {
      const gained = (after.get(id) ?? 0) - (before.get(id) ?? 0);
      lost += Math.max(0, (t.moved.get(id) ?? 0) - gained);
    }
    const moves = [...t.moved.values()].reduce((a, b) => a + b, 0);
    console.log(
      `lost updates: ${lost} (of ${moves} successful moves of the ${t.hot.length} shared learners)`,
    );
    const verify = await kursdesk(['audit', 'verify'], env);
    console.log(`audit verify: exit ${verify.code} ${verify.out.trim() || verify.err.trim()}`);
  } finally {
    await client.query(`drop schema if exists ${schema} cascade`).catch(() => {});
    await client.end();
  }
}
