// `kursdesk enrol` as a whole process (the built bin) on a SQLite database holding the demo data set,
// against `node -e 0` measured in the same run, interleaved. Goal (issue 9): ≤ 2.5×. Each timed enrol
// is followed by an untimed unenrol, so every run books the same seat again.
//
// Learner 301 of the demo set (Kari Nordmann, full account at Bane og Signal Norge) books the first
// future unit with seats that her account may book; the demo's units are dated, so which one it is
// depends on the day the bench runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { paired, report, timeProcess } from './lib.mjs';

const bin = join(import.meta.dirname, '..', 'bin', 'kursdesk');
const LEARNER = '301';

/** The first unit with seats left that the learner may book (tried with an enrol and an unenrol). */
function bookableUnit(env) {
  const kd = (...args) =>
    spawnSync(process.execPath, [bin, ...args, '--quiet'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const listed = kd('units', 'list', '--available', '--format', 'ids');
  const units = String(listed.stdout).split('\n').filter(Boolean);
  for (const unit of units) {
    if (kd('enrol', LEARNER, unit).status !== 0) continue;
    if (kd('unenrol', LEARNER, unit).status !== 0) throw new Error(`could not unenrol from unit ${unit}`);
    return unit;
  }
  throw new Error(
    `no future unit of the demo set has a seat learner ${LEARNER} may book: the demo's dates have passed`,
  );
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'kursdesk-bench-enrol-'));
  const env = {
    ...process.env,
    KURSDESK_DB: join(dir, 'demo.db'),
    KURSDESK_SECRET: 'bench-secret-0123456789abcdef',
    KURSDESK_AGENT: 'bench',
  };
  const kursdesk = (...args) => timeProcess(process.execPath, [bin, ...args, '--quiet'], { env });
  try {
    kursdesk('fixtures', 'load', 'demo', '--yes');
    const UNIT = bookableUnit(env);
    const node = () => timeProcess(process.execPath, ['-e', '0']);
    const enrol = () => {
      const ms = kursdesk('enrol', LEARNER, UNIT);
      kursdesk('unenrol', LEARNER, UNIT);
      return ms;
    };
    report(`kursdesk enrol ${LEARNER} ${UNIT} (demo, SQLite)`, paired(enrol, node), 'ms', 'node -e 0');
    report(
      `kursdesk waitlist 17 (demo, SQLite)`,
      paired(() => kursdesk('waitlist', '17'), node),
      'ms',
      'node -e 0',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
