// `users find` (W1) on generated learners (BENCH_FIND_USERS, default 1,000,000), SQLite and PostgreSQL:
// an evaluation set of realistic requests built from the generated data (typos, swapped names, old and
// other-domain e-mails, common names, a day-month swap, short names with a slip, words joined by a slip,
// two slips in a five-letter name, and people who are not there), with the person first, first with a
// sure verdict, "likely" given when the person is absent, how often the
// true account is missed, and median/p90 latency in-process, beside an exact indexed e-mail lookup
// measured in the same run, interleaved with the requests on the same connection and warmed like them; plus the whole `kursdesk users find` process against `node -e 0`.
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { median, paired, report, timeProcess } from './lib.mjs';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'kursdesk');
const USERS = Number(process.env.BENCH_FIND_USERS ?? 1_000_000);
const CASES = Number(process.env.BENCH_FIND_CASES ?? 300);
const PG_BASE = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SECRET = 'bench-secret-0123456789abcdef';

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One or two typos of the kinds people make: a wrong letter, a missing one, two swapped. */
function typo(word, random, count = 1) {
  let w = word;
  for (let i = 0; i < count; i++) {
    if (w.length < 4) return w;
    const p = 1 + Math.floor(random() * (w.length - 2));
    const kind = Math.floor(random() * 3);
    if (kind === 0) w = w.slice(0, p) + 'aeiounrst'[Math.floor(random() * 9)] + w.slice(p + 1);
    else if (kind === 1) w = w.slice(0, p) + w.slice(p + 1);
    else w = w.slice(0, p - 1) + w[p] + w[p - 1] + w.slice(p + 1);
  }
  return w;
}

async function readJsonl(file, each) {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) if (line) each(JSON.parse(line));
}

/** A slip that joins two words: the space dropped, or a letter typed for it. */
function joinWithSlip(a, b, random) {
  return random() < 0.5 ? `${a}${b}` : `${a}${'rtsne'[Math.floor(random() * 5)]}${b}`;
}

/** A short word with one slip: two letters swapped, or one letter changed (never the first). */
function shortSlip(word, random) {
  const p = 1 + Math.floor(random() * (word.length - 1));
  if (random() < 0.5) return word.slice(0, p - 1) + word[p] + word[p - 1] + word.slice(p + 1);
  const letters = 'aeiouyrnst'.replace(word[p], '');
  return word.slice(0, p) + letters[Math.floor(random() * letters.length)] + word.slice(p + 1);
}

const fold = (s) => s.toLowerCase().normalize('NFKC');

