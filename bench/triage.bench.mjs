// Triage (W18): accuracy on the labelled set (test/triage/tickets), one ticket as a whole process
// against `node -e 0` in the same run (goal ≤ 2.5×), and 10,000 tickets from a generated mbox (goal < 10 s,
// printed beside `wc -l` reading the same file as the floor of touching every byte).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { paired, report, timeProcess } from './lib.mjs';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'kursdesk');
const tickets = join(root, 'test', 'triage', 'tickets');

async function testSide() {
  // Bundled under node_modules so mailparser and yaml resolve as they do for the program.
  const dir = join(root, 'node_modules', '.cache', `kursdesk-triage-bench-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'bench-entry.mjs');
  await build({
    entryPoints: [join(root, 'test', 'triage', 'bench-entry.ts')],
    outfile: file,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return { module: await import(file), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function run() {
  const side = await testSide();
  const dir = mkdtempSync(join(tmpdir(), 'kursdesk-triage-bench-'));
  const env = { ...process.env, KURSDESK_DB: join(dir, 'never-opened.db') };
  try {
    console.log(await side.module.accuracyReport(tickets));

    const node = () => timeProcess(process.execPath, ['-e', '0']);
    const plain = join(dir, 'plain.eml');
    const html = join(dir, 'html.eml');
    writeFileSync(plain, side.module.sampleMessage(tickets, 'plain'));
    writeFileSync(html, side.module.sampleMessage(tickets, 'html'));
    report(
      'kursdesk triage one.eml (text/plain)',
      paired(() => timeProcess(process.execPath, [bin, 'triage', plain], { env }), node),
      'ms',
      'node -e 0',
    );
    report(
      'kursdesk triage one.eml (HTML, mailparser)',
      paired(() => timeProcess(process.execPath, [bin, 'triage', html], { env }), node, { runs: 7 }),
      'ms',
      'node -e 0',
    );

    const mbox = join(dir, 'tickets.mbox');
    writeFileSync(mbox, side.module.generatedMbox(tickets, 10_000));
    // Wall time on a shared machine says more about the neighbours than about triage, so the CPU time
    // the process used (user + sys, from bash's time) is printed beside it.
    const start = performance.now();
    const timed = spawnSync(
      'bash',
      [
        '-c',
        'TIMEFORMAT="%U %S"; time "$0" "$1" triage "$2" --format json --quiet >/dev/null',
        process.execPath,
        bin,
        mbox,
      ],
      { env, encoding: 'utf8' },
    );
    const ms = performance.now() - start;
    if (timed.status !== 0) throw new Error(`triage of the mbox failed: ${timed.stderr.slice(0, 300)}`);
    const [user, sys] = timed.stderr.trim().split('\n').at(-1).split(' ').map(Number);
    const wc = timeProcess('wc', ['-l', mbox]);
    const nodeStart = paired(
      () => timeProcess(process.execPath, ['-e', '0']),
      () => 1,
      { runs: 3, warmups: 0 },
    );
    console.log(
      `${'kursdesk triage 10,000-message mbox --format json'.padEnd(44)} wall ${(ms / 1000).toFixed(2)} s, CPU ${(user + sys).toFixed(2)} s   wc -l ${wc.toFixed(1)} ms, node -e 0 ${nodeStart.subject.toFixed(0)} ms   goal 10 s: ratio ${(ms / 10_000).toFixed(2)}× (CPU ${((user + sys) / 10).toFixed(2)}×)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
    side.remove();
  }
}
