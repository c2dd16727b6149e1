// Races on links, between separate processes as between agents and the portal: several redemptions of
// one token (exactly one wins) and two agents issuing a link for the same learner at once (one open link
// remains). Real processes on SQLite always, and on PostgreSQL when KURSDESK_TEST_PG_URL names a server;
// PGlite serves one session, so there the same scenario runs one after another instead.
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { linkPolicyFrom } from '../../src/domain/link-policy.js';
import { linkStatus } from '../../src/domain/link-tokens.js';
import { issueLink, redeemToken } from '../../src/workflows/links.js';
import { DIALECTS, stopTestServers, type TestDatabase, useTestDatabase } from '../helpers/databases.js';
import { testDeps } from '../helpers/deps.js';
import { separateProcesses, useBundledProgram } from '../helpers/processes.js';
import { learner, linkRows, PORTAL } from './fixtures.js';

const racer = useBundledProgram(join(import.meta.dirname, 'processes', 'racer.ts'), 'racer');
afterAll(stopTestServers);

type Outcome = { ok: boolean; won?: boolean; link?: number; message?: string };

const POLICY = linkPolicyFrom({});
const RACERS = 6;

describe.each(DIALECTS)('link races on %s', (dialect) => {
  const processes = separateProcesses(dialect);
  const how = processes
    ? `${RACERS} processes at once`
    : `${RACERS} one after another (PGlite serves one session)`;
  const database = useTestDatabase(dialect);
  let t: TestDatabase;
  beforeEach(() => {
    t = database();
  });

  /** A link handed to the agent now (the racers use the real clock), and its token. */
  async function freshToken(userId: number): Promise<string> {
    const deps = testDeps(t.db, { now: new Date().toISOString() });
    const issued = await issueLink(
      deps,
      { by: 'id', id: userId },
      { kind: undefined, lang: 'nb', delivery: 'agent', force: true, portalBase: PORTAL, policy: POLICY },
      { dryRun: false },
    );
    return issued.url!.slice(issued.url!.lastIndexOf('/') + 1);
  }

  it(`redeeming one token, ${how}: exactly one wins, in each of 3 trials`, async () => {
    const id = await learner(t.db.kysely, { email: 'kari@firma.no', status: 'active' });
    for (let trial = 0; trial < 3; trial++) {
      const token = await freshToken(id);
      let outcomes: Outcome[];
      if (processes)
        outcomes = await racer.race<Outcome>(Array.from({ length: RACERS }, () => [t.url, 'redeem', token]));
      else {
        outcomes = [];
        for (let i = 0; i < RACERS; i++)
          outcomes.push({
            ok: true,
            won: (await redeemToken(testDeps(t.db, { now: new Date().toISOString() }), token)) !== undefined,
          });
      }
      expect(
        outcomes.every((o) => o.ok),
        JSON.stringify(outcomes),
      ).toBe(true);
      expect(outcomes.filter((o) => o.won)).toHaveLength(1);
    }
    const audit = await t.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'links.redeem')
      .execute();
    expect(audit).toHaveLength(3);
  });

  it(`two agents issuing a link for one learner, ${how.replace(String(RACERS), '2')}: one link stays open`, async () => {
    const id = await learner(t.db.kysely, { email: 'kari@firma.no' });
    for (let trial = 0; trial < 3; trial++) {
      if (processes) {
        const outcomes = await racer.race<Outcome>([
          [t.url, 'issue', String(id)],
          [t.url, 'issue', String(id)],
        ]);
        expect(
          outcomes.every((o) => o.ok),
          JSON.stringify(outcomes),
        ).toBe(true);
      } else {
        await freshToken(id);
        await freshToken(id);
      }
      const now = new Date();
      const open = (await linkRows(t.db.kysely)).filter((l) => linkStatus(l, now) === 'valid');
      expect(open).toHaveLength(1);
    }
    const links = await linkRows(t.db.kysely);
    expect(links).toHaveLength(6);
    // Every closed link names the newer link that replaced it.
    for (const link of links.slice(0, -1)) expect(link.superseded_by).toBeGreaterThan(link.id);
  });
});
