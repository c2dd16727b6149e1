// V8's code cache of the built program (dist/**/*.cjs.cache): used when it was made from exactly the file
// next to it, ignored (never an error) when the file was edited, the cache damaged or cut short.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeCacheChecksum, decodeCodeCache, encodeCodeCache, programLoader } from '../../src/code-cache.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const crc = codeCacheChecksum();

describe('code cache file', () => {
  const source = Buffer.from('module.exports = 1;\n');
  const data = Buffer.from('cached bytes of V8, any length at all');

  it.skipIf(!crc)('gives back the data for the source it was made from', () => {
    const file = encodeCodeCache(source, data, crc!);
    expect(decodeCodeCache(source, file, crc!)).toEqual(data);
  });

  it.skipIf(!crc)('is refused for other source of the same length (V8 compares only the length)', () => {
    const file = encodeCodeCache(source, data, crc!);
    expect(decodeCodeCache(Buffer.from('module.exports = 2;\n'), file, crc!)).toBeUndefined();
  });

  it.skipIf(!crc)('is refused when a byte of the data changed, or the file was cut short', () => {
    const file = encodeCodeCache(source, data, crc!);
    const damaged = Buffer.from(file);
    damaged[damaged.length - 5]! ^= 0x20;
    expect(decodeCodeCache(source, damaged, crc!)).toBeUndefined();
    expect(decodeCodeCache(source, file.subarray(0, file.length - 1), crc!)).toBeUndefined();
    expect(decodeCodeCache(source, file.subarray(0, 10), crc!)).toBeUndefined();
    expect(decodeCodeCache(source, Buffer.alloc(0), crc!)).toBeUndefined();
  });
});

describe('the built program', () => {
  it.skipIf(!crc)('is compiled from its cache on this Node.js (the build made one V8 accepts)', () => {
    const rejected: string[] = [];
    const used: string[] = [];
    const program = programLoader({
      onCompile: (filename, script) => {
        used.push(filename);
        if (script.cachedDataRejected !== false) rejected.push(filename);
      },
    });
    program.load(join(DIST, 'main.cjs'));
    expect(used.length).toBeGreaterThan(5);
    expect(rejected).toEqual([]);
  });

  it.skipIf(!crc)('names its files where they run, not where the build trained them', () => {
    // V8 keeps the name a script was compiled under in its cache; the build trains in a staging folder.
    const main = programLoader().load(join(DIST, 'main.cjs')) as { commandWord(argv: unknown): unknown };
    let stack = '';
    try {
      main.commandWord(null);
    } catch (error) {
      stack = String((error as Error).stack);
    }
    expect(stack).toContain(`${join(DIST, 'main.cjs')}:`);
    expect(stack).not.toContain('dist.building-');
  });

  // A copy of bin/ and dist/ (links to the built files, except those a test changes) in a folder of its own.
  const copies: string[] = [];
  afterAll(() => {
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  });

  function copyOfProgram(change: (dist: string) => void): string {
    const dir = mkdtempSync(join(tmpdir(), 'kursdesk-code-cache-'));
    copies.push(dir);
    mkdirSync(join(dir, 'bin'));
    for (const name of ['kursdesk', 'package.json'])
      copyFileSync(join(ROOT, 'bin', name), join(dir, 'bin', name));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    for (const name of readdirSync(DIST, { recursive: true }).map(String)) {
      const from = join(DIST, name);
      if (name === 'chunks') mkdirSync(join(dir, 'dist', name), { recursive: true });
      else if (!name.includes('/') || name.startsWith('chunks/')) {
        mkdirSync(join(dir, 'dist', name, '..'), { recursive: true });
        symlinkSync(from, join(dir, 'dist', name));
      }
    }
    change(join(dir, 'dist'));
    return join(dir, 'bin', 'kursdesk');
  }

  /** Replaces a linked file by a changed copy of the original. */
  function rewrite(dist: string, name: string, edit: (bytes: Buffer) => Buffer): void {
    const bytes = readFileSync(join(DIST, name));
    rmSync(join(dist, name));
    writeFileSync(join(dist, name), edit(bytes));
  }

  const help = (bin: string) => {
    const run = spawnSync(process.execPath, [bin, '--help'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  };

  it('runs the edited program, not the cached one, after a same-length edit of a file', () => {
    const bin = copyOfProgram((dist) =>
      rewrite(dist, 'main.cjs', (bytes) => {
        const text = bytes.toString('latin1');
        expect(text).toContain("the course portal's support desk");
        return Buffer.from(
          text.replace("the course portal's support desk", "THE COURSE PORTAL'S SUPPORT DESK"),
          'latin1',
        );
      }),
    );
    const run = help(bin);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain("THE COURSE PORTAL'S SUPPORT DESK");
  });

  it('ignores damaged and cut-short caches and prints what an undamaged program prints', () => {
    const cached = readdirSync(join(DIST, 'chunks')).filter((f) => f.endsWith('.cjs.cache'));
    const bin = copyOfProgram((dist) => {
      rewrite(dist, 'main.cjs.cache', (bytes) => {
        // Damage in the middle of V8's data, where V8 itself checks nothing.
        const damaged = Buffer.from(bytes);
        for (let i = damaged.length >> 1; i < (damaged.length >> 1) + 64; i++)
          damaged[i] = 0xff - damaged[i]!;
        return damaged;
      });
      for (const name of cached)
        rewrite(dist, join('chunks', name), (bytes) => bytes.subarray(0, bytes.length >> 1));
    });
    const run = help(bin);
    expect(run).toEqual(help(join(ROOT, 'bin', 'kursdesk')));
    expect(run.code).toBe(0);
  });
});
