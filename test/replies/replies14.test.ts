// Replies to the right person (replies14): a writer for someone else (HR, a parent) gets the W4 answer
// about that person (the HR writer's own address never becomes the login), and the change commands'
// replies can go to such a writer. Demo learners: Ole Berge-Paulsen (14, login
// ole.berge-paulsen@banesignal.test, earlier ole.berge-paulsen@gd-vegetasjon.test). Anne Lie is invented.
import { afterAll, describe, expect, it } from 'vitest';
import { newSigningKey } from '../../src/domain/certificates/keys.js';
import { maskEmail } from '../../src/domain/personal-data.js';
import type { ReplyLang } from '../../src/domain/replies/catalogue.js';
import { triageTicket } from '../../src/domain/triage/triage.js';
import { pastedTicket } from '../../src/guided/flows/ticket.js';
import { entries } from '../../src/guided/menu.js';
import { removeScratch } from '../fixtures/support.js';
import { scriptedSession } from '../guided/script.js';
import { runCli } from '../helpers/cli.js';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { answerInEachOnDemo } from '../helpers/demo-answer.js';
import { useDemoDatabase } from '../helpers/demo-db.js';
import { testDeps } from '../helpers/deps.js';
import { TICKET_DAY, ticket } from '../helpers/ticket-message.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

const ANNE = { address: 'anne.lie@banesignal.test', name: 'Anne Lie' };
const OLE_LOGIN = 'ole.berge-paulsen@banesignal.test';
const LANGS = ['nb', 'nn', 'en'] as const;
const GREETING: Record<ReplyLang, string> = { nb: 'Hei', nn: 'Hei', en: 'Hello' };

