// Company import (W8) with full validation, against the sqlite3 shell's `.import` and `psql \copy` of
// the same file into a table with the same columns and a unique org_number, measured in the same run
// and interleaved (ours, anchor, ours, anchor …). Also: re-imports of the same file (every row
// unchanged) and of the file with 1% of rows changed, against the fresh import of the same round; CPU
// time over all threads beside wall time; peak RSS; the parse-only time of the parsing thread, and
// where the import's time and peak memory go (the importer's own phase timings, and how much each
// phase raised the peak RSS). KURSDESK_BENCH_WORKER=1 adds the import with parsing in a worker thread
// (the import parses in the main thread by default).
//
// Sizes: KURSDESK_BENCH_ROWS (default "100000,1000000"); runs per size: KURSDESK_BENCH_RUNS (default 3);
// PostgreSQL: KURSDESK_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/kursdesk_bench; skipped
// when unreachable, or when set to "none" to measure SQLite only).
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { median, timeProcessCpu } from './lib.mjs';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'kursdesk');
const dataDir = join(import.meta.dirname, '.data');
const COLUMNS = [
  'org_number',
  'name',
  'invoice_street',
  'invoice_postal_code',
  'invoice_city',
  'invoice_email',
  'contact_name',
  'contact_email',
  'contact_phone',
  'email_domains',
];

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];
function checkDigit(eight) {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (eight.charCodeAt(i) - 48) * WEIGHTS[i];
  const r = sum % 11;
  return r === 1 ? -1 : r === 0 ? 0 : 11 - r;
}

const FIRST = [
  'Kari',
  'Ola',
  'Ingrid',
  'Per',
  'Siri',
  'Lars',
  'Åse',
  'Bjørn',
  'Marit',
  'Tor',
  'Hege',
  'Knut',
];
const LAST = ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Berg', 'Dahl', 'Lie', 'Bakke', 'Sæther', 'Haugen'];
const WORDS = [
  'Spor',
  'Bane',
  'Signal',
  'Kabel',
  'Fjell',
  'Nord',
  'Vest',
  'Skinne',
  'Bru',
  'Tunnel',
  'Graving',
];
const KINDS = ['Entreprenør', 'Service', 'Teknikk', 'Maskin', 'Drift', 'Montasje'];
const FORMS = ['AS', 'AS', 'AS', 'ENK', 'ANS', 'DA'];
const CITIES = [
  ['0150', 'Oslo'],
  ['5003', 'Bergen'],
  ['7010', 'Trondheim'],
  ['8006', 'Bodø'],
  ['4006', 'Stavanger'],
  ['9008', 'Tromsø'],
];

/** A deterministic company CSV: unique valid org numbers in scattered order, 5% names with a comma. */
export async function generateCompanies(rows, path) {
  const out = createWriteStream(path);
  const write = (text) => (out.write(text) ? null : new Promise((r) => out.once('drain', r)));
  await write(`${COLUMNS.join(',')}\n`);
  let k = 0;
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    let org;
    for (;;) {
      const eight = String(80000000 + ((k++ * 7919) % 20000000));
      const d = checkDigit(eight);
      if (d >= 0) {
        org = eight + d;
        break;
      }
    }
    const w = WORDS[i % WORDS.length];
    const base = `${w}${KINDS[(i >> 3) % KINDS.length].toLowerCase()} ${FORMS[i % FORMS.length]}`;
    const name =
      i % 20 === 0 ? `"${LAST[i % LAST.length]}, ${w} og ${KINDS[i % KINDS.length]} ${FORMS[0]}"` : base;
    const [postal, city] = CITIES[i % CITIES.length];
    const first = FIRST[i % FIRST.length];
    const last = LAST[(i >> 2) % LAST.length];
    const domain = `${w.toLowerCase()}${i}.example`;
    const invoice = i % 3 === 0 ? `Postboks ${100 + (i % 900)},${postal},${city}` : ',,';
    chunk += `${org},${name},${invoice},faktura@${domain},${first} ${last},${first.toLowerCase().replace('å', 'a').replace('ø', 'o')}@${domain},9${String(1000000 + (i % 8999999)).padStart(7, '0')},${domain}\n`;
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise((resolve) => out.end(resolve));
}

