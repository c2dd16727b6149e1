// A SQLite file the agent may read but not write (mode 0444, a read-only folder, a writer holding the
// lock) still answers every reading command; a change is one coded refusal (exit 1), and no -wal or
// -shm file is left behind that would shut the owner's next change out.
import { spawn } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonError, oneLineError } from '../commands/fixtures.js';
import { loadDemo } from '../helpers/demo-db.js';
import { passageToBin, runBin } from '../helpers/e2e.js';

// Root ignores permission bits: as root, the binary runs as nobody, which owns nothing here.
const root = process.getuid?.() === 0;
const asReader = root ? { user: { uid: 65534, gid: 65534 } } : {};
const dir = mkdtempSync(join(tmpdir(), 'kursdesk-read-only-'));
chmodSync(dir, 0o777);
const env = { XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir };
const demo = join(dir, 'demo.db');

// A clone in a folder only root may enter (mktemp -d) would keep nobody from the binary.
let restorePassage: () => void = () => {};
beforeAll(async () => {
  if (root) restorePassage = passageToBin();
  await loadDemo(demo);
}, 120_000);
afterAll(() => {
  restorePassage();
  for (const name of readdirSync(dir)) chmodSync(join(dir, name), 0o755);
  rmSync(dir, { recursive: true, force: true });
});

const READS: string[][] = [
  ['users', 'show', '301'],
  ['users', 'find', '--name', 'Kari Nordmann', '--birthdate', '15.10.1986'],
  ['courses', 'search', 'sikkerhet'],
  ['companies', 'find', 'Bane'],
  ['reports', 'hms', '--within', '60d'],
  ['reports', 'expiring', '--within', '90d'],
];

/** A copy of the demo file alone in a folder of its own, with the modes the case needs. */
function placed(name: string, fileMode: number, folderMode: number): { folder: string; path: string } {
  const folder = join(dir, name);
  mkdirSync(folder);
  const path = join(folder, 'kursdesk.db');
  copyFileSync(demo, path);
  chmodSync(path, fileMode);
  chmodSync(folder, folderMode);
  return { folder, path };
}

async function expectReadsWork(path: string): Promise<void> {
  for (const argv of READS) {
    const run = await runBin(['--db', path, ...argv], { env, ...asReader });
    expect(run.code, `${argv.join(' ')}: ${run.stderr}`).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(0);
  }
}

async function expectWriteRefused(path: string): Promise<void> {
  const run = await runBin(['--db', path, 'users', 'set-hms', '301', '12345678', '--format', 'json'], {
    env,
    ...asReader,
  });
  expect(run.code).toBe(1);
  expect(jsonError(run.stderr)).toMatchObject({ code: 'db.read-only', exit_code: 1 });
  const plain = await runBin(['--db', path, 'companies', 'update', '912837459', '--name', 'X AS'], {
    env,
    ...asReader,
  });
  expect(plain.code).toBe(1);
  expect(oneLineError(plain.stderr)).toMatch(/^kursdesk: the database is read-only for you/);
  expect(plain.stderr).not.toMatch(/\n\s+at /);
}

describe('a SQLite file the agent may only read', () => {
  it('mode 0444 in a folder the agent may write: reads work, writes are one coded line, no -wal/-shm is made', {
    timeout: 60_000,
  }, async () => {
    const { folder, path } = placed('file-0444', 0o444, 0o777);
    await expectReadsWork(path);
    await expectWriteRefused(path);
    expect(readdirSync(folder)).toEqual(['kursdesk.db']);
  });

  it('in a read-only folder (no -shm can be made): reads work from the file as it is, writes are refused', {
    timeout: 60_000,
  }, async () => {
    const { folder, path } = placed('folder-0555', 0o644, 0o555);
    await expectReadsWork(path);
    await expectWriteRefused(path);
    expect(readdirSync(folder)).toEqual(['kursdesk.db']);
  });

  it('in a read-only folder with changes left in its -wal: refused in one coded line, not read stale', {
    timeout: 60_000,
  }, async () => {
    const folder = join(dir, 'unsaved-wal');
    mkdirSync(folder);
    const path = join(folder, 'kursdesk.db');
    copyFileSync(demo, path);
    chmodSync(path, 0o644);
    // A writer that died before its checkpoint: the change lives only in the -wal file.
    const writer = new Database(path);
    writer.pragma('wal_autocheckpoint = 0');
    writer.prepare("update companies set name = 'Etter AS' where org_number = '912837459'").run();
    const wal = readFileSync(`${path}-wal`);
    writer.close();
    writeFileSync(`${path}-wal`, wal);
    rmSync(`${path}-shm`, { force: true });
    chmodSync(folder, 0o555);
    const run = await runBin(['--db', path, 'companies', 'find', 'Bane', '--format', 'json'], {
      env,
      ...asReader,
    });
    expect(run.code).toBe(1);
    expect(jsonError(run.stderr)).toMatchObject({ code: 'db.read-only-unsaved-wal', exit_code: 1 });
  });

  it('a file the agent may not read at all is one coded line naming it, not an internal error', async () => {
    // kursdesk makes its files owner-only (0600): another agent's file is not readable.
    const { path } = placed('owner-only', 0o600, 0o755);
    const run = await runBin(['--db', path, 'users', 'show', '301', '--format', 'json'], {
      env,
      ...asReader,
    });
    expect(run.code).toBe(1);
    expect(jsonError(run.stderr)).toMatchObject({
      code: 'db.cannot-open',
      message: `cannot open database file ${path}: permission denied`,
    });
  });

  it('while another process holds the write lock, reads still answer', { timeout: 60_000 }, async () => {
    const path = join(dir, 'locked.db');
    copyFileSync(demo, path);
    chmodSync(path, 0o644);
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const D = require(${JSON.stringify(createRequire(import.meta.url).resolve('better-sqlite3'))});
         const d = new D(${JSON.stringify(path)}); d.exec('begin immediate');
         d.prepare("update users set status = status where id = 301").run();
         process.stdout.write('held\\n'); setTimeout(() => {}, 60000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
      await expectReadsWork(path);
      const write = await runBin(['--db', path, 'users', 'set-hms', '301', '12345678', '--format', 'json'], {
        env: { ...env, KURSDESK_WAIT_MS: '300' },
        ...asReader,
      });
      expect(write.code).toBe(1);
      expect(write.stderr).toMatch(/busy|read-only/);
    } finally {
      holder.kill('SIGKILL');
    }
    expect(existsSync(path)).toBe(true);
  });
});
