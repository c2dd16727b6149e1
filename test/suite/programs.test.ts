// `npm test` needs nothing npm does not install: no test, helper or test program starts a program other
// than node, bin/kursdesk or node_modules/.bin (and, skipped where absent, the PostgreSQL server's own
// programs and the completion shells; see POSTGRES_SERVER_PROGRAMS and COMPLETION_SHELLS). The check is
// tried on code that breaks the rule, so it can fail.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanSource, sourceFiles } from '../helpers/program-scan.js';

const TEST_DIR = join(import.meta.dirname, '..');
const ROOT = join(TEST_DIR, '..');

describe('programs the tests start', () => {
  it('are node, bin/kursdesk or node_modules/.bin in every file under test/', () => {
    const files = sourceFiles(TEST_DIR);
    expect(files.length).toBeGreaterThan(50);
    const findings = files.flatMap((file) => scanSource(file, readFileSync(file, 'utf8')));
    expect(findings.map((f) => `${relative(ROOT, f.file)}:${f.line}: ${f.problem}`)).toEqual([]);
  });

  const file = join(TEST_DIR, 'helpers', 'example.ts');
  const problems = (code: string) => scanSource(file, code).map((f) => f.problem);

  it.each([
    [
      'a program named through a parameter (how the old PDF helper ran its tools)',
      "import { execFileSync } from 'node:child_process';\nexport function tool(name: string) { return execFileSync(name, ['-v']); }",
      /'name' is not a value this check can read/,
    ],
    [
      'a Debian program by name',
      "import { spawn } from 'node:child_process';\nspawn('qpdf', ['--check', 'x.pdf']);",
      /'qpdf' is not a program npm installs/,
    ],
    [
      'a shell command through a namespace import',
      "import * as cp from 'node:child_process';\ncp.execSync('mutool info x.pdf');",
      /runs a shell command/,
    ],
    [
      'node with a shell',
      "import { spawnSync as run } from 'child_process';\nrun(process.execPath, ['x'], { shell: true });",
      /with a shell/,
    ],
    ['a program runner package', "import { execa } from 'execa';\nawait execa('mutool');", /imports execa/],
    [
      'child_process loaded dynamically',
      "const { execFileSync } = await import('node:child_process');\nexecFileSync('mutool');",
      /loads node:child_process dynamically/,
    ],
    [
      'a PostgreSQL server program without a skip',
      "import { execFileSync } from 'node:child_process';\nexecFileSync('initdb', ['-D', 'x']);",
      /runs initdb but never skips itself/,
    ],
    [
      'a completion shell without a skip',
      "import { spawnSync } from 'node:child_process';\nspawnSync('bash', ['-c', 'complete -p']);",
      /runs bash but never skips itself \(skipIf\) where bash is absent/,
    ],
    [
      'a shell that loads no completion script',
      "import { spawnSync } from 'node:child_process';\nit.skipIf(!hasSh)('x', () => spawnSync('sh', ['-c', 'true']));",
      /'sh' is not a program npm installs/,
    ],
  ])('refuses %s', (_what, code, problem) => {
    expect(problems(code)).toEqual([expect.stringMatching(problem)]);
  });

  it('accepts node, bin/kursdesk, node_modules/.bin, a skipping PostgreSQL server test and completion shell test', () => {
    expect(
      problems(
        [
          "import { spawn, spawnSync, execFileSync, fork } from 'node:child_process';",
          "import { join } from 'node:path';",
          "import { it } from 'vitest';",
          "const BIN = join(import.meta.dirname, '..', 'bin', 'kursdesk');",
          'spawn(process.execPath, [BIN]);',
          "execFileSync('node', ['-e', '0']);",
          "execFileSync(join(import.meta.dirname, 'node_modules', '.bin', 'biome'), ['check']);",
          "fork('worker.mjs');",
          "it.skipIf(!hasInitdb)('TLS', () => { execFileSync('initdb', ['-D', 'x']); });",
          "describe.runIf(hasBash)('completion', () => { spawnSync('bash', ['--norc', '-c', 'x']); });",
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});
