// A separate process for the seat race test: opens the database, says "ready", waits for a line on stdin
// so every process starts at once, then enrols (or unenrols) its learners one after another and prints
// one JSON line with what each got.
//   enroller.ts <db-url> enrol|unenrol <unit> <learner-id>...
import { createInterface } from 'node:readline';
import { systemClock } from '../../../src/context/clock.js';
import { openDb } from '../../../src/db/connect.js';
import { parseDbTarget } from '../../../src/db/target.js';
import { enrol, unenrol } from '../../../src/workflows/units.js';

const [url, mode, unitText, ...learners] = process.argv.slice(2);
const db = await openDb(parseDbTarget(url!, process.cwd()), { create: false });
const deps = {
  db,
  clock: systemClock,
  actor: () => ({
    agent: `enroller-${process.pid}`,
    ticket: 'RACE-1',
    now: systemClock.now(),
    requireTicket: false,
  }),
  secret: () => Buffer.from(process.env.KURSDESK_SECRET ?? ''),
};
const lines = createInterface({ input: process.stdin });
const go = new Promise((resolve) => lines.once('line', resolve));
process.stdout.write('ready\n');
await go;
lines.close();
const outcomes: unknown[] = [];
try {
  for (const learner of learners) {
    const selector = { by: 'id' as const, id: Number(learner) };
    const options = { dryRun: false, lang: undefined };
    if (mode === 'enrol') {
      const booked = await enrol(deps, selector, Number(unitText), options);
      outcomes.push({ learner: booked.learner, status: booked.status, position: booked.position });
    } else {
      const released = await unenrol(deps, selector, Number(unitText), options);
      outcomes.push({ learner: released.learner, promoted: released.promoted.map((p) => p.learner) });
    }
  }
  process.stdout.write(`${JSON.stringify({ ok: true, outcomes })}\n`);
} catch (error) {
  const e = error as Error;
  process.stdout.write(
    `${JSON.stringify({ ok: false, name: e.constructor.name, message: e.message, outcomes })}\n`,
  );
} finally {
  await db.close();
}
