// A pasted ticket's facts carried into the guided flow it leads to: what the ticket gives is offered as
// the answer (the new employer, the invoice reference, the account type, the HMS card, the course, a
// company's details), a person the search cannot find leaves the agent a way on, a ticket that held a
// national ID gets the warning paragraph in its reply, and where the records disagree with the ticket
// the agent is told before answering questions in vain.
import { afterAll, describe, expect, it } from 'vitest';
import type { TicketFacts, TriageResult } from '../../src/domain/triage/types.js';
import { courseFull } from '../../src/guided/flows/courses.js';
import { pastedTicket } from '../../src/guided/flows/ticket.js';
import { entries } from '../../src/guided/menu.js';
import { ticketDeps } from '../../src/guided/session.js';
import type { WorkflowDeps } from '../../src/workflows/deps.js';
import { removeScratch } from '../fixtures/support.js';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { useDemoDatabase } from '../helpers/demo-db.js';
import { testDeps } from '../helpers/deps.js';
import { NO_FACTS } from '../helpers/ticket-facts.js';
import { type Step, scriptedSession, W1_WITH_TICKET_FACTS } from './script.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

function ticket(
  topic: TriageResult['topics'][number]['topic'],
  language: TriageResult['language'],
  facts: Partial<TicketFacts>,
): TriageResult {
  return {
    ticket: '',
    subject: 'pasted',
    language,
    topics: [{ topic, confidence: 0.95, because: [] }],
    facts: { ...NO_FACTS, ...facts },
    missing: [],
    commands: [],
  };
}

const person = (full: string) => {
  const [given = '', ...rest] = full.split(' ');
  return { full, given, family: rest.join(' '), source: 'from' as const };
};

