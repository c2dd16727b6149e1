// `kursdesk enrol` as a whole process (the built bin) on a SQLite database holding the demo data set,
// against `node -e 0` measured in the same run, interleaved. Goal (issue 9): ≤ 2.5×. Each timed enrol
// is followed by an untimed unenrol, so every run books the same seat again.
//
// The demo set's units are dated 2027: unit 13 (KL-200, from 2027-04-03, 24 seats) is the one booked;
// learner 301 (Kari Nordmann, full account at Bane og Signal Norge) may book it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { paired, report, timeProcess } from './lib.mjs';

const bin = join(import.meta.dirname, '..', 'bin', 'kursdesk');
const LEARNER = '301';
const UNIT = '13';

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
