// W1 faults found reading the tenth blind find set, with people of our own, on every database:
// - `verified` tells the writer the login in full, so the name must be the one the person writes: words
//   left out or added and short forms are, one typing slip is, two slips in it are not (likely);
// - an address that spells the account's name with another number (a namesake's birth year) is no
//   slip of the account's address, so it does not lift one of two namesakes above the other;
// - the employer named is one the best fit works or worked for and its same-named rivals never did:
//   likely, not ambiguous.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseNationalId, syntheticNationalId } from '../../src/domain/national-id.js';
import { markDatabase } from '../../src/workflows/database.js';
import { findAccount } from '../../src/workflows/find-account.js';
import { createLearner } from '../../src/workflows/learners.js';
import { moveLearner } from '../../src/workflows/move-employer.js';
import { DIALECTS, openTestDatabase, stopTestServers, type TestDatabase } from '../helpers/databases.js';
import { testDeps } from '../helpers/deps.js';
import { insertCompany } from '../helpers/rows.js';

afterAll(stopTestServers);

const FLAM_BANE = '988077917';
const EIDFJORD_EL = '974760673';
const RAUMA_SPOR = '915662609';

describe.each(DIALECTS)('find10 faults, on %s', (dialect) => {
  let t: TestDatabase;
  let individual = 400;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await t.reset();
    await markDatabase(t.db, testDeps(t.db).actor(), 'test');
    await insertCompany(t.db.kysely, { org_number: FLAM_BANE, name: 'Flåm Banedrift AS' });
    await insertCompany(t.db.kysely, { org_number: EIDFJORD_EL, name: 'Eidfjord Elektro AS' });
    await insertCompany(t.db.kysely, { org_number: RAUMA_SPOR, name: 'Rauma Sporteknikk AS' });
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

  const find = (request: { name: string; birthDate?: string; emails?: string[]; employer?: string }) =>
    findAccount(testDeps(t.db), {
      name: request.name,
      ...(request.birthDate ? { birthDate: request.birthDate } : {}),
      emails: request.emails ?? [],
      ...(request.employer ? { employerOrgNumbers: [request.employer] } : {}),
      limit: 10,
    });

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
      testDeps(t.db),
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
