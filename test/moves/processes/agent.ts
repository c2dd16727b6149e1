// One agent process of the concurrency test: once let go, makes `count` changes, each read first and
// written a few milliseconds later, and prints its tally.
//   agent.ts <db-url> <agent-name> <count> <learners> <seed>
import { runRaceProcess } from '../../helpers/race-process.js';
import { agentDeps, change, look, random, type Tally } from './agent-ops.js';

const [url, agent, count, learners, seed] = process.argv.slice(2) as [string, string, string, string, string];
await runRaceProcess(url, async (db) => {
  const deps = agentDeps(db, agent, process.env.KURSDESK_SECRET ?? '');
  const next = random(Number(seed));
  const tally: Tally = { applied: {}, rejected: 0, failures: [] };
  const began = Date.now();
  for (let i = 0; i < Number(count); i++) {
    const read = await look(deps, 1 + Math.floor(next() * Number(learners)));
    // The agent reads the answer and types the command: long enough for another agent to get in first.
    await new Promise((resolve) => setTimeout(resolve, 3 + next() * 15));
    await change(deps, read, next() < 0.5 ? `${agent}X${i}`.toUpperCase() : undefined, tally);
  }
  return { began, ended: Date.now(), ...tally };
});
