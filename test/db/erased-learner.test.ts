// Two agents on one database: one erases a learner (W20) while the other has them on screen. The
// other agent's next change must not put personal data back onto the erased account: a new e-mail,
// HMS card or account type with driver details is refused (exit 5, one line, nothing written), while
// what the business keeps about nobody (the employer, for invoices) may still change.
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { DIALECTS, stopTestServers, useTestDatabase } from '../helpers/databases.js';
import { insertCompany, insertEmployee } from '../helpers/rows.js';

afterAll(stopTestServers);

describe.each(DIALECTS)('changes to an erased learner on %s', (dialect) => {
  const t = useTestDatabase(dialect);

  it('refuses personal data on an erased account and keeps it erased; a move of employer still works', async () => {
    const kysely = t().db.kysely;
    const bygg = await insertCompany(kysely, { org_number: '988077917', name: 'Bygg og Anlegg AS' });
    await insertCompany(kysely, { org_number: '974760673', name: 'Nytt Bygg AS' });
    const learner = await insertEmployee(kysely, {
      email: 'kari@bygg.test',
      employer_id: bygg.id,
      account_type: 'full',
    });
    const as = (agent: string, argv: string[]) =>
      runCli([...argv, '--ticket', 'SUP-9', '--yes'], { db: t().url, env: { KURSDESK_AGENT: agent } });

    // Anna looks the learner up; Bjorn erases them; Anna then makes the change she was going to make.
    expect(await as('anna', ['users', 'show', String(learner.id)])).toMatchObject({ code: 0 });
    const erased = await as('bjorn', [
      'privacy',
      'erase',
      String(learner.id),
      '--reason',
      'erasure requested by e-mail',
    ]);
    expect(erased, erased.stderr).toMatchObject({ code: 0 });
    const before = await kysely
      .selectFrom('users')
      .selectAll()
      .where('id', '=', learner.id)
      .executeTakeFirst();

    for (const argv of [
      ['users', 'set-hms', String(learner.id), 'HMS7734219'],
      ['users', 'set-email', String(learner.id), 'kari.ny@epost.test'],
      ['users', 'set-type', String(learner.id), 'driver', '--depot', 'Narvik', '--licence', 'F-1234'],
      ['users', 'move', String(learner.id), '--to', '974760673', '--email', 'kari@nyttbygg.test'],
    ]) {
      const refused = await as('anna', argv);
      expect({ argv, code: refused.code }, refused.stderr).toEqual({ argv, code: 5 });
      expect(refused.stderr).toContain(`learner ${learner.id} was erased on `);
      expect(refused.stderr.trim().split('\n')).toHaveLength(1);
      expect(refused.stderr).not.toMatch(/HMS7734219|kari\.ny|kari@nyttbygg/);
    }
    const after = await kysely
      .selectFrom('users')
      .selectAll()
      .where('id', '=', learner.id)
      .executeTakeFirst();
    expect(after).toEqual(before);
    const history = await kysely
      .selectFrom('email_history')
      .select('email')
      .where('user_id', '=', learner.id)
      .execute();
    expect(history.map((h) => h.email)).not.toContain('kari@nyttbygg.test');

    // The employer is kept about nobody (invoices), so moving it stays possible.
    const moved = await as('anna', ['users', 'move', String(learner.id), '--to', '974760673']);
    expect(moved, moved.stderr).toMatchObject({ code: 0 });
    const now = await kysely
      .selectFrom('users')
      .selectAll()
      .where('id', '=', learner.id)
      .executeTakeFirstOrThrow();
    expect(now.email).toBe(before?.email);
    expect(now.hms_card_number).toBeNull();
  });
});
