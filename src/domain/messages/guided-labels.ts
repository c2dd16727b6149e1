// The guided mode's menu and its fixed questions, in English and bokmål: the FAQ's questions as the menu
// (menu.ts) and the FAQ answers' menu (flows/faq.ts), what a search that finds nothing offers
// (session.ts, flows/employer.ts) and the company fields asked when registering a company
// (flows/employer.ts). Moved from the flows' inline {nb, en} pairs and ask(field, nb, en) so they are
// coded like every other message. Words only: no parameters, so never personal data.

import type { Entry } from './catalogue.js';

const entry = (en: string, nb: string): Entry<Record<string, never>> => ({ en: () => en, nb: () => nb });
const wordEntry = <P>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

/** A language as the agent calls it (a ticket's, a reply's), in each agent language. */
const LANGUAGE_NAMES: Readonly<Record<'nb' | 'nn' | 'en', { en: string; nb: string }>> = {
  nb: { en: 'bokmål', nb: 'bokmål' },
  nn: { en: 'nynorsk', nb: 'nynorsk' },
  en: { en: 'English', nb: 'engelsk' },
};

/** A programme item's status (flows/learning.ts), short; an unknown word as it is. */
const ITEM_STATUS: Readonly<Record<string, { en: string; nb: string }>> = {
  passed: { en: 'passed', nb: 'bestått' },
  expired: { en: 'expired', nb: 'utløpt' },
  missing: { en: 'to do', nb: 'gjenstår' },
};

/** A course result (flows/learning.ts); an unknown word as it is. */
const RESULT: Readonly<Record<string, { en: string; nb: string }>> = {
  passed: { en: 'passed', nb: 'bestått' },
  failed: { en: 'failed', nb: 'ikke bestått' },
};

