// W1 rules for what `likely` may rest on (users find, the guided mode and triage --answer share them):
// `likely` makes the agent offer the account's login hint, so a wrong person must never get it. A birth
// date far from the account's speaks against it however well the name and the employer fit, unless an
// address of the account backs it; one word of a name with an employer is not enough on its own.
// People of our own, on every database.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseNationalId, syntheticNationalId } from '../../src/domain/national-id.js';
import { markDatabase } from '../../src/workflows/database.js';
import { findAccount } from '../../src/workflows/find-account.js';
import { createLearner } from '../../src/workflows/learners.js';
import { DIALECTS, openTestDatabase, stopTestServers, type TestDatabase } from '../helpers/databases.js';
import { testDeps } from '../helpers/deps.js';
import { insertCompany } from '../helpers/rows.js';

afterAll(stopTestServers);

const VOSS_RAIL = '988077917';
const ODDA_SIGNAL = '974760673';

describe.each(DIALECTS)('what a likely account rests on, on %s', (dialect) => {
  let t: TestDatabase;
  let individual = 300;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await t.reset();
    await markDatabase(t.db, testDeps(t.db).actor(), 'test');
    await insertCompany(t.db.kysely, { org_number: VOSS_RAIL, name: 'Voss Skinnegang AS' });
    await insertCompany(t.db.kysely, { org_number: ODDA_SIGNAL, name: 'Odda Signalteknikk AS' });
  });

  async function learner(
    given: string,
    family: string,
    birthDate: string,
    email: string,
    employer: string,
  ): Promise<number> {
    let number: string | null = null;
    while (!number) number = syntheticNationalId(birthDate, individual++);
    const parsed = parseNationalId(number, { allowSynthetic: true, today: '2026-11-25' });
    if (!parsed.ok) throw new Error(parsed.error);
    const created = await createLearner(
      testDeps(t.db),
      {
        givenNames: given,
        familyName: family,
        birthDate: undefined,
        email,
        nationalId: parsed.value,
        hmsCard: 'H123456',
        accountType: 'full',
        status: 'active',
        employerOrgNumber: employer,
        invoiceReference: 'PO-1',
        phone: undefined,
      },
      { dryRun: false },
    );
    return created.profile.id;
  }

  const find = (request: { name: string; birthDate?: string; emails?: string[]; employer: string }) =>
    findAccount(testDeps(t.db), {
      name: request.name,
      ...(request.birthDate ? { birthDate: request.birthDate } : {}),
      emails: request.emails ?? [],
      employerOrgNumbers: [request.employer],
      limit: 10,
    });

  it('a birth date far from the account’s makes a near name at the right employer none, the account still listed', async () => {
    const sondre = await learner('Sondre', 'Kvalheim', '1979-04-22', 'sondre.kvalheim@voss.test', VOSS_RAIL);
    await learner('Hallvard', 'Berge', '1979-04-22', 'hallvard.berge@voss.test', VOSS_RAIL);
    for (const name of ['Sondre Kvalhiem', 'Sondre Kvalheim']) {
      const result = await find({ name, birthDate: '1951-09-30', employer: VOSS_RAIL });
      expect(result.verdict, name).toBe('none');
      expect(result.why).toEqual({ code: 'birth-date-far' });
      expect(result.reason).toMatch(/birth date written is far from the account’s/);
      expect(result.candidates[0]?.id).toBe(sondre);
    }
  });

  it('one slip of the birth date, or the account’s own address beside a far date, keeps it likely', async () => {
    const sondre = await learner('Sondre', 'Kvalheim', '1979-04-22', 'sondre.kvalheim@voss.test', VOSS_RAIL);
    const slip = await find({ name: 'Sondre Kvalhiem', birthDate: '1979-04-23', employer: VOSS_RAIL });
    expect(slip.verdict).toBe('likely');
    expect(slip.candidates[0]?.id).toBe(sondre);
    const owned = await find({
      name: 'Sondre Kvalhiem',
      birthDate: '1951-09-30',
      emails: ['sondre.kvalheim@voss.test'],
      employer: VOSS_RAIL,
    });
    expect(owned.verdict).toBe('likely');
    expect(owned.candidates[0]?.id).toBe(sondre);
  });

  it('a first name and the employer alone are none, even when only one account there has it', async () => {
    const torunn = await learner('Torunn', 'Aasgard', '1988-12-03', 'torunn.aasgard@odda.test', ODDA_SIGNAL);
    await learner('Bjarte', 'Aasgard', '1990-01-17', 'bjarte.aasgard@odda.test', ODDA_SIGNAL);
    await learner('Torunn', 'Lie', '1975-06-09', 'torunn.lie@voss.test', VOSS_RAIL);
    const result = await find({ name: 'Torunn', employer: ODDA_SIGNAL });
    expect(result.verdict).toBe('none');
    expect(result.why).toEqual({ code: 'one-name-word' });
    expect(result.candidates[0]?.id).toBe(torunn);
    // With her exact birth date the first name is enough to say likely.
    const born = await find({ name: 'Torunn', birthDate: '1988-12-03', employer: ODDA_SIGNAL });
    expect(born.verdict).toBe('likely');
    expect(born.candidates[0]?.id).toBe(torunn);
  });
});