describe.each(DIALECTS)('W4 asked by a third party, on %s', (dialect) => {
  const answer = answerInEachOnDemo(dialect);

  const noNewAddress: Record<ReplyLang, string> = {
    nb: 'Hei, vår ansatte Ole Berge-Paulsen (født 11.01.1979, tidligere ole.berge-paulsen@gd-vegetasjon.test) har mistet tilgangen til den gamle e-postadressen sin og kommer ikke inn i kursportalen. Kan dere bytte e-postadressen han logger inn med?\nMvh Anne Lie',
    nn: 'Hei, den tilsette vår Ole Berge-Paulsen (fødd 11.01.1979, tidlegare ole.berge-paulsen@gd-vegetasjon.test) har mista tilgangen til den gamle e-postadressa si og kjem ikkje inn i kursportalen. Kan de byte e-postadressa han loggar inn med?\nHelsing Anne Lie',
    en: 'Hello, our employee Ole Berge-Paulsen (born 11.01.1979, formerly ole.berge-paulsen@gd-vegetasjon.test) has lost access to his old e-mail address and cannot log in to the course portal. Can you change the e-mail address he logs in with?\nRegards, Anne Lie',
  };
  it.each(LANGS)(
    'no new address given (%s): the login masked, the new one asked for, and no set-email to the writer',
    async (lang) => {
      const a = await answer(ticket(noNewAddress[lang], { subject: 'Ny e-post', from: ANNE }));
      expect(a.triage.writer).toBeDefined();
      expect(a.answer.topic).toBe('W4');
      expect(a.answer.learner?.id).toBe(14);
      // The writer's own mailbox is never made the person's login.
      expect(a.answer.commands.join('\n')).not.toContain(ANNE.address);
      const reply = a.replies![lang];
      expect(reply.startsWith(`${GREETING[lang]} Anne,\n\n`)).toBe(true);
      expect(reply).not.toContain(OLE_LOGIN);
      expect(reply).toContain(maskEmail(OLE_LOGIN));
      // It asks for the address he is to log in with, rather than telling him to use the lost one.
      expect(reply).toMatch(
        /nye e-postadressen Ole Berge-Paulsen|nye e-postadressa Ole Berge-Paulsen|new e-mail address Ole Berge-Paulsen/,
      );
      expect(reply).not.toMatch(/logger inn med den;|loggar inn med ho;|logs in with it;/);
    },
  );

  const unnamedWithId: Record<ReplyLang, string> = {
    nb: 'Hei, en av våre ansatte har glemt hvilken e-post han er registrert med. Fødselsnummeret hans er 15108695077.\nMvh Anne Lie',
    nn: 'Hei, ein av dei tilsette våre har gløymt kva e-post han er registrert med. Fødselsnummeret hans er 15108695077.\nHelsing Anne Lie',
    en: 'Hello, one of our employees has forgotten which e-mail he registered with. His national ID number is 15108695077.\nRegards, Anne Lie',
  };
  it.each(LANGS)(
    'a writer naming no one (%s): the ID warning and the asks are about "the person concerned", not Anne',
    async (lang) => {
      const a = await answer(ticket(unnamedWithId[lang], { subject: 'Innlogging', from: ANNE }));
      expect(a.triage.writer).toEqual({ given: 'Anne' });
      const reply = a.replies![lang];
      expect(reply.startsWith(`${GREETING[lang]} Anne,\n\n`)).toBe(true);
      expect(reply).not.toMatch(
        /fødselsnummeret ditt|your national ID|fødselsdatoen din|your date of birth|your full name|fulle navnet ditt|fulle namnet ditt/,
      );
      expect(reply).toMatch({ nb: /den det gjelder/, nn: /den det gjeld/, en: /the person concerned/ }[lang]);
      expect(reply).not.toContain('95077');
    },
  );

  it.each(LANGS)(
    'W12 asked by HR (%s): the explanation greets Anne and speaks of Lars Solheim',
    async (lang) => {
      const text = {
        nb: 'Hei, vår ansatte Lars Solheim (født 17.09.1983, lars.solheim@banesignal.test) finner ikke kurset FØR-500 i kurskatalogen. Hvorfor ikke?\nMvh Anne Lie',
        nn: 'Hei, den tilsette vår Lars Solheim (fødd 17.09.1983, lars.solheim@banesignal.test) finn ikkje kurset FØR-500 i kurskatalogen. Kvifor ikkje?\nHelsing Anne Lie',
        en: 'Hello, our employee Lars Solheim (born 17.09.1983, lars.solheim@banesignal.test) cannot find the course FØR-500 in the catalogue. Why not?\nRegards, Anne Lie',
      }[lang];
      const a = await answer(ticket(text, { subject: 'Kurs', from: ANNE }));
      expect(a.answer.topic).toBe('W12');
      expect(a.answer.learner?.id).toBe(37);
      const reply = a.replies?.[lang];
      if (reply) {
        expect(reply.startsWith(`${GREETING[lang]} Anne,\n\n`)).toBe(true);
        expect(reply).toContain('Lars Solheim');
      }
      for (const c of a.answer.commands) expect(c).toMatch(/ --reply-to Anne$/);
      expect(reply !== undefined || a.answer.commands.length > 0).toBe(true);
    },
  );

  it('the new address given: set-email to that address, its reply to Anne', async () => {
    const a = await answer(
      ticket(
        'Hei, vår ansatte Ole Berge-Paulsen (født 11.01.1979, tidligere ole.berge-paulsen@gd-vegetasjon.test) har mistet tilgangen til den gamle e-postadressen sin. Den nye adressen hans er ole.bp@nyfirma.test. Kan dere bytte e-postadressen han logger inn med?\nMvh Anne Lie',
        { subject: 'Ny e-post', from: ANNE },
      ),
    );
    expect(a.answer.topic).toBe('W4');
    expect(a.answer.commands[0]).toMatch(/^kursdesk users set-email 14 ole\.bp@nyfirma\.test /);
    // Its reply goes back to Anne (--reply-to), not to Ole.
    expect(a.answer.commands[0]).toMatch(/ --reply nb --reply-to Anne$/);
  });
});

