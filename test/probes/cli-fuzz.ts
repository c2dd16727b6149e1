// A seeded fuzzer for the built bin/kursdesk: random commands with hostile arguments, options, stdin and
// files, each run as its own process against a copy of a demo or an empty database, and judged the way a
// user would judge it: an exit code outside the documented table, an internal error or stack trace, an
// 11-digit input printed back, a hang, or a database changed by a command that said it failed.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { isSyntheticNationalId } from '../../src/domain/national-id.js';

export const DOCUMENTED_EXIT_CODES: readonly number[] = [0, 1, 2, 3, 4, 5, 130, 143];

export interface CommandSpec {
  words: string[];
  args: { name: string; required: boolean }[];
  opts: { flag: string; value: string | null }[];
}

/** A small seeded generator (mulberry32), so a failing case is found again from its seed and index. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/**
 * One argument. Node decodes its own argv as UTF-8 with U+FFFD for every invalid byte (a lone surrogate's
 * CESU bytes too), so an argument of U+FFFD is exactly what a shell's invalid bytes become in the program.
 */
export type Arg = string;

export interface FuzzWorld {
  root: string;
  demoDb: string;
  emptyDb: string;
  files: Record<string, string>;
  /** Values that name real rows of the demo data (learners, companies, courses, units, certificates). */
  known: string[];
}

// Person numbers of every kind the fact sheet lists (real-looking ones only as inputs; the judge checks
// that none comes back), and near misses.
const NATIONAL_IDS = [
  '15108695088',
  '151086-95088',
  '151086 95088',
  '53097248016',
  '13527248013',
  '81234567802',
  '01912450097',
  '41912450080',
  '30108299939',
  '55102499947',
  '29020105729',
  '15108695077',
  '1510869508',
  '151086950881',
  '45014054018',
];

const ORG_NUMBERS = [
  '988077917',
  'NO 988 077 917 MVA',
  '988077918',
  '123456785',
  '912345678',
  '0192:988077917',
];

function hostileTexts(world: FuzzWorld): string[] {
  const f = world.files;
  return [
    '',
    ' ',
    '-',
    '--',
    '---',
    '-1',
    '0',
    '1.5',
    '-0',
    '1e309',
    'NaN',
    'Infinity',
    '0x1F',
    '99999999999999999999999',
    '9007199254740993',
    '2026-02-30',
    '31.12.9999',
    '0000-00-00',
    '1y',
    '-5d',
    'x'.repeat(2_001),
    'æøå'.repeat(700),
    'a\nb',
    'a\rb',
    '\t',
    '\u001b]0;pwned\u0007',
    '\u202e',
    '\ud800',
    '\udfff',
    'x\ud83d',
    '😀',
    'İı',
    "'; drop table users; --",
    '%s%n%x',
    `$${'{'}HOME}`, // a shell variable the shell did not expand
    '../../../../etc/passwd',
    'a@b',
    '@',
    'ola@',
    'ola.nordmann@firma.no',
    `${'A'.repeat(65)}@x.no`,
    'json',
    'yaml',
    'nb',
    'en',
    'full',
    'driver',
    'free',
    'activation',
    'reset',
    'bash',
    'demo',
    '--help',
    '--version',
    '--format',
    '--db',
    '--yes',
    '--dry-run',
    f.dir as string,
    f.missing as string,
    f.empty as string,
    f.binary as string,
    f.latin1 as string,
    f.longLine as string,
    f.nulCsv as string,
    f.devNull as string,
    f.devFull as string,
    `${f.dir}/`,
    ...NATIONAL_IDS,
    ...ORG_NUMBERS,
    ...world.known,
  ];
}

/** What `$'\xff\xfe'`, `$'\xc3'`, `$'\xed\xa0\x80'` and a Latin-1 `Bj\xf8rn` arrive as. */
const RAW_ARGS: string[] = ['\ufffd\ufffd', '\ufffd', '\ufffd\ufffd\ufffd', 'Bj\ufffdrn', '98807791\ufffd'];

