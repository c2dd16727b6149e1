// Files and streams a hostile script hands the built bin/kursdesk: a named pipe, a device, a folder, a
// symbolic-link loop, a name with a newline and an escape, stdin that never ends, stdout on a full disk.
// Each must end at once in one line on stderr that names the file as typed, with a documented exit code,
// and no stack trace. (A run that hung would fail on the spawn's timeout, never on a timing.)
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quotedName } from '../../src/output/terminal-text.js';
import { testEnv } from '../helpers/cli.js';
import { BIN, passageToBin, runBin } from '../helpers/e2e.js';

const dir = mkdtempSync(join(tmpdir(), 'kursdesk-hostile-files-'));
const fifo = join(dir, 'pipe.csv');
/** Named pipes are made with mkfifo (node cannot make one); their cases are skipped where it is absent. */
const hasMkfifo = spawnSync('mkfifo', [fifo]).status === 0;
const loop = join(dir, 'loop-a.csv');
symlinkSync(join(dir, 'loop-b.csv'), loop);
symlinkSync(loop, join(dir, 'loop-b.csv'));
const folder = join(dir, 'folder.csv');
mkdirSync(folder);
const env = { KURSDESK_DB: join(dir, 'desk.db') };

/** Every command that reads a file named on the command line, with that file put in. */
const readers: [string, (file: string) => string[]][] = [
  ['triage', (f) => ['triage', f]],
  ['results import', (f) => ['results', 'import', f]],
  ['companies import', (f) => ['companies', 'import', f]],
  ['registry import', (f) => ['registry', 'import', 'brreg', f]],
  ['programmes assign --file', (f) => ['programmes', 'assign', 'OL-SV', '--file', f]],
  ['users move --file', (f) => ['users', 'move', '--file', f, '--to', '912837459', '--yes']],
  ['companies register --from', (f) => ['companies', 'register', '912346978', '--from', f]],
];

/** stderr is one line starting "kursdesk: ", with no stack trace. */
function oneLine(stderr: string): string {
  expect(stderr).toMatch(/^kursdesk: [^\n]*\n$/);
  expect(stderr).not.toMatch(/\n\s+at |internal error/);
  return stderr;
}

/** The built CLI with stdin and stdout on the given files (a device, a full disk). */
function runWithStreams(argv: string[], stdinPath: string, stdoutPath: string | 'pipe') {
  const stdin = openSync(stdinPath, 'r');
  const stdout = stdoutPath === 'pipe' ? 'pipe' : openSync(stdoutPath, 'w');
  try {
    const run = spawnSync(process.execPath, [BIN, ...argv], {
      env: { PATH: process.env.PATH ?? '', ...(testEnv(env) as Record<string, string>) },
      stdio: [stdin, stdout, 'pipe'],
      timeout: 60_000,
      encoding: 'utf8',
    });
    return { code: run.status, stderr: run.stderr };
  } finally {
    closeSync(stdin);
    if (typeof stdout === 'number') closeSync(stdout);
  }
}

describe.each(readers)('%s refuses what is not a regular file, at once', (_name, argv) => {
  it.skipIf(!hasMkfifo)('a named pipe (exit 2)', async () => {
    const run = await runBin(argv(fifo), { env });
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toMatch(/pipe\.csv is a named pipe \(FIFO\), not a/);
  });

  it.each([
    ['a device', '/dev/zero', /^kursdesk: \/dev\/zero is a device, not a/],
    ['a folder', folder, /folder\.csv is a folder/],
  ])('%s (exit 2)', async (_what, file, message) => {
    const run = await runBin(argv(file), { env });
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toMatch(message);
  });

  it('a symbolic-link loop (exit 2)', async () => {
    const run = await runBin(argv(loop), { env });
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toContain(`cannot read ${loop}: its symbolic links loop`);
  });

  it('a name with a newline and an escape is quoted, on one line', async () => {
    const name = join(dir, 'no\nsuch\u001b[2Jfile.csv');
    const run = await runBin(argv(name), { env });
    expect([2, 3]).toContain(run.code);
    expect(oneLine(run.stderr)).toContain(`no such file: "${dir}/no\\nsuch\\x1b[2Jfile.csv"`);
  });
});

