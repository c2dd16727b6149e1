// A reset or activation link in the guided mode reaches only the login's own mailbox: without a mail
// server, a link is shown for the reply only when the reply goes to the login itself (the pasted ticket
// came from it, or the agent says so from the menu); a ticket from anyone else, or pasted without a
// sender, gets the link mailed to the login on file, and the reply says it was mailed.
import { afterAll, describe, expect, it } from 'vitest';
import type { TicketFacts, TriageResult } from '../../src/domain/triage/types.js';
import { linkFor } from '../../src/guided/flows/account.js';
import { cannotFindCourse } from '../../src/guided/flows/courses.js';
import { pastedTicket } from '../../src/guided/flows/ticket.js';
import { entries } from '../../src/guided/menu.js';
import { removeScratch } from '../fixtures/support.js';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { useDemoDatabase } from '../helpers/demo-db.js';
import { testDeps } from '../helpers/deps.js';
import { NO_FACTS } from '../helpers/ticket-facts.js';
import { type Step, scriptedSession } from './script.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

const KARI = 'kari.nordmann@banesignal.test';
const LINK = /https:\/\/kurs\.example\.no\/account\//;
// Every test issues a link for Kari; the daily limit per learner is lifted so they do not meet it.
const ENV = { KURSDESK_PORTAL_URL: 'https://kurs.example.no', KURSDESK_LINKS_PER_DAY: '50' };

function w3(from: string | undefined, facts: Partial<TicketFacts>): TriageResult {
  return {
    ticket: 'SUP-8120',
    subject: 'Glemt passord',
    language: 'nb',
    ...(from === undefined ? {} : { from }),
    topics: [{ topic: 'W3', confidence: 0.95, because: [] }],
    facts: { ...NO_FACTS, ...facts },
    missing: [],
    commands: [],
  };
}

const kari = { full: 'Kari Nordmann', given: 'Kari', family: 'Nordmann', source: 'signature' as const };