function argOf(rng: Rng, world: FuzzWorld): Arg {
  if (rng.chance(0.06)) return rng.pick(RAW_ARGS);
  return rng.pick(hostileTexts(world));
}

/** 'closed': Node reopens a closed fd 0 on /dev/null, so a closed stdin and /dev/null are one case. */
export type StdinMode = 'empty' | 'closed' | 'binary' | 'text' | 'ids';

export interface FuzzCase {
  index: number;
  database: 'demo' | 'empty' | 'missing';
  argv: Arg[];
  stdin: StdinMode;
}

/** A value that fits what an argument or option is called, so a run gets past parsing into the workflow. */
function plausible(rng: Rng, world: FuzzWorld, name: string): Arg {
  const k = world.known;
  const pickKnown = (re: RegExp, fallback: string) => {
    const fits = k.filter((v) => re.test(v));
    return fits.length > 0 ? rng.pick(fits) : fallback;
  };
  const n = name.toLowerCase();
  if (/learner|user|email|contact-email|invoice-email/.test(n))
    return rng.chance(0.7) ? pickKnown(/@/, 'ola@firma.no') : rng.pick(NATIONAL_IDS);
  if (/national-id/.test(n)) return rng.pick(NATIONAL_IDS);
  if (/register/.test(n)) return rng.pick(['brreg', 'elma', 'bisnode']);
  if (n === 'kind') return rng.pick(['test', 'production', 'staging']);
  if (n === 'command') return rng.pick(['setup', 'grant', 'show', 'drop']);
  if (n === 'key') return rng.pick(['db', 'portal_url', 'smtp_url', 'lang', 'agent', 'nope']);
  // Outputs go to the run's own folder (its working directory) or to places that cannot take them; the
  // shared input files are never overwritten.
  if (/--out|--errors/.test(n))
    return rng.pick([
      'out.json',
      'out.pdf',
      'out.csv',
      'dump/',
      '-',
      world.files.dir,
      world.files.missing,
      '/dev/full',
      '/dev/null',
    ] as string[]);
  if (/^(file|csv|files|dir\|name|token\|url\|-)$/.test(n) || /--file|--public-key/.test(n))
    return rng.pick(Object.values(world.files));
  if (/orgnr|employer|--to|--from|register\b|org/.test(n))
    return rng.chance(0.7) ? pickKnown(/^\d{9}$/, '988077917') : rng.pick(ORG_NUMBERS);
  if (/birthdate|date|issued|due|as-of|anchor/.test(n))
    return rng.pick(['1993-01-14', '14.01.1993', '2026-12-24', '29.02.2023', '2026-13-01']);
  if (/course|programme|code/.test(n)) return pickKnown(/^[A-Z]{2,4}-?\d+$/, 'SIK-100');
  if (/unit|seats|limit|users|seed|score|offset|id/.test(n))
    return rng.pick(['1', '2', '5', '0', '-1', '3.5', '1e3', '100000000']);
  if (/certificate|number/.test(n)) return pickKnown(/^KB-/, 'KB-XXXX-XXXX-XXXX-XXXX');
  if (/type/.test(n)) return rng.pick(['free', 'full', 'driver', 'pilot']);
  if (/lang|reply/.test(n)) return rng.pick(['nb', 'nn', 'en', 'sv']);
  if (/kind/.test(n)) return rng.pick(['activation', 'reset', 'classroom', 'e-learning']);
  if (/within|inactive|expired|mail-bodies|links/.test(n))
    return rng.pick(['30d', '5y', '2w', '0d', '-3d', '12']);
  if (/out|file|dir|csv|files|public-key/.test(n)) return rng.pick(Object.values(world.files));
  if (/status/.test(n))
    return rng.pick(['active', 'pending', 'disabled', 'queued', 'sent', 'failed', 'inactive']);
  if (/shell/.test(n)) return rng.pick(['bash', 'zsh', 'fish', 'tcsh']);
  if (/key/.test(n)) return rng.pick(['db', 'agent', 'lang', 'portal-url', 'nope']);
  // Free text a learner wrote may carry their national ID; what is kept and shown must mask it.
  if (/text|note|reason|ref|place|value|name/.test(n) && rng.chance(0.25))
    return `${rng.pick(['fnr', 'Ola', 'sak', ''])} ${rng.pick(NATIONAL_IDS)}`.trim();
  if (/name|text|street|city|note|reason|ref|place|value|missing|topic/.test(n))
    return rng.pick(['Ola Nordmann', 'sikkerhet', 'Storgata 1', 'Oslo', 'R-42', 'login']);
  if (/postal/.test(n)) return rng.pick(['0150', '9999', '01', 'abcd']);
  if (/phone/.test(n)) return rng.pick(['+47 912 34 567', '112', '58123456']);
  if (/encoding/.test(n)) return rng.pick(['utf-8', 'latin1', 'cp1252', 'ebcdic']);
  if (/delimiter/.test(n)) return rng.pick([',', ';', '\t', '', ',,']);
  if (/depot|licence|scope|deliver|errors/.test(n))
    return rng.pick(['Oslo', 'L-1', 'all', 'smtp', 'reject.csv']);
  return rng.pick(hostileTexts(world));
}

