// Replies to the right person (replies14): a writer for someone else (HR, a parent) gets the W4 answer
// about that person (the HR writer's own address never becomes the login), and the change commands'
// replies can go to such a writer. Demo learners: Ole Berge-Paulsen (14, login
// ole.berge-paulsen@banesignal.test, earlier ole.berge-paulsen@gd-vegetasjon.test). Anne Lie is invented.
import { afterAll, describe, expect, it } from 'vitest';
import { maskEmail } from '../../src/domain/personal-data.js';
import type { ReplyLang } from '../../src/domain/replies/catalogue.js';
import { type TicketMessage, triageTicket } from '../../src/domain/triage/triage.js';
import { answerTicketInEach } from '../../src/workflows/triage-answer.js';
import { removeScratch } from '../fixtures/support.js';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
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
  const t = useDemoDatabase(dialect);
  const answer = async (m: TicketMessage) => {
    const triage = triageTicket(m, TICKET_DAY);
    return { triage, ...(await answerTicketInEach(testDeps(t.db), triage)) };
  };

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

  it('the new address given: set-email to that address, its reply to Anne', async () => {
    const a = await answer(
      ticket(
        'Hei, vår ansatte Ole Berge-Paulsen (født 11.01.1979, tidligere ole.berge-paulsen@gd-vegetasjon.test) har mistet tilgangen til den gamle e-postadressen sin. Den nye adressen hans er ole.bp@nyfirma.test. Kan dere bytte e-postadressen han logger inn med?\nMvh Anne Lie',
        { subject: 'Ny e-post', from: ANNE },
      ),
    );
    expect(a.answer.topic).toBe('W4');
    expect(a.answer.commands[0]).toMatch(/^kursdesk users set-email 14 ole\.bp@nyfirma\.test /);
  });
});