const SECTION = '\n── reply to send ──\n\n';
const SECOND_PERSON: Record<ReplyLang, RegExp> = {
  nb: /\b(?:du|deg|din|ditt|dine)\b/i,
  nn: /\b(?:du|deg|din|ditt|dine)\b/i,
  en: /\b(?:you|your)\b/i,
};
/** A reply's body without the frame and the portal's quoted labels. */
const bodyOf = (reply: string) =>
  reply
    .split('\n\n')
    .slice(1, -1)
    .join('\n\n')
    .replace(/«[^»]*»(?: \("[^"]*"\))?/g, '');

describe.each(DIALECTS)('--reply-to on the change commands, on %s', (dialect) => {
  const t = useDemoDatabase(dialect);
  const CERT_ENV = {
    KURSDESK_CERT_KEY: newSigningKey().pem,
    KURSDESK_CERT_ISSUER: 'Jernbaneskolen',
    KURSDESK_PORTAL_URL: 'https://kurs.example.no',
  };
  const kd = (argv: string[]) => runCli([...argv, '--ticket', 'SUP-14'], { db: t.url, env: CERT_ENV });
  const replyOf = (stdout: string) => stdout.slice(stdout.indexOf(SECTION) + SECTION.length);

  it.each(LANGS)(
    'programmes status (%s): greets Anne, speaks of Marit Knudsen, never "you"',
    async (lang) => {
      const run = await kd(['programmes', 'status', '20', '--reply', lang, '--reply-to', 'Anne Lie']);
      expect(run.code, run.stderr).toBe(0);
      const reply = replyOf(run.stdout);
      expect(reply.startsWith(`${GREETING[lang]} Anne,\n\n`)).toBe(true);
      expect(reply).toContain('Marit Knudsen');
      expect(bodyOf(reply)).not.toMatch(SECOND_PERSON[lang]);
    },
  );

  it.each(LANGS)('users set-type (%s): the new type of the learner, said to the writer', async (lang) => {
    // Lars Solheim (37) on the demo data; --dry-run changes nothing, and still gives the reply.
    const run = await kd([
      'users',
      'set-type',
      '37',
      'free',
      '--cancel-paid',
      '--dry-run',
      '--reply',
      lang,
      '--reply-to',
      'Anne',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const reply = replyOf(run.stdout);
    expect(reply.startsWith(`${GREETING[lang]} Anne,\n\n`)).toBe(true);
    expect(reply).toMatch(/Lars Solheim/);
    expect(bodyOf(reply)).not.toMatch(SECOND_PERSON[lang]);
  });

  it("users set-email: to the writer the new login is masked; '' greets no one by name", async () => {
    const run = await kd([
      'users',
      'set-email',
      '14',
      'ole.bp@nyfirma.test',
      '--dry-run',
      '--reply',
      'nb',
      '--reply-to',
      '',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const reply = replyOf(run.stdout);
    expect(
      reply.startsWith('Hei,\n\nVi har endret e-postadressen Ole Berge-Paulsen logger inn med til o***'),
    ).toBe(true);
    expect(reply).not.toContain('ole.bp@nyfirma.test');
  });

  it('links issue: with --reply-to the link is mailed to the login, never handed over for the reply', async () => {
    const refused = await kd([
      'links',
      'issue',
      '14',
      '--deliver',
      'agent',
      '--reply',
      'en',
      '--reply-to',
      'Anne',
      '--dry-run',
    ]);
    expect(refused.code).toBe(5);
    expect(refused.stderr).toContain('--reply-to');
    const run = await kd(['links', 'issue', '14', '--reply', 'en', '--reply-to', 'Anne', '--dry-run']);
    expect(run.code, run.stderr).toBe(0);
    const reply = replyOf(run.stdout);
    expect(reply).toMatch(
      // Not sent yet (no --send): the mail waits in the outbox, so the reply says it is being sent.
      /^Hello Anne,\n\nWe are sending an e-mail to o\*+@banesignal\.test, the login address of Ole Berge-Paulsen/,
    );
    expect(reply).not.toMatch(/https?:\/\//);
  });

  it.each(LANGS)(
    'courses why-hidden (%s): why Lars Solheim does not see a driver course, to Anne',
    async (lang) => {
      const run = await kd([
        'courses',
        'why-hidden',
        'FØR-500',
        '--user',
        '37',
        '--reply',
        lang,
        '--reply-to',
        'Anne',
      ]);
      expect(run.code, run.stderr).toBe(0);
      const reply = replyOf(run.stdout);
      expect(reply.startsWith(`${GREETING[lang]} Anne,\n\n`)).toBe(true);
      expect(reply).toContain('Lars Solheim');
      expect(bodyOf(reply)).not.toMatch(SECOND_PERSON[lang]);
    },
  );

  it('--reply-to without --reply is a usage error that names --reply (exit 2)', async () => {
    const run = await kd(['users', 'set-hms', '37', 'AB765432', '--reply-to', 'Anne']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--reply nb|nn|en');
  });

  it('without --reply-to the reply still goes to the learner', async () => {
    const run = await kd(['programmes', 'status', '20', '--reply', 'nb']);
    expect(replyOf(run.stdout)).toMatch(/^Hei Marit,/);
  });
});

describe.each(DIALECTS)('W7 from a learner, on %s', (dialect) => {
  const answer = answerInEachOnDemo(dialect);
  const STIAN = { address: 'stian.vik@epost.test', name: 'Stian Vik' };
  // Nielsen Transport AS (949 137 430) is in the demo's register extract, not a customer, not in ELMA.
  const mails: Record<ReplyLang, string> = {
    nb: 'Hei, jeg prøver å registrere meg, men finner ikke firmaet mitt Nielsen Transport AS (org.nr. 949 137 430) i listen. Hva gjør jeg?\nStian Vik',
    nn: 'Hei, eg prøver å registrere meg, men finn ikkje firmaet mitt Nielsen Transport AS (org.nr. 949 137 430) i lista. Kva gjer eg?\nStian Vik',
    en: 'Hi, I am trying to create a user but cannot find my company Nielsen Transport AS (org. no. 949 137 430) in the list. What should I do?\nStian Vik',
  };
  it.each(LANGS)(
    '(%s): says what to ask the employer to send to accounting, and asks the learner for nothing',
    async (lang) => {
      const a = await answer(ticket(mails[lang], { subject: 'Firma', from: STIAN }));
      expect(a.answer.topic).toBe('W7');
      const reply = a.replies![lang];
      expect(reply.startsWith(`${GREETING[lang]} Stian,\n\n`)).toBe(true);
      expect(reply).toContain('regnskap@banenor.no');
      expect(reply).toMatch(/arbeidsgiveren din|arbeidsgjevaren din|your employer/);
      expect(reply).toMatch(/ELMA/);
      // No "reply with the contact person's details": a learner cannot give them.
      expect(reply).not.toMatch(/Svar på denne e-posten med|Please reply to this e-mail with/);
      expect(a.answer.missing).toEqual([]);
      expect(a.answer.commands).toEqual([]);
      // Nor is the learner made the company's contact in a registration waiting for an answer.
      expect(a.answer.notes.map(String).join('\n')).not.toContain('companies register');
    },
  );

  it('the company\'s own request ("vårt firma") still asks for its contact and invoice details', async () => {
    const a = await answer(
      ticket(
        'Hei, vårt firma Nielsen Transport AS (org.nr. 949 137 430) finnes ikke i listen i kursportalen. Kan dere registrere oss?\nMvh Stian Vik',
        { subject: 'Firma', from: STIAN },
      ),
    );
    expect(a.answer.topic).toBe('W7');
    expect(a.answer.missing).toContain('invoiceEmail');
  });
});

describe.each(DIALECTS)('W20 asked by a parent for a minor, on %s', (dialect) => {
  const answer = answerInEachOnDemo(dialect);
  const PER = { address: 'per.hansen@epost.test', name: 'Per Hansen' };
  // Emma Sørli is invented (no account); the rule is the same for a demo learner.
  const mails: Record<ReplyLang, string> = {
    nb: 'Hei, datteren min Emma Sørli er 16 år. Jeg vil at dere sletter kontoen hennes og alt dere lagrer om henne.\nHilsen Per Hansen',
    nn: 'Hei, dottera mi Emma Sørli er 16 år. Eg vil at de slettar kontoen hennar og alt de lagrar om henne.\nHelsing Per Hansen',
    en: 'Hello, my daughter Emma Sørli is 16. I want you to delete her account and everything you store about her.\nRegards, Per Hansen',
  };
  it.each(LANGS)(
    '(%s): nothing erased on his word; the reply says a guardian writes with her, from her login',
    async (lang) => {
      const a = await answer(ticket(mails[lang], { subject: 'Slett konto', from: PER }));
      expect(a.answer.topic).toBe('W20');
      expect(a.triage.writer).toEqual({ given: 'Per', guardian: true });
      expect(a.answer.commands.join(' ')).not.toMatch(/privacy (?:erase|export)/);
      const reply = a.replies![lang];
      expect(reply.startsWith(`${GREETING[lang]} Per,\n\n`)).toBe(true);
      expect(reply).toMatch(
        {
          nb: /forelder eller verge.*sammen med Emma Sørli, sendt fra e-postadressen kontoen er registrert med/s,
          nn: /forelder eller verje.*saman med Emma Sørli, send frå e-postadressa kontoen er registrert med/s,
          en: /parent or guardian.*together with Emma Sørli and send it from the address the account is registered with/s,
        }[lang],
      );
    },
  );

  it('HR asking the same gets no guardian paragraph', async () => {
    const a = await answer(
      ticket('Hei, vår tidligere ansatte Emma Sørli vil at dere sletter kontoen hennes.\nMvh Anne Lie', {
        subject: 'Slett konto',
        from: ANNE,
      }),
    );
    expect(a.answer.topic).toBe('W20');
    expect(a.triage.writer).toEqual({ given: 'Anne' });
    expect(a.replies!.nb).not.toMatch(/verge/);
  });
});

describe.each(DIALECTS)('the guided mode, W20 from a parent, on %s', (dialect) => {
  const t = useDemoDatabase(dialect);
  it('offers no export or erasure: the reply to Per says how a guardian asks, with Marit, from her login', async () => {
    const triaged = triageTicket(
      ticket(
        'Hei, datteren min Marit Knudsen er 17 år. Jeg vil at dere sletter kontoen hennes i kursportalen.\nHilsen Per Hansen',
        { subject: 'Slett konto', from: { address: 'per.hansen@epost.test', name: 'Per Hansen' } },
      ),
      TICKET_DAY,
    );
    expect(triaged.writer).toEqual({ given: 'Per', guardian: true });
    const script = scriptedSession(testDeps(t.db), [
      [/Lim inn|Paste the ticket/, 'the mail'],
      [/Fortsette med/, 'Hva lagrer dere'],
      [/Bruker/, ' => Marit Knudsen'],
      [/Hva ber personen om/, 'Sletting'],
      [/Svar til å lime inn/, true],
    ]);
    await pastedTicket(script.session, async () => triaged, entries({}));
    expect(script.left()).toEqual([]);
    const reply = script.out().slice(script.out().indexOf('Hei Per,')).replace(/\s+/g, ' ');
    expect(reply).toMatch(
      /^Hei Per, Hva vi lagrer om Marit Knudsen, kan vi bare sende til Marit Knudsen selv/,
    );
    expect(reply).toMatch(/forelder eller verge/);
    expect(script.out()).not.toMatch(/privacy (?:erase|export)/);
  });
});

describe.each(DIALECTS)('the guided mode, a certificate asked for by HR, on %s', (dialect) => {
  const t = useDemoDatabase(dialect);
  it('the certificates issue commands it suggests carry --reply-to Anne', async () => {
    const triaged = triageTicket(
      ticket(
        'Hei, vår ansatte Lars Solheim trenger kursbeviset sitt for SIK-100. Kan dere sende det?\nMvh Anne Lie',
        { subject: 'Kursbevis', from: ANNE },
      ),
      TICKET_DAY,
    );
    expect(triaged.writer).toEqual({ given: 'Anne' });
    const script = scriptedSession(testDeps(t.db), [
      [/Lim inn|Paste the ticket/, 'the mail'],
      [/Fortsette med/, 'Kursbevis'],
      [/Bruker/, ' => Lars Solheim'],
      [/Svar til å lime inn/, true],
    ]);
    await pastedTicket(script.session, async () => triaged, entries({}));
    const shown = script.shown().replace(/\s*\n\s+/g, ' ');
    expect(shown).toMatch(/kursdesk certificates issue 37 \S+ --out \S+ .*--reply nb --reply-to Anne/);
  });
});
