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

/**
 * The cases and the anchor (an exact indexed e-mail lookup) on one connection, interleaved (a case, a
 * lookup, a case …) after both were warmed the same way, so the anchor sees the same caches and the
 * same moments of a busy machine as the cases.
 */
export async function runCases(
  url: string,
  secret: string,
  cases: EvalCase[],
  emails: string[],
): Promise<{ results: CaseResult[]; anchor: number[] }> {
  const db = await openDb(parseDbTarget(url, process.cwd()), { create: false });
  const clock = fixedClock('2026-12-01T10:00:00.000Z');
  const deps = {
    db,
    clock,
    actor: () => ({ agent: 'bench', ticket: undefined, now: clock.now(), requireTicket: false }),
    secret: () => Buffer.from(secret),
  };
  const lookup = async (email: string) => {
    const start = performance.now();
    await db.kysely.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
    return performance.now() - start;
  };
  const results: CaseResult[] = [];
  const anchor: number[] = [];
  try {
    for (const c of cases.slice(0, 5)) await findAccount(deps, { ...c.request, limit: 100 });
    for (const email of emails.slice(0, 5)) await lookup(email);
    for (const [i, c] of cases.entries()) {
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
      if (emails.length > 0) anchor.push(await lookup(emails[(5 + i) % emails.length] as string));
    }
    // Any e-mails left over are looked up too, so the anchor has as many samples as before.
    for (const email of emails.slice(5 + cases.length)) anchor.push(await lookup(email));
  } finally {
    await db.close();
  }
  return { results, anchor };
}
