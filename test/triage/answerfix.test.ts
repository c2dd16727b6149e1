// Faults a new agent met walking the FAQ with `triage --answer`, each shown from a mail as it arrives
// (triage reads it, the answer looks the learner up) on the demo data, on SQLite and on PostgreSQL.
import { afterAll, describe, expect, it } from 'vitest';
import type { ReplyLang } from '../../src/domain/replies/catalogue.js';
import type { TicketMessage } from '../../src/domain/triage/triage.js';
import { removeScratch } from '../fixtures/support.js';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { answerOnDemo } from '../helpers/demo-answer.js';
import { ticket } from '../helpers/ticket-message.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

// Demo learners: Hanne Moe (17, login hanne.moe86@epost.test), Trond Strand (1, trond.strand93@epost.test,
// born 1993-01-14, passed HMS-101).
const HANNE = { address: 'hanne.moe86@epost.test', name: 'Hanne Moe' };

describe.each(DIALECTS)('triage --answer on %s', (dialect) => {
  const answer = answerOnDemo(dialect);

  describe('W20: a request to delete sent from the login on file', () => {
    const mails: Record<ReplyLang, TicketMessage> = {
      nb: ticket(
        'Hei, jeg vil at dere sletter kontoen min og alle opplysninger dere har om meg.\n\nHanne Moe',
        {
          subject: 'Slett kontoen min',
          from: HANNE,
        },
      ),
      nn: ticket('Hei, eg vil at de slettar kontoen min og alle opplysningane de har om meg.\n\nHanne Moe', {
        subject: 'Slett kontoen min',
        from: HANNE,
      }),
      en: ticket('Hello, please delete my account and all the data you hold about me.\n\nHanne Moe', {
        subject: 'Delete my account',
        from: HANNE,
      }),
    };

    it.each(['nb', 'nn', 'en'] as const)(
      'is not told to write from the registered address (%s)',
      async (lang) => {
        const a = await answer(mails[lang]);
        expect(a.replyLanguage).toBe(lang);
        expect(a.learner?.id).toBe(17);
        expect(a.reply).not.toMatch(/svar fr[aå] e-postadressa? du er registrert med|reply from the address/);
        expect(a.reply).toMatch(
          {
            nb: /kommer fra e-postadressen du er registrert med\. Vi sletter nå/,
            nn: /kjem frå e-postadressa du er registrert med\. Vi slettar no/,
            en: /comes from the address you are registered with\. We will now delete/,
          }[lang],
        );
        expect(a.commands).toHaveLength(1);
        expect(a.commands[0]).toMatch(
          /^kursdesk privacy erase 17 --reason 'erasure requested by e-mail' --ticket (<ticket>|\S+)$/,
        );
      },
    );

    it('the same words from another mailbox that only names the login still ask for it', async () => {
      const a = await answer(
        ticket(`Hei, slett kontoen min. Den er registrert på ${HANNE.address}.\n\nHanne Moe`, {
          subject: 'Slett kontoen min',
          from: { address: 'hanne@gmail.test', name: 'Hanne Moe' },
        }),
      );
      expect(a.commands).toEqual([]);
      expect(a.reply).toContain('svar fra e-postadressen du er registrert med');
    });
  });

  describe("W15: a certificate request forwarded with the learner's mail quoted below", () => {
    const LINE = { address: 'line.berg@firma.test', name: 'Line Berg' };
    const forwarded = (note: string, quoted: string, born = '14.01.1993') =>
      ticket(
        `${note}\n\nLine Berg\n\n-------- Videresendt melding --------\nFra: trond.strand93@epost.test\nEmne: Kursbevis\n\n${quoted.replace('{born}', born)}\n\nTrond`,
        { subject: 'VS: Kursbevis', from: LINE, messageId: '<fw1@firma.test>' },
      );
    const mails: Record<ReplyLang, (born?: string) => TicketMessage> = {
      nb: (born) =>
        forwarded(
          'Hei, se under. Kan dere hjelpe ham?',
          'Hei, jeg trenger kursbevis for HMS-kurset jeg tok. E-posten min er trond.strand93@epost.test og jeg er født {born}.',
          born,
        ),
      nn: (born) =>
        forwarded(
          'Hei, sjå under. Kan de hjelpe han?',
          'Hei, eg treng kursbevis for HMS-kurset eg tok. E-posten min er trond.strand93@epost.test og eg er fødd {born}.',
          born,
        ),
      en: (born) =>
        forwarded(
          'Hello, see below. Can you help him?',
          'Hello, I need the certificate for the HMS course I took. My e-mail is trond.strand93@epost.test and I was born on {born}.',
          born,
        ),
    };

    it.each(['nb', 'nn', 'en'] as const)(
      'finds the learner by the address and birth date given (%s)',
      async (lang) => {
        const a = await answer(mails[lang]());
        expect(a.replyLanguage).toBe(lang);
        expect(a.missing).toEqual([]);
        expect(a.learner?.id).toBe(1);
        expect(a.reply).toContain('HMS-101');
        expect(a.commands[0]).toMatch(/^kursdesk certificates issue 1 HMS-101 /);
      },
    );

    it("a birth date that is not the account's finds nobody to act for", async () => {
      const a = await answer(mails.nb('15.01.1993'));
      expect(a.learner).toBeNull();
      expect(a.commands).toEqual([]);
    });
  });

  describe('W1: registering said the national ID is already in use', () => {
    const body: Record<ReplyLang, (born: string, name: string) => string> = {
      nb: (born, name) =>
        `Hei, jeg prøver å registrere meg i kursportalen, men får beskjed om at fødselsnummeret er allerede i bruk. Jeg er født ${born}.\n\nMvh ${name}`,
      nn: (born, name) =>
        `Hei, eg prøver å registrere meg i kursportalen, men får melding om at fødselsnummeret alt er i bruk. Eg er fødd ${born}.\n\nHelsing ${name}`,
      en: (born, name) =>
        `Hello, I am trying to register in the course portal, but it says my national ID number is already in use. I was born on ${born}.\n\nRegards, ${name}`,
    };
    const SAYS: Record<ReplyLang, string> = {
      nb: 'betyr at du har en konto i kursportalen fra før',
      nn: 'tyder at du har ein konto i kursportalen frå før',
      en: 'means you already have an account in the course portal',
    };
    const mail = (lang: ReplyLang, from: string, born = '14.01.1993', name = 'Trond Strand') =>
      ticket(body[lang](born, name), {
        subject: lang === 'en' ? 'Cannot register' : 'Registrering',
        from: { address: from, name },
        messageId: '<in-use@x.test>',
      });

    it.each(['nb', 'nn', 'en'] as const)(
      'found from another address: says so, with the masked login (%s)',
      async (lang) => {
        const a = await answer(mail(lang, 'trond@gmail.test'));
        expect(a.topic).toBe('W1');
        expect(a.replyLanguage).toBe(lang);
        expect(a.reply).toContain(SAYS[lang]);
        expect(a.reply).toContain('t***@epost.test');
      },
    );

    it.each(['nb', 'nn', 'en'] as const)(
      'found from the login: says so, and the login in full (%s)',
      async (lang) => {
        const a = await answer(mail(lang, 'trond.strand93@epost.test'));
        expect(a.learner?.id).toBe(1);
        expect(a.reply).toContain(SAYS[lang]);
        expect(a.reply).toContain('trond.strand93@epost.test');
      },
    );

    it.each(['nb', 'nn', 'en'] as const)(
      'not found: says so and asks for the addresses, never to register anew (%s)',
      async (lang) => {
        const a = await answer(mail(lang, 'ola.xyz@gmail.test', '02.02.1970', 'Ola Kvernmo'));
        expect(a.reply).toContain(SAYS[lang]);
        expect(a.reply).not.toMatch(/opprette en ny konto|opprette ein ny konto|create a new account/);
        expect(a.missing).toEqual(['email']);
      },
    );
  });
});
