// What a third party (HR, a manager, a parent) may be told, and in whose voice: the login of the person
// they write about is masked to them (W1), the guided mode speaks to them as triage does (W1, W14, the
// national-ID warning), and the W5, W11, W14 and W20 replies speak of the person in the third person;
// export and erasure wait for the person's own request. Invented people only: Anne Lie (HR, no account),
// Emma Sørli (no account); Ole Berge-Paulsen (14), Marit Knudsen (20), Lars Solheim (37) are demo learners.
import { afterAll, describe, expect, it } from 'vitest';
import { maskEmail } from '../../src/domain/personal-data.js';
import type { ReplyLang } from '../../src/domain/replies/catalogue.js';
import { triageTicket } from '../../src/domain/triage/triage.js';
import type { TriageResult } from '../../src/domain/triage/types.js';
import { pastedTicket } from '../../src/guided/flows/ticket.js';
import { entries } from '../../src/guided/menu.js';
import { removeScratch } from '../fixtures/support.js';
import { type Step, scriptedSession } from '../guided/script.js';
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

/** The second person a reply to the learner uses, which a reply to HR must not. */
const SECOND_PERSON: Record<ReplyLang, RegExp> = {
  nb: /\b(?:du|deg|din|ditt|dine)\b/i,
  nn: /\b(?:du|deg|din|ditt|dine)\b/i,
  en: /\b(?:you|your)\b/i,
};

// Ole Berge-Paulsen's login now, and the address he had at his former employer.
const OLE_LOGIN = 'ole.berge-paulsen@banesignal.test';

