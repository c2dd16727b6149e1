// A file named on the command line that is not there is one exit code for every verb that reads one:
// 3, not found, with the code file.no-such-file (the crash prober found 2 for companies import, companies
// register --from, registry import and triage, and 3 for users move --file, completions import and
// programmes assign). Run in-process on each dialect's database of its own.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../helpers/databases.js';

const dir = mkdtempSync(join(tmpdir(), 'kursdesk-missing-file-'));
const absent = (name: string) => join(dir, 'absent', name);

const VERBS: readonly [string, (file: string) => string[]][] = [
  ['companies import', (f) => ['companies', 'import', f]],
  ['companies register --from', (f) => ['companies', 'register', '912346978', '--from', f]],
  ['registry import', (f) => ['registry', 'import', 'brreg', f]],
  ['triage', (f) => ['triage', f]],
  ['users move --file', (f) => ['users', 'move', '--yes', '--file', f, '--to', '912346978']],
  ['completions import', (f) => ['completions', 'import', f]],
  ['programmes assign --file', (f) => ['programmes', 'assign', 'OL-SV', '--file', f]],
  ['results import', (f) => ['results', 'import', f]],
];

for (const dialect of DIALECTS) {
  describe(`a missing input file (${dialect})`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await openTestDatabase(dialect);
    });
    afterAll(() => t?.close());

    it.each(VERBS)('%s exits 3 and names the file', async (_verb, argv) => {
      const file = absent('nope.csv');
      const run = await runCli([...argv(file), '--format', 'json'], { db: t.url });
      expect(run.code).toBe(3);
      const error = JSON.parse(run.stderr.trim().slice('kursdesk: '.length)).error;
      expect(error).toMatchObject({ code: 'file.no-such-file', exit_code: 3 });
      expect(error.message).toContain(file);
    });
  });
}