/** Wall time, CPU, peak RSS and the importer's phase timings (KURSDESK_IMPORT_TIMINGS) of one process. */
function timed(command, args, env) {
  const { stderr, ...run } = timeProcessCpu(command, args, { env });
  const timings = stderr.find((l) => l.startsWith('timings '));
  return { ...run, timings: timings ? JSON.parse(timings.slice(8)) : undefined };
}

function anchorSchema(table) {
  return `create table ${table} (org_number text not null primary key, ${COLUMNS.slice(1)
    .map((c) => `${c} text`)
    .join(', ')});`;
}

function line(name, subject, anchor, anchorName) {
  const ratios = subject.map((s, i) => s.ms / anchor[i].ms);
  const peaks = subject.map((s) => s.rssMb);
  const cpuRatios = subject.map((s, i) => s.cpuMs / anchor[i].cpuMs);
  const f = (v) => `${(v / 1000).toFixed(2)} s`;
  console.log(
    `${name.padEnd(46)} ${f(median(subject.map((s) => s.ms))).padStart(8)}  peak ${median(
      subject.map((s) => s.rssMb),
    )
      .toFixed(0)
      .padStart(
        4,
      )} MB [${Math.min(...peaks).toFixed(0)}–${Math.max(...peaks).toFixed(0)}]   ${anchorName} ${f(median(anchor.map((a) => a.ms))).padStart(8)}   ratio ${median(ratios).toFixed(2)}× [${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}]   CPU ${f(median(subject.map((s) => s.cpuMs)))} vs ${f(median(anchor.map((a) => a.cpuMs)))}, ${median(cpuRatios).toFixed(2)}×`,
  );
}

/**
 * The same file with every hundredth row's contact phone changed: a re-import must update and audit
 * exactly those rows.
 */
async function changeOnePercent(csv, path) {
  const { readFile, writeFile } = await import('node:fs/promises');
  const lines = (await readFile(csv, 'utf8')).split('\n');
  let changed = 0;
  for (let i = 1; i < lines.length; i++) {
    if (i % 100 !== 0 || lines[i] === '') continue;
    const fields = lines[i].split(',');
    // The phone is the second-last field (names with commas are quoted, never the last fields).
    fields[fields.length - 2] = `4${fields[fields.length - 2].slice(1)}`;
    lines[i] = fields.join(',');
    changed++;
  }
  await writeFile(path, lines.join('\n'));
  return changed;
}

/** Audit entries of one action, to check that a re-import audits exactly what it changed. */
function auditCount(kind, db, action) {
  const query = `select count(*) from audit_log where action = '${action}'`;
  const r =
    kind === 'sqlite'
      ? spawnSync('sqlite3', [db, query], { encoding: 'utf8' })
      : spawnSync('psql', ['-X', '-q', '-A', '-t', db, '-c', query], { encoding: 'utf8' });
  return Number(r.stdout.trim());
}

function phases(samples) {
  const withTimings = samples.filter((s) => s.timings);
  if (withTimings.length === 0) return '';
  const keys = [...new Set(withTimings.flatMap((s) => Object.keys(s.timings)))];
  const at = (k) => median(withTimings.map((s) => s.timings[k] ?? 0));
  const times = keys
    .filter((k) => !k.includes('_mb') && k !== 'worker')
    .map((k) => `${k} ${(at(k) / 1000).toFixed(2)} s`);
  const peaks = keys
    .filter((k) => k.startsWith('peak_mb_'))
    .map((k) => `${k.replace('peak_mb_', '').replace('in_', '+')} ${at(k).toFixed(0)}`);
  return `${times.join(', ')}\n  peak RSS (MB) when the import started, and what each phase added: ${peaks.join(', ')}; V8 heap ${at('heap_mb')}, external ${at('external_mb')} at the end`;
}