describe.each(DIALECTS)('triage --answer to a third party, on %s', (dialect) => {
  const answer = answerInEachOnDemo(dialect);

  const whichEmail: Record<ReplyLang, string> = {
    nb: 'Hei, vår ansatte Ole Berge-Paulsen (født 11.01.1979, tidligere ole.berge-paulsen@gd-vegetasjon.test) husker ikke hvilken e-post han er registrert med. Kan dere finne det ut?\nMvh Anne Lie',
    nn: 'Hei, den tilsette vår Ole Berge-Paulsen (fødd 11.01.1979, tidlegare ole.berge-paulsen@gd-vegetasjon.test) hugsar ikkje kva e-post han er registrert med. Kan de finne det ut?\nHelsing Anne Lie',
    en: 'Hello, our employee Ole Berge-Paulsen (born 11.01.1979, formerly ole.berge-paulsen@gd-vegetasjon.test) does not remember which e-mail he registered with. Can you find out?\nRegards, Anne Lie',
  };
  it.each(LANGS)(
    'W1 verified (%s): HR sees the login masked, and that he can log in or ask us',
    async (lang) => {
      const a = await answer(hrTicket(whichEmail[lang], 'Hvilken e-post?'));
      expect(a.answer.topic).toBe('W1');
      expect(a.answer.learner?.id).toBe(14);
      const reply = a.replies![lang];
      expect(reply.startsWith(`${GREETING[lang]} Anne,\n\n`)).toBe(true);
      expect(reply).not.toContain(OLE_LOGIN);
      expect(reply).toContain(maskEmail(OLE_LOGIN));
      expect(reply).toMatch(/kontoen til Ole Berge-Paulsen|account of Ole Berge-Paulsen/);
      expect(reply).toMatch(
        /Ole Berge-Paulsen (?:selv|sjølv )?(?:skrive|may write) (?:til oss|to us)|kan Ole Berge-Paulsen (?:selv|sjølv) skrive til oss/,
      );
      expect(body(reply)).not.toMatch(SECOND_PERSON[lang]);
    },
  );

  it('W1 verified, the learner writing from the old address: the login is still shown whole to him', async () => {
    const a = await answer(
      ticket(
        'Hei, jeg husker ikke hvilken e-post jeg registrerte meg med. Født 11.01.1979.\nHilsen Ole Berge-Paulsen',
        {
          subject: 'Hvilken e-post?',
          from: { address: 'ole.berge-paulsen@gd-vegetasjon.test', name: 'Ole Berge-Paulsen' },
        },
      ),
    );
    expect(a.triage.writer).toBeUndefined();
    expect(a.replies!.nb).toContain(`med e-postadressen ${OLE_LOGIN}.`);
  });

  const tickets: Record<'W5' | 'W11' | 'W14' | 'W20', { subject: string; text: Record<ReplyLang, string> }> =
    {
      W5: {
        subject: 'Ny arbeidsgiver',
        text: {
          nb: 'Hei, vår nye ansatte Emma Sørli har byttet arbeidsgiver til oss. Kan dere flytte henne?\nMvh Anne Lie',
          nn: 'Hei, den nye tilsette vår Emma Sørli har bytt arbeidsgjevar til oss. Kan de flytte henne?\nHelsing Anne Lie',
          en: 'Hello, our new employee Emma Sørli has changed employer to us. Can you move her?\nRegards, Anne Lie',
        },
      },
      W11: {
        subject: 'Nytt HMS-kort',
        text: {
          nb: 'Hei, vår ansatte Emma Sørli har fått nytt HMS-kort. Kan dere oppdatere det?\nMvh Anne Lie',
          nn: 'Hei, den tilsette vår Emma Sørli har fått nytt HMS-kort. Kan de oppdatere det?\nHelsing Anne Lie',
          en: 'Hello, our employee Emma Sørli has got a new HMS card. Can you update it?\nRegards, Anne Lie',
        },
      },
      W14: {
        subject: 'Opplæringsløp',
        text: {
          nb: 'Hei, hva gjenstår i opplæringsløpet til vår ansatte Emma Sørli?\nMvh Anne Lie',
          nn: 'Hei, kva står att i opplæringsløpet til den tilsette vår Emma Sørli?\nHelsing Anne Lie',
          en: 'Hello, what is left in the training programme of our employee Emma Sørli?\nRegards, Anne Lie',
        },
      },
      W20: {
        subject: 'Slett konto',
        text: {
          nb: 'Hei, vår tidligere ansatte Emma Sørli vil at dere sletter kontoen hennes. Hva lagrer dere om henne?\nMvh Anne Lie',
          nn: 'Hei, den tidlegare tilsette vår Emma Sørli vil at de slettar kontoen hennar. Kva lagrar de om henne?\nHelsing Anne Lie',
          en: 'Hello, our former employee Emma Sørli wants you to delete her account. What do you store about her?\nRegards, Anne Lie',
        },
      },
    };
  describe.each(['W5', 'W11', 'W14', 'W20'] as const)('%s', (topic) => {
    it.each(LANGS)('(%s): greets Anne and speaks of Emma Sørli, never "you"', async (lang) => {
      const { subject, text } = tickets[topic];
      const a = await answer(hrTicket(text[lang], subject));
      expect(a.answer.topic).toBe(topic);
      const reply = a.replies![lang];
      expect(reply.startsWith(`${GREETING[lang]} Anne,\n\n`)).toBe(true);
      expect(reply.split('\n\n')[1]).toMatch(/Emma Sørli/);
      expect(body(reply)).not.toMatch(SECOND_PERSON[lang]);
    });
  });

  it("W20 says the person must ask themselves; nothing is erased on a third party's word", async () => {
    const a = await answer(hrTicket(tickets.W20.text.nb, 'Slett konto'));
    expect(a.replies!.nb).toMatch(/bare når Emma Sørli selv ber om det/);
    expect(a.replies!.en).toMatch(/only when Emma Sørli asks for it/);
  });

  it("W20 from a learner's own login, but written by HR about someone else: no erase command", async () => {
    // Anne writes from a colleague's mailbox (Lars Solheim's login): the mailbox proves nothing about
    // Emma Sørli, and erasing Lars's account on it would erase the wrong person.
    const a = await answer(
      ticket(tickets.W20.text.nb, {
        subject: 'Slett konto',
        from: { address: 'lars.solheim@banesignal.test' },
      }),
    );
    expect(a.triage.writer).toBeDefined();
    expect(a.answer.commands.join(' ')).not.toMatch(/privacy erase/);
    expect(a.replies!.nb).not.toMatch(/sletter nå/);
  });

  it.each(LANGS)(
    'W5 for a found learner already there (%s): nothing to do, said of Lars Solheim',
    async (lang) => {
      const text = {
        nb: 'Hei, vår ansatte Lars Solheim (født 17.09.1983, lars.solheim@banesignal.test) har byttet arbeidsgiver til oss, org.nr. 912 837 459. Kan dere flytte ham?\nMvh Anne Lie',
        nn: 'Hei, den tilsette vår Lars Solheim (fødd 17.09.1983, lars.solheim@banesignal.test) har bytt arbeidsgjevar til oss, org.nr. 912 837 459. Kan de flytte han?\nHelsing Anne Lie',
        en: 'Hello, our employee Lars Solheim (born 17.09.1983, lars.solheim@banesignal.test) has changed employer to us, org. no. 912 837 459. Can you move him?\nRegards, Anne Lie',
      }[lang];
      const a = await answer(hrTicket(text, 'Ny arbeidsgiver'));
      expect(a.answer.topic).toBe('W5');
      expect(a.answer.learner?.id).toBe(37);
      const reply = a.replies![lang];
      expect(reply.startsWith(`${GREETING[lang]} Anne,\n\n`)).toBe(true);
      expect(reply).toMatch(
        /arbeidsgiveren til Lars Solheim|arbeidsgjevaren til Lars Solheim|employer of Lars Solheim/,
      );
      expect(body(reply)).not.toMatch(SECOND_PERSON[lang]);
    },
  );

  it.each(LANGS)(
    'W14 for a found learner (%s): what Marit Knudsen still needs, in the third person',
    async (lang) => {
      const text = {
        nb: 'Hei, hva gjenstår i opplæringsløpet til vår ansatte Marit Knudsen (født 18.03.1973, m.knudsen@helgeland-brutunnel.test)?\nMvh Anne Lie',
        nn: 'Hei, kva står att i opplæringsløpet til den tilsette vår Marit Knudsen (fødd 18.03.1973, m.knudsen@helgeland-brutunnel.test)?\nHelsing Anne Lie',
        en: 'Hello, what is left in the training programme of our employee Marit Knudsen (born 18.03.1973, m.knudsen@helgeland-brutunnel.test)?\nRegards, Anne Lie',
      }[lang];
      const a = await answer(hrTicket(text, 'Opplæringsløp'));
      expect(a.answer.topic).toBe('W14');
      expect(a.answer.learner?.id).toBe(20);
      const reply = a.replies![lang];
      expect(reply.startsWith(`${GREETING[lang]} Anne,\n\n`)).toBe(true);
      expect(reply).toMatch(/Marit Knudsen/);
      expect(body(reply)).not.toMatch(SECOND_PERSON[lang]);
    },
  );
});

