// users find (W1) and the account screens around it on a bokmål agent's screen: the verdict line with
// its reason, the evidence under each candidate (name_match, birth_date_match, email_match), an
// account's status and type, and why users duplicates pairs two accounts. English is what these
// screens have always printed, byte for byte; json, csv and yaml keep the records' English codes.
// Parameters hold record words, the search's reasons and the names and addresses a search already
// shows, never a national ID, token or password.
import type { Entry } from './catalogue.js';
import { accountWordNb, verdictWordNb } from './nbtext2.js';
import { recordWordNb } from './nbtext4.js';

const entry = <P>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

// biome-ignore lint/complexity/noBannedTypes: an entry without parameters
type None = {};

/** How a written birth date fits the account's (identity-match's BirthDateMatch). */
const BIRTH_DATE_MATCH_NB: Readonly<Record<string, string>> = {
  exact: 'nøyaktig',
  'day-month swapped': 'dag og måned byttet om',
  'one digit off': 'ett siffer feil',
  'two digits swapped': 'to sifre byttet om',
  none: 'ingen',
  'not given': 'ikke oppgitt',
};

/** How a given e-mail fits the account's addresses (identity-match's EmailMatch). */
const EMAIL_MATCH_NB: Readonly<Record<string, string>> = {
  current: 'nåværende',
  earlier: 'tidligere',
  'same local part at another domain': 'samme navn foran @, annet domene',
  'near miss': 'nesten lik',
  none: 'ingen',
  'not given': 'ikke oppgitt',
};

/**
 * A value on an account's screen (users find, users show, users duplicates) in bokmål, by its field:
 * an account's status and type, the search's birth date and e-mail evidence; any other field as every
 * record says it (nbtext4's record words). The name evidence and a duplicate pair's reason are coded
 * where they are made (name-match, duplicates.*), not read back from their English.
 */
export function accountRecordWordNb(field: string, value: string): string {
  switch (field) {
    case 'status':
    case 'account_type':
      return accountWordNb(value);
    case 'birth_date_match':
      return BIRTH_DATE_MATCH_NB[value] ?? value;
    case 'email_match':
      return EMAIL_MATCH_NB[value] ?? value;
    default:
      return recordWordNb(field, value);
  }
}

export const NBFIND = {
  /**
   * users find's verdict line above the candidates (table only): the record word and its reason in
   * English, the verdict and reason in bokmål. `reason` and `reasonNb` are matchReasonText's.
   */
  'nbfind.verdict-heading': entry<{ verdict: string; reason: string; reasonNb: string }>(
    (p) => `verdict: ${p.verdict} (${p.reason})`,
    (p) => `vurdering: ${verdictWordNb(p.verdict)} (${p.reasonNb})`,
  ),
  /** users find's table when no account is close (said on stderr, table format only). */
  'nbfind.no-account-matches': entry<None>(
    () => 'no account matches',
    () => 'ingen konto passer',
  ),
  /** users duplicates' table when no two accounts look like one person. */
  'nbfind.no-probable-duplicates': entry<None>(
    () => 'no probable duplicates',
    () => 'ingen kontoer ser ut til å høre til samme person',
  ),
  /** A value on an account's screen (a view marked `words: 'account'` in src/output/render.ts). */
  'nbfind.account-word': entry<{ field: string; value: string }>(
    (p) => p.value,
    (p) => accountRecordWordNb(p.field, p.value),
  ),
} as const;