export const GUIDED_LABELS = {
  // menu.ts: the FAQ's questions, as the learner would ask them (one 80-column line answered).
  'guided-labels.menu-forgot-email': entry(
    'Forgot which e-mail / national ID already in use',
    'Husker ikke e-posten / fødselsnummeret er i bruk',
  ),
  'guided-labels.menu-no-activation': entry('No activation e-mail', 'Har ikke fått aktiverings-e-post'),
  'guided-labels.menu-forgot-password': entry('Forgot password', 'Har glemt passordet'),
  'guided-labels.menu-changed-employer': entry('Changed employer', 'Har byttet arbeidsgiver'),
  'guided-labels.menu-new-login-email': entry(
    'New login e-mail (no access to the old one)',
    'Ny e-post for innlogging (ikke tilgang til den gamle)',
  ),
  'guided-labels.menu-company-not-listed': entry('Company not in the list', 'Firmaet finnes ikke i listen'),
  'guided-labels.menu-account-type': entry(
    'Account type: full catalogue or driver',
    'Kontotype: full kurskatalog eller fører',
  ),
  'guided-labels.menu-new-hms-card': entry('New HMS card', 'Nytt HMS-kort'),
  'guided-labels.menu-cannot-find-course': entry("Can't find a course", 'Finner ikke kurset'),
  'guided-labels.menu-course-full': entry(
    'Course full / no dates / waitlist',
    'Kurset er fullt / ingen datoer / venteliste',
  ),
  'guided-labels.menu-still-needed': entry(
    'What do I still need? (programmes)',
    'Hva mangler jeg? (opplæringsløp)',
  ),
  'guided-labels.menu-certificate': entry('Certificate', 'Kursbevis'),
  'guided-labels.menu-register-learner': entry('Register a learner', 'Registrere en ny bruker'),
  'guided-labels.menu-personal-data': entry(
    'What do you store about me? / Delete me',
    'Hva lagrer dere om meg? / Slett meg',
  ),
  'guided-labels.menu-paste-ticket': entry('Paste a ticket', 'Lim inn en henvendelse'),
  'guided-labels.menu-other-faq': entry(
    'Other FAQ questions (register, log in, Firma-ID …)',
    'Andre FAQ-spørsmål (registrering, innlogging, Firma-ID …)',
  ),

  // flows/faq.ts: the FAQ answers' questions, as the person asks them.
  'guided-labels.faq-create-account': entry(
    'How do I create an account, and which account type?',
    'Hvordan oppretter jeg en konto, og hvilken kontotype?',
  ),
  'guided-labels.faq-no-hms-card': entry('I have no HMS card', 'Jeg har ikke HMS-kort'),
  'guided-labels.faq-firma-id': entry('I am asked for a Firma-ID', 'Jeg blir bedt om Firma-ID'),
  'guided-labels.faq-rail-staff': entry(
    'I work at Bane NOR: how do I log in?',
    'Jeg er ansatt i Bane NOR: hvordan logger jeg inn?',
  ),
  'guided-labels.faq-company-missing': entry(
    'I cannot find my company when I register',
    'Jeg finner ikke firmaet mitt når jeg registrerer meg',
  ),
  'guided-labels.faq-log-in': entry(
    'How do I log in? (the user name)',
    'Hvordan logger jeg inn? (brukernavnet)',
  ),
  'guided-labels.faq-change-password': entry('How do I change my password?', 'Hvordan endrer jeg passordet?'),
  'guided-labels.faq-login-error': entry('An error message when I log in', 'Feilmelding når jeg logger inn'),

  // session.ts: a learner search that finds nothing.
  'guided-labels.nothing-found-ask-person': entry(
    'Nothing found: reply asking for name, birth date and e-mail',
    'Ingen treff: svar som ber om navn, fødselsdato og e-post',
  ),
  'guided-labels.nothing-found-ask-person-next': entry(
    "send the reply; when the person answers, find the account with 'Forgot which e-mail / national ID already in use'",
    'send svaret; når personen svarer, finn kontoen med «Husker ikke e-posten / fødselsnummeret er i bruk»',
  ),
  // flows/employer.ts: a company search that finds nothing, and the fields asked to register a company.
  'guided-labels.nothing-found-ask-company': entry(
    "Nothing found: reply asking for the company's details",
    'Ingen treff: svar som ber om firmaopplysningene',
  ),
  'guided-labels.nothing-found-ask-company-next': entry(
    "send the reply; when the organisation number comes, choose 'Company not in the list' again",
    'send svaret; når organisasjonsnummeret kommer, velg «Firmaet finnes ikke i listen» igjen',
  ),
  'guided-labels.company-name': entry('Company name', 'Firmanavn'),
  'guided-labels.contact-name': entry('Contact person', 'Kontaktperson'),
  'guided-labels.contact-email': entry("Contact person's e-mail", 'Kontaktpersonens e-post'),
  'guided-labels.contact-phone': entry("Contact person's phone", 'Kontaktpersonens telefon'),
  'guided-labels.invoice-email': entry('Invoice e-mail (not in ELMA)', 'E-post for faktura (ikke i ELMA)'),

  // Words the flows showed from inline {nb, en} maps: a programme item's status and a result
  // (flows/learning.ts), a ticket's language (flows/ticket.ts) and the reply's rulers (show.ts).
  'guided-labels.item-status': wordEntry<{ status: string }>(
    (p) => ITEM_STATUS[p.status]?.en ?? p.status,
    (p) => ITEM_STATUS[p.status]?.nb ?? p.status,
  ),
  'guided-labels.result': wordEntry<{ result: string }>(
    (p) => RESULT[p.result]?.en ?? p.result,
    (p) => RESULT[p.result]?.nb ?? p.result,
  ),
  'guided-labels.language': wordEntry<{ lang: 'nb' | 'nn' | 'en' }>(
    (p) => LANGUAGE_NAMES[p.lang].en,
    (p) => LANGUAGE_NAMES[p.lang].nb,
  ),
  'guided-labels.reply-ruler': wordEntry<{ lang: 'nb' | 'nn' | 'en' }>(
    (p) => ` reply (${LANGUAGE_NAMES[p.lang].en}) `,
    (p) => ` svar (${LANGUAGE_NAMES[p.lang].nb}) `,
  ),
} as const;
