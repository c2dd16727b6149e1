// One held-out `users find` request set (report only): its requests must parse, and on a generated
// database of 20,000 learners every request is run through the CLI and the score printed, never held to
// a threshold (the set would stop being held out). Each find-blindN folder calls this with its own set.
// PostgreSQL (pg_trgm and tsquery instead of FTS5) runs only with KURSDESK_FIND_BLIND_PG=1: generating
// 20,000 learners into PGlite takes minutes on a shared machine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Dialect } from '../../src/db/target.js';
import { DEFAULT_AS_OF } from '../../src/domain/fixtures/generate.js';
import { generateIntoDatabase } from '../../src/workflows/fixtures/load.js';
import { runCli } from './cli.js';
import { openTestDatabase, stopTestServers, type TestDatabase } from './databases.js';
import { testDeps } from './deps.js';

interface FindBlindRequest {
  id: string;
  args: {
    name?: string | null;
    birthdate?: string | number | null;
    emails?: string[];
    employer?: string | null;
  };
  expect: { users: number[]; verdict: 'verified' | 'likely' | 'ambiguous' | 'none' };
  why: string;
}

export interface FindBlindSet {
  /** The set's number: its ids are f<number>-001…, its fixture seed findblind<number>. */
  number: number;
  /** The folder holding requests.yaml. */
  dir: string;
  /** How many requests the set's writer handed over. */
  requests: number;
}

/** The command line an agent types for a request. */
function findArgs(r: FindBlindRequest, db: string): string[] {
  const argv = ['users', 'find', '--db', db, '--format', 'json', '--limit', '10'];
  if (r.args.name) argv.push('--name', r.args.name);
  if (r.args.birthdate) argv.push('--birthdate', String(r.args.birthdate));
  for (const e of r.args.emails ?? []) argv.push('--email', e);
  if (r.args.employer) argv.push('--employer', r.args.employer);
  return argv;
}

interface Outcome {
  request: FindBlindRequest;
  verdict: string;
  ids: number[];
}

function scoreText(heading: string, outcomes: Outcome[]): string {
  const present = outcomes.filter((o) => o.request.expect.users.length > 0);
  const absent = outcomes.filter((o) => o.request.expect.users.length === 0);
  const right = (o: Outcome, n: number) =>
    o.ids.slice(0, n).some((id) => o.request.expect.users.includes(id));
  const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
  const top1 = present.filter((o) => right(o, 1)).length;
  const top3 = present.filter((o) => right(o, 3)).length;
  const wrongVerified = present.filter((o) => o.verdict === 'verified' && !right(o, 1)).length;
  const confusion = new Map<string, number>();
  for (const o of outcomes) {
    const key = `${o.request.expect.verdict}->${o.verdict}`;
    confusion.set(key, (confusion.get(key) ?? 0) + 1);
  }
  const agree = outcomes.filter((o) => o.verdict === o.request.expect.verdict).length;
  const misses = outcomes
    .filter(
      (o) => (o.request.expect.users.length > 0 && !right(o, 1)) || o.verdict !== o.request.expect.verdict,
    )
    .map(
      (o) =>
        `  ${o.request.id}: want ${o.request.expect.verdict} ${o.request.expect.users.join(',') || '-'}, got ${o.verdict} ${o.ids.slice(0, 3).join(',') || '-'}`,
    );
  return [
    `${heading}: ${outcomes.length} requests`,
    `present ${present.length}: top1 ${top1} (${pct(top1, present.length)}), top3 ${top3} (${pct(top3, present.length)}), verified-wrong ${wrongVerified}`,
    `absent ${absent.length}: verified ${absent.filter((o) => o.verdict === 'verified').length}, likely ${absent.filter((o) => o.verdict === 'likely').length}`,
    `verdict equal to the writer's: ${agree}/${outcomes.length}`,
    ...[...confusion].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `  ${k}: ${n}`),
    'disagreements:',
    ...misses,
  ].join('\n');
}

export function describeFindBlindSet(set: FindBlindSet): void {
  const requests = parseYaml(readFileSync(join(set.dir, 'requests.yaml'), 'utf8')) as FindBlindRequest[];
  const name = `find blind set ${set.number}`;

  describe(`${name}: the requests parse`, () => {
    it('every request has an id, a name or other criteria, and an expected verdict', () => {
      expect(requests.length).toBeGreaterThanOrEqual(set.requests);
      expect(new Set(requests.map((r) => r.id)).size).toBe(requests.length);
      for (const r of requests) {
        expect(r.id, 'id').toMatch(new RegExp(`^f${set.number}-\\d{3}$`));
        expect(['verified', 'likely', 'ambiguous', 'none'], r.id).toContain(r.expect.verdict);
        expect(Array.isArray(r.expect.users), r.id).toBe(true);
        expect(r.args.name || r.args.birthdate || (r.args.emails ?? []).length > 0, r.id).toBeTruthy();
      }
    });
  });

  const dialects: Dialect[] =
    process.env.KURSDESK_FIND_BLIND_PG === '1' ? ['sqlite', 'postgres'] : ['sqlite'];

  describe.each(dialects)(`${name} on %s (report only)`, (dialect) => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await openTestDatabase(dialect);
      await generateIntoDatabase(testDeps(t.db), {
        users: 20_000,
        seed: `findblind${set.number}`,
        asOf: DEFAULT_AS_OF,
        scope: 'all',
        replace: false,
        dryRun: false,
        worker: false,
      });
    }, 900_000);
    afterAll(async () => {
      await t?.close();
      await stopTestServers();
    });

    it('is scored', async () => {
      const outcomes: Outcome[] = [];
      for (const request of requests) {
        const run = await runCli(findArgs(request, t.url), { env: { KURSDESK_LANG: 'en' } });
        let verdict = `error(${run.code})`;
        let ids: number[] = [];
        try {
          const out = JSON.parse(run.stdout) as { verdict: string; candidates: { id: number }[] };
          verdict = out.verdict;
          ids = out.candidates.map((c) => c.id);
        } catch {
          if (run.code === 3) verdict = 'none';
        }
        outcomes.push({ request, verdict, ids });
      }
      console.log(scoreText(`${name} on ${dialect}`, outcomes));
    }, 900_000);
  });
}
