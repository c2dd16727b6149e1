// A new agent's walk through the FAQ in the guided mode (walk14): a pasted ticket that already says what a
// step asks (the new employer by name, the address to log in with) has that step answered from it.
import { afterAll, describe, expect, it } from 'vitest';
import { triageTicket } from '../../src/domain/triage/triage.js';
import { pastedTicket } from '../../src/guided/flows/ticket.js';
import { entries } from '../../src/guided/menu.js';
import { pastedTicketReader } from '../../src/guided/ticket-reader.js';
import { readTicket } from '../../src/workflows/triage/read-message.js';
import { removeScratch } from '../fixtures/support.js';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { useDemoDatabase } from '../helpers/demo-db.js';
import { testDeps } from '../helpers/deps.js';
import { englishPasteRunner, type Step, scriptedSession } from './script.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

const read = pastedTicketReader({ readTicket, triageTicket }, () => '2026-12-07');

// The employer by name only (no org number); the facts in the signature; sent from a private address.
const NEW_JOB = `From: Marit K <mk1973@privat.test>
Subject: new job

Hello,
I started at Trønder Elkraft AS last month, can you move my account there? The invoice reference is PRJ-4471.

Thanks
Marit Knudsen
born 18.03.1973
login: m.knudsen@helgeland-brutunnel.test
`;

// The same by org number (the employer step needs no name), another learner on his old employer's domain.
const NEW_JOB_ORG = `From: Jon Knut <jkp@privat.test>
Subject: ny jobb

Hello, I now work for Trønder Elkraft AS, org.nr 992873167. Please move my account.

Jon Knut Pedersen
born 10.02.1979
login: jon.knut.pedersen@jaeren-maskin.test
`;

// A company's request, every fact in the signature, no invoice e-mail; not in ELMA nor in the extract.
const COMPANY_NO_INVOICE_EMAIL = `Hei,
De ansatte hos oss finner ikke firmaet når de skal opprette bruker. Kan dere legge oss til?

Med vennlig hilsen
Lise Haugen
Daglig leder
Valdres Sporservice AS
Org.nr. 987 654 325
Tlf 911 22 333
lise@valdres-spor.test
`;

