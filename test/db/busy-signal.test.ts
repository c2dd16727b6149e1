// A change waiting for another writer's lock on a SQLite file (up to KURSDESK_WAIT_MS, 10 s) still
// answers SIGTERM and Ctrl-C at once: the wait sleeps in the event loop between tries instead of inside
// SQLite's busy handler, which held the thread, so the signal went unanswered until the wait ran out
// and the run ended as "busy" (exit 1) instead of stopped (exit 143). The wait itself still works.
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEnv } from '../helpers/cli.js';
import { openTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { BIN } from '../helpers/e2e.js';
import { insertLearnerRow } from '../helpers/rows.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let t: TestDatabase;
let learner: number;
beforeAll(async () => {
  t = await openTestDatabase('sqlite');
  learner = (await insertLearnerRow(t.db.kysely, { hms_card_number: null })).id;
  await t.db.close();
});
afterAll(() => t.close().catch(() => {}));

/** Starts `users set-hms` as its own process; resolves with its exit code, stderr and how long it ran. */
function setHms(card: string, env: Record<string, string> = {}) {
  const full: Record<string, string> = { PATH: process.env.PATH ?? '' };
  for (const [k, v] of Object.entries(testEnv(env))) if (v !== undefined) full[k] = v;
  const child = spawn(process.execPath, [BIN, '--db', t.url, 'users', 'set-hms', String(learner), card], {
    env: full,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += String(d);
  });
  const done = new Promise<{ code: number | null; stderr: string; at: number }>((resolve) =>
    child.on('close', (code) => resolve({ code, stderr, at: Date.now() })),
  );
  return { child, done };
}

/** Holds the file's write lock, as another agent's long change would. */
function holdLock(): Database.Database {
  const other = new Database(t.url);
  other.prepare('begin immediate').run();
  return other;
}

const hmsCard = () => {
  const db = new Database(t.url, { readonly: true });
  try {
    return (
      db.prepare('select hms_card_number from users where id = ?').get(learner) as {
        hms_card_number: string | null;
      }
    ).hms_card_number;
  } finally {
    db.close();
  }
};

describe('a change waiting for the SQLite write lock', () => {
  it('stops at once on SIGTERM (exit 143), writing nothing', { timeout: 30_000 }, async () => {
    const other = holdLock();
    try {
      const run = setHms('12345678');
      await sleep(1500); // started and waiting for the lock
      const killedAt = Date.now();
      run.child.kill('SIGTERM');
      const { code, stderr, at } = await run.done;
      expect(code).toBe(143);
      expect(stderr).toBe(
        'kursdesk: stopped by SIGTERM (exit 143): a change not yet committed is not kept\n',
      );
      // Well within the 10 s wait it would otherwise have sat out.
      expect(at - killedAt).toBeLessThan(5000);
    } finally {
      other.prepare('rollback').run();
      other.close();
    }
    expect(hmsCard()).toBeNull();
  });

  it('still waits for the lock and then writes', { timeout: 30_000 }, async () => {
    const other = holdLock();
    const run = setHms('87654321');
    await sleep(800);
    other.prepare('commit').run();
    other.close();
    const { code, stderr } = await run.done;
    expect(code, stderr).toBe(0);
    expect(hmsCard()).toBe('87654321');
  });

  it('gives up after KURSDESK_WAIT_MS with one coded line (exit 1)', { timeout: 30_000 }, async () => {
    const other = holdLock();
    try {
      const { code, stderr } = await setHms('11223344', { KURSDESK_WAIT_MS: '400' }).done;
      expect(code).toBe(1);
      expect(stderr).toMatch(
        /^kursdesk: the database is busy: another kursdesk change held it longer than the wait/,
      );
    } finally {
      other.prepare('rollback').run();
      other.close();
    }
    expect(hmsCard()).toBe('87654321');
  });
});