const GLOBAL_OPTIONS = ['--format', '--fields', '--agent', '--ticket', '--db', '--profile'];
const GLOBAL_FLAGS = ['--yes', '--quiet', '--no-color', '--wide', '--no-pager', '--dry-run'];

/** A random command line: a known verb with mostly fitting, partly hostile arguments. */
export function makeCase(rng: Rng, world: FuzzWorld, specs: readonly CommandSpec[], index: number): FuzzCase {
  const spec = rng.pick(specs);
  const argv: Arg[] = [...spec.words];
  const value = (name = ''): Arg => (rng.chance(0.8) ? plausible(rng, world, name) : argOf(rng, world));
  for (const a of spec.args) if (a.required || rng.chance(0.5)) argv.push(value(a.name));
  const extra = rng.int(4);
  if (rng.chance(0.5)) argv.push('--yes');
  for (let i = 0; i < extra; i++) {
    const o = rng.pick(
      spec.opts.length > 0 && rng.chance(0.8) ? spec.opts : [{ flag: rng.pick(GLOBAL_FLAGS), value: null }],
    );
    argv.push(o.flag);
    if (o.value !== null || rng.chance(0.05)) argv.push(value(o.flag));
    if (rng.chance(0.05)) argv.push(o.flag, value(o.flag)); // repeated
  }
  if (rng.chance(0.5))
    argv.push('--format', rng.pick(['json', 'yaml', 'csv', 'ids', 'count', 'table', 'json', 'yaml', 'xml']));
  if (rng.chance(0.1)) argv.push(rng.pick(GLOBAL_OPTIONS), value());
  if (rng.chance(0.05)) argv.push('--', value());
  if (rng.chance(0.05)) argv.splice(rng.int(argv.length + 1), 0, argOf(rng, world));
  return {
    index,
    database: rng.chance(0.75) ? 'demo' : rng.chance(0.7) ? 'empty' : 'missing',
    argv,
    stdin: rng.pick(['empty', 'closed', 'binary', 'text', 'ids'] as const),
  };
}

/** The command line as a person would read it in a report: raw bytes escaped, national IDs masked. */
export function describeCase(c: FuzzCase): string {
  const shown = c.argv.map((s) => {
    const masked = s.replace(/\d{6}([ .-]?)\d{5}/g, (m) => `${m.slice(0, 6)} *****`);
    const clipped = masked.length > 60 ? `${masked.slice(0, 20)}…(${masked.length} chars)` : masked;
    return JSON.stringify(clipped);
  });
  return `#${c.index} [${c.database} db, stdin ${c.stdin}] kursdesk ${shown.join(' ')}`;
}