/** The parsing thread alone: read, decode, parse and check every row, no database. */
async function parseOnly(csv) {
  const start = performance.now();
  await new Promise((resolve, reject) => {
    const worker = new Worker(join(root, 'dist', 'ingest-worker.js'), {
      workerData: { path: csv, options: { kind: 'companies', batchRows: 2000 }, credits: 1e9 },
    });
    worker.on('message', (m) => {
      if (m.type === 'failure') reject(new Error(m.reason));
      if (m.type === 'end') resolve();
    });
    worker.on('error', reject);
  });
  return performance.now() - start;
}

/** The import is measured without register extracts (as `.import` and `\\copy` have none). */
const EMPTY_REGISTERS = [
  'truncate brreg_units, elma_participants, register_extracts',
  'truncate companies cascade',
];

function pgReachable(url) {
  const r = spawnSync('psql', ['-X', '-q', url, '-c', 'select 1'], { stdio: 'ignore' });
  if (r.status === 0) return true;
  const base = new URL(url);
  const db = base.pathname.slice(1);
  base.pathname = '/postgres';
  spawnSync('psql', ['-X', '-q', base.href, '-c', `create database ${db}`], { stdio: 'ignore' });
  return spawnSync('psql', ['-X', '-q', url, '-c', 'select 1'], { stdio: 'ignore' }).status === 0;
}

function psql(url, ...commands) {
  const args = ['-X', '-q', '-v', 'ON_ERROR_STOP=1', url];
  for (const c of commands) args.push('-c', c);
  const r = spawnSync('psql', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`psql failed: ${r.stderr}`);
}