describe('a file the user may not read', () => {
  it('is exit 1 and one line saying permission denied', async () => {
    // Root ignores permission bits: as root, the binary runs as nobody, with passage through the folders
    // above it and a home of its own.
    const root = process.getuid?.() === 0;
    const home = mkdtempSync(join(tmpdir(), 'kursdesk-hostile-nobody-'));
    chmodSync(home, 0o777);
    const secret = join(home, 'private.eml');
    writeFileSync(secret, 'From: a@b.no\nSubject: x\n\nhei\n');
    chmodSync(secret, 0o000);
    const restore = root ? passageToBin() : () => {};
    try {
      const run = await runBin(['triage', secret], {
        env: { XDG_DATA_HOME: home, XDG_CONFIG_HOME: home },
        cwd: home,
        ...(root ? { user: { uid: 65534, gid: 65534 } } : {}),
      });
      expect(run.code).toBe(1);
      expect(oneLine(run.stderr)).toBe(
        `kursdesk: cannot read ${secret}: permission denied — check the file's permissions\n`,
      );
    } finally {
      restore();
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('files named as typed', () => {
  it('results import /dev/null names /dev/null, not "null"', async () => {
    const run = await runBin(['results', 'import', '/dev/null'], { env });
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toContain('/dev/null is a device');
  });

  it('a relative name stays relative', async () => {
    writeFileSync(join(dir, 'empty.csv'), '');
    const run = await runBin(['results', 'import', 'empty.csv'], { env, cwd: dir });
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toMatch(/^kursdesk: empty\.csv: it is empty/);
  });
});

describe('any error quoting a name with a newline stays one line', () => {
  it('fixtures load of a folder named with a newline and an escape', async () => {
    const run = await runBin(['fixtures', 'load', join(dir, 'x\ny\u001b[2J'), '--yes'], { env });
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toContain('x\\ny\\x1b[2J');
  });
});

describe.skipIf(!hasMkfifo)('files every command reads, replaced by a named pipe', () => {
  it('the config file: one line naming it, not a wait for ever', async () => {
    const config = mkdtempSync(join(dir, 'config-'));
    mkdirSync(join(config, 'kursdesk'));
    spawnSync('mkfifo', [join(config, 'kursdesk', 'config')]);
    const run = await runBin(['companies', 'list'], { env: { ...env, XDG_CONFIG_HOME: config } });
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toContain(
      `config file ${join(config, 'kursdesk', 'config')} is a named pipe`,
    );
  });

  it('the national-ID key file (KURSDESK_KEY_FILE)', async () => {
    const key = join(dir, 'secret-pipe.key');
    spawnSync('mkfifo', ['-m', '600', key]);
    const run = await runBin(['users', 'find', '--national-id', '15108695088'], {
      env: { ...env, KURSDESK_SECRET: undefined, KURSDESK_KEY_FILE: key },
    });
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toContain(`key file ${key} is not a regular file`);
  });
});

describe('output files (--errors) that cannot be written', () => {
  const badRows = join(dir, 'bad-rows.csv');
  writeFileSync(
    badRows,
    'org_number,name,contact_name,contact_email,contact_phone,invoice_email\n123,X,Y,bad,1,\n',
  );
  it.each([
    ...(hasMkfifo ? [['a named pipe nobody reads', fifo, 'it is a named pipe nobody reads']] : []),
    ['a full disk', '/dev/full', 'no space left on the device'],
    ['a folder', folder, 'it is a folder'],
    ['a missing folder', join(dir, 'missing', 'rejects.csv'), 'its folder does not exist'],
  ])('%s is exit 1 and one last line naming --errors, no stack trace', async (_what, target, reason) => {
    const run = await runBin(['companies', 'import', badRows, '--errors', target], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at |internal error|Node\.js/);
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe(
      `kursdesk: cannot write --errors ${target}: ${reason}`,
    );
  });
});

describe('stdin that never ends is cut at the limit', () => {
  it.each([
    [['triage', '-'], 2, /stdin is not an e-mail: it is 10\.0 MB; the limit for one message is 10 MB/],
    [['triage', '/dev/stdin'], 2, /\/dev\/stdin is a device/],
    [['results', 'import', '-'], 1, /stdin: it is larger than 20 MB/],
    [['users', 'find', '--national-id', '-'], 2, /stdin holds more than 64 KiB/],
  ])('kursdesk %j < /dev/zero (exit %i)', (argv, code, message) => {
    const run = runWithStreams(argv, '/dev/zero', 'pipe');
    expect(run.code).toBe(code);
    expect(oneLine(run.stderr)).toMatch(message);
  });
});

describe('stdout on a full disk', () => {
  it('is one line and exit 1, not a stack trace', () => {
    const run = runWithStreams(['replies', 'list', '--format', 'json'], '/dev/null', '/dev/full');
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toBe(
      'kursdesk: cannot write the output to stdout: no space left on the device\n',
    );
  });
});

describe('quotedName', () => {
  it('leaves a plain name as typed', () => {
    expect(quotedName('/dev/null')).toBe('/dev/null');
    expect(quotedName('Påmeldte kurs "vår" 2026.csv')).toBe('Påmeldte kurs "vår" 2026.csv');
  });

  it('quotes a name with control characters, git style', () => {
    expect(quotedName('a\nb')).toBe('"a\\nb"');
    expect(quotedName('a\u001b]0;x\u0007"\\')).toBe('"a\\x1b]0;x\\x07\\"\\\\"');
  });

  it('never lets a control character through, and is one line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (name) => {
        const shown = quotedName(name);
        expect(shown).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
        if (!/[\u0000-\u001f\u007f-\u009f]/.test(name)) expect(shown).toBe(name);
      }),
    );
  });
});
