import { afterAll, describe, expect, it } from 'vitest';
import { syntheticNationalId } from '../../src/domain/national-id.js';
import { ConflictError, PolicyError } from '../../src/errors.js';
import { probableDuplicatePairs } from '../../src/workflows/duplicates.js';
import { findAccount } from '../../src/workflows/find-account.js';
import { changeLoginEmail } from '../../src/workflows/set-email.js';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { testDeps } from '../helpers/deps.js';
import { createTestLearner, useFindDatabase } from '../helpers/find-people.js';

afterAll(stopTestServers);

describe.each(DIALECTS)('finding accounts on %s', (dialect) => {
  const t = useFindDatabase(dialect);
  let individual = 100;

  const learner = (given: string, family: string, birthDate: string, email: string) =>
    createTestLearner(t.db, () => individual++, { given, family, birthDate, email });

  it('verifies a learner from name, birth date and an old address, and shows the current login', async () => {
    const kari = await learner('Kari-Anne', 'Nordmann', '1985-03-14', 'kari@gammel.no');
    await learner('Kari', 'Nordmann', '1985-03-14', 'kari.nordmann@gmail.com');
    await changeLoginEmail(testDeps(t.db, { ticket: 'SUP-1' }), { by: 'id', id: kari }, 'kari@ny.no', {
      dryRun: false,
    });
    const result = await findAccount(testDeps(t.db), {
      name: 'Nordmann Kari Anne',
      birthDate: '1985-03-14',
      emails: ['kari@gammel.no'],
      limit: 10,
    });
    expect(result.verdict).toBe('verified');
    expect(result.candidates[0]).toMatchObject({
      id: kari,
      email: 'kari@ny.no',
      email_match: 'earlier',
      birth_date_match: 'exact',
    });
    expect(result.candidates[1]?.email).toBe('k***@gmail.com');
  });

  it('finds a name with a typo and no birth date, with the typo named, addresses masked', async () => {
    const terje = await learner('Terje', 'Sivertsen', '1970-05-05', 'terje@bygg.no');
    await learner('Tore', 'Sivertsen', '1971-05-05', 'tore@bygg.no');
    const result = await findAccount(testDeps(t.db), { name: 'Terje Sievrtsen', emails: [], limit: 10 });
    expect(result.candidates[0]).toMatchObject({ id: terje, email: 't***@bygg.no' });
    expect(String(result.candidates[0]!.name_match)).toContain("'sievrtsen' for 'sivertsen'");
    expect(result.verdict).not.toBe('verified');
  });

  it('finds Norwegian letters written the old way, and a swapped day and month', async () => {
    const haakon = await learner('Håkon', 'Sørensen', '1990-04-03', 'hakon@firma.no');
    const result = await findAccount(testDeps(t.db), {
      name: 'Haakon Soerensen',
      birthDate: '1990-03-04',
      emails: [],
      limit: 10,
    });
    expect(result.candidates[0]).toMatchObject({ id: haakon, birth_date_match: 'day-month swapped' });
    expect(String(result.candidates[0]!.name_match)).toBe('exact');
  });

  it('finds an account by an address at another domain, and says ambiguous for namesakes born the same day', async () => {
    const a = await learner('Ole', 'Hansen', '1979-06-02', 'ole.hansen@bygg.no');
    const b = await learner('Ole', 'Hansen', '1979-06-02', 'ole.hansen2@veg.no');
    const byLocalPart = await findAccount(testDeps(t.db), { emails: ['ole.hansen@gmail.com'], limit: 10 });
    expect(byLocalPart.candidates[0]).toMatchObject({
      id: a,
      email_match: 'same local part at another domain',
    });
    const namesakes = await findAccount(testDeps(t.db), {
      name: 'Ole Hansen',
      birthDate: '1979-06-02',
      emails: [],
      limit: 10,
    });
    expect(namesakes.verdict).toBe('ambiguous');
    expect(namesakes.candidates.map((c) => c.id).sort()).toEqual([a, b].sort());
  });

  it('says none when nothing is close', async () => {
    await learner('Kari', 'Nordmann', '1985-03-14', 'kari@bygg.no');
    const result = await findAccount(testDeps(t.db), {
      name: 'Per Person',
      birthDate: '2001-01-01',
      emails: ['per@x.no'],
      limit: 10,
    });
    expect(result.verdict).toBe('none');
  });

  it('reveals masked addresses only with a reason, and audits it', async () => {
    const id = await learner('Kari', 'Nordmann', '1985-03-14', 'kari@bygg.no');
    const result = await findAccount(testDeps(t.db, { ticket: 'SUP-9' }), {
      name: 'Kari Nordmann',
      emails: [],
      limit: 10,
      reveal: { reason: 'phone call' },
    });
    expect(result.candidates[0]!.email).toBe('kari@bygg.no');
    const entry = await t.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'users.reveal')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ user_id: id, ticket: 'SUP-9' });
    expect(entry.changes).toContain('phone call');
    expect(entry.changes).not.toContain('kari@bygg.no');
  });

  it('set-email keeps the old address findable, refuses another account’s address and needs a ticket', async () => {
    const kari = await learner('Kari', 'Nordmann', '1985-03-14', 'kari@gammel.no');
    await learner('Ola', 'Nordmann', '1984-01-01', 'ola@ny.no');
    await expect(
      changeLoginEmail(testDeps(t.db), { by: 'id', id: kari }, 'kari@ny.no', { dryRun: false }),
    ).rejects.toBeInstanceOf(PolicyError);
    await expect(
      changeLoginEmail(testDeps(t.db, { ticket: 'SUP-2' }), { by: 'id', id: kari }, 'ola@ny.no', {
        dryRun: false,
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    await t.db.kysely
      .insertInto('link_tokens')
      .values({
        user_id: kari,
        kind: 'reset',
        token_hash: 'x',
        created_at: '2026-11-25T09:00:00.000Z',
        expires_at: '2026-11-25T11:00:00.000Z',
        issued_by: 'test',
      })
      .execute();
    const change = await changeLoginEmail(
      testDeps(t.db, { ticket: 'SUP-2' }),
      { by: 'id', id: kari },
      'kari@ny.no',
      { dryRun: false },
    );
    expect(change.revokedLinks).toBe(1);
    expect(change.profile.email_history?.map((h) => h.email)).toEqual(['kari@ny.no', 'kari@gammel.no']);
    const found = await findAccount(testDeps(t.db), { emails: ['kari@gammel.no'], limit: 10 });
    expect(found.candidates[0]).toMatchObject({ id: kari, email_match: 'earlier' });
  });

  it('duplicates: same name and birth date, and a shared old address', async () => {
    const a = await learner('Kari', 'Nordmann', '1985-03-14', 'kari@a.no');
    const b = await learner('Kari', 'Nordmann', '1985-03-14', 'kari@b.no');
    const c = await learner('Per', 'Olsen', '1970-01-01', 'per@c.no');
    const d = await learner('Per', 'Olsen', '1971-01-01', 'per@d.no');
    await changeLoginEmail(testDeps(t.db, { ticket: 'SUP-3' }), { by: 'id', id: c }, 'per.olsen@c.no', {
      dryRun: false,
    });
    await changeLoginEmail(testDeps(t.db, { ticket: 'SUP-3' }), { by: 'id', id: d }, 'per@c.no', {
      dryRun: false,
    });
    // The reason is a coded phrase: its English (json, csv, yaml) as before.
    const pairs = (await probableDuplicatePairs({ db: t.db }, 100)).map((p) => ({
      ...p,
      reason: String(p.reason),
    }));
    expect(pairs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ first_id: a, second_id: b, reason: 'same name and birth date' }),
        expect.objectContaining({ first_id: c, second_id: d, reason: 'both used per@c.no' }),
      ]),
    );
    expect(pairs).toHaveLength(2);
  });

  it('finds a short name with one slip when the birth date is exact', async () => {
    const liv = await learner('Liv', 'Lie', '1988-08-08', 'liv@firma.no');
    const result = await findAccount(testDeps(t.db), {
      name: 'Lvi Lei',
      birthDate: '1988-08-08',
      emails: ['liv@firma.no'],
      limit: 10,
    });
    expect(result.candidates[0]).toMatchObject({ id: liv });
    expect(result.verdict).toBe('verified');
  });

  it('finds words joined or split by a slip, from the name alone', async () => {
    const lars = await learner('Lars', 'Haugen', '1975-01-20', 'lars@firma.no');
    const anne = await learner('Annelise', 'Berg', '1980-02-02', 'annelise@firma.no');
    await learner('Lars', 'Berg', '1975-01-21', 'lars.berg@firma.no');
    const joined = await findAccount(testDeps(t.db), { name: 'LarsrHaugen', emails: [], limit: 10 });
    expect(joined.candidates[0]).toMatchObject({ id: lars });
    const split = await findAccount(testDeps(t.db), { name: 'Anne Lise Berg', emails: [], limit: 10 });
    expect(split.candidates[0]).toMatchObject({ id: anne });
  });

  it('two slips in a five-letter name that is no name of its own', async () => {
    const per = await learner('Per', 'Hagen', '1966-06-16', 'per@firma.no');
    const result = await findAccount(testDeps(t.db), { name: 'Per Hgaon', emails: [], limit: 10 });
    expect(result.candidates[0]).toMatchObject({ id: per });
  });

  it('an exact common name is not made ambiguous by a near one born the same day', async () => {
    const hagen = await learner('Ole', 'Hagen', '1979-06-02', 'ole.hagen@bygg.no');
    await learner('Ole', 'Hansen', '1979-06-02', 'ole.hansen@veg.no');
    const result = await findAccount(testDeps(t.db), {
      name: 'Ole Hagen',
      birthDate: '1979-06-02',
      emails: [],
      limit: 10,
    });
    expect(result.verdict).toBe('likely');
    expect(result.candidates[0]).toMatchObject({ id: hagen });
  });

  it('reads an initial for the given name, from the index as well as by birth date', async () => {
    const hilde = await learner('Hilde', 'Andersen', '1977-07-08', 'hilde@bygg.no');
    const helge = await learner('Helge', 'Andersen', '1977-07-08', 'helge@bygg.no');
    await learner('Kjell', 'Andersen', '1977-07-08', 'kjell@bygg.no');
    const byDate = await findAccount(testDeps(t.db), {
      name: 'H. Andersen',
      birthDate: '1977-07-08',
      emails: [],
      limit: 10,
    });
    expect(byDate.verdict).toBe('ambiguous');
    expect(byDate.candidates.slice(0, 2).map((c) => c.id)).toEqual([hilde, helge]);
    // No birth date: the index finds the Andersens, and the address picks Hilde.
    const byName = await findAccount(testDeps(t.db), {
      name: 'H Andersen',
      emails: ['hilde@bygg.no'],
      limit: 10,
    });
    expect(byName.candidates[0]).toMatchObject({ id: hilde, email_match: 'current' });
  });

  it('finds a pet form from the name index alone, and verifies it with the birth date and the login', async () => {
    const oleksandr = await learner('Oleksandr', 'Marchenko', '1981-04-19', 'o.marchenko@bygg.no');
    await learner('Olena', 'Marchenko', '1983-02-01', 'olena.m@bygg.no');
    const byName = await findAccount(testDeps(t.db), { name: 'Sasha Marchenko', emails: [], limit: 10 });
    expect(byName.candidates[0]).toMatchObject({ id: oleksandr });
    expect(String(byName.candidates[0]!.name_match)).toContain("pet form: 'sasha' for 'oleksandr'");
    expect(byName.verdict).toBe('ambiguous');
    const proven = await findAccount(testDeps(t.db), {
      name: 'Sasha Marchenko',
      birthDate: '1981-04-19',
      emails: ['o.marchenko@bygg.no'],
      limit: 10,
    });
    expect(proven.verdict).toBe('verified');
    expect(proven.candidates[0]!.id).toBe(oleksandr);
  });

  it.each([
    ['Mo', 'Muhammad', 'Rahimi'],
    ['Sigge', 'Sigmund', 'Tveitane'],
    ['Stoffer', 'Christoffer', 'Brekkhus'],
    ['Fredde', 'Fredrik', 'Oppedal'],
  ])('reads %s as a pet form of %s: likely with the exact birth date', async (pet, given, family) => {
    const account = await learner(given, family, '1969-08-14', `${given.toLowerCase()}@verksted.no`);
    await learner('Gunnhild', family, '1969-08-14', 'gunnhild@verksted.no');
    const found = await findAccount(testDeps(t.db), {
      name: `${pet} ${family}`,
      birthDate: '1969-08-14',
      emails: [],
      limit: 10,
    });
    expect(found.candidates[0]!.id).toBe(account);
    expect(String(found.candidates[0]!.name_match)).toContain(`pet form: '${pet.toLowerCase()}'`);
    expect(found.verdict).toBe('likely');
  });

  it('a name with a middle name left out is ambiguous beside the exact name, likely alone', async () => {
    const plain = await learner('Vegard', 'Tangvik', '1979-01-12', 'vegard@bygg.no');
    const middle = await learner('Vegard Eilif', 'Tangvik', '1990-10-30', 'v.e.tangvik@bygg.no');
    const both = await findAccount(testDeps(t.db), { name: 'Vegard Tangvik', emails: [], limit: 10 });
    expect(both.verdict).toBe('ambiguous');
    expect(both.candidates.map((c) => c.id)).toEqual([plain, middle]);
    const halfFamily = await learner('Siri', 'Lunde-Vik', '1985-05-05', 'siri@bygg.no');
    const siri = await findAccount(testDeps(t.db), { name: 'Siri Vik', emails: [], limit: 10 });
    expect(siri.candidates[0]!.id).toBe(halfFamily);
    expect(siri.verdict).toBe('likely');
  });

  it('a birth date one slip from two namesakes is ambiguous between them, from one likely', async () => {
    const a = await learner('Lars', 'Andersen', '1967-06-27', 'lars.a@bygg.no');
    const b = await learner('Lars', 'Andersen', '1967-09-29', 'lars.b@bygg.no');
    await learner('Lars', 'Andersen', '1981-02-10', 'lars.c@bygg.no');
    const both = await findAccount(testDeps(t.db), {
      name: 'Lars Andersen',
      birthDate: '1967-06-29',
      emails: [],
      limit: 10,
    });
    expect(both.verdict).toBe('ambiguous');
    expect(
      both.candidates
        .slice(0, 2)
        .map((c) => c.id)
        .sort(),
    ).toEqual([a, b].sort());
    expect(both.candidates[0]!.birth_date_match).toBe('one digit off');
    const near = await findAccount(testDeps(t.db), {
      name: 'Lars Andersen',
      birthDate: '1981-01-10',
      emails: [],
      limit: 10,
    });
    expect(near.verdict).toBe('likely');
    expect(near.candidates[0]!.birth_date_match).toBe('one digit off');
  });

  it('a private address on no account leaves same-name accounts ambiguous, not none', async () => {
    for (const [i, date] of ['1970-01-01', '1980-02-02', '1990-03-03'].entries())
      await learner('Martin', 'Olsen', date, `martin.olsen${i}@bygg.no`);
    const result = await findAccount(testDeps(t.db), {
      name: 'Martin Olsen',
      emails: ['martin10@yahoo.no'],
      limit: 10,
    });
    expect(result.verdict).toBe('ambiguous');
    expect(result.candidates).toHaveLength(3);
  });

  it('a person who is not there does not make someone else with a near common name likely', async () => {
    await learner('Tore', 'Hansen', '1970-01-01', 'tore@bygg.no');
    await learner('Tor', 'Haugland', '1971-01-01', 'tor@bygg.no');
    const result = await findAccount(testDeps(t.db), { name: 'Tor Haugen', emails: [], limit: 10 });
    expect(result.verdict).not.toBe('likely');
    expect(result.verdict).not.toBe('verified');
  });

  it('a birth date that contradicts the national ID given shows and keeps the verdict below verified', async () => {
    const kari = await learner('Kari', 'Nordmann', '1985-03-14', 'kari@bygg.no');
    let other: string | null = null;
    for (let i = 200; !other; i++) other = syntheticNationalId('1990-01-01', i);
    const result = await findAccount(testDeps(t.db), {
      name: 'Kari Nordmann',
      birthDate: '1985-03-14',
      emails: ['kari@bygg.no'],
      nationalId: other,
      limit: 10,
    });
    expect(result.candidates[0]).toMatchObject({ id: kari });
    expect(result.candidates[0]!.evidence.national_id).toEqual({
      match: 'different',
      birth_date_conflict: true,
    });
    expect(result.verdict).toBe('likely');
    expect(result.reason).toMatch(/national ID/);
  });

  it('duplicates: a middle name one account has and the other lacks', async () => {
    const a = await learner('Stine Marie', 'Lund', '1992-09-09', 'stine@a.no');
    const b = await learner('Stine', 'Lund', '1992-09-09', 'stine@b.no');
    await learner('Stine', 'Lunde', '1992-09-09', 'stine@c.no');
    await learner('Siri', 'Lund', '1992-09-09', 'siri@c.no');
    // The reason is a coded phrase: its English (json, csv, yaml) as before.
    const pairs = (await probableDuplicatePairs({ db: t.db }, 100)).map((p) => ({
      ...p,
      reason: String(p.reason),
    }));
    expect(pairs).toEqual([
      expect.objectContaining({
        first_id: a,
        second_id: b,
        reason: expect.stringMatching(/^same birth date, names alike/),
      }),
    ]);
  });
});