export async function run() {
  const sizes = (process.env.KURSDESK_BENCH_ROWS ?? '100000,1000000').split(',').map(Number);
  const runs = Number(process.env.KURSDESK_BENCH_RUNS ?? 3);
  // The parsing-in-a-worker variant costs a full import a round: only when asked.
  const workerToo = process.env.KURSDESK_BENCH_WORKER === '1';
  const pgUrl = process.env.KURSDESK_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/kursdesk_bench';
  mkdirSync(dataDir, { recursive: true });
  const work = join(dataDir, 'work');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work);
  const env = {
    ...process.env,
    KURSDESK_SECRET: 'bench-secret-0123456789abcdef',
    KURSDESK_AGENT: 'bench',
    KURSDESK_IMPORT_TIMINGS: '1',
  };
  const template = join(work, 'template.db');
  spawnSync(process.execPath, [bin, 'db', 'migrate', '--quiet'], {
    env: { ...env, KURSDESK_DB: template },
    stdio: 'ignore',
  });
  const hasSqlite3 = spawnSync('sqlite3', ['-version'], { stdio: 'ignore' }).status === 0;
  const hasPg = pgUrl !== 'none' && pgReachable(pgUrl);
  if (hasPg) {
    spawnSync(process.execPath, [bin, 'db', 'migrate', '--quiet'], {
      env: { ...env, KURSDESK_DB: pgUrl },
      stdio: 'ignore',
    });
    psql(pgUrl, ...EMPTY_REGISTERS);
  }

  for (const rows of sizes) {
    const csv = join(dataDir, `companies_${rows}.csv`);
    if (!existsSync(csv)) await generateCompanies(rows, csv);
    const changedCsv = join(dataDir, `companies_${rows}_1pct.csv`);
    const changedRows = await changeOnePercent(csv, changedCsv);
    const mb = (statSync(csv).size / 1e6).toFixed(1);
    console.log(`\n${rows.toLocaleString('en')} rows (${mb} MB), ${runs} interleaved runs each`);
    const parse = [];
    for (let i = 0; i < runs; i++) parse.push(await parseOnly(csv));
    console.log(
      `${'parsing alone, in a worker (read+decode+parse+checks)'.padEnd(46)} ${(median(parse) / 1000).toFixed(2)} s`,
    );

    if (hasSqlite3) {
      const db = join(work, 'import.db');
      const anchorDb = join(work, 'anchor.db');
      const schema = join(work, 'anchor.sql');
      writeFileSync(schema, anchorSchema('companies_anchor'));
      const fresh = () => {
        for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
        copyFileSync(template, db);
      };
      const ours = [];
      const threaded = [];
      const anchor = [];
      const again = [];
      const onePercent = [];
      let audited = [];
      const importInto = (file, extra = {}) =>
        timed(process.execPath, [bin, 'companies', 'import', file, '--quiet'], {
          ...env,
          KURSDESK_DB: db,
          ...extra,
        });
      for (let i = 0; i < runs; i++) {
        // The anchor goes first in every other round, so neither side always follows the other.
        const runAnchor = () => {
          rmSync(anchorDb, { force: true });
          anchor.push(
            timed(
              'sqlite3',
              [anchorDb, `.read ${schema}`, `.import --csv --skip 1 ${csv} companies_anchor`],
              env,
            ),
          );
        };
        if (i % 2 === 1) runAnchor();
        fresh();
        ours.push(importInto(csv));
        // Re-imports into the database just filled: the same file (every row unchanged), then the
        // file with 1% of rows changed (on a copy, so the next round starts from the same state).
        again.push(importInto(csv));
        const before = auditCount('sqlite', db, 'companies.update');
        onePercent.push(importInto(changedCsv));
        audited.push(auditCount('sqlite', db, 'companies.update') - before);
        if (i % 2 === 0) runAnchor();
        if (workerToo) {
          fresh();
          threaded.push(importInto(csv, { KURSDESK_IMPORT_WORKER: '1' }));
        }
      }
      line('sqlite: kursdesk companies import', ours, anchor, '.import');
      console.log(`  where the time goes (main thread): ${phases(ours)}`);
      if (workerToo) {
        line('sqlite: same, parsing in a worker thread', threaded, anchor, '.import');
        console.log(`  where the time goes (main thread): ${phases(threaded)}`);
      }
      line('sqlite: re-import, every row unchanged', again, ours, 'fresh import');
      console.log(`  where the time goes (main thread): ${phases(again)}`);
      line(`sqlite: re-import, ${changedRows} rows (1%) changed`, onePercent, ours, 'fresh import');
      console.log(`  where the time goes (main thread): ${phases(onePercent)}`);
      console.log(
        `  companies.update audit entries per run: ${audited.join(', ')} (expected ${changedRows})`,
      );
      audited = [];
    } else console.log('sqlite3 CLI not found: apt-get install -y sqlite3 for the .import anchor');

    if (hasPg) {
      const ours = [];
      const anchor = [];
      const again = [];
      const onePercent = [];
      const audited = [];
      const importInto = (file) =>
        timed(process.execPath, [bin, 'companies', 'import', file, '--quiet'], {
          ...env,
          KURSDESK_DB: pgUrl,
        });
      for (let i = 0; i < runs; i++) {
        const runAnchor = () => {
          psql(
            pgUrl,
            'drop table if exists companies_anchor',
            anchorSchema('companies_anchor'),
            'checkpoint',
          );
          anchor.push(
            timed(
              'psql',
              [
                '-X',
                '-q',
                '-v',
                'ON_ERROR_STOP=1',
                pgUrl,
                '-c',
                `\\copy companies_anchor from '${csv}' with (format csv, header true)`,
              ],
              env,
            ),
          );
          psql(pgUrl, 'drop table if exists companies_anchor');
        };
        if (i % 2 === 1) runAnchor();
        psql(pgUrl, 'truncate companies cascade', 'checkpoint');
        ours.push(importInto(csv));
        psql(pgUrl, 'checkpoint');
        again.push(importInto(csv));
        const before = auditCount('postgres', pgUrl, 'companies.update');
        onePercent.push(importInto(changedCsv));
        audited.push(auditCount('postgres', pgUrl, 'companies.update') - before);
        if (i % 2 === 0) runAnchor();
      }
      line('postgres: kursdesk companies import', ours, anchor, '\\copy');
      console.log(`  where the time goes (main thread): ${phases(ours)}`);
      line('postgres: re-import, every row unchanged', again, ours, 'fresh import');
      console.log(`  where the time goes (main thread): ${phases(again)}`);
      line(`postgres: re-import, ${changedRows} rows (1%) changed`, onePercent, ours, 'fresh import');
      console.log(`  where the time goes (main thread): ${phases(onePercent)}`);
      console.log(
        `  companies.update audit entries per run: ${audited.join(', ')} (expected ${changedRows})`,
      );
      psql(pgUrl, 'truncate companies cascade', 'drop table if exists companies_anchor');
    } else console.log(`PostgreSQL not reachable at ${pgUrl}: skipped`);
  }
  await registerLoad(env, work, template, hasPg ? pgUrl : undefined);
  rmSync(work, { recursive: true, force: true });
}

