// English still left on a bokmål agent's screens (second pass): the identity verdict and the account
// words of a found learner (guided W1, triage's screen), command headings and the day a screen shows,
// and the frame around a confirmation. English is what these places have always printed, byte for
// byte; the machine formats (json, csv, the audit) keep the records' words. Parameters hold ids, names,
// course codes, counts and record words, never a national ID, token or password.
import type { Entry } from './catalogue.js';

const entry = <P>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

/** An identity search's verdict as a bokmål agent reads it; the record word stays for scripts (json). */
const VERDICT_WORDS_NB: Readonly<Record<string, string>> = {
  verified: 'bekreftet',
  likely: 'sannsynlig',
  ambiguous: 'uklar',
  none: 'ingen treff',
};

/** Account types and statuses as a bokmål agent reads them (the guided mode's words). */
const ACCOUNT_WORDS_NB: Readonly<Record<string, string>> = {
  free: 'gratis',
  full: 'full',
  driver: 'fører',
  pending: 'ikke aktivert',
  active: 'aktiv',
  disabled: 'deaktivert',
};

/** A verdict in bokmål words; an unknown word is shown as the record has it. */
export const verdictWordNb = (verdict: string): string => VERDICT_WORDS_NB[verdict] ?? verdict;

/** An account type or status (or a comma-separated list of types) in bokmål; unknown words as they are. */
export const accountWordNb = (word: string): string =>
  word
    .split(',')
    .map((w) => ACCOUNT_WORDS_NB[w.trim()] ?? w.trim())
    .join(', ');

export const NBTEXT2 = {
  /** The verdict line of a search for an account (guided W1): the record word in English, words in bokmål. */
  'find.verdict-line': entry<{ verdict: string }>(
    (p) => `Verdict: ${p.verdict}`,
    (p) => `Vurdering: ${verdictWordNb(p.verdict)}`,
  ),
} as const;