describe.each(DIALECTS)('a pasted ticket on %s', (dialect) => {
  const t = useDemoDatabase(dialect);

  const paste = async (triaged: TriageResult, steps: Step[], lang: 'nb' | 'en' = 'nb') => {
    const script = scriptedSession(testDeps(t.db), [[/Lim inn|Paste the ticket/, 'the mail'], ...steps], {
      lang,
    });
    await pastedTicket(script.session, async () => triaged, entries({}));
    expect(script.left()).toEqual([]);
    return script;
  };

  it('W5: the new employer and invoice reference the ticket gives are the answers offered', async () => {
    const w5 = await paste(
      ticket('W5', 'en', {
        names: [person('Bjørn Antonsen')],
        emails: ['bjorn.antonsen@banesignal.test'],
        orgNumbers: ['992873167'],
        newOrgNumber: '992873167',
        invoiceReference: 'TE-4471',
      }),
      [
        [/Fortsette med/, 'Har byttet arbeidsgiver'],
        [/Bruker/, ' => Bjørn Antonsen'],
        // Nothing typed: the ticket's org number is searched.
        [/Ny arbeidsgiver/, ' => Trønder Elkraft AS'],
        [/Fakturareferanse/, true],
        [/Flytte Bjørn Antonsen til Trønder Elkraft AS/, true],
        [/Saksnummer/, 'SUP-5001'],
        [/Endre den nå/, false],
        [/Svar til å lime inn/, true],
      ],
    );
    expect(w5.out()).toMatch(/fakturareferanse\s+TE-4471/);
    expect(w5.out()).toMatch(/── svar \(engelsk\) ─+\nHello Bjørn,/);
  });

  it('W10: the account type, employer and reference the ticket asks for are offered', async () => {
    const w10 = await paste(
      ticket('W10', 'nn', {
        names: [person('Trond Strand')],
        emails: ['trond.strand93@epost.test'],
        orgNumbers: ['922188440'],
        accountType: 'full',
        invoiceReference: 'RV-77',
      }),
      [
        [/Fortsette med/, 'Kontotype'],
        [/Bruker/, ' => Trond Strand'],
        [/Ny kontotype/, true],
        [/Arbeidsgiver/, ' => Romerike Vakt og Sikring AS'],
        [/Fakturareferanse/, true],
        [/Endre Trond Strand fra gratis til full/, true],
        [/Saksnummer/, 'SUP-5002'],
        [/Svar til å lime inn/, true],
      ],
    );
    expect(w10.out()).toMatch(/nå\s+full/);
    expect(w10.out()).toContain('Romerike Vakt og Sikring AS');
    expect(w10.out()).toContain('── svar (nynorsk) ');
  });

  it('W11: the card number the ticket gives is the answer offered', async () => {
    const w11 = await paste(
      ticket('W11', 'nb', {
        names: [person('Olav Berg')],
        emails: ['olav.berg80@nettpost.test'],
        hmsCards: ['61234508'],
      }),
      [
        [/Fortsette med/, 'Nytt HMS-kort'],
        [/Bruker/, ' => Olav Berg'],
        [/Nytt HMS-kortnummer/, true],
        [/utstedelsesdato/, true],
        [/Registrere det nye kortet/, true],
        [/Saksnummer/, 'SUP-5003'],
        [/Svar til å lime inn/, true],
      ],
    );
    expect(w11.out()).toMatch(/nå\s+\*+508/);
  });

  it('W7: the company details the ticket gives are offered, and a number not in the extract is said first', async () => {
    const w7 = await paste(
      ticket('W7', 'nb', {
        names: [person('Siri Haugen')],
        emails: ['siri@fjordbetong.test'],
        orgNumbers: ['914778271'],
        companyNames: ['Fjord Betong AS'],
        phones: ['+4741234567'],
        invoiceEmails: ['faktura@fjordbetong.test'],
      }),
      [
        [/Fortsette med/, 'Firmaet finnes ikke'],
        [/Organisasjonsnummer/, true],
        [/Hva nå/, 'registrer likevel'],
        [/Firmanavn/, true],
        [/Kontaktperson$/, true],
        [/Kontaktpersonens e-post/, true],
        [/Kontaktpersonens telefon/, true],
        [/E-post for faktura/, true],
        [/Registrere Fjord Betong AS som kunde/, true],
        [/Saksnummer/, 'SUP-5004'],
        [/Svar til å lime inn/, true],
      ],
    );
    const shown = w7.shown();
    expect(shown).toMatch(/914 778 271 finnes ikke i Brønnøysund-utdraget fra \d\d\.\d\d\.\d{4}/);
    // Said before the first question about the company, not after the agent typed it all.
    expect(shown.indexOf('finnes ikke i Brønnøysund-utdraget')).toBeLessThan(shown.indexOf('? Firmanavn'));
    expect(w7.out()).toContain('Registrert: Fjord Betong AS');
  });

  it('W7: a number not in the extract can be answered with a reply asking for the right one', async () => {
    const w7 = await paste(
      ticket('W7', 'en', { names: [person('Siri Haugen')], orgNumbers: ['914778301'] }),
      [
        [/Fortsette med/, 'Firmaet finnes ikke'],
        [/Organisasjonsnummer/, true],
        [/Hva nå/, 'Svar som ber om organisasjonsnummeret'],
        [/Svar til å lime inn/, true],
      ],
    );
    expect(w7.out()).toMatch(/Hello Siri,\n\nTo help you further/);
    expect(w7.shown()).not.toContain('? Firmanavn');
  });

  it('W3: a person the ticket names but the search cannot find gets the ways on, and the reply greets them', async () => {
    const script = scriptedSession(testDeps(t.db), [
      [/Lim inn/, 'the mail'],
      [/Fortsette med/, 'Har glemt passordet'],
      // Nothing typed: the ticket's address and name find nobody, so the ways on are offered at once.
      [/Bruker/, ' => svar som ber om navn'],
      [/Svar til å lime inn/, true],
    ]);
    const w3 = ticket('W3', 'en', {
      names: [person('Ola Fjellheim')],
      emails: ['ola.fjellheim@tunnelbygg.test'],
    });
    const ended = await pastedTicket(script.session, async () => w3, entries({})).catch((e: unknown) => e);
    expect(script.left()).toEqual([]);
    // The search ends the flow as "nothing found", naming what it searched, with the reply given.
    expect(String(ended)).toMatch(/ingen treff på «ola\.fjellheim@tunnelbygg\.test, Ola Fjellheim»/);
    expect(script.out()).toMatch(/Hello Ola,\n\nTo help you further/);
  });

  it('a ticket that held a national ID: the reply asks the person not to mail it, and shows none of it', async () => {
    const w1 = await paste(
      ticket('W1', 'nb', {
        names: [person('Hanne Moe')],
        birthDates: ['1986-11-01'],
        emails: ['hanne.moe86@epost.test'],
        nationalId: { masked: '011186 *****', birthDate: '1986-11-01' },
      }),
      [...W1_WITH_TICKET_FACTS],
    );
    expect(w1.out()).toMatch(
      /Hei Hanne,\n\nDu sendte oss fødselsnummeret ditt\.[\s\S]*\n\nVi har funnet kontoen din/,
    );
    // Hanne's account was never activated: no password to reset, so the reply names the activation link.
    expect(w1.out()).toMatch(/Kontoen er ikke aktivert ennå/);
    expect(w1.out()).not.toContain('Har du glemt passordet?');
    // Nothing of the number but its mask (the birth date) reaches the screen.
    expect(w1.shown()).not.toMatch(/011186\s?\d{5}/);
  });

  it('W4: the new address the ticket gives, besides the login, is the answer offered', async () => {
    const w4 = await paste(
      ticket('W4', 'nb', {
        names: [person('Per Johnsen')],
        birthDates: ['1996-12-27'],
        emails: ['per.johnsen@nyjobb.test', 'per.johnsen@sorlandets-telesignal.test'],
      }),
      [
        [/Fortsette med/, 'Ny e-post for innlogging'],
        [/Bruker/, ' => Per Johnsen'],
        [/Ny e-postadresse/, true],
        [/Endre innloggingen til Per Johnsen til per\.johnsen@nyjobb\.test/, true],
        [/Saksnummer/, 'SUP-5005'],
        [/Svar til å lime inn/, true],
        [/lenke for nytt passord også/, false],
      ],
    );
    expect(w4.out()).toMatch(/nå\s+per\.johnsen@nyjobb\.test/);
  });

  it('W15: a course the ticket asks for with no pass in the history is said before the reply', async () => {
    const w15 = await paste(
      ticket('W15', 'en', {
        names: [person('Marit Knudsen')],
        emails: ['m.knudsen@helgeland-brutunnel.test'],
        courseCodes: ['FHJ-120'],
      }),
      [
        [/Fortsette med/, 'Kursbevis'],
        [/Bruker/, ' => Marit Knudsen'],
        [/Svar til å lime inn/, true],
      ],
    );
    const shown = w15.shown();
    expect(shown).toContain('warning: FHJ-120: henvendelsen spør om dette kurset');
    expect(shown.indexOf('FHJ-120: henvendelsen')).toBeLessThan(shown.indexOf('? Svar til å lime inn'));
  });
});

