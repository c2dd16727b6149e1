// Output files named by the user: a named pipe without a reader is refused at once (not waited on),
// one with a reader and a regular file are written, the latter owner-only.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, readFileSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openOutputFile } from '../../src/output/output-file.js';

const dir = mkdtempSync(join(tmpdir(), 'kursdesk-output-file-'));

/** Named pipes are made with mkfifo (node cannot make one); their tests are skipped where it is absent. */
const hasMkfifo = spawnSync('mkfifo', [join(dir, 'probe')]).status === 0;

describe('openOutputFile', () => {
  it.skipIf(!hasMkfifo)('refuses a named pipe nobody reads, at once', () => {
    const fifo = join(dir, 'nobody-reads');
    spawnSync('mkfifo', [fifo]);
    expect(() => openOutputFile('--out', fifo)).toThrow(
      `cannot write --out ${fifo}: it is a named pipe nobody reads`,
    );
  });

  it.skipIf(!hasMkfifo)('writes to a named pipe that has a reader', async () => {
    const fifo = join(dir, 'read');
    spawnSync('mkfifo', [fifo]);
    // The reader is node itself, copying the pipe to its stdout.
    const reader = spawn(process.execPath, [
      '-e',
      'require("node:fs").createReadStream(process.argv[1]).pipe(process.stdout)',
      fifo,
    ]);
    let got = '';
    reader.stdout.on('data', (d) => {
      got += String(d);
    });
    const ended = new Promise((resolve) => reader.on('close', resolve));
    // The reader opens the pipe a moment after it starts: until then the pipe has nobody on the other end.
    let fd: number | undefined;
    for (let tries = 0; fd === undefined; tries++) {
      try {
        fd = openOutputFile('--out', fifo);
      } catch (error) {
        if (tries >= 500) throw error;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    writeSync(fd, 'x'.repeat(200_000));
    closeSync(fd);
    await ended;
    expect(got.length).toBe(200_000);
  });

  it('creates a regular file owner-only and truncates an old one', () => {
    const path = join(dir, 'report.csv');
    for (const text of ['a longer first text', 'short']) {
      const fd = openOutputFile('--errors', path);
      writeSync(fd, text);
      closeSync(fd);
    }
    expect(readFileSync(path, 'utf8')).toBe('short');
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });
});