async function evaluationSet(dir) {
  const random = rng(20261125);
  const wanted = new Set();
  while (wanted.size < CASES) wanted.add(1 + Math.floor(random() * USERS));
  const users = new Map();
  // Extra people for the classes issue 19 names (short given names, five-letter family names), and
  // every name + birth date on file, so an "absent" request is known to be absent.
  const short = [];
  const fiveLetter = [];
  const onFile = new Set();
  const namesOnFile = new Set();
  const givenNames = new Set();
  const familyNames = new Set();
  await readJsonl(join(dir, 'users.jsonl'), (u) => {
    if (wanted.has(u.id)) users.set(u.id, u);
    onFile.add(`${fold(u.given_names)}|${fold(u.family_name)}|${u.birth_date}`);
    namesOnFile.add(`${fold(u.given_names)}|${fold(u.family_name)}`);
    if (givenNames.size < 5000) givenNames.add(u.given_names);
    if (familyNames.size < 5000) familyNames.add(u.family_name);
    const first = u.given_names.split(/[ -]/)[0];
    if (first.length <= 3 && short.length < CASES / 3 && random() < 0.01) short.push(u);
    if (/^\p{L}{5}$/u.test(u.family_name) && fiveLetter.length < CASES / 3 && random() < 0.01)
      fiveLetter.push(u);
  });
  const earlier = new Map();
  await readJsonl(join(dir, 'email_history.jsonl'), (h) => {
    if (users.has(h.user_id) && h.email !== users.get(h.user_id).email) earlier.set(h.user_id, h.email);
  });
  const cases = [];
  for (const u of users.values()) {
    const name = `${u.given_names} ${u.family_name}`;
    const local = u.email.slice(0, u.email.indexOf('@'));
    const family = u.family_name.split(/[ -]/).at(-1);
    cases.push({
      kind: 'exact name + birth date + current e-mail',
      expectedId: u.id,
      request: { name, birthDate: u.birth_date, emails: [u.email] },
    });
    cases.push({
      kind: 'swapped, one typo + birth date + other-domain e-mail',
      expectedId: u.id,
      request: {
        name: `${typo(family, random)} ${u.given_names}`,
        birthDate: u.birth_date,
        emails: [`${local}@gmail.com`],
      },
    });
    if (earlier.has(u.id)) {
      cases.push({
        kind: 'name + birth date + earlier e-mail',
        expectedId: u.id,
        request: { name, birthDate: u.birth_date, emails: [earlier.get(u.id)] },
      });
    }
    const swapped = `${u.birth_date.slice(0, 4)}-${u.birth_date.slice(8, 10)}-${u.birth_date.slice(5, 7)}`;
    if (Number(u.birth_date.slice(8, 10)) <= 12 && swapped !== u.birth_date) {
      cases.push({
        kind: 'name + day-month swapped birth date',
        expectedId: u.id,
        request: { name, birthDate: swapped, emails: [] },
      });
    }
    cases.push({
      kind: 'name alone, one typo',
      expectedId: u.id,
      request: { name: `${u.given_names} ${typo(u.family_name, random)}`, emails: [] },
    });
    cases.push({
      kind: 'name alone, two typos',
      expectedId: u.id,
      request: { name: `${typo(u.given_names, random)} ${typo(u.family_name, random)}`, emails: [] },
    });
    cases.push({
      kind: 'name alone, words joined by a slip',
      expectedId: u.id,
      request: { name: joinWithSlip(u.given_names.split(' ').at(-1), family, random), emails: [] },
    });
  }
  for (const u of short) {
    const [first, ...rest] = u.given_names.split(' ');
    cases.push({
      kind: 'short given name with one slip + birth date',
      expectedId: u.id,
      request: {
        name: `${[shortSlip(first, random), ...rest].join(' ')} ${u.family_name}`,
        birthDate: u.birth_date,
        emails: [],
      },
    });
  }
  for (const u of fiveLetter) {
    cases.push({
      kind: 'five-letter family name with two slips + birth date',
      expectedId: u.id,
      request: {
        name: `${u.given_names} ${typo(u.family_name, random, 2)}`,
        birthDate: u.birth_date,
        emails: [],
      },
    });
  }
  // People who are not there: a given and a family name on file put together, on a day nobody with that
  // name was born. No account may be called likely or verified for them.
  const givens = [...givenNames];
  const families = [...familyNames];
  let absent = 0;
  while (absent < CASES / 5) {
    const given = givens[Math.floor(random() * givens.length)];
    const familyName = families[Math.floor(random() * families.length)];
    const year = 1960 + Math.floor(random() * 45);
    const day = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    // Absent means absent: nobody of that name born that day, or on the day with day and month swapped;
    // for a request by name alone, nobody of that name at all.
    const name = `${fold(given)}|${fold(familyName)}`;
    const swappedDay = `${day.slice(0, 4)}-${day.slice(8, 10)}-${day.slice(5, 7)}`;
    if (onFile.has(`${name}|${day}`) || onFile.has(`${name}|${swappedDay}`)) continue;
    absent++;
    cases.push({
      kind: 'absent: name + birth date',
      expectedId: -1,
      request: { name: `${given} ${familyName}`, birthDate: day, emails: [] },
    });
    if (namesOnFile.has(name)) continue;
    cases.push({
      kind: 'absent: name alone',
      expectedId: -1,
      request: { name: `${given} ${familyName}`, emails: [] },
    });
  }
  return { cases, emails: [...users.values()].map((u) => u.email), sample: [...users.values()][0] };
}

