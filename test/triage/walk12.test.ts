// What a senior agent found reading `triage --answer` against the FAQ, question by question in bokmål,
// nynorsk and English, on the demo data (SQLite and PostgreSQL): each test is a mail as it arrives.
import { afterAll, describe, expect, it } from 'vitest';
import { emailChangedReply } from '../../src/domain/replies/answers.js';
import { fill, type ReplyLang } from '../../src/domain/replies/catalogue.js';
import { removeScratch } from '../fixtures/support.js';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { answerOnDemo } from '../helpers/demo-answer.js';
import { ticket } from '../helpers/ticket-message.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

// Demo people: Lars Solheim (37, login lars.solheim@banesignal.test), Trond Strand (1,
// trond.strand93@epost.test). Anne Lie is an invented HR writer with no account.
const ANNE = { address: 'anne.lie@banesignal.test', name: 'Anne Lie' };
const TROND = { address: 'trond.strand93@epost.test', name: 'Trond Strand' };

describe.each(DIALECTS)('walk12: replies true to the FAQ, on %s', (dialect) => {
  const answer = answerOnDemo(dialect);

  describe('a reset link asked for by someone other than the login is mailed to the login', () => {
    const forColleague: Record<ReplyLang, string> = {
      nb: 'Hei, vår ansatte Lars Solheim (lars.solheim@banesignal.test) har glemt passordet sitt. Kan dere hjelpe ham?\nMvh Anne Lie, HR',
      nn: 'Hei, den tilsette vår Lars Solheim (lars.solheim@banesignal.test) har gløymt passordet sitt. Kan de hjelpe han?\nHelsing Anne Lie, HR',
      en: 'Hello, our employee Lars Solheim (lars.solheim@banesignal.test) has forgotten his password. Can you help him?\nRegards, Anne Lie, HR',
    };
    it.each(['nb', 'nn', 'en'] as const)('HR writes for a colleague (%s): --deliver mail', async (lang) => {
      const a = await answer(ticket(forColleague[lang], { subject: 'Passord', from: ANNE }));
      expect(a.learner?.id).toBe(37);
      expect(a.commands).toEqual([`kursdesk links issue 37 --deliver mail --reply ${lang} --reply-to Anne`]);
    });

    it('the login itself writes: the link may be handed over in the reply', async () => {
      const a = await answer(
        ticket('Hei, jeg har glemt passordet mitt. Hva gjør jeg?\nTrond Strand', {
          subject: 'Glemt passord',
          from: TROND,
        }),
      );
      expect(a.commands).toEqual(['kursdesk links issue 1 --reply nb']);
    });
  });

  describe('a question about a course itself is answered as the FAQ does, not as "not ours"', () => {
    const MARIA = { address: 'mariasolheim@balticrail.test', name: 'Maria Solheim' };
    const asked: Record<ReplyLang, [string, RegExp]> = {
      nb: [
        'Hei, hva er agendaen for kurset SV-300 og hvem er kontaktperson?\nMaria Solheim',
        /^Hei Maria,\n\nSpørsmål om selve kurset SV-300, .* kursbeskrivelsen .* Svarer den ikke på spørsmålet ditt, svar på denne e-posten/,
      ],
      nn: [
        'Hei, kva er agendaen for kurset SV-300, og kven er kontaktperson?\nMaria Solheim',
        /^Hei Maria,\n\nSpørsmål om sjølve kurset SV-300, .* kursskildringa .* Svarar ho ikkje på spørsmålet ditt, svar på denne e-posten/,
      ],
      en: [
        'Hello, what does the course SV-300 cost and what should I bring? Who do I contact about the content?\nMaria Solheim',
        /^Hello Maria,\n\nQuestions about the course SV-300 itself, .* course description .* If it does not answer your question, reply to this e-mail/,
      ],
    };
    it.each(['nb', 'nn', 'en'] as const)('%s: the course description first, then us', async (lang) => {
      const [text, expected] = asked[lang];
      const subject = lang === 'en' ? 'Question about SV-300' : 'Spørsmål om kurs';
      const a = await answer(ticket(text, { subject, from: MARIA }));
      // "kontaktperson" is also one of W7's words, and the model leans either way on so short a mail; the
      // course question's answer is given under either topic (English was filed as W7 before the merge).
      expect(['other', 'W7']).toContain(a.topic);
      expect(a.reply).toMatch(expected);
      expect(a.reply).not.toMatch(
        /ikke noe vi kan hjelpe med|ikkje noko vi kan hjelpe med|not something we can help with/,
      );
    });
  });

  it('a course named in a mail filed as "other" that the writer cannot see is explained as W12 does', async () => {
    const a = await answer(
      ticket('Hei, eg finn ikkje FØR-500.\nTrond Strand', { subject: 'FØR-500', from: TROND }),
    );
    // "eg finn ikkje FØR-500" is now read as W12 (a course the writer cannot find), as the FAQ files it;
    // the explanation is the same under either topic.
    expect(['other', 'W12']).toContain(a.topic);
    expect(a.learner?.id).toBe(1);
    expect(a.reply).toMatch(
      /^Hei Trond,\n\nFØR-500 .* er ein del av førarutdanninga og vert berre vist for førarkontoar\./,
    );
    expect(a.reply).toContain('«Opplæring for førere»');
  });

  it('a course question the topic model reads as a company request (W7: "contact person") gets the course answer', async () => {
    const a = await answer(
      ticket('Hi, what is the agenda for the course SV-300 and who is the contact person?\nMaria Solheim', {
        subject: 'Course question',
        from: { address: 'mariasolheim@balticrail.test', name: 'Maria Solheim' },
      }),
    );
    expect(a.topic).toBe('W7');
    expect(a.reply).toMatch(/^Hello Maria,\n\nQuestions about the course SV-300 itself/);
    expect(a.reply).not.toContain('company');
  });

  describe('a learner who cannot find the company when registering is answered as the FAQ answers them', () => {
    const STIAN = { address: 'stian.vik@vikbygg.test', name: 'Stian Vik' };
    const mails: Record<ReplyLang, [string, string, RegExp]> = {
      nb: [
        'Finner ikke firma',
        'Hei, jeg prøver å opprette bruker men finner ikke firmaet mitt Vik Bygg AS i listen. Hva gjør jeg?\nStian Vik',
        /^Hei Stian,\n\nFinner du ikke firmaet i listen når du registrerer deg, .*regnskap@banenor\.no\. Har du dem ikke selv, be arbeidsgiveren din om dem\.\n\nFor å hjelpe deg videre/,
      ],
      nn: [
        'Finn ikkje firma',
        'Hei, eg prøver å opprette brukar, men finn ikkje firmaet mitt Vik Bygg AS i lista. Kva gjer eg?\nStian Vik',
        /^Hei Stian,\n\nFinn du ikkje firmaet i lista når du registrerer deg, .*regnskap@banenor\.no\. Har du dei ikkje sjølv, be arbeidsgjevaren din om dei\.\n\nFor å hjelpe deg vidare/,
      ],
      en: [
        'Company not found',
        'Hi, I am trying to create a user but cannot find my company Vik Bygg AS in the list. What should I do?\nStian Vik',
        /^Hello Stian,\n\nIf you cannot find the company in the list when you register, .*regnskap@banenor\.no\. If you do not have them yourself, ask your employer for them\.\n\nTo help you further/,
      ],
    };
    it.each(['nb', 'nn', 'en'] as const)(
      '%s: addressed to the person registering, with accounting named',
      async (lang) => {
        const [subject, text, expected] = mails[lang];
        const a = await answer(ticket(text, { subject, from: STIAN }));
        expect(a.topic).toBe('W7');
        expect(a.reply).toMatch(expected);
        expect(a.reply).not.toMatch(/de ansatte|dei tilsette|your employees/);
      },
    );
  });

  describe('a full course asked about by someone who already holds a seat or a waitlist place on it', () => {
    const PETTER = { address: 'petterlunde@banesignal.test', name: 'Petter Lunde' };
    const ANDRZEJ = { address: 'andrzej.evensen@banesignal.test', name: 'Andrzej Evensen' };
    const full: Record<ReplyLang, [string, RegExp]> = {
      nb: [
        'Hei, SV-300 er fullt. Kan jeg stå på venteliste?\nPetter Lunde',
        /^Hei Petter,\n\nDu har allerede plass på SV-300 Sikkerhetsvakt – grunnopplæring med oppstart .* kl\. 08:00 i Jernbaneskolen, Oslo, så du trenger verken/,
      ],
      nn: [
        'Hei, SV-300 er fullt. Kan eg stå på venteliste?\nPetter Lunde',
        /^Hei Petter,\n\nDu har alt plass på SV-300 Sikkerhetsvakt – grunnopplæring med oppstart .* kl\. 08:00 i Jernbaneskolen, Oslo, så du treng verken/,
      ],
      en: [
        'Hi, SV-300 is full. Can I go on a waitlist?\nPetter Lunde',
        /^Hello Petter,\n\nYou already have a seat on SV-300 .* on .* at 08:00 in Jernbaneskolen, Oslo, so there is no need/,
      ],
    };
    it.each(['nb', 'nn', 'en'] as const)(
      'a seat (%s): said, and no date or waitlist offered',
      async (lang) => {
        const [text, expected] = full[lang];
        const a = await answer(
          ticket(text, { subject: lang === 'en' ? 'Course full' : 'Fullt kurs', from: PETTER }),
        );
        expect(a.learner?.id).toBe(2);
        expect(a.reply).toMatch(expected);
        expect(a.reply).not.toMatch(/ventelisten\.|ventelista\.|waitlist\. If a seat/);
        expect(a.commands).toEqual([]);
      },
    );

    it('a waitlist place: its number first, then other dates with seats, not the same waitlist again', async () => {
      const a = await answer(
        ticket('Hei, SV-300 i januar er fullt. Kan jeg stå på venteliste?\nAndrzej Evensen', {
          subject: 'Fullt kurs',
          from: ANDRZEJ,
        }),
      );
      expect(a.learner?.id).toBe(30);
      expect(a.reply).toMatch(
        /^Hei Andrzej,\n\nDu står som nummer \d+ på ventelisten til SV-300 .* i Jernbaneskolen, Oslo\./,
      );
      expect(a.reply).toContain('Disse datoene for SV-300');
      expect(a.reply).not.toContain('Disse datoene er fulle');
      expect(a.commands).toEqual([
        'kursdesk units enrol 30 18 --reply nb',
        'kursdesk units enrol 30 12 --reply nb',
      ]);
    });
  });

  describe('a course code that begins with KL is read as the course it is', () => {
    const PETTER = { address: 'petterlunde@banesignal.test', name: 'Petter Lunde' };
    const mails: Record<ReplyLang, string> = {
      nb: 'Hei, det er ingen datoer for KL-200 Kontaktledningsanlegg i kurskalenderen. Hva gjør jeg?\nPetter Lunde',
      nn: 'Hei, det er ingen datoar for KL-200 i kurskalenderen. Kva gjer eg?\nPetter Lunde',
      en: 'Hi, there are no dates for KL-200 in the course calendar. What can I do?\nPetter Lunde',
    };
    it.each(['nb', 'nn', 'en'] as const)('%s: KL-200 is not asked for again', async (lang) => {
      const a = await answer(ticket(mails[lang], { subject: 'KL-200', from: PETTER }));
      expect(a.topic).toBe('W13');
      expect(a.missing).not.toContain('courseCode');
      expect(a.reply).toContain('KL-200');
      expect(a.reply).not.toMatch(/kurskoden eller n[a]?[m]?[n]?[a-z]* på kurset|course code or the name/);
    });
  });
});