describe.each(DIALECTS)('a link in the guided mode on %s', (dialect) => {
  const t = useDemoDatabase(dialect);

  const outbox = async () =>
    (
      await t.db.kysely
        .selectFrom('outbox')
        .select(['to_address', 'kind'])
        .where('to_address', '=', KARI)
        .execute()
    ).length;

  const paste = async (triaged: TriageResult) => {
    const script = scriptedSession(
      testDeps(t.db),
      [
        [/Lim inn/, 'the mail'],
        [/Fortsette med/, 'Har glemt passordet'],
        [/Bruker/, ` => Kari Nordmann`],
        [/Sende lenke til Kari Nordmann/, true],
        [/Saksnummer/, true],
        [/Svar til å lime inn/, true],
      ],
      { env: ENV },
    );
    const before = await outbox();
    await pastedTicket(script.session, async () => triaged, entries({}));
    expect(script.left()).toEqual([]);
    return { script, mailed: (await outbox()) - before };
  };

  it('a ticket from someone else (HR for a colleague): the link is mailed to the login, never shown', async () => {
    const { script, mailed } = await paste(
      w3('personal@banesignal.test', { names: [kari], emails: ['personal@banesignal.test', KARI] }),
    );
    expect(mailed).toBe(1);
    expect(script.shown()).not.toMatch(LINK);
    expect(script.shown()).toContain(
      'henvendelsen kom ikke fra innloggingens egen adresse: lenken sendes på e-post til innloggingen, og svaret sier det',
    );
    expect(script.out()).toMatch(
      /Vi sender deg nå en e-post til k\S+\s+med\s+en\s+lenke\s+der\s+du\s+kan\s+velge/,
    );
  });

  it('a ticket pasted without a sender: mailed to the login too', async () => {
    const { script, mailed } = await paste(w3(undefined, { names: [kari], emails: [KARI] }));
    expect(mailed).toBe(1);
    expect(script.shown()).not.toMatch(LINK);
    expect(script.shown()).toContain('den innlimte henvendelsen har ingen avsenderadresse');
  });

  it("a ticket from the login's own address: the link is handed over in the reply, as before", async () => {
    const { script, mailed } = await paste(w3(KARI.toUpperCase(), { names: [kari], emails: [KARI] }));
    expect(mailed).toBe(0);
    expect(script.out()).toMatch(LINK);
    expect(script.out()).toMatch(/Her er lenken der du kan velge et nytt passord/);
    expect(script.shown()).not.toContain('lenken sendes på e-post');
  });

  const fromMenu = async (answer: string, lang: 'nb' | 'en' = 'nb') => {
    const script = scriptedSession(
      testDeps(t.db),
      [
        [/Bruker|Learner/, `${KARI} => Kari Nordmann`],
        [/Sende lenke til Kari|Issue a link for Kari/, true],
        [/Saksnummer|Ticket reference/, 'SUP-8121'],
        [/Hvem går svaret til\?|Who does the reply go to\?/, answer],
        [/Svar til å lime inn|Reply to paste/, true],
      ] satisfies Step[],
      { lang, env: ENV },
    );
    const before = await outbox();
    await linkFor(script.session);
    expect(script.left()).toEqual([]);
    return { script, mailed: (await outbox()) - before };
  };

  it('from the menu, a reply to someone else: the agent is asked, and the link is mailed to the login', async () => {
    const { script, mailed } = await fromMenu('En annen');
    expect(script.shown()).toContain(`Innloggingens egen e-postkasse, ${KARI} (lenken står i svaret)`);
    expect(mailed).toBe(1);
    expect(script.shown()).not.toMatch(LINK);
    expect(script.shown()).toContain('svaret går til en annen enn innloggingen');
  });

  it("from the menu in English, a reply to the login's own mailbox: the link is shown for the reply", async () => {
    const { script, mailed } = await fromMenu("The login's own mailbox", 'en');
    expect(mailed).toBe(0);
    expect(script.out()).toMatch(LINK);
    expect(script.out()).toContain('Here is the link where you can choose a new password');
  });

  it('from the menu, Enter on the question mails the link (the safe answer)', async () => {
    const { script, mailed } = await fromMenu(true as unknown as string);
    expect(mailed).toBe(1);
    expect(script.shown()).not.toMatch(LINK);
  });

  it('with a mail server set, nothing is asked and the link is mailed', async () => {
    const script = scriptedSession(
      testDeps(t.db),
      [
        [/Bruker/, `${KARI} => Kari Nordmann`],
        [/Sende lenke til Kari/, true],
        [/Saksnummer/, 'SUP-8122'],
        // walk15: a mail server set, the agent may send it now; not now, it waits in the outbox.
        [/Sende e-posten med lenken nå/, false],
        [/Svar til å lime inn/, true],
      ],
      {
        env: {
          ...ENV,
          KURSDESK_SMTP_URL: 'smtp://127.0.0.1:2525',
        },
      },
    );
    const before = await outbox();
    await linkFor(script.session);
    expect(script.left()).toEqual([]);
    expect((await outbox()) - before).toBe(1);
    expect(script.shown()).not.toMatch(LINK);
  });

  it('W12 for an account never activated: the reply points to the registration e-mail, and Enter issues no link that would void it', async () => {
    // Hanne Moe (17) never chose a password; SV-300 is paid, so her free account is also the wrong type.
    const links = async () =>
      (await t.db.kysely.selectFrom('link_tokens').select('id').where('user_id', '=', 17).execute()).length;
    const script = scriptedSession(
      testDeps(t.db),
      [
        [/Bruker/, 'hanne.moe86 => Hanne Moe'],
        [/Kurs/, 'SV-300 => SV-300'],
        [/Svar til å lime inn/, 'bokmål'],
        [/Endre kontotypen/, false],
        [/Sende aktiveringslenken nå\?/, false],
      ],
      { env: ENV },
    );
    const defaults: [string, boolean | undefined][] = [];
    const term = script.session.term;
    const confirm = term.confirm.bind(term);
    term.confirm = async (message, offered) => {
      defaults.push([message, offered]);
      return confirm(message, offered);
    };
    const before = await links();
    await cannotFindCourse(script.session);
    expect(script.left()).toEqual([]);
    expect(script.out()).toContain('Da du registrerte deg, fikk du en e-post med en lenke');
    expect(script.shown()).toContain(
      'svaret viser til lenken i registrerings-e-posten; en ny aktiveringslenke ville gjort den ugyldig',
    );
    // Enter on the offer of a new link says no: the reply and the step agree.
    expect(defaults.find(([m]) => m.startsWith('Sende aktiveringslenken'))?.[1]).toBe(false);
    expect(await links()).toBe(before);
  });
});