function summarise(label, results, anchorTimes) {
  const kinds = [...new Set(results.map((r) => r.kind))];
  const anchor = median(anchorTimes);
  const pct = (n, d) => `${((n / Math.max(1, d)) * 100).toFixed(1)}%`;
  console.log(`${label}: exact e-mail lookup (anchor) median ${anchor.toFixed(3)} ms`);
  for (const kind of kinds) {
    const rs = results.filter((r) => r.kind === kind);
    const times = rs.map((r) => r.ms).sort((a, b) => a - b);
    const p90 = times[Math.floor(times.length * 0.9)] ?? 0;
    const timing = `n=${String(rs.length).padStart(4)}  median ${median(times).toFixed(1).padStart(6)} ms  p90 ${p90.toFixed(1).padStart(6)} ms  (${(median(times) / anchor).toFixed(0)}× anchor)`;
    if (kind.startsWith('absent')) {
      const likely = rs.filter((r) => r.verdict === 'likely').length;
      const verified = rs.filter((r) => r.verdict === 'verified').length;
      console.log(
        `  ${kind.padEnd(54)} ${timing}  likely for someone else ${likely}  verified for someone else ${verified}`,
      );
      continue;
    }
    const first = rs.filter((r) => r.rank === 1).length;
    const firstSure = rs.filter(
      (r) => r.rank === 1 && (r.verdict === 'verified' || r.verdict === 'likely'),
    ).length;
    const wrongVerified = rs.filter((r) => r.verdict === 'verified' && r.top !== r.expectedId).length;
    const found = rs.filter((r) => r.rank !== null && r.rank <= 10).length;
    const among = rs.filter((r) => r.rank !== null).length;
    const ambiguous = rs.filter((r) => r.verdict === 'ambiguous').length;
    console.log(
      `  ${kind.padEnd(54)} ${timing}  first ${pct(first, rs.length)}  first+verified/likely ${pct(firstSure, rs.length)}  top 10 ${pct(found, rs.length)}  among candidates (≤100) ${pct(among, rs.length)}  ambiguous ${pct(ambiguous, rs.length)}  verified wrong ${wrongVerified}`,
    );
  }
  const present = results.filter((r) => !r.kind.startsWith('absent'));
  const absent = results.filter((r) => r.kind.startsWith('absent'));
  console.log(
    `  all present (n=${present.length}): person first ${pct(present.filter((r) => r.rank === 1).length, present.length)}, first with verified or likely ${pct(present.filter((r) => r.rank === 1 && (r.verdict === 'verified' || r.verdict === 'likely')).length, present.length)}, verified for the wrong person ${present.filter((r) => r.verdict === 'verified' && r.top !== r.expectedId).length}; absent (n=${absent.length}): likely or verified for someone ${absent.filter((r) => r.verdict === 'likely' || r.verdict === 'verified').length}`,
  );
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'kursdesk-find-bench-'));
  const env = {
    ...process.env,
    KURSDESK_SECRET: SECRET,
    KURSDESK_AGENT: 'bench',
    XDG_DATA_HOME: dir,
    XDG_CONFIG_HOME: dir,
  };
  const schema = `kd_find_bench_${process.pid}`;
  const pgUrl = `${PG_BASE}${PG_BASE.includes('?') ? '&' : '?'}schema=${schema}`;
  try {
    const data = join(dir, 'data');
    const sh = (args, extraEnv = {}) => {
      const r = spawnSync(process.execPath, [bin, ...args], {
        env: { ...env, ...extraEnv },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      if (r.status !== 0) throw new Error(`kursdesk ${args.join(' ')}: ${String(r.stderr)}`);
    };
    console.log(
      `generating ${USERS.toLocaleString('en')} learners and loading them into SQLite and PostgreSQL …`,
    );
    sh([
      'fixtures',
      'generate',
      '--users',
      String(USERS),
      '--seed',
      'find-bench',
      '--out',
      data,
      '--scope',
      'people',
      '--quiet',
    ]);
    const sqlitePath = join(dir, 'find.db');
    sh(['fixtures', 'load', data, '--db', sqlitePath, '--quiet', '--yes']);
    sh(['db', 'migrate', '--db', pgUrl, '--quiet']);
    sh(['fixtures', 'load', data, '--db', pgUrl, '--quiet', '--yes']);
    const { cases, emails, sample } = await evaluationSet(data);

    // Inside the project, so the bundle's external packages resolve from node_modules.
    const driver = join(root, 'bench', '.data', `find-driver-${process.pid}.mjs`);
    await build({
      entryPoints: [join(import.meta.dirname, 'drivers', 'find.ts')],
      outfile: driver,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      external: ['better-sqlite3', 'pg-native', '@electric-sql/*'],
      banner: {
        js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);",
      },
      logLevel: 'warning',
      absWorkingDir: root,
      nodePaths: [join(root, 'node_modules')],
    });
    const { runCases } = await import(driver);
    for (const [label, url] of [
      ['sqlite', sqlitePath],
      ['postgres', pgUrl],
    ]) {
      const { results, anchor } = await runCases(url, SECRET, cases, emails);
      summarise(`${label}, ${USERS.toLocaleString('en')} learners, in-process`, results, anchor);
    }
    const args = [
      'users',
      'find',
      '--name',
      `${sample.given_names} ${sample.family_name}`,
      '--birthdate',
      sample.birth_date,
      '--db',
      sqlitePath,
      '--quiet',
    ];
    report(
      'kursdesk users find (whole process, sqlite)',
      paired(
        () => timeProcess(process.execPath, [bin, ...args], { env }),
        () => timeProcess(process.execPath, ['-e', '0']),
      ),
      'ms',
      'node -e 0',
    );
  } finally {
    spawnSync('psql', [PG_BASE.replace(/\?.*$/, ''), '-qc', `drop schema if exists ${schema} cascade`], {
      stdio: 'ignore',
    });
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(root, 'bench', '.data', `find-driver-${process.pid}.mjs`), { force: true });
  }
}
