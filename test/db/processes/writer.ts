// A second kursdesk process for the concurrency tests: opens the database given on the command line,
// says "ready", waits for a line on stdin, then does its work and prints one JSON line with the outcome.
//   writer.ts <db-url> audit-writes <agent> <count>   count small audited changes, one after another
//   writer.ts <db-url> create-learner <json>          createLearner with the given input
//   writer.ts <db-url> timed-write <wait-ms>          one audited change that waits at most wait-ms for the lock
import { createInterface } from 'node:readline';
import { fixedClock } from '../../../src/context/clock.js';
import { openDb } from '../../../src/db/connect.js';
import { translateDbError } from '../../../src/db/errors.js';
import { parseDbTarget } from '../../../src/db/target.js';
import { writeChange } from '../../../src/db/write-gate.js';
import { parseNationalId } from '../../../src/domain/national-id.js';
import { UserError } from '../../../src/errors.js';
import { createLearner, type NewLearner } from '../../../src/workflows/learners.js';

const [url, mode, ...args] = process.argv.slice(2);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function auditWrites(db: Awaited<ReturnType<typeof openDb>>, agent: string, count: number) {
  const windows: { began: number; ended: number }[] = [];
  for (let i = 0; i < count; i++) {
    const began = Date.now();
    await writeChange(
      db,
      { agent, ticket: undefined, now: new Date(), requireTicket: false },
      { dryRun: false },
      async (trx, audit) => {
        await trx
          .insertInto('kursdesk_meta')
          .values({ key: `${agent}-${i}`, value: String(i) })
          .execute();
        await sleep(2); // hold the transaction open a little, as real work does
        audit({ action: 'test.write', targetType: 'meta', targetId: `${agent}-${i}`, changes: { i } });
      },
    );
    windows.push({ began, ended: Date.now() });
    await sleep(Math.random() * 4);
  }
  return { began: windows[0]?.began, ended: windows.at(-1)?.ended };
}

async function registerLearner(db: Awaited<ReturnType<typeof openDb>>, json: string) {
  const input = JSON.parse(json) as Omit<NewLearner, 'nationalId'> & { nationalId: string; now: string };
  const parsed = parseNationalId(input.nationalId, { allowSynthetic: true, today: input.now.slice(0, 10) });
  if (!parsed.ok) throw new Error(parsed.error);
  const clock = fixedClock(input.now);
  const deps = {
    db,
    clock,
    actor: () => ({ agent: 'second-process', ticket: undefined, now: clock.now(), requireTicket: false }),
    secret: () => Buffer.from(process.env.KURSDESK_SECRET ?? ''),
  };
  const created = await createLearner(deps, { ...input, nationalId: parsed.value }, { dryRun: false });
  return { id: created.profile.id };
}

async function timedWrite(db: Awaited<ReturnType<typeof openDb>>) {
  await writeChange(
    db,
    { agent: 'impatient', ticket: undefined, now: new Date(), requireTicket: false },
    { dryRun: false },
    async (trx, audit) => {
      await trx.insertInto('kursdesk_meta').values({ key: 'impatient', value: '1' }).execute();
      audit({ action: 'test.write', targetType: 'meta', targetId: 'impatient', changes: {} });
    },
  );
  return {};
}

const waitMs = mode === 'timed-write' ? Number(args[0]) : undefined;
const db = await openDb(parseDbTarget(url!, process.cwd()), { create: false, waitMs });
const lines = createInterface({ input: process.stdin });
const go = new Promise((resolve) => lines.once('line', resolve));
process.stdout.write('ready\n');
await go;
lines.close();
try {
  const result =
    mode === 'audit-writes'
      ? await auditWrites(db, args[0]!, Number(args[1]))
      : mode === 'timed-write'
        ? await timedWrite(db)
        : await registerLearner(db, args[0]!);
  process.stdout.write(`${JSON.stringify({ ok: true, ...result })}\n`);
} catch (caught) {
  const error = translateDbError(caught);
  const e = error as Error & { exitCode?: number; code?: string };
  process.stdout.write(
    `${JSON.stringify({ ok: false, name: e.constructor.name, userError: error instanceof UserError, exitCode: e.exitCode, code: e.code, message: e.message })}\n`,
  );
} finally {
  await db.close();
}