describe('walk12: texts read against the FAQ', () => {
  it.each(['nb', 'nn', 'en'] as const)(
    'a new login address (%s) reminds the FAQ step: the user details under «Din konto», «Oppdater arbeidsgiver» for a new employer',
    (lang) => {
      const reply = emailChangedReply(lang, { firstName: 'Bjørn', email: 'bjorn@antonsen.test' });
      expect(reply).toContain('«Din konto»');
      expect(reply).toContain('«Oppdater arbeidsgiver»');
    },
  );

  it.each(['nb', 'nn', 'en'] as const)(
    'a paid course for a free account (%s): such paid courses are hidden, as the FAQ says, not "only e-learning" (free accounts in the demo see FHJ-120, a classroom course)',
    (lang) => {
      const paid = fill('W12.paid', lang, { course: 'SV-300' });
      expect(paid).not.toMatch(/e-læringskurs|e-learning courses/);
      expect(paid).toMatch(
        /betalingskurs som dette vises ikke for gratisbrukere|betalingskurs som dette vert ikkje viste for gratisbrukarar|paid courses like this one are not shown to free users/,
      );
    },
  );

  it('nynorsk verbs in their nynorsk forms: "svarar", "melder" (not "svarer", "meldar")', () => {
    const activation = fill('links.mailed.activation', 'nn', {
      email: 'h***@epost.test',
      lifetime: '72 timar',
    });
    expect(activation).toContain('svarar du berre på denne e-posten');
    const noUnit = fill('W12.no-unit', 'nn', { course: 'KL-200' });
    expect(noUnit).toContain('så melder vi ønsket vidare');
  });
});
