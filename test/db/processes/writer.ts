// A second kursdesk process for the concurrency tests: once let go, does its work and prints one JSON
// line with the outcome.
//   writer.ts <db-url> audit-writes <agent> <count>   count small audited changes, one after another
//   writer.ts <db-url> create-learner <json>          createLearner with the given input
//   writer.ts <db-url> timed-write <wait-ms>          one audited change that waits at most wait-ms for the lock
import { fixedClock } from '../../../src/context/clock.js';
import type { Db } from '../../../src/db/connect.js';
import { writeChange } from '../../../src/db/write-gate.js';
import { parseNationalId } from '../../../src/domain/national-id.js';
import { createLearner, type NewLearner } from '../../../src/workflows/learners.js';
import { raceDeps, runRaceProcess } from '../../helpers/race-process.js';

const [url, mode, ...args] = process.argv.slice(2);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function auditWrites(db: Db, agent: string, count: number) {
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

async function registerLearner(db: Db, json: string) {
  const input = JSON.parse(json) as Omit<NewLearner, 'nationalId'> & { nationalId: string; now: string };
  const parsed = parseNationalId(input.nationalId, { allowSynthetic: true, today: input.now.slice(0, 10) });
  if (!parsed.ok) throw new Error(parsed.error);
  const deps = raceDeps(db, 'second-process', { clock: fixedClock(input.now) });
  const created = await createLearner(deps, { ...input, nationalId: parsed.value }, { dryRun: false });
  return { id: created.profile.id };
}

async function timedWrite(db: Db) {
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
await runRaceProcess(
  url!,
  (db) =>
    mode === 'audit-writes'
      ? auditWrites(db, args[0]!, Number(args[1]))
      : mode === 'timed-write'
        ? timedWrite(db)
        : registerLearner(db, args[0]!),
  { waitMs },
);