describe.each(DIALECTS)('walk14 on %s', (dialect) => {
  const t = useDemoDatabase(dialect);

  const paste = englishPasteRunner(t);

  it('"I started at <company>" (a name, no org number): the new employer is offered from the ticket', async () => {
    // Enter on the empty search: only what the ticket gave is offered (nothing was, before).
    const run = await paste(NEW_JOB, [
      [/Continue with/, true],
      [/Learner/, ' => Marit Knudsen'],
      [/New employer/, ' => Trønder Elkraft AS'],
      [/Invoice reference/, true],
      [/Move Marit Knudsen to Trønder Elkraft AS/, true],
      [/Ticket reference/, 'T-1002'],
      [/Change it now/, false],
      [/Reply to paste/, true],
    ]);
    expect(run.out()).toMatch(/We have registered Trønder Elkraft AS as your employer/);
  });

  it('a move that leaves the login on the old domain offers the address the ticket came from as the new login', async () => {
    const run = await paste(NEW_JOB_ORG, [
      [/Continue with/, true],
      [/Learner/, ' => Jon Knut Pedersen'],
      [/New employer/, ' => Trønder Elkraft AS'],
      [/Invoice reference/, true],
      [/Move Jon Knut Pedersen/, true],
      [/Ticket reference/, 'T-1002'],
      [/Change it now/, true],
      // Enter: the sender's address, not an empty answer the e-mail check refuses.
      [/New e-mail address/, true],
      [/Change Jon Knut Pedersen's login to jkp@privat\.test/, true],
      [/Ticket reference/, true],
      // walk15: the login change is said in the move's reply (one reply, not two).
      [/reset link/, false],
      [/Reply to paste/, true],
    ]);
    expect(run.out()).toMatch(/log in with to jkp@privat\.test/);
  });

  it("the move's reply, asked for after the login change, no longer says the old employer's address is the login", async () => {
    const ticket = `From: Fredrik <ft@privat.test>\nSubject: new job\n\nHello, I now work for Trønder Elkraft AS, org.nr 992873167. Please move my account.\n\nFredrik Tønnessen\nborn 26.04.1984\nlogin: fredrik.tonnessen@helgeland-brutunnel.test\n`;
    const run = await paste(ticket, [
      [/Continue with/, true],
      [/Learner/, ' => Fredrik Tønnessen'],
      [/New employer/, ' => Trønder Elkraft AS'],
      [/Invoice reference/, true],
      [/Move Fredrik Tønnessen/, true],
      [/Ticket reference/, 'T-1003'],
      // Before: the move's reply came here, saying «You still log in with f***@helgeland-brutunnel.test».
      [/Change it now/, true],
      [/New e-mail address/, true],
      [/Change Fredrik Tønnessen's login to ft@privat\.test/, true],
      [/Ticket reference/, true],
      [/reset link/, false],
      [/Reply to paste/, true],
    ]);
    const moved = run.out().slice(run.out().lastIndexOf('── reply'));
    expect(moved).toMatch(/We have registered Trønder Elkraft AS as your employer/);
    expect(run.out()).not.toMatch(/You still log in with/);
    // walk15: one reply, which says the login changed too and no longer sends them to «Oppdater arbeidsgiver».
    expect(run.out().match(/── reply/g)).toHaveLength(1);
    expect(run.out()).toMatch(/We have also changed the e-mail address you log in with to ft@privat\.test/);
    expect(run.out()).not.toMatch(/if you have a new employer/);
  });

  it("a second pasted ticket is not offered the first ticket's reference for its change", async () => {
    const hms = (name: string, email: string, card: string) =>
      `From: ${name} <${email}>\nSubject: new HMS card\n\nHi, I have a new HMS card, number ${card}. Please update it.\n\n${name}\n`;
    const change = (name: string, ticket: string): Step[] => [
      [/Continue with/, true],
      [/Learner/, ` => ${name}`],
      [/HMS card number/, true],
      [/issue/i, true],
      [/new card/i, true],
      [/Ticket reference/, ticket],
      [/Reply to paste/, true],
    ];
    const script = scriptedSession(
      testDeps(t.db),
      [
        [/Paste the ticket/, hms('Bente Johansen', 'bente.johansen@tronder-elkraft.test', '12345678')],
        ...change('Bente Johansen', 'T-1008'),
        [/Paste the ticket/, hms('Trond Strand', 'trond.strand93@epost.test', '87654321')],
        ...change('Trond Strand', 'T-1010'),
      ],
      { lang: 'en', replyLang: 'en' },
    );
    // What each ticket-reference question offered on Enter.
    const offered: (string | undefined)[] = [];
    const { input } = script.session.term;
    script.session.term.input = (message, o) => {
      if (/Ticket reference/.test(message)) offered.push(o?.default);
      return input(message, o);
    };
    await pastedTicket(script.session, read, entries({ readTicket: read }));
    await pastedTicket(script.session, read, entries({ readTicket: read }));
    expect(script.left()).toEqual([]);
    expect(offered).toEqual([undefined, undefined]);
  });

  it('a company not in ELMA whose ticket gives no invoice e-mail can be answered with a reply asking for it', async () => {
    const run = await paste(COMPANY_NO_INVOICE_EMAIL, [
      [/Continue with/, true],
      [/Organisation number/, true],
      [/What now/, 'register anyway'],
      [/Company name/, true],
      [/Contact person$/, true],
      [/Contact person's e-mail/, true],
      [/Contact person's phone/, true],
      // Before: «Invoice e-mail (not in ELMA)», refusing an empty answer, with no way back but Ctrl-C.
      [/What now/, 'Reply asking for the invoice e-mail'],
      [/Reply to paste/, true],
    ]);
    expect(run.shown()).toMatch(/not in ELMA and the ticket gives no e-mail address for its invoices/);
    expect(run.out()).toMatch(
      /── reply \(bokmål\) ─+\nHei Lise,\n[\s\S]*e-postadressen fakturaene skal sendes til/,
    );
    const registered = await t.db.kysely
      .selectFrom('companies')
      .select('id')
      .where('org_number', '=', '987654325')
      .execute();
    expect(registered).toEqual([]);
  });
});
