// What the guided mode says when the answer to its name question is plainly no person's name: a subject
// line, a question, an e-mail address, a number. The typed text is never read back (it may hold an ID).

import type { Entry } from './catalogue.js';

const entry = <P>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

/** Why a typed answer is no name; each kind says what the agent should type instead. */
export type NotANameKind = 'email' | 'digits' | 'question' | 'label' | 'sentence';

const EN: Record<NotANameKind, string> = {
  email: 'an e-mail address is not a name (addresses are asked for next)',
  digits: 'a name has no digits (a birth date or a number is asked for on its own)',
  question: 'a question is not a name',
  label: 'a subject line or a label ("…:") is not a name',
  sentence: 'a sentence is not a name',
};

const NB: Record<NotANameKind, string> = {
  email: 'en e-postadresse er ikke et navn (adressene spørres det om etterpå)',
  digits: 'et navn har ingen sifre (fødselsdato og numre spørres det om for seg)',
  question: 'et spørsmål er ikke et navn',
  label: 'en emnelinje eller en merkelapp («…:») er ikke et navn',
  sentence: 'en setning er ikke et navn',
};

export const NAMES12 = {
  /** The answer to "Full name as the person wrote it" is not a name: the prompt asks again. */
  'guided.not-a-name': entry<{ kind: NotANameKind }>(
    (p) => `${EN[p.kind]}: type the person's given and family name, e.g. Kari Nordmann`,
    (p) => `${NB[p.kind]}: skriv fornavn og etternavn, f.eks. Kari Nordmann`,
  ),
} as const;