describe.each(DIALECTS)('the guided mode to a third party, on %s', (dialect) => {
  const t = useDemoDatabase(dialect);
  const run = async (triaged: TriageResult, steps: Step[]) => {
    const script = scriptedSession(testDeps(t.db), [[/Lim inn|Paste the ticket/, 'the mail'], ...steps]);
    await pastedTicket(script.session, async () => triaged, entries({}));
    expect(script.left()).toEqual([]);
    return script;
  };

  it('W1: greets Anne, names Ole Berge-Paulsen, shows his login masked in the reply', async () => {
    const triaged = triageTicket(hrTicket(whichEmailNb, 'Hvilken e-post?'), TICKET_DAY);
    expect(triaged.writer).toEqual({ given: 'Anne' });
    const script = await run(triaged, [
      [/Fortsette med/, 'Husker ikke e-posten'],
      [/Fullt navn/, true],
      [/Fødselsdato/, true],
      [/e-postadresser/, true],
      [/Svar til å lime inn/, true],
      [/nå\?/, false],
    ]);
    const reply = script.out().slice(script.out().indexOf('Hei Anne,'));
    expect(reply).toMatch(/^Hei Anne,\n\nVi har funnet kontoen til Ole Berge-Paulsen\./);
    expect(reply).toContain(maskEmail(OLE_LOGIN));
    expect(reply).not.toContain(OLE_LOGIN);
    expect(reply).not.toMatch(/Hei Ole,|kontoen din/);
  });

  it('W1 then a reset link: mailed to his login, and the reply to Anne says so about him', async () => {
    const triaged = triageTicket(hrTicket(whichEmailNb, 'Hvilken e-post?'), TICKET_DAY);
    const script = await run(triaged, [
      [/Fortsette med/, 'Husker ikke e-posten'],
      [/Fullt navn/, true],
      [/Fødselsdato/, true],
      [/e-postadresser/, true],
      [/Svar til å lime inn/, true],
      [/nå\?/, true],
      [/Saksnummer/, 'RT-4711'],
      [/Svar til å lime inn/, true],
    ]);
    const out = script.out();
    // The screen wraps the reply at its width: compared with its lines joined.
    const reply = out.slice(out.lastIndexOf('Hei Anne,')).replace(/\s+/g, ' ');
    // No SMTP here, so the mail waits in the outbox: the reply says it is being sent, not that it was (walk15).
    expect(reply).toMatch(
      /^Hei Anne, Vi sender nå en e-post til o\*+@banesignal\.test, innloggingsadressen til Ole Berge-Paulsen,/,
    );
    expect(reply.replace(/«[^»]*»/g, '')).not.toMatch(/Hei Ole,|\bdu\b|\bdeg\b/);
    // The agent's screen shows the login whole (the agent may see it); the reply does not.
    expect(reply).not.toContain(OLE_LOGIN);
  });

  it('W14: greets Anne and speaks of Marit Knudsen; the ID warning names her', async () => {
    const triaged = triageTicket(
      hrTicket(
        'Hei, hva gjenstår i opplæringsløpet til vår ansatte Marit Knudsen?\nMvh Anne Lie',
        'Opplæringsløp',
      ),
      TICKET_DAY,
    );
    expect(triaged.writer).toEqual({ given: 'Anne' });
    // The ticket held her national ID (only its mask reaches the session).
    const withId: TriageResult = {
      ...triaged,
      facts: { ...triaged.facts, nationalId: { masked: '180373 *****', birthDate: '1973-03-18' } },
    };
    const script = await run(withId, [
      [/Fortsette med/, 'opplæringsløp'],
      [/Bruker/, ' => Marit Knudsen'],
      [/Svar til å lime inn/, true],
      ...ENROL_DECLINED,
    ]);
    const out = script.out();
    expect(out).toMatch(/Hei Anne,\n\nDu sendte oss fødselsnummeret til Marit Knudsen\./);
    expect(out).not.toMatch(/Hei Marit,|fødselsnummeret ditt/);
    const reply = out.slice(out.indexOf('Hei Anne,'));
    expect(reply).toMatch(/Marit Knudsen (?:har fullført|er ikke tildelt)|for Marit Knudsen:/);
    // After the greeting and the warning (which is to Anne, who sent the number), no "you".
    const status = reply.split('\n\nVennlig hilsen')[0]!.split('\n\n').slice(2).join('\n\n');
    expect(status.replace(/«[^»]*»/g, '')).not.toMatch(SECOND_PERSON.nb);
  });
});

const whichEmailNb =
  'Hei, vår ansatte Ole Berge-Paulsen (født 11.01.1979, tidligere ole.berge-paulsen@gd-vegetasjon.test) husker ikke hvilken e-post han er registrert med. Kan dere finne det ut?\nMvh Anne Lie';
/** The programmes flow offers to book each classroom item with no date: declined here. */
const ENROL_DECLINED: Step[] = [[/Melde på en dato/, false]];
