// One agent process of the concurrency test: opens the database, says "ready", waits for "go", then
// makes `count` changes, each read first and written a few milliseconds later, and prints its tally.
//   agent.ts <db-url> <agent-name> <count> <learners> <seed>
import { createInterface } from 'node:readline';
import { openDb } from '../../../src/db/connect.js';
import { parseDbTarget } from '../../../src/db/target.js';
import { agentDeps, change, look, random, type Tally } from './agent-ops.js';

const [url, agent, count, learners, seed] = process.argv.slice(2) as [string, string, string, string, string];
const db = await openDb(parseDbTarget(url, process.cwd()), { create: false });
const deps = agentDeps(db, agent, process.env.KURSDESK_SECRET ?? '');
const next = random(Number(seed));
const lines = createInterface({ input: process.stdin });
const go = new Promise((resolve) => lines.once('line', resolve));
process.stdout.write('ready\n');
await go;
lines.close();
const tally: Tally = { applied: {}, rejected: 0, failures: [] };
const began = Date.now();
try {
  for (let i = 0; i < Number(count); i++) {
    const read = await look(deps, 1 + Math.floor(next() * Number(learners)));
    // The agent reads the answer and types the command: long enough for another agent to get in first.
    await new Promise((resolve) => setTimeout(resolve, 3 + next() * 15));
    await change(deps, read, next() < 0.5 ? `${agent}X${i}`.toUpperCase() : undefined, tally);
  }
  process.stdout.write(`${JSON.stringify({ ok: true, began, ended: Date.now(), ...tally })}\n`);
} catch (error) {
  process.stdout.write(`${JSON.stringify({ ok: false, message: (error as Error).message })}\n`);
} finally {
  await db.close();
}
