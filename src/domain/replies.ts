// The answers support sends learners, in bokmål and English, written for this desk. Each takes only the
// facts it may reveal: an address is passed in full only when the identity is verified.
import type { Verdict } from './identity-match.js';

export type Lang = 'nb' | 'en';

export interface FindAccountReplyFacts {
  firstName?: string;
  /** The login address, already masked unless the identity is verified. */
  email?: string;
}

export const greeting = (lang: Lang, name?: string) =>
  lang === 'nb' ? `Hei${name ? ` ${name}` : ''},` : `Hello${name ? ` ${name}` : ''},`;
export const signature = (lang: Lang) =>
  lang === 'nb' ? 'Vennlig hilsen\nbrukerstøtte, kursportalen' : 'Kind regards\nSupport, the course portal';

export function findAccountReply(lang: Lang, verdict: Verdict, facts: FindAccountReplyFacts): string {
  const body: Record<Lang, Record<Verdict, string>> = {
    nb: {
      verified: `vi har funnet kontoen din. Du logger inn i kursportalen med e-postadressen ${facts.email}.\nHusker du ikke passordet, velg «Har du glemt passordet?» på innloggingssiden og skriv inn denne adressen.`,
      likely: `vi har funnet en konto som trolig er din, registrert på ${facts.email}. For å være sikre på at kontoen er din, ber vi deg svare fra en e-postadresse du har brukt i kursportalen før, eller oppgi fødselsdatoen din og andre e-postadresser du kan ha brukt (ikke fødselsnummer).`,
      ambiguous:
        'vi fant flere kontoer som kan passe, og kan ikke se hvilken som er din. Send oss fødselsdatoen din (ikke fødselsnummer), alle e-postadresser du kan ha brukt, og navnet på arbeidsgiveren din, så hjelper vi deg videre.',
      none: 'vi fant ingen konto som passer med opplysningene du sendte. Sjekk at navnet er skrevet slik det står i kursportalen, og send oss gjerne andre e-postadresser du kan ha brukt og fødselsdatoen din (ikke fødselsnummer). Har du aldri registrert deg, kan du opprette en ny konto i kursportalen.',
    },
    en: {
      verified: `we have found your account. You log in to the course portal with the e-mail address ${facts.email}.\nIf you have forgotten your password, choose "Forgot your password?" on the login page and enter that address.`,
      likely: `we have found an account that is probably yours, registered to ${facts.email}. To be sure it is yours, please reply from an e-mail address you have used in the course portal before, or send us your date of birth and any other addresses you may have used (not your national ID number).`,
      ambiguous:
        'we found more than one account that could be yours and cannot tell which one it is. Please send us your date of birth (not your national ID number), every e-mail address you may have used, and the name of your employer, and we will help you further.',
      none: 'we could not find an account matching the details you sent. Please check that your name is spelled as in the course portal, and send us any other e-mail addresses you may have used and your date of birth (not your national ID number). If you have never registered, you can create a new account in the course portal.',
    },
  };
  return `${greeting(lang, facts.firstName)}\n\n${body[lang][verdict]}\n\n${signature(lang)}\n`;
}
