// Start-up: `kursdesk --version` and `kursdesk users show` on a small SQLite database, each against
// `node -e 0` in the same run. Goals: --version ≤ 1.3×, users show ≤ 2.5×.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { paired, report, timeProcess } from './lib.mjs';

const bin = join(import.meta.dirname, '..', 'bin', 'kursdesk');

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'kursdesk-bench-'));
  const env = {
    ...process.env,
    KURSDESK_DB: join(dir, 'bench.db'),
    KURSDESK_SECRET: 'bench-secret-0123456789abcdef',
    KURSDESK_AGENT: 'bench',
  };
  try {
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
    report(
      'kursdesk users show 1',
      paired(() => timeProcess(process.execPath, [bin, 'users', 'show', '1'], { env }), node),
      'ms',
      'node -e 0',
    );
    report(
      'kursdesk users show <e-mail> --format json',
      paired(
        () =>
          timeProcess(process.execPath, [bin, 'users', 'show', 'kari@example.no', '--format', 'json'], {
            env,
          }),
        node,
      ),
      'ms',
      'node -e 0',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
