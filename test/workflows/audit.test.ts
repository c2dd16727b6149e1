// W17 on both dialects: the filters of `kursdesk audit` (learner, agent, since, action, ticket, limit)
// and the summary line support reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeChange } from '../../src/db/write-gate.js';
import { listAudit, verifyAudit } from '../../src/workflows/audit.js';
import { DIALECTS, openTestDatabase, stopTestServers, type TestDatabase } from '../helpers/databases.js';

afterAll(stopTestServers);

interface Change {
  at: string;
  agent: string;
  ticket?: string;
  action: string;
  userId: number | null;
}

const CHANGES: Change[] = [
  { at: '2026-11-20T08:00:00.000Z', agent: 'alice', ticket: 'SUP-1', action: 'users.create', userId: 1 },
  { at: '2026-11-21T09:30:00.000Z', agent: 'bob', action: 'users.update', userId: 1 },
  { at: '2026-11-22T23:59:59.999Z', agent: 'alice', ticket: 'SUP-2', action: 'users.create', userId: 2 },
  { at: '2026-11-23T00:00:00.000Z', agent: 'bob', ticket: 'SUP-2', action: 'db.mark', userId: null },
  { at: '2026-11-24T12:00:00.000Z', agent: 'carol', action: 'usersync.run', userId: null },
];

describe.each(DIALECTS)('listAudit on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    for (const c of CHANGES) {
      await writeChange(
        t.db,
        { agent: c.agent, ticket: c.ticket, now: new Date(c.at), requireTicket: false },
        { dryRun: false },
        async (_trx, audit) =>
          audit({
            action: c.action,
            targetType: c.userId === null ? 'database' : 'user',
            targetId: c.userId,
            userId: c.userId,
            changes:
              c.action === 'users.update'
                ? [{ field: 'status', old: 'pending', new: 'active' }]
                : { rows: 3 },
          }),
      );
    }
  });
  afterAll(() => t.close());

  const actions = async (filter: Parameters<typeof listAudit>[1]) =>
    (await listAudit({ db: t.db }, filter)).map((e) => `${e.at.slice(0, 10)} ${e.agent} ${e.action}`);

  it('lists every entry oldest first, with a readable summary', async () => {
    const entries = await listAudit({ db: t.db }, { limit: 100 });
    expect(entries.map((e) => e.at)).toEqual(CHANGES.map((c) => c.at));
    expect(entries[1]).toMatchObject({ target: 'user 1', summary: 'status: pending → active' });
    expect(entries[3]).toMatchObject({ target: 'database', ticket: 'SUP-2', summary: 'rows=3' });
  });

  it('keeps the latest entries when limited', async () => {
    expect(await actions({ limit: 2 })).toEqual(['2026-11-23 bob db.mark', '2026-11-24 carol usersync.run']);
  });

  it('filters by learner', async () => {
    expect(await actions({ limit: 100, userId: 1 })).toEqual([
      '2026-11-20 alice users.create',
      '2026-11-21 bob users.update',
    ]);
  });

  it('filters by agent and by ticket', async () => {
    expect(await actions({ limit: 100, agent: 'bob' })).toEqual([
      '2026-11-21 bob users.update',
      '2026-11-23 bob db.mark',
    ]);
    expect(await actions({ limit: 100, ticket: 'SUP-2' })).toEqual([
      '2026-11-22 alice users.create',
      '2026-11-23 bob db.mark',
    ]);
  });

  it('filters by a day (from its start) or an exact time', async () => {
    expect(await actions({ limit: 100, since: '2026-11-23' })).toEqual([
      '2026-11-23 bob db.mark',
      '2026-11-24 carol usersync.run',
    ]);
    expect(await actions({ limit: 100, since: '2026-11-22T23:59:59.999Z' })).toHaveLength(3);
  });

  it('filters by an action or its group, without matching a longer name', async () => {
    expect(await actions({ limit: 100, actionPrefix: 'users' })).toEqual([
      '2026-11-20 alice users.create',
      '2026-11-21 bob users.update',
      '2026-11-22 alice users.create',
    ]);
    expect(await actions({ limit: 100, actionPrefix: 'users.update' })).toEqual([
      '2026-11-21 bob users.update',
    ]);
    expect(await actions({ limit: 100, actionPrefix: 'user%' })).toEqual([]);
  });

  it('combines filters', async () => {
    expect(await actions({ limit: 100, agent: 'alice', since: '2026-11-21', actionPrefix: 'users' })).toEqual(
      ['2026-11-22 alice users.create'],
    );
  });

  it('verifies the chain', async () => {
    expect(await verifyAudit({ db: t.db })).toEqual({ checked: CHANGES.length, brokenAt: null });
  });
});
