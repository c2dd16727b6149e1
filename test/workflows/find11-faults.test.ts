// W1 faults found reading the eleventh blind find set, with people of our own, on every database:
// - a written word that is itself a name (on file, or one of the common ones) is taken as meant: an
//   account the name fits only by reading it as another name (Hovlund as Hovland) is listed, but the
//   verdict is not about it, unless one of its addresses is given;
// - "Family, Given" with a comma is the person's own name in another order, as exact as "Given Family".
import { afterAll, describe, expect, it } from 'vitest';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { useFindPeople } from '../helpers/find-people.js';

afterAll(stopTestServers);

const FLAM_BANE = '988077917';
const EIDFJORD_EL = '974760673';

describe.each(DIALECTS)('find11 faults, on %s', (dialect) => {
  const { learner, find } = useFindPeople(
    dialect,
    { [FLAM_BANE]: 'Flåm Banedrift AS', [EIDFJORD_EL]: 'Eidfjord Elektro AS' },
    500,
  );

  it('a family name on file is not read as another one letter away, however exact the birth date; it is still listed', async () => {
    const gunnar = await learner('Gunnar', 'Hovland', '1982-04-19', 'gunnar.hovland@flam.test', FLAM_BANE);
    await learner('Ingrid', 'Hovlund', '1990-07-23', 'ingrid.hovlund@eidfjord.test', EIDFJORD_EL);
    const other = await find({ name: 'Gunnar Hovlund', birthDate: '1982-04-19' });
    expect(other.verdict).toBe('none');
    expect(other.why).toEqual({ code: 'name-is-another' });
    expect(other.candidates[0]?.id).toBe(gunnar);
    // A slip in a word that is no name is still a slip of the account's name.
    const slip = await find({ name: 'Gunnar Hovlnad', birthDate: '1982-04-19' });
    expect(slip.verdict).toBe('likely');
    expect(slip.candidates[0]?.id).toBe(gunnar);
    // The account's own address proves who wrote, whatever name they typed.
    const proven = await find({
      name: 'Gunnar Hovlund',
      birthDate: '1982-04-19',
      emails: ['gunnar.hovland@flam.test'],
    });
    expect(proven.verdict).toBe('verified');
    expect(proven.candidates[0]?.id).toBe(gunnar);
  });

  it('the account with the name as written comes first and decides the verdict, over one the name reaches only as another name', async () => {
    await learner('Gunnar', 'Hovland', '1982-04-19', 'gunnar.hovland@flam.test', FLAM_BANE);
    const hovlund = await learner('Gunnar', 'Hovlund', '1982-04-18', 'g.hovlund@eidfjord.test', EIDFJORD_EL);
    const result = await find({ name: 'Gunnar Hovlund', birthDate: '1982-04-19' });
    expect(result.candidates[0]?.id).toBe(hovlund);
    expect(result.verdict).toBe('likely');
  });

  it('"Family, Given" is the name as written: the only same-named account at the employer named, or the only one with it, is likely', async () => {
    const here = await learner('Elisabeth', 'Rustad', '1973-08-21', 'elisabeth.rustad@flam.test', FLAM_BANE);
    await learner('Elisabeth', 'Rustad', '1996-01-09', 'e.rustad@eidfjord.test', EIDFJORD_EL);
    const atEmployer = await find({ name: 'Rustad, Elisabeth', employer: FLAM_BANE });
    expect(atEmployer.candidates[0]?.id).toBe(here);
    expect(atEmployer.candidates[0]?.evidence.name.kind).toBe('exact');
    expect(atEmployer.verdict).toBe('likely');
    const kenneth = await learner('Kenneth', 'Vollan', '1983-05-09', 'kenneth.vollan@flam.test', FLAM_BANE);
    const alone = await find({ name: 'Vollan, Kenneth' });
    expect(alone.candidates[0]?.id).toBe(kenneth);
    expect(alone.verdict).toBe('likely');
    // Without the comma the order is not known to be the family name first: still only near.
    const noComma = await find({ name: 'Vollan Kenneth' });
    expect(noComma.verdict).toBe('ambiguous');
  });
});
