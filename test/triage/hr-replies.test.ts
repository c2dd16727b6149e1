// HR, a manager or a parent writes about someone else: triage's facts are that person's, and the reply
// goes back to the writer. It greets the writer (by the signed name, else no name), speaks of the person
// by name in the third person, and never hands a login link to the writer. Invented people only:
// Anne Lie (HR, no account) and Emma Sørli (no account); Lars Solheim is a demo learner (37).
import { afterAll, describe, expect, it } from 'vitest';
import type { ReplyLang } from '../../src/domain/replies/catalogue.js';
import { triageTicket } from '../../src/domain/triage/triage.js';
import { pastedTicket } from '../../src/guided/flows/ticket.js';
import { entries } from '../../src/guided/menu.js';
import { removeScratch } from '../fixtures/support.js';
import { scriptedSession } from '../guided/script.js';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { answerInEachOnDemo } from '../helpers/demo-answer.js';
import { useDemoDatabase } from '../helpers/demo-db.js';
import { testDeps } from '../helpers/deps.js';
import { replyBody as body, GREETING, hrTicket, LANGS } from '../helpers/hr-ticket.js';
import { TICKET_DAY, ticket } from '../helpers/ticket-message.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

const HR_DESK = { address: 'hr@banesignal.test' };

/** The second person a reply to the learner uses, which a reply to HR must not. */
const SECOND_PERSON: Record<ReplyLang, RegExp> = {
  nb: /\b(?:du|deg|din|ditt|dine)\b/i,
  nn: /\b(?:du|deg|din|ditt|dine)\b/i,
  en: /\b(?:your|you have|you took|you can)\b/i,
};

