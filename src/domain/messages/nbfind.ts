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

/** How a name fits (identity-match's name kinds). */
const NAME_KIND_NB: Readonly<Record<string, string>> = {
  exact: 'nøyaktig',
  close: 'nær',
  different: 'ulikt',
  'not given': 'ikke oppgitt',
};

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

/** The fixed details of a name comparison (name-matching.ts), word for word. */
const NAME_DETAIL_NB: Readonly<Record<string, string>> = {
  'words joined or split differently': 'ordene skrevet sammen eller delt annerledes',
  'a slip in the letters or a given name left out as well':
    'i tillegg en skrivefeil eller et fornavn utelatt',
  'first and last name swapped': 'fornavn og etternavn byttet om',
  'given name differs': 'fornavnet er et annet',
  'family name differs': 'etternavnet er et annet',
  'written with different spacing or hyphens': 'skrevet med andre mellomrom eller bindestreker',
  'no name to compare': 'ikke noe navn å sammenligne',
};

const HOW_SHORTENED_NB: Readonly<Record<string, string>> = {
  initial: 'forbokstav',
  'short form': 'kortform',
  'pet form': 'kallenavn',
  'spelling variant': 'annen skrivemåte',
};

/** One detail of a name comparison in bokmål; a detail it does not know as it is. */
export function nameDetailNb(detail: string): string {
  const fixed = NAME_DETAIL_NB[detail];
  if (fixed !== undefined) return fixed;
  const forOther = /^(initial|short form|pet form|spelling variant): '(.*)' for '(.*)'$/.exec(detail);
  if (forOther) return `${HOW_SHORTENED_NB[forOther[1]!]}: «${forOther[2]}» for «${forOther[3]}»`;
  const typos = /^(\d+) typos?: '(.*)' for '(.*)'$/.exec(detail);
  if (typos) return `${typos[1]} skrivefeil: «${typos[2]}» for «${typos[3]}»`;
  const itself =
    /^'(.*)' is itself a (common )?name, read as '(.*)' \(name evidence alone cannot tell\)$/.exec(detail);
  if (itself)
    return `«${itself[1]}» er selv et ${itself[2] ? 'vanlig ' : ''}navn, lest som «${itself[3]}» (navnet alene kan ikke avgjøre det)`;
  const notWritten = /^(given|family) name '(.*)' not written$/.exec(detail);
  if (notWritten)
    return `${notWritten[1] === 'given' ? 'fornavnet' : 'etternavnet'} «${notWritten[2]}» er ikke skrevet`;
  const extra = /^'(.*)' not in the account's name$/.exec(detail);
  if (extra) return `«${extra[1]}» står ikke i kontoens navn`;
  return detail;
}

/** A candidate's name_match (`close (spelling variant: …; …)`) in bokmål; other text as it is. */
export function nameMatchNb(value: string): string {
  const m = /^(exact|close|different|not given)(?: \((.*)\))?$/s.exec(value);
  if (!m) return value;
  const kind = NAME_KIND_NB[m[1]!] ?? m[1]!;
  return m[2] === undefined ? kind : `${kind} (${m[2].split('; ').map(nameDetailNb).join('; ')})`;
}

/** Why users duplicates pairs two accounts (workflows/duplicates.ts) in bokmål; other text as it is. */
export function duplicateReasonNb(reason: string): string {
  if (reason === 'same name and birth date') return 'samme navn og fødselsdato';
  if (reason === 'same birth date') return 'samme fødselsdato';
  const alike = /^same birth date, names alike \((.*)\)$/s.exec(reason);
  if (alike)
    return `samme fødselsdato, navnene ligner (${alike[1]!.split('; ').map(nameDetailNb).join('; ')})`;
  const shared = /^both used (.*)$/s.exec(reason);
  if (shared) return `begge har brukt ${shared[1]}`;
  return reason;
}

/**
 * A value on an account's screen (users find, users show, users duplicates) in bokmål, by its field:
 * an account's status and type, the search's evidence, a duplicate pair's reason; any other field as
 * every record says it (nbtext4's record words).
 */
export function accountRecordWordNb(field: string, value: string): string {
  switch (field) {
    case 'status':
    case 'account_type':
      return accountWordNb(value);
    case 'name_match':
      return nameMatchNb(value);
    case 'birth_date_match':
      return BIRTH_DATE_MATCH_NB[value] ?? value;
    case 'email_match':
      return EMAIL_MATCH_NB[value] ?? value;
    case 'reason':
      return duplicateReasonNb(value);
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
