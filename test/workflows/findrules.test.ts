// W1 rules for what `likely` may rest on (users find, the guided mode and triage --answer share them):
// `likely` makes the agent offer the account's login hint, so a wrong person must never get it. A birth
// date far from the account's speaks against it however well the name and the employer fit, unless an
// address of the account backs it; one word of a name with an employer is not enough on its own.
// People of our own, on every database.
import { afterAll, describe, expect, it } from 'vitest';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { useFindPeople } from '../helpers/find-people.js';

afterAll(stopTestServers);

const VOSS_RAIL = '988077917';
const ODDA_SIGNAL = '974760673';

describe.each(DIALECTS)('what a likely account rests on, on %s', (dialect) => {
  const { learner, find } = useFindPeople(
    dialect,
    {
      [VOSS_RAIL]: 'Voss Skinnegang AS',
      [ODDA_SIGNAL]: 'Odda Signalteknikk AS',
    },
    300,
  );

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
