// What an agent types into the fields the audit log keeps for good: --ticket and --agent (also from
// KURSDESK_AGENT) are references, so one that holds a national ID is refused (exit 2, one line naming
// the option and the fix, the number not repeated) before anything is written; free text (--reason,
// --note) keeps its words with the number masked, as other kept text does.
import { afterAll, describe, expect, it } from 'vitest';
import { isTicketReference } from '../../src/context/context.js';
import { parseDepot, parseLicence } from '../../src/domain/driver-details.js';
import { parseInvoiceReference } from '../../src/domain/learner.js';
import { createArgv, KARI, OLA } from '../commands/fixtures.js';
import { runCli } from '../helpers/cli.js';
import { stopTestServers, useTestDatabase } from '../helpers/databases.js';

afterAll(stopTestServers);

/** Kari's number, as typed in the forms the agent may paste it. */
const TYPED = ['15108695088', 'SUP-15108695088', '151086-95088', '15.10.86-95088'];

describe('audit references that hold a national ID', () => {
  const database = useTestDatabase('sqlite');

  it.each(TYPED)('--ticket %j is refused, nothing is written, the number is not repeated', async (typed) => {
    const t = database();
    const run = await runCli([...createArgv(OLA), '--ticket', typed], { db: t.url });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')[0]).toMatch(/--ticket/);
    expect(run.stderr).toMatch(/national ID/);
    expect(run.stderr).not.toMatch(/95088/);
    expect(await t.db.kysely.selectFrom('audit_log').selectAll().execute()).toEqual([]);
  });

  it.each(TYPED.filter((typed) => !typed.includes('.')))(
    '--agent %j and KURSDESK_AGENT are refused the same way',
    async (typed) => {
      const t = database();
      const flag = await runCli([...createArgv(OLA), '--agent', typed], { db: t.url });
      const env = await runCli(createArgv(OLA), { db: t.url, env: { KURSDESK_AGENT: typed } });
      for (const run of [flag, env]) {
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/--agent/);
        expect(run.stderr).not.toMatch(/95088/);
      }
      expect(await t.db.kysely.selectFrom('audit_log').selectAll().execute()).toEqual([]);
    },
  );

  it('config set agent refuses a national ID, and a profile that holds one can still be put right', async () => {
    const t = database();
    const set = await runCli(['config', 'set', 'agent', '151086-95088'], { db: t.url });
    expect(set.code).toBe(2);
    expect(set.stderr).not.toMatch(/95088/);
    // Written by hand into the profile: changes refuse to run, config set mends it.
    const env = { KURSDESK_AGENT: '15108695088' };
    expect((await runCli(createArgv(OLA), { db: t.url, env })).code).toBe(2);
    const mend = await runCli(['config', 'set', 'agent', 'kari.agent'], { db: t.url, env });
    expect(mend.code, mend.stderr).toBe(0);
  });

  it('a malformed ticket or agent is refused without repeating a mistyped national ID in it', async () => {
    const t = database();
    const ticket = await runCli([...createArgv(OLA), '--ticket', 'SUP 15108695077'], { db: t.url });
    const agent = await runCli([...createArgv(OLA), '--agent', 'kari 15108695077'], { db: t.url });
    for (const run of [ticket, agent]) {
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('151086 *****');
      expect(run.stderr).not.toMatch(/95077/);
    }
  });

  it('a ticket of eleven digits that is no national ID is kept as it is', async () => {
    const t = database();
    const run = await runCli([...createArgv(OLA), '--ticket', '12345678903'], { db: t.url });
    expect(run.code, run.stderr).toBe(0);
    const [entry] = await t.db.kysely.selectFrom('audit_log').select('ticket').execute();
    expect(entry?.ticket).toBe('12345678903');
  });
});

describe('free text kept in the audit log', () => {
  const database = useTestDatabase('sqlite');

  it('users find --reveal --reason keeps the reason with a national ID masked, valid or mistyped', async () => {
    const t = database();
    expect((await runCli(createArgv(KARI), { db: t.url })).code).toBe(0);
    for (const reason of ['caller gave 151086-95088 on the phone', 'caller gave 15.10.86 950 77']) {
      const run = await runCli(
        [
          'users',
          'find',
          '--name',
          'Kari Nordmann',
          '--birthdate',
          '1986-10-15',
          '--reveal',
          '--reason',
          reason,
        ],
        { db: t.url },
      );
      expect(run.code, run.stderr).toBe(0);
    }
    const rows = await t.db.kysely.selectFrom('audit_log').select(['action', 'changes']).execute();
    const reveals = rows.filter((r) => r.changes.includes('reason')).map((r) => r.changes);
    expect(reveals).toHaveLength(2);
    expect(reveals[0]).toContain('caller gave 151086 ***** on the phone');
    expect(reveals[1]).toContain('caller gave 151086 ***** on the phone'.replace(' on the phone', ''));
    expect(reveals.join('\n')).not.toMatch(/95088|95077|950 77/);
  });
});

describe('an invoice reference that holds a national ID', () => {
  it.each(['15108695088', 'Kari 15.10.86-95088', 'fnr 151086 95088'])(
    '%j is refused (it would be kept and printed on invoices), the number not repeated',
    (typed) => {
      const parsed = parseInvoiceReference(typed);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) {
        expect(parsed.error).toMatch(/national ID/);
        expect(parsed.error).not.toMatch(/95088/);
      }
    },
  );

  it.each(['PO-12345678903', 'TE-4471', 'Prosjekt 2231 / 15.10.26'])('%j is a reference', (typed) => {
    expect(parseInvoiceReference(typed)).toEqual({ ok: true, value: typed });
  });
});

describe('a train driver’s details', () => {
  it('a licence number that is a national ID is refused, the number not repeated', () => {
    for (const typed of ['15108695088', '151086-95088']) {
      const parsed = parseLicence(typed);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).not.toMatch(/95088/);
    }
    expect(parseLicence('12345678903')).toEqual({ ok: true, value: '12345678903' });
  });

  it('a national ID typed into the depot is masked, the place kept', () => {
    expect(parseDepot('Drammen 15.10.86-95088')).toEqual({ ok: true, value: 'Drammen 151086 *****' });
    expect(parseDepot('Drammen')).toEqual({ ok: true, value: 'Drammen' });
  });
});

describe('the ticket rule --ticket and the guided mode share', () => {
  it.each([
    ['SUP-5121', true],
    ['12345678903', true],
    ['15108695088', false],
    ['SUP-151086-95088', false],
    ['SUP 5121', false],
  ])('%j is a ticket reference: %s', (typed, ok) => {
    expect(isTicketReference(typed)).toBe(ok);
  });
});
