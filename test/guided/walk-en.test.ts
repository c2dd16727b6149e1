// An English-speaking agent in the guided mode pastes real-looking tickets (English, bokmål, nynorsk):
// every FAQ question leads to a reply in the ticket's language, while what the agent reads stays English.
import { afterAll, describe, expect, it } from 'vitest';
import { triageTicket } from '../../src/domain/triage/triage.js';
import { pastedTicket } from '../../src/guided/flows/ticket.js';
import { entries, runGuide } from '../../src/guided/menu.js';
import { pastedTicketReader } from '../../src/guided/ticket-reader.js';
import { readTicket } from '../../src/workflows/triage/read-message.js';
import { removeScratch } from '../fixtures/support.js';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { useDemoDatabase } from '../helpers/demo-db.js';
import { testDeps } from '../helpers/deps.js';
import { englishPasteRunner, scriptedSession } from './script.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

const read = pastedTicketReader({ readTicket, triageTicket }, () => '2026-12-07');

/** Bokmål words of the desk's own screens that must not reach an English agent (replies aside). */
const BOKMAL = /\b(og|ikke|kontoen|bruker|svar|henvendelse\w*|fødselsdato|mangler|velg|kurs|ingen)\b/i;

/** What the agent read, less the reply blocks (in the learner's language) and the ticket's own words. */
function screen(shown: string): string {
  return (
    shown
      .replace(/\n── [^\n]*\n[\s\S]*?\n─{80}\n/g, '\n')
      .split('\n')
      // The ticket's own words: its subject in the heading, its commands.
      .filter((l) => !l.trim().startsWith('$ kursdesk') && !l.startsWith('Ticket '))
      .join('\n')
  );
}

const FIRMA_ID = `From: Anna Berg <anna.berg@mail.test>
Subject: Firma-ID?

When I log in it asks me for a Firma-ID. What is that?

Anna Berg
Mob: +47 912 34 567
`;

const HOW_TO_LOGIN_NN = `Frå: Ola Vik <ola.vik@mail.test>
Emne: innlogging

Korleis loggar eg inn i kursportalen? Kva er brukarnamnet mitt?

Helsing Ola
`;

const REGISTER_NB = `Fra: Jonas Lie <jonas.lie@entreprenor.test>
Emne: Ny bruker

Hei, jeg er ny og skal ta sikkerhetskurset. Hvordan oppretter jeg en brukerkonto, og hvilken type skal jeg velge?

Mvh Jonas Lie
Tlf 22 33 44 55
`;

const COMPANY_NB = `Fra: Regnskap Fjellvegen <regnskap@fjellvegen.test>
Emne: Firma finnes ikke

Hei, våre ansatte finner ikke firmaet vårt Fjellvegen Entreprenør når de skal registrere seg.
Kontaktperson: Mona Li, mona.li@fjellvegen.test, 99887766. KID 123456789012.
`;

describe.each(DIALECTS)('an English agent pastes a ticket on %s', (dialect) => {
  const t = useDemoDatabase(dialect);

  const paste = englishPasteRunner(t);

  it('a question the FAQ answers with its text alone (Firma-ID) gets that answer, not a dead end', async () => {
    const run = await paste(FIRMA_ID, [
      [/Continue with/, true],
      [/Reply to paste/, true],
    ]);
    expect(run.out()).toMatch(/Hello Anna,\n\nIf the portal asks you for a «Firma-ID»/);
    expect(screen(run.shown())).not.toMatch(BOKMAL);
  });

  it('"how do I log in?" in nynorsk gets the FAQ text in nynorsk, not the forgot-e-mail flow', async () => {
    const run = await paste(HOW_TO_LOGIN_NN, [
      [/Continue with/, true],
      [/Reply to paste/, true],
    ]);
    expect(run.shown()).toMatch(/Continue with\n {2}> The FAQ's answer/);
    expect(run.shown()).toMatch(/Reply to paste\n {2}> nynorsk/);
    expect(run.out()).toMatch(/── reply \(nynorsk\) ─/);
    expect(run.out()).toMatch(/Hei Ola,\n\nBrukarnamnet ditt/);
    expect(screen(run.shown())).not.toMatch(BOKMAL);
  });

  it('"how do I register?" in bokmål gets the account types and what registering needs, in bokmål', async () => {
    const run = await paste(REGISTER_NB, [
      [/Continue with/, true],
      [/Reply to paste/, true],
    ]);
    expect(run.out()).toMatch(/Hei Jonas,/);
    expect(run.out()).toMatch(/«Gratis\se-læring»/);
    expect(run.out()).toMatch(/HMS-kort/);
    expect(screen(run.shown())).not.toMatch(BOKMAL);
  });

  it('a company the register extract does not know is asked for all that registering needs, greeted', async () => {
    const script = scriptedSession(
      testDeps(t.db),
      [
        [/Paste the ticket/, COMPANY_NB],
        [/Continue with/, 'Company not in the list'],
        [/Organisation number or company name/, "Fjellvegen => reply asking for the company's details"],
        [/Reply to paste/, true],
      ],
      { lang: 'en', replyLang: 'en' },
    );
    await expect(pastedTicket(script.session, read, entries({ readTicket: read }))).rejects.toThrow(
      /nothing matches 'Fjellvegen'/,
    );
    expect(script.left()).toEqual([]);
    const reply = script.out();
    expect(reply).toMatch(/── reply \(bokmål\) ─+\nHei Mona,\n/);
    // What the FAQ says a registration needs: org number and name, invoice address and e-mail, a contact.
    expect(reply).toMatch(/organisasjonsnummer og firmanavn/);
    expect(reply).toMatch(/fakturaadresse/);
    expect(reply).toMatch(/kontaktperson/);
    expect(screen(script.shown())).not.toMatch(BOKMAL);
  });

  it("the menu answers the FAQ's no-look-up questions (Bane NOR staff) without a pasted ticket", async () => {
    const script = scriptedSession(
      testDeps(t.db),
      [
        [/What is the ticket about/, 'Other FAQ questions'],
        [/What does the person ask/, 'I work at Bane NOR'],
        [/First name to greet/, 'Hege'],
        [/Reply to paste/, 'nynorsk'],
        [/What is the ticket about/, 'Quit'],
      ],
      { lang: 'en', replyLang: 'en' },
    );
    expect(await runGuide(script.session, { readTicket: read })).toBe(0);
    expect(script.left()).toEqual([]);
    expect(script.out()).toMatch(/── reply \(nynorsk\) ─+\nHei Hege,\n/);
    expect(script.out()).toMatch(/Banenettet/);
    expect(screen(script.shown())).not.toMatch(BOKMAL);
  });
});
