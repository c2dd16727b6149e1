// The write gate on both dialects: a change and its audit entry commit or vanish together, --dry-run
// does the real work and keeps nothing, a ticket is demanded when the desk requires one, the hash chain
// notices an edited or deleted audit entry, and an update based on a stale read is refused.
import { sql } from 'kysely';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { withAuditGuardsLifted } from '../../src/db/audit-guard.js';
import { updateUserVersioned, userById } from '../../src/db/queries/users.js';
import { flag, type User } from '../../src/db/schema.js';
import {
  type Actor,
  auditChainHead,
  auditHash,
  GENESIS_HASH,
  type Tx,
  verifyAuditChain,
  walkAuditChain,
  writeChange,
} from '../../src/db/write-gate.js';
import { diffFields } from '../../src/domain/personal-data.js';
import { ConflictError, ExitCode, PolicyError } from '../../src/errors.js';
import { listAudit } from '../../src/workflows/audit.js';
import { TEST_NOW } from '../helpers/cli.js';
import { DIALECTS, stopTestServers, type TestDatabase, useTestDatabase } from '../helpers/databases.js';
import { insertCompany, insertLearnerRow } from '../helpers/rows.js';

afterAll(stopTestServers);

function actor(overrides: Partial<Actor> = {}): Actor {
  return { agent: 'alice', ticket: 'SUP-1', now: new Date(TEST_NOW), requireTicket: false, ...overrides };
}