/** A Brønnøysund-style enheter CSV: quoted fields, addresses and free text with line breaks inside. */
async function generateUnits(units, path) {
  const out = createWriteStream(path);
  const write = (text) => (out.write(text) ? null : new Promise((r) => out.once('drain', r)));
  await write(
    '"organisasjonsnummer","navn","organisasjonsform.kode","organisasjonsform.beskrivelse","naeringskode1.kode","forretningsadresse.adresse","forretningsadresse.poststed","forretningsadresse.postnummer","konkurs","underAvvikling","underTvangsavviklingEllerTvangsopplosning","overordnetEnhet","aktivitet"\n',
  );
  let chunk = '';
  for (let n = 0, k = 0; n < units; ) {
    const eight = String(80000000 + ((k++ * 7919) % 20000000));
    const d = checkDigit(eight);
    if (d < 0) continue;
    n++;
    chunk += `"${eight}${d}","FIRMA ${n} AS","AS","Aksjeselskap","42.120","Gate ${n % 500}\nBygg B","OSLO","0150","${n % 97 === 0}","false","false","","Drift nr. ${n}.\nMed mer tekst."\n`;
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise((resolve) => out.end(resolve));
}

/** W9: replacing the Brønnøysund extract with 1.2 million units (no anchor: a figure and its memory). */
async function registerLoad(env, work, template, pgUrl) {
  const units = Number(process.env.KURSDESK_BENCH_UNITS ?? 1_200_000);
  if (units <= 0) return;
  const csv = join(dataDir, `enheter_${units}.csv`);
  if (!existsSync(csv)) await generateUnits(units, csv);
  console.log(
    `\nregistry import brreg, ${units.toLocaleString('en')} units (${(statSync(csv).size / 1e6).toFixed(0)} MB)`,
  );
  const db = join(work, 'register.db');
  copyFileSync(template, db);
  const sqlite = timed(process.execPath, [bin, 'registry', 'import', 'brreg', csv, '--quiet'], {
    ...env,
    KURSDESK_DB: db,
  });
  console.log(
    `${'sqlite: kursdesk registry import brreg'.padEnd(46)} ${(sqlite.ms / 1000).toFixed(2).padStart(6)} s  peak ${sqlite.rssMb.toFixed(0)} MB`,
  );
  if (pgUrl) {
    const pg = timed(process.execPath, [bin, 'registry', 'import', 'brreg', csv, '--quiet'], {
      ...env,
      KURSDESK_DB: pgUrl,
    });
    psql(pgUrl, ...EMPTY_REGISTERS);
    console.log(
      `${'postgres: kursdesk registry import brreg'.padEnd(46)} ${(pg.ms / 1000).toFixed(2).padStart(6)} s  peak ${pg.rssMb.toFixed(0)} MB`,
    );
  }
}
