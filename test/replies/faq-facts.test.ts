// The replies tell learners what the portal's FAQ tells them: the same buttons and fields by the same
// names, the same steps, and nothing the FAQ does not know (a page the portal has not got, a required
// field the FAQ calls optional). One check per fact, in every language the entry is written in.
import { describe, expect, it } from 'vitest';
import { linkMail } from '../../src/domain/link-mail.js';
import { REPLIES, REPLY_LANGS, type ReplyKey, textOf } from '../../src/domain/replies/catalogue.js';

const every = (key: ReplyKey) => REPLY_LANGS.map((lang) => [lang, textOf(key, lang)] as const);
const allTexts = Object.keys(REPLIES).flatMap((key) => every(key as ReplyKey).map(([, text]) => text));

describe('replies agree with the FAQ', () => {
  it('the password button is «Har du glemt passordet?» wherever a reply names it', () => {
    expect(textOf('links.mailed.reset', 'nb')).toContain('«Har du glemt passordet?»');
    expect(textOf('links.mailed.reset', 'nn')).toContain('«Har du glemt passordet?»');
    expect(textOf('links.mailed.reset', 'en')).toContain(
      '«Har du glemt passordet?» ("Forgot your password?")',
    );
    for (const text of allTexts)
      expect(text).not.toMatch(/«Glemt passord\?»|«Gløymt passord\?»|"Forgot password\?"/);
  });

  it('the mailed reset link names the same button', () => {
    const facts = {
      firstName: 'Kari',
      lifetimeMs: 3_600_000,
      linkTemplate: 'https://kurs.example.no/reset/x',
    };
    expect(linkMail('nb', 'reset', facts).body).toContain('«Har du glemt passordet?»');
    expect(linkMail('en', 'reset', facts).body).toContain(
      '«Har du glemt passordet?» ("Forgot your password?")',
    );
  });

  it('a nynorsk reply quotes the portal’s buttons and fields as the portal writes them (bokmål)', () => {
    for (const [key, entry] of Object.entries(REPLIES)) {
      const quoted = [...entry.nn.matchAll(/«([^»]+)»/g)].map((m) => m[1] as string);
      for (const label of quoted)
        expect(
          [
            'Har du gløymt passordet?',
            'Oppdater brukarkonto',
            'Personleg informasjon',
            'Oppdater arbeidsgjevar',
            'Kva vil du LÆRE i dag?',
            'Alle kategoriar',
            'Førar',
          ],
          `${key}: «${label}»`,
        ).not.toContain(label);
    }
  });

  it('no reply sends the learner to a page the FAQ does not have («Mine kurs»)', () => {
    for (const text of allTexts) expect(text).not.toMatch(/Mine kurs|My courses/);
  });

  it('a free account that cannot see a paid course can switch to «Full kurskatalog» itself; the invoice reference is optional', () => {
    for (const [lang, text] of every('W12.paid')) {
      expect(text, lang).toMatch(/«Oppdater brukerkonto»/);
      expect(text, lang).toMatch(/«Din konto»/);
      expect(text, lang).toMatch(
        /hvis arbeidsgiveren bruker|dersom arbeidsgjevaren brukar|if your employer uses one/,
      );
    }
  });

  it('the account page names the driver type «Opplæring for førere»; registration names it «Fører»', () => {
    // FAQ: «klikker du på «Opplæring for førere» og fyller inn nødvendig informasjon om førere» (account
    // page) and «Velg «Fører» hvis du skal ha føreropplæring» (registration).
    for (const key of ['W10.driver', 'W10.already-driver', 'W10.self-service', 'W12.driver'] as const)
      for (const [lang, text] of every(key)) {
        expect(text, `${key} ${lang}`).toContain('«Opplæring for førere»');
        expect(text, `${key} ${lang}`).not.toContain('«Fører»');
      }
    for (const [lang, text] of every('W12.driver'))
      expect(text, lang).toMatch(/«Oppdater brukerkonto».*«Oppdater»/);
    for (const [lang, text] of every('registration.how-to')) expect(text, lang).toContain('«Fører»');
  });

  it('a programme: what the FAQ says it is, not who assigns it (the FAQ does not say)', () => {
    for (const [lang, text] of every('W14.none')) {
      expect(text, lang).toMatch(/klasseromskurs|classroom courses/);
      expect(text, lang).not.toMatch(/skolen tildeler|skulen tildeler|the school assigns/);
    }
  });

  it('«Firma-ID»: the FAQ’s advice (a PC, Chrome or Edge, incognito, delete cookies), and no cause it does not give', () => {
    for (const [lang, text] of every('registration.firma-id')) {
      expect(text, lang).toMatch(/Chrome eller Edge|Chrome or Edge/);
      expect(text, lang).toMatch(/inkognito|incognito/);
      expect(text, lang).toMatch(/informasjonskapsl|cookies/);
      expect(text, lang).not.toMatch(/gammel økt|gammal økt|old session/);
    }
  });

  it('no dates: the learner may click «Be om ny kursenhet»; the look-up itself records no request', () => {
    for (const [lang, text] of every('W12.no-unit')) {
      expect(text, lang).toMatch(/«Be om ny kursenhet»/);
      expect(text, lang).not.toMatch(/^Vi melder ønsket|We are passing your request/m);
    }
  });

  it('a login on the old employer’s domain is changed under «Basisinformasjon», and «Oppdater» ends it', () => {
    for (const key of ['W5.old-domain', 'W5.self-service'] as const)
      for (const [lang, text] of every(key)) {
        expect(text, `${key} ${lang}`).toMatch(/«Basisinformasjon»/);
        expect(text, `${key} ${lang}`).toMatch(/«Oppdater»/);
      }
    expect(textOf('W5.self-service', 'nb')).toContain('«Referansenummer for fakturering»');
  });

  it('a recorded HMS card says where the learner updates the next one (Min profil → Personlig informasjon)', () => {
    for (const [lang, text] of every('W11.recorded')) {
      expect(text, lang).toMatch(/«Min profil»/);
      expect(text, lang).toMatch(/«Personlig informasjon»/);
    }
  });

  it('the login answers: user name is the registered e-mail; «Endre passord» under «Din konto»; Munio support', () => {
    for (const [lang, text] of every('login.how-to')) {
      expect(text, lang).toMatch(
        /e-postadress(en|a) du registrerte deg med|e-mail address you registered with/,
      );
      expect(text, lang).toMatch(/ikk?j?e fødselsnummer|not your national ID/);
    }
    for (const [lang, text] of every('login.change-password'))
      expect(text, lang).toMatch(/«Endre passord».*«Din konto».*«Oppdater»/);
    for (const [lang, text] of every('login.technical')) expect(text, lang).toContain('Munio support');
  });
});