describe.each(DIALECTS)('write gate on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let t: TestDatabase;
  beforeEach(() => {
    t = database();
  });

  const count = async (table: 'companies' | 'audit_log' | 'users') =>
    (await t.db.kysely.selectFrom(table).select('id').execute()).length;

  /** One audited change: registers a company. */
  const registerCompany = (orgNumber: string, a: Actor = actor(), dryRun = false) =>
    writeChange(t.db, a, { dryRun }, async (trx, audit) => {
      const company = await insertCompany(trx, { org_number: orgNumber });
      audit({
        action: 'companies.register',
        targetType: 'company',
        targetId: company.id,
        changes: [{ field: 'org_number', old: null, new: orgNumber }],
      });
      return company.id;
    });

  it('commits a change and its audit entry together', async () => {
    const written = await registerCompany('988077917');
    expect(written.dryRun).toBe(false);
    expect(written.auditIds).toHaveLength(1);
    const company = await t.db.kysely
      .selectFrom('companies')
      .selectAll()
      .where('id', '=', written.result)
      .executeTakeFirstOrThrow();
    expect(company.org_number).toBe('988077917');
    const entry = await t.db.kysely.selectFrom('audit_log').selectAll().executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      id: written.auditIds[0],
      at: TEST_NOW,
      agent: 'alice',
      ticket: 'SUP-1',
      action: 'companies.register',
      target_type: 'company',
      target_id: String(written.result),
      user_id: null,
      prev_hash: GENESIS_HASH,
    });
    expect(flag(entry.dry_run)).toBe(false);
    expect(JSON.parse(entry.changes)).toEqual([{ field: 'org_number', old: null, new: '988077917' }]);
  });

  it('rolls back both the change and its audit entry when the work throws', async () => {
    const failure = new Error('the work failed half-way');
    await expect(
      writeChange(t.db, actor(), { dryRun: false }, async (trx, audit) => {
        const company = await insertCompany(trx);
        audit({ action: 'companies.register', targetType: 'company', targetId: company.id, changes: {} });
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await count('companies')).toBe(0);
    expect(await count('audit_log')).toBe(0);
  });

  it('rolls back earlier statements when a later one fails in the database', async () => {
    await expect(
      writeChange(t.db, actor(), { dryRun: false }, async (trx, audit) => {
        await insertCompany(trx, { org_number: '974760673' });
        audit({ action: 'companies.register', targetType: 'company', targetId: null, changes: {} });
        await insertCompany(trx, { org_number: '974760673' }); // unique org_number
      }),
      // The unique constraint's own error, not any failure on the way.
    ).rejects.toMatchObject(
      dialect === 'sqlite'
        ? {
            code: 'SQLITE_CONSTRAINT_UNIQUE',
            message: expect.stringContaining('UNIQUE constraint failed: companies.org_number'),
          }
        : {
            code: '23505',
            table: 'companies',
            detail: 'Key (org_number)=(974760673) already exists.',
          },
    );
    expect(await count('companies')).toBe(0);
    expect(await count('audit_log')).toBe(0);
  });

  it('on --dry-run does the real work, returns its result and keeps nothing', async () => {
    const written = await writeChange(t.db, actor(), { dryRun: true }, async (trx, audit) => {
      const company = await insertCompany(trx);
      audit({ action: 'companies.register', targetType: 'company', targetId: company.id, changes: {} });
      const seen = await trx.selectFrom('companies').select('org_number').execute();
      return { id: company.id, seen: seen.map((c) => c.org_number) };
    });
    expect(written.dryRun).toBe(true);
    expect(written.result.seen).toEqual(['988077917']);
    expect(written.auditIds).toHaveLength(1);
    expect(await count('companies')).toBe(0);
    expect(await count('audit_log')).toBe(0);
  });

  it('chains the next real change to the last kept entry, not to a rolled-back dry run', async () => {
    await registerCompany('988077917');
    await registerCompany('974760673', actor(), true);
    await registerCompany('991825827');
    expect(await verifyAuditChain(t.db.kysely)).toEqual({ checked: 2, brokenAt: null });
  });

  it('lets the work call audit() several times, each entry in order and chained', async () => {
    const written = await writeChange(t.db, actor(), { dryRun: false }, async (_trx, audit) => {
      for (const field of ['a', 'b', 'c'])
        audit({ action: `test.${field}`, targetType: 'x', targetId: null, changes: {} });
    });
    const rows = await t.db.kysely.selectFrom('audit_log').select(['id', 'action']).orderBy('id').execute();
    expect(rows.map((r) => r.action)).toEqual(['test.a', 'test.b', 'test.c']);
    expect(written.auditIds).toEqual(rows.map((r) => r.id));
    expect(await verifyAuditChain(t.db.kysely)).toEqual({ checked: 3, brokenAt: null });
  });

  it('writes no audit entry for work that records no change', async () => {
    const written = await writeChange(t.db, actor(), { dryRun: false }, async () => 'nothing to do');
    expect(written).toEqual({ result: 'nothing to do', dryRun: false, auditIds: [] });
    expect(await count('audit_log')).toBe(0);
  });

  describe('when the desk requires a ticket', () => {
    it.each([undefined, ''])(
      'refuses a change without one (ticket %j) with exit 5 and writes nothing',
      async (ticket) => {
        let ran = false;
        const attempt = writeChange(
          t.db,
          actor({ ticket, requireTicket: true }),
          { dryRun: false },
          async (trx) => {
            ran = true;
            await insertCompany(trx);
          },
        );
        await expect(attempt).rejects.toBeInstanceOf(PolicyError);
        await expect(attempt).rejects.toMatchObject({
          exitCode: ExitCode.refused,
          message: 'this desk requires a ticket reference for every change',
          hint: 'add --ticket <ref>',
        });
        expect(ran).toBe(false);
        expect(await count('companies')).toBe(0);
        expect(await count('audit_log')).toBe(0);
      },
    );

    it('accepts a change with one and records it', async () => {
      await registerCompany('988077917', actor({ ticket: 'SUP-1234', requireTicket: true }));
      const entry = await t.db.kysely.selectFrom('audit_log').selectAll().executeTakeFirstOrThrow();
      expect(entry.ticket).toBe('SUP-1234');
    });
  });

  it('records who, why, what and the masked old → new of a learner change', async () => {
    const before = await insertLearnerRow(t.db.kysely, {
      email: 'kari.nordmann@firma.no',
      phone: '+4791234567',
    });
    await writeChange(
      t.db,
      actor({ agent: 'bob', ticket: 'SUP-77' }),
      { dryRun: false },
      async (trx, audit) => {
        await trx
          .updateTable('users')
          .set({ email: 'ola.hansen@bygg.no', phone: '+4798765432', status: 'disabled', version: 2 })
          .where('id', '=', before.id)
          .execute();
        const after = (await userById(trx, before.id))!;
        audit({
          action: 'users.update',
          targetType: 'user',
          targetId: before.id,
          userId: before.id,
          changes: diffFields(before, after),
        });
      },
    );
    const [entry] = await listAudit({ db: t.db }, { limit: 10 });
    expect(entry).toMatchObject({
      at: TEST_NOW,
      agent: 'bob',
      ticket: 'SUP-77',
      action: 'users.update',
      target: `user ${before.id}`,
      user_id: before.id,
      changes: [
        { field: 'email', old: 'k***@firma.no', new: 'o***@bygg.no' },
        { field: 'phone', old: '***67', new: '***32' },
        { field: 'status', old: 'active', new: 'disabled' },
      ],
      summary: 'email: k***@firma.no → o***@bygg.no; phone: ***67 → ***32; status: active → disabled',
    });
    const raw = JSON.stringify(await t.db.kysely.selectFrom('audit_log').selectAll().execute());
    for (const secret of ['kari.nordmann', 'ola.hansen', '91234567', '98765432'])
      expect(raw).not.toContain(secret);
  });

  describe('the audit chain', () => {
    /** An owner who lifts the append-only triggers to cover their tracks: the chain still shows it. */
    const tamper = (edit: (q: Tx) => Promise<unknown>) => withAuditGuardsLifted(t.db, edit);

    /** Five changes by two agents; returns the audit ids in order. */
    async function fiveChanges(): Promise<number[]> {
      const ids: number[] = [];
      const orgNumbers = ['988077917', '974760673', '991825827', '981566378', '995525828'];
      for (const [i, org] of orgNumbers.entries()) {
        const written = await registerCompany(
          org,
          actor({ agent: i % 2 ? 'bob' : 'alice', now: new Date(Date.parse(TEST_NOW) + i * 60_000) }),
        );
        ids.push(...written.auditIds);
      }
      return ids;
    }

    it('verifies after several changes', async () => {
      await fiveChanges();
      expect(await verifyAuditChain(t.db.kysely)).toEqual({ checked: 5, brokenAt: null });
    });

    it('finds an entry whose changes were edited', async () => {
      const ids = await fiveChanges();
      await tamper((q) =>
        q.updateTable('audit_log').set({ changes: '[]' }).where('id', '=', ids[2]!).execute(),
      );
      expect(await verifyAuditChain(t.db.kysely)).toEqual({ checked: 2, brokenAt: ids[2] });
    });

    it('finds an entry whose agent was edited', async () => {
      const ids = await fiveChanges();
      await tamper((q) =>
        q.updateTable('audit_log').set({ agent: 'mallory' }).where('id', '=', ids[1]!).execute(),
      );
      expect(await verifyAuditChain(t.db.kysely)).toEqual({ checked: 1, brokenAt: ids[1] });
    });

    it('finds an edited entry even when its own hash was recomputed, at the next entry', async () => {
      const ids = await fiveChanges();
      const row = await t.db.kysely
        .selectFrom('audit_log')
        .selectAll()
        .where('id', '=', ids[2]!)
        .executeTakeFirstOrThrow();
      const forged = { ...row, agent: 'mallory' };
      await tamper((q) =>
        q
          .updateTable('audit_log')
          .set({ agent: 'mallory', hash: auditHash(row.prev_hash, forged) })
          .where('id', '=', ids[2]!)
          .execute(),
      );
      expect(await verifyAuditChain(t.db.kysely)).toEqual({ checked: 3, brokenAt: ids[3] });
    });

    it('finds a deleted entry in the middle, at the entry after the gap', async () => {
      const ids = await fiveChanges();
      await tamper((q) => q.deleteFrom('audit_log').where('id', '=', ids[2]!).execute());
      expect(await verifyAuditChain(t.db.kysely)).toEqual({ checked: 2, brokenAt: ids[3] });
    });

    it('finds a deleted first entry', async () => {
      const ids = await fiveChanges();
      await tamper((q) => q.deleteFrom('audit_log').where('id', '=', ids[0]!).execute());
      expect(await verifyAuditChain(t.db.kysely)).toEqual({ checked: 0, brokenAt: ids[1] });
    });

    it('refuses UPDATE and DELETE of audit entries, for the owner too, and writes nothing', async () => {
      const ids = await fiveChanges();
      const refused = expect.objectContaining({ message: expect.stringContaining('append-only') });
      await expect(
        t.db.kysely.updateTable('audit_log').set({ agent: 'mallory' }).where('id', '=', ids[1]!).execute(),
      ).rejects.toEqual(refused);
      await expect(t.db.kysely.deleteFrom('audit_log').where('id', '=', ids[4]!).execute()).rejects.toEqual(
        refused,
      );
      if (dialect === 'postgres')
        // TRUNCATE fires no row trigger; the statement trigger stops it.
        await expect(sql`truncate audit_log`.execute(t.db.kysely)).rejects.toEqual(refused);
      expect(await count('audit_log')).toBe(5);
      expect(await verifyAuditChain(t.db.kysely)).toEqual({ checked: 5, brokenAt: null });
    });

    it('records who was logged in: the server session user on PostgreSQL, the OS user on SQLite', async () => {
      await registerCompany('988077917', actor({ agent: 'anna', login: 'os-anna' }));
      const entry = await t.db.kysely.selectFrom('audit_log').selectAll().executeTakeFirstOrThrow();
      expect(entry.agent).toBe('anna');
      if (dialect === 'postgres') {
        const { rows } = await sql<{ u: string }>`select session_user as u`.execute(t.db.kysely);
        expect(entry.login).toBe(rows[0]?.u);
      } else expect(entry.login).toBe('os-anna');
      // The login is hashed: changing it breaks the chain.
      await tamper((q) => q.updateTable('audit_log').set({ login: 'someone-else' }).execute());
      expect((await verifyAuditChain(t.db.kysely)).brokenAt).toBe(entry.id);
    });

    it('an anchor shows entries cut off from the end, which the chain alone does not', async () => {
      const ids = await fiveChanges();
      const head = await auditChainHead(t.db.kysely);
      expect(head).toMatchObject({ id: ids[4] });
      expect(await walkAuditChain(t.db.kysely, head!.hash)).toMatchObject({
        brokenAt: null,
        anchorAt: ids[4],
      });
      await tamper((q) => q.deleteFrom('audit_log').where('id', '>=', ids[3]!).execute());
      // New entries after the cut do not bring the anchored one back.
      await registerCompany('910000004');
      const cut = await walkAuditChain(t.db.kysely, head!.hash);
      expect(cut).toMatchObject({ checked: 4, brokenAt: null, anchorAt: null });
    });

    it('is intact when empty', async () => {
      expect(await verifyAuditChain(t.db.kysely)).toEqual({ checked: 0, brokenAt: null });
    });
  });

  describe('optimistic locking (updateUserVersioned)', () => {
    const actorAt = (agent: string, at: string, ticket?: string): Actor => ({
      agent,
      ticket,
      now: new Date(at),
      requireTicket: false,
    });

    /** An audited change of a learner's phone, based on the version the agent read. */
    const changePhone = (read: Pick<User, 'id' | 'version'>, phone: string, who: Actor) =>
      writeChange(t.db, who, { dryRun: false }, async (trx, audit) => {
        const before = (await userById(trx, read.id))!;
        await trx
          .insertInto('email_history')
          .values({
            user_id: read.id,
            email: `side-effect-${who.agent}@firma.no`,
            valid_from: who.now.toISOString(),
            valid_to: null,
          })
          .execute();
        await updateUserVersioned(trx, read, { phone, updated_at: who.now.toISOString() });
        audit({
          action: 'users.update',
          targetType: 'user',
          targetId: read.id,
          userId: read.id,
          changes: diffFields(before, (await userById(trx, read.id))!),
        });
      });

    it('updates with the current version and bumps it', async () => {
      const kari = await insertLearnerRow(t.db.kysely);
      expect(kari.version).toBe(1);
      await changePhone(kari, '+4791234567', actorAt('bob', '2026-11-25T10:00:00.000Z'));
      const after = (await userById(t.db.kysely, kari.id))!;
      expect(after).toMatchObject({
        phone: '+4791234567',
        version: 2,
        updated_at: '2026-11-25T10:00:00.000Z',
      });
      await changePhone(after, '+4798765432', actorAt('carol', '2026-11-25T11:00:00.000Z'));
      expect(await userById(t.db.kysely, kari.id)).toMatchObject({ phone: '+4798765432', version: 3 });
    });

    it('refuses a stale update with exit 4, naming who changed the learner and when; nothing is written', async () => {
      const read = await insertLearnerRow(t.db.kysely);
      await changePhone(read, '+4791234567', actorAt('bob', '2026-11-25T10:15:00.000Z', 'SUP-9'));
      const before = await t.db.kysely.selectFrom('users').selectAll().execute();
      const auditBefore = await t.db.kysely.selectFrom('audit_log').select('id').execute();

      const stale = changePhone(read, '+4700000000', actorAt('carol', '2026-11-25T10:30:00.000Z'));
      await expect(stale).rejects.toBeInstanceOf(ConflictError);
      await expect(stale).rejects.toMatchObject({
        exitCode: ExitCode.conflict,
        // The message is for a person (Oslo time); the detail keeps the exact instant for scripts.
        message: `learner ${read.id} was changed by bob at 25 Nov 2026 11:15 (ticket SUP-9), users.update after you read it; nothing was written`,
        detail: { userId: read.id, changedBy: 'bob', changedAt: '2026-11-25T10:15:00.000Z' },
      });

      expect(await t.db.kysely.selectFrom('users').selectAll().execute()).toEqual(before);
      expect(await t.db.kysely.selectFrom('audit_log').select('id').execute()).toEqual(auditBefore);
      const history = await t.db.kysely.selectFrom('email_history').select('email').execute();
      expect(history.map((h) => h.email)).toEqual(['side-effect-bob@firma.no']);
    });

    it('refuses an update of a learner that has no audited change yet, still as a conflict', async () => {
      const read = await insertLearnerRow(t.db.kysely);
      await t.db.kysely.updateTable('users').set({ version: 2 }).where('id', '=', read.id).execute();
      await expect(updateUserVersioned(t.db.kysely, read, { phone: '+4791234567' })).rejects.toMatchObject({
        exitCode: ExitCode.conflict,
        message: `learner ${read.id} was changed after you read it; nothing was written`,
      });
      expect((await userById(t.db.kysely, read.id))!.phone).toBeNull();
    });

    it('names the latest of several changes', async () => {
      const read = await insertLearnerRow(t.db.kysely);
      await changePhone(read, '+4791234567', actorAt('bob', '2026-11-25T10:00:00.000Z'));
      const second = (await userById(t.db.kysely, read.id))!;
      await changePhone(second, '+4798765432', actorAt('dina', '2026-11-25T12:00:00.000Z'));
      await expect(
        changePhone(read, '+4747123456', actorAt('carol', '2026-11-25T13:00:00.000Z')),
      ).rejects.toMatchObject({
        message: expect.stringMatching(/changed by dina at 25 Nov 2026 13:00, users\.update/),
        detail: { changedBy: 'dina', changedAt: '2026-11-25T12:00:00.000Z' },
      });
    });
  });
});