/** Sets up the folder a fuzz run works in: a demo database, an empty one and the hostile files. */
export function makeWorld(root: string, demoSource: string, emptySource: string, known: string[]): FuzzWorld {
  mkdirSync(root, { recursive: true });
  const files: Record<string, string> = {
    dir: join(root, 'a-directory'),
    missing: join(root, 'no-such-folder', 'file.csv'),
    empty: join(root, 'empty.csv'),
    binary: join(root, 'binary.csv'),
    latin1: join(root, 'latin1.csv'),
    longLine: join(root, 'long-line.csv'),
    nulCsv: join(root, 'nul.csv'),
    devNull: '/dev/null',
    devFull: '/dev/full',
    idsCsv: join(root, 'ids.csv'),
    mail: join(root, 'ticket.eml'),
    selectors: join(root, 'learners.txt'),
  };
  // Files that carry national IDs where other data belongs: nothing read from them may be printed back.
  writeFileSync(
    files.idsCsv as string,
    'org_number,name,contact_phone,contact_email\n15108695077,Firma AS,15108695088,a@b.no\n988077917,"=HYPERLINK(""x"")",151086-95088,x\n',
  );
  writeFileSync(
    files.mail as string,
    'From: Ola <ola@firma.no>\nSubject: glemt passord\nContent-Type: text/plain; charset=utf-8\n\nHei, mitt fødselsnummer er 15108695077 og D-nummer 530972 48016. Org.nr 988077917.\n',
  );
  writeFileSync(files.selectors as string, '15108695077\n151086-95088\n53097248016\n\u0000\n');
  mkdirSync(files.dir as string, { recursive: true });
  writeFileSync(files.empty as string, '');
  const rng = new Rng(7);
  writeFileSync(files.binary as string, Buffer.from(Array.from({ length: 4096 }, () => rng.int(256))));
  writeFileSync(
    files.latin1 as string,
    Buffer.from('org_number;name\n988077917;Bj\xf8rn\xf8ya AS\n', 'latin1'),
  );
  writeFileSync(files.longLine as string, `${'x'.repeat(1_000_000)}\n`);
  writeFileSync(files.nulCsv as string, 'org_number,name\n988077917,A\u0000B\n');
  return { root, demoDb: demoSource, emptyDb: emptySource, files, known };
}

export interface FuzzRun {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/** Runs in `cwd` (the run's own folder): an --out or --errors of a bare name writes a file there. */
export function runCase(
  c: FuzzCase,
  bin: string,
  env: Record<string, string>,
  dbPath: string,
  timeoutMs: number,
  cwd: string,
): Promise<FuzzRun> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...c.argv], {
      env: { ...env, KURSDESK_DB: dbPath },
      cwd,
      stdio: [c.stdin === 'closed' ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout?.on('data', (d) => {
      if (stdout.length < 2_000_000) stdout += String(d);
    });
    child.stderr?.on('data', (d) => {
      if (stderr.length < 2_000_000) stderr += String(d);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started, timedOut });
    });
    if (!child.stdin) return;
    child.stdin.on('error', () => {}); // the program may close stdin without reading it
    if (c.stdin === 'binary')
      child.stdin.end(Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 37 + 11) % 256)));
    else if (c.stdin === 'text') child.stdin.end('Hei, jeg har glemt passordet mitt.\nOla Nordmann\n');
    else if (c.stdin === 'ids') child.stdin.end('15108695088\n988077917\n\u0000\n');
    else child.stdin.end();
  });
}

/**
 * What "the database is as it was" means to a user: every table's rows as one digest, and the actions
 * of the audit log apart, because one action is audited before its outcome by design (an access to
 * personal data: privacy export records the read even when the file then cannot be written).
 */
