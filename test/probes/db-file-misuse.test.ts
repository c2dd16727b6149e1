// --db pointed at a file that exists but is no kursdesk database: a text file or a PDF is refused in one
// line (exit 2) and never written; an empty file becomes a database only for the commands that set
// databases up (db migrate, fixtures load), and every other command refuses it and leaves it empty.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArgv, KARI, oneLineError } from '../commands/fixtures.js';
import { runBin } from '../helpers/e2e.js';

let scratch = '';
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'kursdesk-dbfile-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const untouched = (file: string, bytes: Buffer) => {
  expect(readFileSync(file).equals(bytes)).toBe(true);
  for (const side of ['-wal', '-shm', '-journal']) expect(existsSync(`${file}${side}`)).toBe(false);
};

describe('a --db file that is not SQLite', () => {
  it('a PDF is refused with exit 2 by reading and changing commands alike, and stays byte for byte', async () => {
    const file = join(scratch, 'invoice.pdf');
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n'), Buffer.alloc(4096, 7)]);
    writeFileSync(file, bytes);
    for (const argv of [
      ['users', 'find', '--name', 'Kari Nordmann'],
      createArgv(KARI),
      ['fixtures', 'load', 'demo'],
    ]) {
      const run = await runBin(['--db', file, ...argv]);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(oneLineError(run.stderr)).toBe(
        `kursdesk: ${file} is not a SQLite database — check --db / KURSDESK_DB`,
      );
    }
    untouched(file, bytes);
  });
});

describe('an existing empty --db file', () => {
  it('is refused by commands that only use a database (exit 2), and stays empty', async () => {
    const file = join(scratch, 'touched.db');
    writeFileSync(file, '');
    for (const argv of [['users', 'find', '--name', 'Kari Nordmann'], createArgv(KARI), ['db', 'status']]) {
      const run = await runBin(['--db', file, ...argv]);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(oneLineError(run.stderr)).toBe(
        `kursdesk: ${file} is an empty file, not a kursdesk database; it was left as it was — to make a database in it, run kursdesk db migrate (or fixtures load) with the same --db`,
      );
    }
    untouched(file, Buffer.alloc(0));
  });

  it.each([
    ['db migrate', ['db', 'migrate']],
    ['fixtures load', ['fixtures', 'load', 'demo']],
    ['fixtures generate --load', ['fixtures', 'generate', '--users', '5', '--seed', 'ci', '--load']],
  ])('becomes a database under %s, which later commands then use', async (_name, argv) => {
    const file = join(scratch, `made-by-${argv.slice(0, 2).join('-')}.db`);
    writeFileSync(file, '');
    const made = await runBin(['--db', file, ...argv]);
    expect(made.code, made.stderr).toBe(0);
    expect(statSync(file).size).toBeGreaterThan(0);
    const used = await runBin(['--db', file, 'db', 'status']);
    expect(used.code, used.stderr).toBe(0);
  });
});