describe.each(DIALECTS)('W13 on %s', (dialect) => {
  const t = useDemoDatabase(dialect);

  it('a retired course is explained, not offered a new date the planners would refuse', async () => {
    const script = scriptedSession(testDeps(t.db), [
      [/Bruker/, 'maria sol => Maria Solheim'],
      [/Kurs/, 'GML => GML-050'],
      [/Svar til å lime inn/, true],
    ]);
    await courseFull(script.session);
    expect(script.left()).toEqual([]);
    expect(script.shown()).not.toMatch(/Be om en ny dato/);
    expect(script.shown()).toMatch(/GML-050/);
  });

  it('the course the ticket names is searched before anything is typed', async () => {
    const script = scriptedSession(testDeps(t.db), [
      [/Bruker/, 'petter lunde => Petter Lunde'],
      [/Kurs/, ' => KL-200'],
      [/Hvilken dato/, 'Ingen endring'],
    ]);
    script.session.hints = { ...NO_FACTS, courseCodes: ['KL-200'] };
    await courseFull(script.session);
    expect(script.left()).toEqual([]);
  });
});

describe('the ticket reference', () => {
  it('left empty is asked for by name, in the agent’s language, not refused for its characters', async () => {
    for (const [lang, said] of [
      ['nb', 'skriv saksnummeret (f.eks. SUP-1234)'],
      ['en', 'type the ticket reference (e.g. SUP-1234)'],
    ] as const) {
      const script = scriptedSession({} as WorkflowDeps, [[/Saksnummer|Ticket reference/, '']], { lang });
      await expect(ticketDeps(script.session)).rejects.toThrow(`refused: ${said}`);
    }
  });

  it('holding a national ID is refused for that, not for its characters', async () => {
    for (const [lang, said] of [
      ['nb', 'et saksnummer kan ikke inneholde et fødselsnummer'],
      ['en', 'a ticket reference may not hold a national ID'],
    ] as const) {
      const script = scriptedSession(
        {} as WorkflowDeps,
        [[/Saksnummer|Ticket reference/, 'SUP-15108695088']],
        {
          lang,
        },
      );
      // The script's error quotes what was typed (the prompt's own line shows it); the reason is after 'refused:'.
      await expect(ticketDeps(script.session)).rejects.toThrow(`refused: ${said}: `);
    }
  });
});
