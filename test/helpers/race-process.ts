// The side of a race test that runs as its own process (see processes.ts): opens the database named on
// the command line, says "ready", waits for a line on stdin so that every process starts at once, does
// its work and prints one JSON line: { ok: true, ...what the work returned } or { ok: false, ...the error }.
import { createInterface } from 'node:readline';
import { type Clock, systemClock } from '../../src/context/clock.js';
import { type Db, openDb } from '../../src/db/connect.js';
import { translateDbError } from '../../src/db/errors.js';
import { parseDbTarget } from '../../src/db/target.js';
import { UserError } from '../../src/errors.js';
import type { WorkflowDeps } from '../../src/workflows/deps.js';

/** Workflow dependencies of one racing agent: the real clock (unless given) and the key from the environment. */
export function raceDeps(
  db: Db,
  agent: string,
  options: { ticket?: string; clock?: Clock; secret?: string } = {},
): WorkflowDeps {
  const clock = options.clock ?? systemClock;
  const secret = options.secret ?? process.env.KURSDESK_SECRET ?? '';
  return {
    db,
    clock,
    actor: () => ({ agent, ticket: options.ticket, now: clock.now(), requireTicket: false }),
    secret: () => Buffer.from(secret),
  };
}

/** How an error travels back to the test: the class, whether it is a user error, its exit code and message. */
function describeError(caught: unknown): Record<string, unknown> {
  const error = translateDbError(caught);
  const e = error as Error & { exitCode?: number; code?: string };
  return {
    name: e.constructor.name,
    userError: error instanceof UserError,
    exitCode: e.exitCode,
    code: e.code,
    message: e.message,
  };
}

export async function runRaceProcess(
  url: string,
  work: (db: Db) => Promise<object>,
  options: { waitMs?: number } = {},
): Promise<void> {
  const db = await openDb(parseDbTarget(url, process.cwd()), { create: false, waitMs: options.waitMs });
  const lines = createInterface({ input: process.stdin });
  const go = new Promise((resolve) => lines.once('line', resolve));
  process.stdout.write('ready\n');
  await go;
  lines.close();
  try {
    const result = await work(db);
    process.stdout.write(`${JSON.stringify({ ok: true, ...result })}\n`);
  } catch (caught) {
    process.stdout.write(`${JSON.stringify({ ok: false, ...describeError(caught) })}\n`);
  } finally {
    await db.close();
  }
}