describe.each(DIALECTS)('a reply to HR speaks to the writer about the person, on %s', (dialect) => {
  const answer = answerInEachOnDemo(dialect);

  const certificate: Record<ReplyLang, string> = {
    nb: 'Hei, vår ansatt Emma Sørli trenger kursbeviset sitt. Kan dere sende det til henne?\nMvh Anne Lie, HR',
    nn: 'Hei, den tilsette vår Emma Sørli treng kursbeviset sitt. Kan de sende det til henne?\nHelsing Anne Lie, HR',
    en: 'Hello, our employee Emma Sørli needs her course certificate. Can you send it to her?\nRegards, Anne Lie, HR',
  };
  it.each(LANGS)('W15, person not found (%s): "Hei Anne", the asks name Emma Sørli', async (lang) => {
    const a = await answer(hrTicket(certificate[lang], 'Kursbevis'));
    expect(a.answer.topic).toBe('W15');
    const reply = a.replies![lang];
    expect(reply.startsWith(`${GREETING[lang]} Anne,\n\n`)).toBe(true);
    expect(reply).not.toMatch(/Emma,/);
    expect(body(reply)).not.toMatch(SECOND_PERSON[lang]);
    const birth = {
      nb: '- fødselsdatoen til Emma Sørli (bare datoen, ikke fødselsnummeret)',
      nn: '- fødselsdatoen til Emma Sørli (berre datoen, ikkje fødselsnummeret)',
      en: '- the date of birth of Emma Sørli (the date only, not the national ID number)',
    }[lang];
    expect(reply).toContain(birth);
    expect(reply).toMatch(/Kursbevisene til Emma Sørli|Kursbevisa til Emma Sørli|certificates of Emma Sørli/);
  });

  it.each(LANGS)(
    'W15, learner found by address and birth date (%s): what Lars Solheim passed',
    async (lang) => {
      const text = {
        nb: 'Hei, vår ansatte Lars Solheim (lars.solheim@banesignal.test, født 17.09.1983) trenger en oversikt over kursene sine.\nMvh Anne Lie',
        nn: 'Hei, den tilsette vår Lars Solheim (lars.solheim@banesignal.test, fødd 17.09.1983) treng ei oversikt over kursa sine.\nHelsing Anne Lie',
        en: 'Hello, our employee Lars Solheim (lars.solheim@banesignal.test, born 17.09.1983) needs a list of his courses.\nRegards, Anne Lie',
      }[lang];
      const a = await answer(hrTicket(text, 'Kursbevis'));
      expect(a.answer.topic).toBe('W15');
      expect(a.answer.learner?.id).toBe(37);
      // No course named: the reply lists what is passed (a named one would go to `certificates issue`).
      const reply = a.replies![lang];
      expect(reply.startsWith(`${GREETING[lang]} Anne,\n\n`)).toBe(true);
      expect(reply).not.toMatch(/Lars,/);
      expect(body(reply)).not.toMatch(SECOND_PERSON[lang]);
      expect(reply).toMatch(/Dette har Lars Solheim bestått:|These are the courses Lars Solheim has passed:/);
    },
  );

  const login: Record<ReplyLang, string> = {
    nb: 'Hei, lærlingen vår Emma Sørli får ikke logget inn og har glemt passordet. Kan dere hjelpe henne?\nMvh Anne Lie',
    nn: 'Hei, lærlingen vår Emma Sørli får ikkje logga inn og har gløymt passordet. Kan de hjelpe henne?\nHelsing Anne Lie',
    en: 'Hello, our apprentice Emma Sørli cannot log in and has forgotten her password. Can you help her?\nRegards, Anne Lie',
  };
  it.each(LANGS)('W3 ask (%s): the password advice and the asks are about Emma Sørli', async (lang) => {
    const a = await answer(hrTicket(login[lang], 'Innlogging'));
    expect(['W1', 'W2', 'W3']).toContain(a.answer.topic);
    const reply = a.replies![lang];
    expect(reply.startsWith(`${GREETING[lang]} Anne,\n\n`)).toBe(true);
    expect(body(reply)).not.toMatch(SECOND_PERSON[lang]);
    expect(reply).toMatch(/Emma Sørli/);
    expect(a.answer.commands.join(' ')).not.toMatch(/links issue/);
  });

  it('W3 for a found learner: the link is mailed to the login, never handed to HR', async () => {
    const a = await answer(
      hrTicket(
        'Hei, vår ansatte Lars Solheim (lars.solheim@banesignal.test) har glemt passordet sitt. Kan dere hjelpe ham?\nMvh Anne Lie, HR',
        'Passord',
      ),
    );
    expect(a.answer.commands).toEqual(['kursdesk links issue 37 --deliver mail --reply nb --reply-to Anne']);
  });

  const whichEmail: Record<ReplyLang, string> = {
    nb: 'Hei, vår ansatte Lars Solheim (født 17.09.1983) husker ikke hvilken e-post han registrerte seg med i kursportalen. Kan dere finne det ut?\nMvh Anne Lie',
    nn: 'Hei, den tilsette vår Lars Solheim (fødd 17.09.1983) hugsar ikkje kva e-post han registrerte seg med i kursportalen. Kan de finne det ut?\nHelsing Anne Lie',
    en: 'Hello, our employee Lars Solheim (born 17.09.1983) does not remember which e-mail he registered with in the course portal. Can you find out?\nRegards, Anne Lie',
  };
  it.each(LANGS)("W1 (%s): the account found is Lars Solheim's, said to Anne", async (lang) => {
    const a = await answer(hrTicket(whichEmail[lang], 'Hvilken e-post?'));
    expect(a.answer.topic).toBe('W1');
    const reply = a.replies![lang];
    expect(reply.startsWith(`${GREETING[lang]} Anne,\n\n`)).toBe(true);
    expect(body(reply)).not.toMatch(SECOND_PERSON[lang]);
    expect(reply).toMatch(
      /kontoen til Lars Solheim|tilhører Lars Solheim|høyrer til Lars Solheim|account of Lars Solheim|belongs to Lars Solheim/,
    );
    expect(a.answer.commands.join(' ')).not.toMatch(/links issue \d+ (?!--deliver mail)/);
  });

  it('W1, an account never activated: the activation link is mailed to the login, not given to HR', async () => {
    // Hanne Moe (demo learner 17, pending, born 1 November 1986).
    const a = await answer(
      hrTicket(
        'Hei, vår ansatte Hanne Moe (født 01.11.1986, privat e-post hanne.moe86@epost.test) får ikke logget inn og vet ikke hvilken e-post hun er registrert med. Kan dere hjelpe henne?\nMvh Anne Lie',
        'Hvilken e-post?',
      ),
    );
    expect(a.answer.topic).toBe('W1');
    expect(a.answer.learner?.id).toBe(17);
    expect(a.answer.commands).toEqual(['kursdesk links issue 17 --deliver mail --reply nb --reply-to Anne']);
    expect(a.replies!.nb).toMatch(/^Hei Anne,\n\nVi har funnet kontoen til Hanne Moe\./);
  });

  const accountType: Record<ReplyLang, string> = {
    nb: 'Hei, vår ansatte Emma Sørli trenger full kurskatalog. Kan dere endre kontotypen for henne?\nMvh Anne Lie',
    nn: 'Hei, den tilsette vår Emma Sørli treng full kurskatalog. Kan de endre kontotypen for henne?\nHelsing Anne Lie',
    en: 'Hello, our employee Emma Sørli needs the full course catalogue. Can you change her account type?\nRegards, Anne Lie',
  };
  it.each(LANGS)('W10 (%s): Emma Sørli can change the type, said to Anne', async (lang) => {
    const a = await answer(hrTicket(accountType[lang], 'Kontotype'));
    expect(a.answer.topic).toBe('W10');
    const reply = a.replies![lang];
    expect(reply.startsWith(`${GREETING[lang]} Anne,\n\n`)).toBe(true);
    expect(body(reply)).not.toMatch(SECOND_PERSON[lang]);
    expect(reply).toMatch(/^Emma Sørli kan byt?t?e kontotype|^Emma Sørli can change the account type/m);
  });

  const seat: Record<ReplyLang, string> = {
    nb: 'Hei, vår ansatte Emma Sørli skulle gjerne hatt plass på et kurs, men kurset er fullt. Kan hun stå på venteliste?\nMvh Anne Lie',
    nn: 'Hei, den tilsette vår Emma Sørli skulle gjerne hatt plass på eit kurs, men kurset er fullt. Kan ho stå på venteliste?\nHelsing Anne Lie',
    en: 'Hello, our employee Emma Sørli would like a seat on a course, but the course is full. Can she join the waitlist?\nRegards, Anne Lie',
  };
  it.each(LANGS)('W13 (%s): the waitlist advice is about Emma Sørli', async (lang) => {
    const a = await answer(hrTicket(seat[lang], 'Kursplass'));
    expect(a.answer.topic).toBe('W13');
    const reply = a.replies![lang];
    expect(reply.startsWith(`${GREETING[lang]} Anne,\n\n`)).toBe(true);
    expect(body(reply)).not.toMatch(SECOND_PERSON[lang]);
    expect(reply).toMatch(/Emma Sørli/);
  });

  it('unsigned, from a team mailbox: a neutral greeting, never the employee by first name', async () => {
    const a = await answer(
      ticket('Hei, vår ansatt Emma Sørli trenger kursbeviset sitt. Kan dere sende det til henne?', {
        subject: 'Kursbevis',
        from: HR_DESK,
      }),
    );
    expect(a.replies!.nb.startsWith('Hei,\n\n')).toBe(true);
    expect(a.replies!.nb).toContain('- fødselsdatoen til Emma Sørli');
  });

  it('triage itself: the ask for missing facts greets the writer and names the person', async () => {
    const { triage } = await answer(hrTicket(certificate.en, 'Certificate'));
    expect(triage.writer).toEqual({ given: 'Anne' });
    expect(triage.askForMissing).toMatch(/^Hello Anne,\n\nTo help Emma Sørli further/);
  });

  it('a learner writing for themselves is still greeted and spoken to as before', async () => {
    const a = await answer(
      ticket('Hei, jeg trenger kursbeviset mitt.\nHilsen Emma Sørli', {
        subject: 'Kursbevis',
        from: { address: 'emma.sorli@epost.test', name: 'Emma Sørli' },
      }),
    );
    expect(a.triage.writer).toBeUndefined();
    expect(a.replies!.nb).toMatch(/^Hei Emma,\n\nKursbevisene dine finner du selv/);
  });
});