export interface DatabaseState {
  data: string;
  auditActions: string[];
}

/** Audit actions that may be appended by a command that then fails. */
const AUDITED_BEFORE_OUTCOME = new Set(['privacy.export']);

export function databaseState(path: string): DatabaseState | null {
  if (!existsSync(path)) return null;
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const hash = createHash('sha256');
    const tables = db
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
      )
      .all() as { name: string }[];
    for (const { name } of tables) {
      if (name === 'audit_log' || name === 'audit_personal') continue;
      hash.update(`\u0000${name}\u0000`);
      for (const row of db
        .prepare(`select * from "${name.replace(/"/g, '""')}"`)
        .raw()
        .iterate())
        hash.update(
          JSON.stringify(row, (_, v) =>
            typeof v === 'bigint' ? String(v) : Buffer.isBuffer(v) ? v.toString('hex') : v,
          ),
        );
    }
    const auditActions = db.prepare('select action from audit_log order by id').pluck().all() as string[];
    return { data: hash.digest('hex'), auditActions };
  } finally {
    db.close();
  }
}

/** How a failed command changed the database, or null when it left it as it was. */
export function changeAfterFailure(before: DatabaseState, after: DatabaseState | null): string | null {
  if (after === null) return 'the database file is gone';
  if (after.data !== before.data) return 'rows changed';
  const same = before.auditActions.every((a, i) => after.auditActions[i] === a);
  const added = after.auditActions.slice(before.auditActions.length);
  if (!same || after.auditActions.length < before.auditActions.length) return 'the audit log was rewritten';
  const unexpected = added.filter((a) => !AUDITED_BEFORE_OUTCOME.has(a));
  return unexpected.length > 0 ? `audit entries added: ${unexpected.join(', ')}` : null;
}

/** The person numbers the fuzzer plants in arguments, stdin and files; none is in the demo data. */
const PLANTED = [
  '15108695088',
  '15108695077',
  '53097248016',
  '13527248013',
  '30108299939',
  '55102499947',
  '29020105729',
  '45014054018',
];

/** Eleven-digit runs in the arguments and stdin (with an optional separator after the date part), and the planted ones. */
function elevenDigitInputs(c: FuzzCase): string[] {
  const text = c.argv.join('\n');
  const typed = [...text.matchAll(/(?<!\d)(\d{6})[ .-]?(\d{5})(?!\d)/g)].map((m) => `${m[1]}${m[2]}`);
  return [...new Set([...PLANTED, ...typed])];
}

// "internal error" alone would match the help text ("stack traces for internal errors").
const INTERNAL =
  /kursdesk: internal error|\(a bug;|bug report|\n\s+at .+:\d+:\d+\)?|\b(?:TypeError|ReferenceError|RangeError|SyntaxError)\b|Unhandled|ERR_[A-Z_]{4,}/;

/** What is wrong with a run, or an empty list. */
export function judge(
  c: FuzzCase,
  run: FuzzRun,
  before: DatabaseState | null,
  after: DatabaseState | null,
  written = '',
): string[] {
  const problems: string[] = [];
  if (run.timedOut) problems.push(`hang: no exit after ${run.ms} ms`);
  else if (run.code === null) problems.push(`killed by ${run.signal}`);
  else if (!DOCUMENTED_EXIT_CODES.includes(run.code)) problems.push(`exit code ${run.code}`);
  const both = `${run.stdout}\n${run.stderr}`;
  const everything = `${both}\n${written}`;
  const internal = INTERNAL.exec(both);
  if (internal)
    problems.push(
      `internal error or stack: ${JSON.stringify(both.slice(Math.max(0, internal.index - 80), internal.index + 120))}`,
    );
  for (const id of elevenDigitInputs(c)) {
    if (isSyntheticNationalId(id)) continue;
    const spaced = new RegExp(`${id.slice(0, 6)}[ .-]?${id.slice(6)}`);
    if (spaced.test(both)) problems.push(`an 11-digit input was printed back (${id.slice(0, 6)} *****)`);
    else if (spaced.test(everything))
      problems.push(`an 11-digit input was written to a file (${id.slice(0, 6)} *****)`);
  }
  if (run.code !== 0 && !run.timedOut && before !== null) {
    const change = changeAfterFailure(before, after);
    if (change) problems.push(`exit ${run.code}, yet the database changed: ${change}`);
  }
  return problems;
}

