// Start-up: `kursdesk --version` and `kursdesk users show`, each against `node -e 0` in the same run.
// `users show` runs twice over: on a database of one learner (start-up alone) and on a database of
// KURSDESK_BENCH_STARTUP_USERS generated learners (default 1,000,000; 0 skips it), made once with
// `fixtures generate --load` and kept in bench/.data for later runs. Goals: --version ≤ 1.3×,
// users show ≤ 2.0×.
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { paired, report, timeProcess } from './lib.mjs';

const bin = join(import.meta.dirname, '..', 'bin', 'kursdesk');
const dataDir = join(import.meta.dirname, '.data');
const BIG = Number(process.env.KURSDESK_BENCH_STARTUP_USERS ?? 1_000_000);

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
    const node = () => timeProcess(process.execPath, ['-e', '0']);
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
    report(
      'kursdesk --version',
      paired(() => timeProcess(process.execPath, [bin, '--version'], { env }), node),
      'ms',
      'node -e 0',
    );
    const show = (label, db, id, email) => {
      const withDb = { ...env, KURSDESK_DB: db };
      report(
        `kursdesk users show ${id} (${label})`,
        paired(
          () => timeProcess(process.execPath, [bin, 'users', 'show', String(id)], { env: withDb }),
          node,
        ),
        'ms',
        'node -e 0',
      );
      report(
        `kursdesk users show <e-mail> --format json (${label})`,
        paired(
          () =>
            timeProcess(process.execPath, [bin, 'users', 'show', email, '--format', 'json'], {
              env: withDb,
            }),
          node,
        ),
        'ms',
        'node -e 0',
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
