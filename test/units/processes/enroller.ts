// A separate process for the seat race test: once let go, enrols (or unenrols) its learners one after
// another and prints one JSON line with what each got.
//   enroller.ts <db-url> enrol|unenrol <unit> <learner-id>...
import { enrol, unenrol } from '../../../src/workflows/units.js';
import { raceDeps, runRaceProcess } from '../../helpers/race-process.js';

const [url, mode, unitText, ...learners] = process.argv.slice(2);
await runRaceProcess(url!, async (db) => {
  const deps = raceDeps(db, `enroller-${process.pid}`, { ticket: 'RACE-1' });
  const outcomes: unknown[] = [];
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
  return { outcomes };
});
