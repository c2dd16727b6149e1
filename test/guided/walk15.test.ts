// A new agent's walk through the guided mode (walk15): what walk14 left open. A pasted ticket's sender
// answers "is it from the person?", replies say only what is true when they are pasted.
import { afterAll, describe, expect, it } from 'vitest';
import { parseDate } from '../../src/domain/dates.js';
import type { TicketFacts, TriageResult } from '../../src/domain/triage/types.js';
import { pastedTicket, saysSpamChecked } from '../../src/guided/flows/ticket.js';
import { entries } from '../../src/guided/menu.js';
import { askOptional } from '../../src/guided/session.js';
import { table } from '../../src/guided/show.js';
import { removeScratch } from '../fixtures/support.js';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { useDemoDatabase } from '../helpers/demo-db.js';
import { testDeps } from '../helpers/deps.js';
import { startSmtp } from '../helpers/smtp.js';
import { NO_FACTS } from '../helpers/ticket-facts.js';
import { englishPasteRunner, type Step, scriptedSession } from './script.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

const ERASE_ME = (from: string) => `From: Erik Aasen <${from}>
Subject: slett meg

Hei, jeg vil at dere sletter kontoen min og alt dere har lagret om meg.

Erik Aasen
`;

describe.each(DIALECTS)('walk15 on %s', (dialect) => {
  const t = useDemoDatabase(dialect);

  const paste = englishPasteRunner(t);

  it('an erasure asked from the login itself is not asked "does it come from …?" (the ticket says)', async () => {
    const run = await paste(ERASE_ME('Erik.Aasen@jaeren-maskin.test'), [
      [/Continue with/, true],
      [/Learner/, ' => Erik Aasen'],
      [/What does the person ask/, 'Erasure'],
      [/Ticket reference/, 'SUP-7040'],
      [/Reply to paste/, true],
    ]);
    expect(run.shown()).toMatch(/privacy erase 317/);
  });

  it('the ticket screen names each topic beside its number, in what is missing too', async () => {
    const run = await paste(ERASE_ME('erik1969@privat.test'), [
      [/Continue with/, true],
      [/Learner/, ' => Erik Aasen'],
      [/What does the person ask/, 'Erasure'],
      [/Reply to paste/, true],
    ]);
    // Before: «W20 96%» and «W20: birth date».
    expect(run.out()).toMatch(/W20 personal data \/ delete me \d+%/);
    expect(run.out()).toMatch(/W20 \(personal data \/ delete me\): birth date/);
  });

  it('access, then erasure: both commands, then one reply with the copy attached and the account deleted', async () => {
    const run = await paste(ERASE_ME('erik.aasen@jaeren-maskin.test'), [
      [/Continue with/, true],
      [/Learner/, ' => Erik Aasen'],
      // Before: only «Access» or «Erasure» could be chosen.
      [/What does the person ask/, 'Access, then erasure'],
      [/Ticket reference/, 'SUP-7041'],
      [/Reply to paste/, 'English'],
    ]);
    const shown = run.shown().replace(/ \\\n\s+/g, ' ');
    expect(shown).toMatch(/privacy export 317 --out personopplysninger-317\.json/);
    expect(shown).toMatch(/privacy erase 317/);
    const reply = run.out().replace(/\s+/g, ' ');
    expect(reply).toMatch(
      /Attached is a copy of everything the course portal holds about you \(personopplysninger-317\.json\)/,
    );
    expect(reply).toMatch(/We have deleted your account in the course portal/);
  });

  it('access alone ends in the reply to paste, not only in a command', async () => {
    const run = await paste(ERASE_ME('erik.aasen@jaeren-maskin.test'), [
      [/Continue with/, true],
      [/Learner/, ' => Erik Aasen'],
      [/What does the person ask/, 'Access'],
      [/Ticket reference/, 'SUP-7042'],
      // Before: the flow ended after the command, with no reply.
      [/Reply to paste/, 'English'],
    ]);
    expect(run.out().replace(/\s+/g, ' ')).toMatch(/Attached is a copy of everything/);
  });

  it("W1's verdict table keeps Jon Knut Pedersen's address whole within 80 columns (his name gives way)", async () => {
    const ticket = `From: Jon Knut <jkp@privat.test>\nSubject: glemt e-post\n\nHei, jeg husker ikke hvilken e-post jeg brukte. Kan være jon.knut.pedersen@jaeren-maskin.test\n\nJon Knut Pedersen\nfødt 10.02.1979\n`;
    const run = await paste(ticket, [
      [/Continue with/, true],
      [/Full name/, true],
      [/Birth date/, true],
      [/e-mail addresses/, true],
      [/Reply to paste/, true],
      [/reset link/, false],
    ]);
    const row = run
      .out()
      .split('\n')
      .find((l) => l.includes('jon.knut.pedersen@jaeren-maskin.test') && /^\s+\d/.test(l));
    expect(row).toBeDefined();
    expect(row?.length).toBeLessThanOrEqual(80);
  });

  it('an erasure asked from another address gets the reply asking them to write from the login, unasked', async () => {
    const run = await paste(ERASE_ME('erik1969@privat.test'), [
      [/Continue with/, true],
      [/Learner/, ' => Erik Aasen'],
      [/What does the person ask/, 'Erasure'],
      [/Reply to paste/, true],
    ]);
    expect(run.shown()).not.toMatch(/privacy erase/);
  });
});

