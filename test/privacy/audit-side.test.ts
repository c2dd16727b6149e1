// W20: audit entries about a learner keep their personal values beside the log, covered by digest. The
// chain verifies with the values there and with them erased, and an edited value breaks it.
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/db/write-gate.js';
import { listAudit } from '../../src/workflows/audit.js';
import { createArgv, KARI } from '../commands/fixtures.js';
import { runCli } from '../helpers/cli.js';
import { DIALECTS, stopTestServers, useTestDatabase } from '../helpers/databases.js';

afterAll(stopTestServers);

describe.each(DIALECTS)('audit personal values on %s', (dialect) => {
  const database = useTestDatabase(dialect);

  it('keeps masked values aside, restores them when read, and notices an edited one', async () => {
    const t = database();
    expect((await runCli(createArgv(KARI), { db: t.url })).code).toBe(0);
    const [entry] = await t.db.kysely.selectFrom('audit_log').selectAll().execute();
    expect(entry!.changes).not.toContain('K***');
    expect(entry!.personal_digest).toMatch(/^[0-9a-f]{64}$/);
    const [read] = await listAudit({ db: t.db }, { limit: 10 });
    expect(JSON.stringify(read!.changes)).toContain('K***');
    expect(await verifyAuditChain(t.db.kysely)).toMatchObject({ brokenAt: null });

    await t.db.kysely.updateTable('audit_personal').set({ content: '{"0.new":"X***"}' }).execute();
    expect(await verifyAuditChain(t.db.kysely)).toMatchObject({ brokenAt: entry!.id });

    await t.db.kysely.deleteFrom('audit_personal').execute();
    expect(await verifyAuditChain(t.db.kysely)).toMatchObject({ brokenAt: null });
    const [erased] = await listAudit({ db: t.db }, { limit: 10 });
    expect(JSON.stringify(erased!.changes)).toContain('[erased]');
  });
});
