// The e-mails that carry activation and reset links, in bokmål and English, written for this desk. The
// stored body holds the link with a placeholder for its token; the token is put in only when sending.
import { lifetimeText } from './link-policy.js';
import type { LinkKind } from './link-tokens.js';
import { textOf } from './replies/catalogue.js';

export type MailLang = 'nb' | 'en';

/** The mail for a reader of this language: mails exist in bokmål and English, so nynorsk gets bokmål. */
export function mailLangFor(lang: 'nb' | 'nn' | 'en'): MailLang {
  return lang === 'en' ? 'en' : 'nb';
}

/**
 * How every mail the portal sends ends: the replies' signature from the catalogue, so a learner sees one
 * sender whether the desk answered or the system wrote.
 */
export function mailSignature(lang: MailLang): string {
  return textOf('signature', lang);
}

export const TOKEN_PLACEHOLDER = '{{token}}';

export interface LinkMailFacts {
  firstName: string;
  lifetimeMs: number;
  /** The link with TOKEN_PLACEHOLDER where the token goes. */
  linkTemplate: string;
}

export interface MailText {
  subject: string;
  body: string;
}

const SUBJECTS: Readonly<Record<MailLang, Record<LinkKind, string>>> = {
  nb: { activation: 'Aktiver kontoen din i kursportalen', reset: 'Velg nytt passord i kursportalen' },
  en: {
    activation: 'Activate your course portal account',
    reset: 'Choose a new password for the course portal',
  },
};

function paragraphs(lang: MailLang, kind: LinkKind, lifetime: string, link: string): string[] {
  if (lang === 'nb') {
    return kind === 'activation'
      ? [
          'Du er registrert i kursportalen, men kontoen din er ikke tatt i bruk ennå. Åpne lenken nedenfor for å velge et passord, så er kontoen klar:',
          link,
          `Lenken gjelder i ${lifetime} og kan brukes én gang. Har den gått ut, svarer du bare på denne e-posten, så sender vi en ny.`,
          'Har du ikke bedt om dette, kan du se bort fra e-posten. Vi spør aldri etter passordet ditt på e-post eller telefon.',
        ]
      : [
          'Vi har fått beskjed om at du vil velge et nytt passord til kursportalen. Åpne lenken nedenfor for å gjøre det:',
          link,
          `Lenken gjelder i ${lifetime} og kan brukes én gang. Etter det kan du selv be om en ny med «Har du glemt passordet?» på innloggingssiden.`,
          'Har du ikke bedt om nytt passord, kan du se bort fra e-posten: det gamle passordet virker som før. Vi spør aldri etter passordet ditt på e-post eller telefon.',
        ];
  }
  return kind === 'activation'
    ? [
        'You are registered in the course portal, but your account has not been taken into use yet. Open the link below to choose a password, and the account is ready:',
        link,
        `The link works for ${lifetime} and only once. If it has run out, just reply to this e-mail and we will send a new one.`,
        'If you did not ask for this, you can ignore this e-mail. We never ask for your password by e-mail or phone.',
      ]
    : [
        'We were asked to let you choose a new password for the course portal. Open the link below to do so:',
        link,
        `The link works for ${lifetime} and only once. After that you can ask for a new one yourself with «Har du glemt passordet?» ("Forgot your password?") on the login page.`,
        'If you did not ask for a new password, you can ignore this e-mail: your current password still works. We never ask for your password by e-mail or phone.',
      ];
}

export function linkMail(lang: MailLang, kind: LinkKind, facts: LinkMailFacts): MailText {
  const greeting = lang === 'nb' ? `Hei ${facts.firstName},` : `Hello ${facts.firstName},`;
  const text = [
    greeting,
    ...paragraphs(lang, kind, lifetimeText(facts.lifetimeMs, lang), facts.linkTemplate),
    mailSignature(lang),
  ].join('\n\n');
  return { subject: SUBJECTS[lang][kind], body: `${text}\n` };
}

/** The body as sent: the token put into the link. */
export function fillToken(body: string, token: string): string {
  return body.replace(TOKEN_PLACEHOLDER, token);
}

/** The body as shown to agents: the token stays hidden. */
export function bodyForAgents(body: string): string {
  return body.replace(TOKEN_PLACEHOLDER, '[token: sent to the learner only]');
}