const KARI = 'kari.nordmann@banesignal.test';
const kari = { full: 'Kari Nordmann', given: 'Kari', family: 'Nordmann', source: 'signature' as const };
// HR asks for a colleague: the link is mailed to her login, and the reply goes to HR.
function fromHr(facts: Partial<TicketFacts>): TriageResult {
  return {
    ticket: 'SUP-8150',
    subject: 'Glemt passord',
    language: 'nb',
    from: 'personal@banesignal.test',
    topics: [{ topic: 'W3', confidence: 0.95, because: [] }],
    facts: { ...NO_FACTS, ...facts },
    missing: [],
    commands: [],
  };
}

describe.each(DIALECTS)('a mailed link and its reply on %s', (dialect) => {
  const t = useDemoDatabase(dialect);
  const ENV = { KURSDESK_PORTAL_URL: 'https://kurs.example.no', KURSDESK_LINKS_PER_DAY: '50' };
  const steps = (extra: Step[], raw = 'the mail'): Step[] => [
    [/Lim inn/, raw],
    [/Fortsette med/, 'Har glemt passordet'],
    [/Bruker/, ' => Kari Nordmann'],
    [/Sende lenke til Kari Nordmann/, true],
    [/Saksnummer/, true],
    ...extra,
    [/Svar til å lime inn/, true],
  ];
  const triaged = fromHr({ names: [kari], emails: ['personal@banesignal.test', KARI] });

  it('without a mail server the reply says the e-mail is on its way, and the agent is told to send it first', async () => {
    const script = scriptedSession(testDeps(t.db), steps([]), { env: ENV });
    await pastedTicket(script.session, async () => triaged, entries({}));
    expect(script.left()).toEqual([]);
    // Before: «Vi har nå sendt en e-post» while the screen said it waits in the outbox.
    expect(script.out()).not.toMatch(/Vi har nå sendt/);
    expect(script.out()).toMatch(/Vi sender deg nå en e-post til k\S+\s+med/);
    expect(script.shown()).toMatch(/send den før du limer inn svaret/);
  });

  it("a ticket saying the spam folder was checked gets the FAQ's other checks, not «look in your spam folder»", async () => {
    const raw = 'Hei, jeg har sjekket søppelposten, men finner ingen e-post fra dere.';
    const script = scriptedSession(testDeps(t.db), steps([], raw), { env: ENV });
    await pastedTicket(script.session, async () => triaged, entries({}));
    expect(script.left()).toEqual([]);
    const reply = script.out().replace(/\s+/g, ' ');
    expect(reply).not.toMatch(/se i mappen for søppelpost/);
    expect(reply).toMatch(/Du skriver at du allerede har sett i søppelposten/);
    expect(reply).toMatch(/på en PC, gjerne i en annen nettleser/);
  });

  it('with a mail server the agent may send it now; then the reply says it was sent', async () => {
    const smtp = await startSmtp();
    try {
      const script = scriptedSession(testDeps(t.db), steps([[/Sende e-posten med lenken nå/, true]]), {
        env: { ...ENV, KURSDESK_SMTP_URL: smtp.url },
      });
      await pastedTicket(script.session, async () => triaged, entries({}));
      expect(script.left()).toEqual([]);
      expect(smtp.received.map((m) => m.to)).toEqual([[KARI]]);
      expect(script.shown()).toMatch(/Sendt til kari\.nordmann@banesignal\.test/);
      expect(script.out()).toMatch(/Vi har nå sendt en e-post til k\S+\s+med/);
      expect(script.shown()).not.toMatch(/send den før du limer inn svaret/);
    } finally {
      await smtp.close();
    }
  });
});

describe('a ticket that says the spam folder was looked in', () => {
  it.each([
    'Jeg har sjekket søppelposten, men ingenting der.',
    'I have checked my spam folder and nothing.',
    'Den er ikke i spam heller.',
    'Har sett i søppelpost og innboks',
  ])('%s', (said) => expect(saysSpamChecked(said)).toBe(true));
  it.each(['Jeg fikk aldri e-posten for å aktivere kontoen.', 'Hvor finner jeg kurset?'])('not: %s', (said) =>
    expect(saysSpamChecked(said)).toBe(false),
  );
});

describe('at 80 columns', () => {
  it('a table whose last column is kept whole fits it in the line: the name gives way, the address is not folded', () => {
    const shown = table(
      ['id', 'name', 'born', 'status', 'e-mail'],
      [['412', 'Jon Knut Pedersen', '10 Feb 1979', 'active', 'jon.knut.pedersen@jaeren-maskin.test']],
      { wholeLast: true, give: { 1: 12 } },
    );
    for (const line of shown.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(shown).toContain('  jon.knut.pedersen@jaeren-maskin.test\n');
  });

  it('a refused answer under a prompt is wrapped at spaces within 78 columns (the list of date formats)', async () => {
    const script = scriptedSession(testDeps(undefined as never), [[/Born/, '10.02.1979']], { lang: 'en' });
    let refusal: string | boolean | undefined;
    const { input } = script.session.term;
    script.session.term.input = (message, o) => {
      refusal = o?.validate?.('in March last year') as string | boolean | undefined;
      return input(message, o);
    };
    await askOptional(script.session, 'Born', (t) => parseDate(t, '2026-12-07'));
    expect(typeof refusal).toBe('string');
    const lines = String(refusal).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(78);
    expect(String(refusal)).toMatch(/(^|\s)dd\/mm\/yy,(\s|$)/);
  });
});
