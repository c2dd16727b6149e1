// Triage and reply rules left open (triage15), each by tickets written afresh (none is a ticket of a
// labelled set): W10 against W12 by whether the type change is asked for; W19's next steps and reply;
// `triage --answer` greeting a double given name as the ticket signs it.
import { describe, expect, it } from 'vitest';
import { nextCommands } from '../../src/domain/triage/next-steps.js';
import { type TicketMessage, triageTicket } from '../../src/domain/triage/triage.js';
import { answerOnDemo } from '../helpers/demo-answer.js';
import { TICKET_DAY, ticket } from '../helpers/ticket-message.js';
import { NO_FACTS } from './tickets.js';

const topics = (t: TicketMessage) => triageTicket(t, TICKET_DAY).topics.map((s) => s.topic);

describe('W10 against W12: an explicit ask to change the type leads with W10', () => {
  it.each([
    [
      'nb "kan dere endre brukertypen"',
      'Hei. Kurset "Sporveksler grunnkurs" dukker ikke opp når jeg søker, bare e-læringen. Arbeidsgiveren betaler kurset. Kan dere endre brukertypen min til full?',
      'Kurset vises ikke',
      'Lars Øvrebø',
    ],
    [
      'en "please upgrade my account"',
      'Hi, I cannot find the classroom course "Track safety level 2" when I search, only the free e-learning. My manager says it is because of my account, so please upgrade my account to the full catalogue.',
      'Course not showing',
      'Jonas Berntsen',
    ],
    [
      'nn "kan de byte meg til full"',
      'Hei! Eg finn ikkje kurset "Signal grunnkurs" i katalogen, berre gratiskursa. Kan de byte meg over til full kurskatalog? Arbeidsgjevaren min er Signalverket AS.',
      'Finn ikkje kurset',
      'Synnøve Haugland',
    ],
    [
      'nb "må jeg bytte til full? hva må jeg fylle ut?"',
      'Hei. Jeg finner ikke kurset "Sikkerhetskurs for anleggsarbeid" i katalogen, bare e-læringen. Jeg har gratisbruker. Må jeg over på full kurskatalog? Hva må jeg i så fall fylle ut?',
      'Kurset mangler',
      'Odd Helge Bakken',
    ],
    [
      'en a bare "Please change." after the type it names',
      'Hi, the course my employer booked for me does not show up, I can only see the free e-learning. I believe I need the full catalogue type. Please change.',
      'Course missing',
      'Piotr Nowak',
    ],
  ])('%s', (_, body, subject, name) => {
    const t = ticket(`${body}\n${name}`, {
      subject,
      from: { address: `${name.split(' ')[0]!.toLowerCase()}.test15@gmail.com`, name },
    });
    expect(topics(t).slice(0, 2)).toEqual(['W10', 'W12']);
  });
});

describe('W10 against W12: "I cannot see the course" without asking to change leads with W12', () => {
  it.each([
    [
      'nb "er det på grunn av brukertypen?"',
      'Hei, jeg finner ikke kurset "Arbeid på spor grunnkurs" når jeg søker i kurskatalogen. Jeg har gratis bruker. Er det på grunn av brukertypen min?',
      'Finner ikke kurset',
      'Tove Rasmussen',
    ],
    [
      'en "do I need to upgrade?"',
      'Hello, I am looking for the classroom course "Overhead line safety" but it does not show up, I only see the free courses. I think I have a free account. Do I need to upgrade?',
      "Can't see the course",
      'Aidan Walsh',
    ],
    [
      'nb "hvis jeg må bytte …, hvordan gjør jeg det?"',
      'Hei! Jeg ser bare gratiskursene når jeg logger inn. Skal på «Sikring av arbeid på spor» som arbeidsgiveren betaler, men kurset kommer ikke opp. Hvis jeg må bytte til full kurskatalog, hvordan gjør jeg det?',
      'Ser bare gratiskurs',
      'Hege Solberg',
    ],
  ])('%s', (_, body, subject, name) => {
    const t = ticket(`${body}\n${name}`, {
      subject,
      from: { address: `${name.split(' ')[0]!.toLowerCase()}.test15@gmail.com`, name },
    });
    expect(topics(t)[0]).toBe('W12');
  });
});

describe('W19: a team asking for test data gets the fixtures commands', () => {
  it('the next steps are fixtures generate, load (a dry run) and an anonymised dump', () => {
    const lines = nextCommands(['W19'], {
      facts: NO_FACTS,
      ticket: 'SUP-15',
      attachments: [],
      language: 'nb',
    });
    expect(lines.map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual([
      'kursdesk fixtures generate',
      'kursdesk fixtures load',
      'kursdesk fixtures dump',
    ]);
    // Never a plain dump of real people's data.
    expect(lines[2]).toContain('--anonymise');
  });
});

describe.each(['sqlite'] as const)('triage --answer on the demo data (%s)', (dialect) => {
  const answer = answerOnDemo(dialect);

  it('W19: the reply offers synthetic or anonymised test data, not "not something we handle"', async () => {
    const t = ticket(
      [
        'Hei',
        'Vi i testteamet trenger testdata til testmiljøet vårt: rundt 300 fiktive kursdeltakere med kursbevis, helst lastet inn hver natt i CI. Kan dere lage et slikt datasett?',
        'Hilsen Testteamet',
      ].join('\n'),
      { subject: 'Testdata', from: { address: 'test@jernbane-it-eksempel.no', name: 'Testteamet' } },
    );
    const a = await answer(t);
    expect(a.topic).toBe('W19');
    expect(a.reply).toContain('syntetisk datasett');
    expect(a.reply).toContain('anonymisert kopi');
    expect(a.reply).not.toContain('ikke noe vi kan hjelpe med');
  });

  it('a double given name is greeted as the ticket signs it ("Hei Sigurd Einar,"), as the guided mode does', async () => {
    const t = ticket(
      [
        'Hei',
        'Jeg har gratis bruker, men skal på et betalt kurs som arbeidsgiveren betaler. Kan dere bytte brukertypen min til full?',
        'Hilsen Sigurd Einar Danielsen',
      ].join('\n'),
      {
        subject: 'Bytte brukertype',
        from: { address: 'sigurd.danielsen77@epost.test', name: 'Sigurd Einar Danielsen' },
      },
    );
    const a = await answer(t);
    expect(a.learner?.id).toBe(3);
    expect(a.reply).toMatch(/^Hei Sigurd Einar,/);
  });

  it('a ticket signed with the first given name only is greeted by it ("Hei Sigurd,")', async () => {
    const t = ticket(
      [
        'Hei',
        'Jeg har gratis bruker, men skal på et betalt kurs som arbeidsgiveren betaler. Kan dere bytte brukertypen min til full?',
        'Hilsen Sigurd',
      ].join('\n'),
      { subject: 'Bytte brukertype', from: { address: 'sigurd.danielsen77@epost.test' } },
    );
    const a = await answer(t);
    expect(a.learner?.id).toBe(3);
    expect(a.reply).toMatch(/^Hei Sigurd,/);
  });
});