describe.each(DIALECTS)('the guided mode answers HR the same way, on %s', (dialect) => {
  const t = useDemoDatabase(dialect);

  it('W15 from a pasted HR ticket: greets Anne, lists what Marit Knudsen passed', async () => {
    const triaged = triageTicket(
      hrTicket(
        'Hei, vår ansatte Marit Knudsen trenger en oversikt over kursbevisene sine.\nMvh Anne Lie, HR',
        'Kursbevis',
      ),
      TICKET_DAY,
    );
    expect(triaged.writer).toEqual({ given: 'Anne' });
    const script = scriptedSession(testDeps(t.db), [
      [/Lim inn|Paste the ticket/, 'the mail'],
      [/Fortsette med/, 'Kursbevis'],
      [/Bruker/, ' => Marit Knudsen'],
      [/Svar til å lime inn/, true],
    ]);
    await pastedTicket(script.session, async () => triaged, entries({}));
    expect(script.left()).toEqual([]);
    const out = script.out();
    expect(out).toMatch(/Hei Anne,/);
    expect(out).not.toMatch(/Hei Marit,/);
    expect(out).toMatch(
      /Dette har Marit Knudsen bestått:|Vi finner ingen beståtte kurs på kontoen til Marit Knudsen/,
    );
  });
});
