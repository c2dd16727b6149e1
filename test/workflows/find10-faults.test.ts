// W1 faults found reading the tenth blind find set, with people of our own, on every database:
// - `verified` tells the writer the login in full, so the name must be the one the person writes: words
//   left out or added and short forms are, one typing slip is, two slips in it are not (likely);
// - an address that spells the account's name with another number (a namesake's birth year) is no
//   slip of the account's address, so it does not lift one of two namesakes above the other;
// - the employer named is one the best fit works or worked for and its same-named rivals never did:
//   likely, not ambiguous.
import { afterAll, describe, expect, it } from 'vitest';
import { moveLearner } from '../../src/workflows/move-employer.js';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { useFindPeople } from '../helpers/find-people.js';

afterAll(stopTestServers);

const FLAM_BANE = '988077917';
const EIDFJORD_EL = '974760673';
const RAUMA_SPOR = '915662609';

describe.each(DIALECTS)('find10 faults, on %s', (dialect) => {
  const { learner, find, deps } = useFindPeople(
    dialect,
    {
      [FLAM_BANE]: 'Flåm Banedrift AS',
      [EIDFJORD_EL]: 'Eidfjord Elektro AS',
      [RAUMA_SPOR]: 'Rauma Sporteknikk AS',
    },
    400,
  );

  it('two slips in the name keep the account likely even with the exact date and its own login; one slip, a short form or a middle name left out verify', async () => {
    const torgeir = await learner('Torgeir', 'Holmesland', '1983-02-17', 'torgeir.h@flam.test', FLAM_BANE);
    const oskar = await learner(
      'Oskar Andreas',
      'Tveit',
      '1979-08-21',
      'oskar.tveit@eidfjord.test',
      EIDFJORD_EL,
    );
    const own = { birthDate: '1983-02-17', emails: ['torgeir.h@flam.test'] };
    const twoSlips = await find({ name: 'Torgeir Holnesladn', ...own });
    expect(twoSlips.candidates[0]?.id).toBe(torgeir);
    expect(twoSlips.verdict).toBe('likely');
    expect(twoSlips.revealed).toBe(false);
    const oneSlip = await find({ name: 'Torgeir Holmeslnad', ...own });
    expect(oneSlip.candidates[0]?.id).toBe(torgeir);
    expect(oneSlip.verdict).toBe('verified');
    for (const name of ['Oskar Tveit', 'Oskar Andreas Tveit', 'Oskar Andreas Tveit Lunde']) {
      const written = await find({ name, birthDate: '1979-08-21', emails: ['oskar.tveit@eidfjord.test'] });
      expect(written.candidates[0]?.id, name).toBe(oskar);
      expect(written.verdict, name).toBe('verified');
    }
  });

  it('an address with a namesake’s number in it does not pick one of two namesakes; a slip in the letters still does', async () => {
    const older = await learner('Signe', 'Rabben', '1986-03-25', 'signe.rabben86@flam.test', FLAM_BANE);
    await learner('Signe', 'Rabben', '1991-11-02', 'signe.rabben91@eidfjord.test', EIDFJORD_EL);
    const number = await find({ name: 'Signe Rabben', emails: ['signe.rabben95@flam.test'] });
    expect(number.verdict).toBe('ambiguous');
    expect(number.candidates.map((c) => c.evidence.email.match)).not.toContain('near miss');
    const slip = await find({ name: 'Signe Rabben', emails: ['signe.rabbne86@flam.test'] });
    expect(slip.verdict).toBe('likely');
    expect(slip.candidates[0]?.id).toBe(older);
    expect(slip.candidates[0]?.evidence.email.match).toBe('near miss');
  });

  it('the only one of same-named accounts who ever worked for the employer named is likely; two who did stay ambiguous', async () => {
    const moved = await learner('Eirik', 'Tveiten', '1975-05-30', 'eirik.tveiten@flam.test', FLAM_BANE);
    await learner('Eirik', 'Tveiten', '1988-10-12', 'eirik.t88@eidfjord.test', EIDFJORD_EL);
    await moveLearner(
      deps(),
      { by: 'id', id: moved },
      { to: RAUMA_SPOR, invoiceReference: undefined, newEmail: undefined, expectVersion: undefined },
      { dryRun: false },
    );
    const former = await find({ name: 'Eirik Tveiten', employer: FLAM_BANE });
    expect(former.candidates[0]?.id).toBe(moved);
    expect(former.candidates[0]?.evidence.employer?.match).toBe('earlier');
    expect(former.verdict).toBe('likely');
    expect(former.revealed).toBe(false);
    await learner('Eirik', 'Tveiten', '1969-01-08', 'eirik.tveiten69@flam.test', FLAM_BANE);
    const both = await find({ name: 'Eirik Tveiten', employer: FLAM_BANE });
    expect(both.verdict).toBe('ambiguous');
  });
});
