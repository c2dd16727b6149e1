// Runs `users find` requests in-process against one database and reports latency and quality; bundled and
// driven by bench/find.bench.mjs.
import { fixedClock } from '../../src/context/clock.js';
import { openDb } from '../../src/db/connect.js';
import { parseDbTarget } from '../../src/db/target.js';
import { type FindRequest, findAccount } from '../../src/workflows/find-account.js';

export interface EvalCase {
  kind: string;
  expectedId: number;
  request: Omit<FindRequest, 'limit'>;
}

export interface CaseResult {
  kind: string;
  /** -1 for a person who is not there. */
  expectedId: number;
  ms: number;
  rank: number | null;
  verdict: string;
  top: number | null;
}

export async function runCases(url: string, secret: string, cases: EvalCase[]): Promise<CaseResult[]> {
  const db = await openDb(parseDbTarget(url, process.cwd()), { create: false });
  const clock = fixedClock('2026-12-01T10:00:00.000Z');
  const deps = {
    db,
    clock,
    actor: () => ({ agent: 'bench', ticket: undefined, now: clock.now(), requireTicket: false }),
    secret: () => Buffer.from(secret),
  };
  const results: CaseResult[] = [];
  try {
    for (const c of cases.slice(0, 5)) await findAccount(deps, { ...c.request, limit: 100 });
    for (const c of cases) {
      const start = performance.now();
      const r = await findAccount(deps, { ...c.request, limit: 100 });
      const ms = performance.now() - start;
      const index = r.candidates.findIndex((x) => x.id === c.expectedId);
      results.push({
        kind: c.kind,
        expectedId: c.expectedId,
        ms,
        rank: index < 0 ? null : index + 1,
        verdict: r.verdict,
        top: r.candidates[0]?.id ?? null,
      });
    }
  } finally {
    await db.close();
  }
  return results;
}

export async function emailLookups(url: string, emails: string[]): Promise<number[]> {
  const db = await openDb(parseDbTarget(url, process.cwd()), { create: false });
  const times: number[] = [];
  try {
    for (const email of emails) {
      const start = performance.now();
      await db.kysely.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
      times.push(performance.now() - start);
    }
  } finally {
    await db.close();
  }
  return times;
}
