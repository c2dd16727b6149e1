// A bug in the built program, as its user and its developer see it: one line without KURSDESK_DEBUG, and
// with KURSDESK_DEBUG=1 a stack whose frames name src/…ts at the right line, not a minified chunk (the
// program is bundled and minified into dist/, and normally compiled through V8's code cache, which
// Node 20 does not map through source maps).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBin } from '../helpers/e2e.js';

const ROOT = join(import.meta.dirname, '..', '..');

// The bug is forced from outside, so the program under test is the one users run: a preloaded file
// makes writing to stdout throw, which the help screen does from src/main.ts (commander's writeOut).
const dir = mkdtempSync(join(tmpdir(), 'kursdesk-debug-stack-'));
const preload = join(dir, 'stdout-throws.cjs');
writeFileSync(
  preload,
  "process.stdout.write = () => { throw new TypeError('stdout broken on purpose by a test'); };\n",
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const helpWithBrokenStdout = (env: Record<string, string> = {}) =>
  runBin(['--help'], { env: { NODE_OPTIONS: `--require ${preload}`, ...env } });

/** The line of src/main.ts that hands commander's help to stdout (1-based, as a stack names it). */
function writeOutLine(): number {
  const lines = readFileSync(join(ROOT, 'src', 'main.ts'), 'utf8').split('\n');
  const index = lines.findIndex((line) => /^\s*writeOut: /.test(line));
  expect(index).toBeGreaterThanOrEqual(0);
  return index + 1;
}

describe('an internal error of the built program', () => {
  it('is one line, without a stack, when debugging is off', async () => {
    const run = await helpWithBrokenStdout();
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'kursdesk: internal error: stdout broken on purpose by a test (a bug; KURSDESK_DEBUG=1 shows the stack)\n',
    );
  });

  it('with KURSDESK_DEBUG=1 has a stack that names src/main.ts at the line that wrote', async () => {
    const run = await helpWithBrokenStdout({ KURSDESK_DEBUG: '1' });
    expect(run.code).toBe(1);
    const [first, ...stack] = run.stderr.trimEnd().split('\n');
    expect(first).toBe(
      'kursdesk: internal error: stdout broken on purpose by a test (a bug; KURSDESK_DEBUG=1 shows the stack)',
    );
    const frames = stack.filter((line) => /^\s+at /.test(line));
    expect(frames.length).toBeGreaterThan(2);
    const main = join(ROOT, 'src', 'main.ts');
    expect(frames.some((frame) => frame.includes(`${main}:${writeOutLine()}:`))).toBe(true);
    // No frame of the program is left in the minified files.
    expect(frames.filter((frame) => /[/\\]dist[/\\].*\.cjs:/.test(frame))).toEqual([]);
  });
});
