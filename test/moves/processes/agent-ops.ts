// What one support agent does in the concurrency test, again and again: look a learner up (as `users
// show` does), think for a moment, then change it with the version that was read (`--expect-version`):
// a new HMS card or a move to the other employer. Shared by the agent processes and the in-process run.
import type { Db } from '../../../src/db/connect.js';
import { userById } from '../../../src/db/queries/users.js';
import { ExitCode, UserError } from '../../../src/errors.js';
import type { WorkflowDeps } from '../../../src/workflows/deps.js';
import { setHmsCard } from '../../../src/workflows/hms-cards.js';
import { moveLearner } from '../../../src/workflows/move-employer.js';
import { raceDeps } from '../../helpers/race-process.js';

export const COMPANIES = { a: { id: 1, org: '988077917' }, b: { id: 2, org: '912837459' } } as const;

export interface Tally {
  /** Applied changes per learner id. */
  applied: Record<string, number>;
  rejected: number;
  /** Anything but an applied change or exit 4: a test failure. */
  failures: string[];
}

export function agentDeps(db: Db, agent: string, secret: string): WorkflowDeps {
  return raceDeps(db, agent, { ticket: `RACE-${agent}`, secret });
}

/** A small deterministic generator (the runs differ by seed, not by chance alone). */
export function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface Read {
  id: number;
  version: number;
  employerId: number | null;
}

export async function look(deps: WorkflowDeps, id: number): Promise<Read> {
  const user = await userById(deps.db.kysely, id);
  if (!user) throw new Error(`learner ${id} is missing`);
  return { id, version: user.version, employerId: user.employer_id };
}

/** The change, made from what was read; counts it as applied or rejected (exit 4). */
export async function change(
  deps: WorkflowDeps,
  read: Read,
  card: string | undefined,
  tally: Tally,
): Promise<void> {
  try {
    if (card !== undefined) {
      await setHmsCard(
        deps,
        { by: 'id', id: read.id },
        { number: card, issuedOn: undefined, expectVersion: read.version },
        { dryRun: false },
      );
    } else {
      const to = read.employerId === COMPANIES.a.id ? COMPANIES.b.org : COMPANIES.a.org;
      await moveLearner(
        deps,
        { by: 'id', id: read.id },
        { to, invoiceReference: undefined, newEmail: undefined, expectVersion: read.version },
        { dryRun: false },
      );
    }
    tally.applied[read.id] = (tally.applied[read.id] ?? 0) + 1;
  } catch (error) {
    if (error instanceof UserError && error.exitCode === ExitCode.conflict) tally.rejected += 1;
    else tally.failures.push(`learner ${read.id}: ${(error as Error).message}`);
  }
}