describe('a reply promises only what the agent is told to do', () => {
  it('an account never activated: the registration e-mail and the spam folder first, a new link on reply', () => {
    // triage --answer tells the agent to issue the link "after the learner answers", so the reply must
    // not say a link is already on its way.
    for (const [lang, text] of every('W12.not-activated')) {
      expect(text, lang).toMatch(/søppelposten|spam folder/);
      expect(text, lang).toMatch(/svar på denne e-posten|reply to this e-mail/);
      expect(text, lang).not.toMatch(
        /^Kontoen din er ikke aktivert ennå\. Vi sender|We will send you a link/,
      );
    }
  });
});

describe('the W1 answer that asks for identity', () => {
  it('fits both of its tickets: a forgotten login e-mail and a national ID already in use', () => {
    // triage --answer puts it before the questions on every W1 ticket without a birth date, including
    // "which e-mail did I use?", where an opening about a refused national ID would be about nothing.
    for (const [lang, text] of every('W1.one-account')) {
      expect(text, lang).toMatch(/^(Hver|Kvar|Each) person/);
      expect(text, lang).toMatch(
        /brukernavnet er e-postadressen|brukarnamnet er e-postadressa|user name is the e-mail/,
      );
      expect(text, lang).toMatch(/^.*(Står det|If registering says)/m);
    }
  });
});