/** The text of every file a run wrote in its folder (reports, exports, dumps), its database and homes aside. */
function filesWritten(dir: string): string {
  let text = '';
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (
        folder === dir &&
        (entry.name.startsWith('x.db') || entry.name === 'data' || entry.name === 'cache')
      )
        continue;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && text.length < 5_000_000) text += `${readFileSync(path, 'latin1')}\n`;
    }
  };
  walk(dir);
  return text;
}

export interface FuzzFinding {
  case: string;
  problems: string[];
  stderr: string;
  code: number | null;
}

export interface FuzzOptions {
  bin: string;
  env: Record<string, string>;
  world: FuzzWorld;
  specs: readonly CommandSpec[];
  seed: number;
  budgetMs: number;
  maxRuns: number;
  parallel: number;
  timeoutMs: number;
  /** Checks the database digest after refused runs (costs a digest before and after each demo run). */
  checkDatabase: boolean;
  /** A file to append one line per run to (exit code, time, command line, first line of stderr). */
  log?: string;
}

/** Runs cases until the budget or the run count is spent; returns what went wrong and how much ran. */
export async function fuzz(
  options: FuzzOptions,
): Promise<{ runs: number; findings: FuzzFinding[]; codes: Record<string, number> }> {
  const rng = new Rng(options.seed);
  const deadline = Date.now() + options.budgetMs;
  const findings: FuzzFinding[] = [];
  const codes: Record<string, number> = {};
  let next = 0;
  const demoState = options.checkDatabase ? databaseState(options.world.demoDb) : null;
  const emptyState = options.checkDatabase ? databaseState(options.world.emptyDb) : null;
  const worker = async (slot: number) => {
    while (Date.now() < deadline && next < options.maxRuns) {
      const index = next++;
      const c = makeCase(rng, options.world, options.specs, index);
      const dir = join(options.world.root, `slot-${slot}`);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const dbPath = join(dir, 'x.db');
      if (c.database === 'demo') copyFileSync(options.world.demoDb, dbPath);
      if (c.database === 'empty') copyFileSync(options.world.emptyDb, dbPath);
      const env = { ...options.env, XDG_DATA_HOME: join(dir, 'data'), XDG_CACHE_HOME: join(dir, 'cache') };
      const run = await runCase(c, options.bin, env, dbPath, options.timeoutMs, dir);
      codes[String(run.code)] = (codes[String(run.code)] ?? 0) + 1;
      const before = c.database === 'demo' ? demoState : c.database === 'empty' ? emptyState : null;
      const after =
        options.checkDatabase && before !== null && run.code !== 0 ? databaseState(dbPath) : before;
      const problems = judge(c, run, before, after, filesWritten(dir));
      if (options.log)
        appendFileSync(
          options.log,
          `${run.code}\t${run.ms}\t${describeCase(c)}\t${run.stderr.split('\n')[0]?.slice(0, 200)}\n`,
        );
      if (problems.length > 0)
        findings.push({ case: describeCase(c), problems, stderr: run.stderr.slice(0, 400), code: run.code });
    }
  };
  await Promise.all(Array.from({ length: options.parallel }, (_, i) => worker(i)));
  return { runs: next, findings, codes };
}

export function readSpecs(path: string): CommandSpec[] {
  return JSON.parse(readFileSync(path, 'utf8')) as CommandSpec[];
}
