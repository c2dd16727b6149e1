// English still left on a bokmål agent's screens (fourth pass): the words records hold as values — a
// result's `passed`, a certificate's `valid` or `expired`, a unit's `open` and a register unit's `main
// unit` (an HMS card's age and the e-invoice hint are coded where they are made: nbtext5.ts). A table
// or record on screen says them in bokmål; json, csv and yaml keep the record's English words, and
// English screens show them as they always did. Parameters hold field names and those values only.
import type { Coded, Entry } from './catalogue.js';
import { kindWordNb, stateWordNb, statusWordNb } from './nbtext5.js';
import { moreRecordWordNb, outboxKindNb } from './nbtext6.js';

const entry = <P>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

/** The fields whose values are record words (a name or a title that happens to read `passed` stays). */
const WORD_FIELDS: ReadonlySet<string> = new Set(['result', 'status', 'state', 'unit', 'kind']);

/** A unit's state (units list's `state`) in bokmål words; an unknown word as the record has it. */
const UNIT_STATE_NB: Readonly<Record<string, string>> = {
  open: 'åpen',
  full: 'full',
  started: 'startet',
  cancelled: 'avlyst',
};
export const unitStateNb = (state: string): string => UNIT_STATE_NB[state] ?? state;

/** Record words in those fields. */
const WORD_NB: Readonly<Record<string, string>> = {
  passed: 'bestått',
  failed: 'ikke bestått',
  valid: 'gyldig',
  expired: 'utløpt',
  expiring: 'utløper snart',
  revoked: 'trukket tilbake',
  'main unit': 'hovedenhet',
  subunit: 'underenhet',
};

/** A record's value word in bokmål, by the field that holds it; a value it does not know as it is. */
export function recordWordNb(field: string, value: string): string {
  const more = moreRecordWordNb(field, value);
  if (more !== undefined) return more;
  if (!WORD_FIELDS.has(field)) return value;
  if (field === 'state') return WORD_NB[value] ?? stateWordNb(value) ?? unitStateNb(value);
  if (field === 'status') return statusWordNb(value) ?? WORD_NB[value] ?? value;
  if (field === 'kind') return kindWordNb(value) ?? outboxKindNb(value) ?? value;
  return WORD_NB[value] ?? value;
}

// biome-ignore lint/complexity/noBannedTypes: an entry without parameters
type None = {};

export const NBTEXT4 = {
  // A yes/no question's words (src/context/yes-no.ts), for the command line's confirmation and the
  // guided mode's: the hint beside the question, the answer once given, and why an answer is asked again.
  'yes-no.hint': entry<{ preselect: boolean }>(
    (p) => (p.preselect ? 'Y/n' : 'y/N'),
    (p) => (p.preselect ? 'J/n' : 'j/N'),
  ),
  'yes-no.answer': entry<{ yes: boolean }>(
    (p) => (p.yes ? 'Yes' : 'No'),
    (p) => (p.yes ? 'Ja' : 'Nei'),
  ),
  'yes-no.invalid': entry<None>(
    () => 'answer y (yes) or n (no)',
    () => 'svar j (ja) eller n (nei)',
  ),
  // A text value of a record on screen (src/output/render.ts), by its field: English as the record has it.
  'record.word': entry<{ field: string; value: string }>(
    (p) => p.value,
    (p) => recordWordNb(p.field, p.value),
  ),

  // companies import's header row (src/domain/companies/import-rows.ts planColumns). `header` is the
  // column's Norwegian heading, `label` the field's English description.
  'companies-file.missing-columns': entry<{ missing: { field: string; label: string; header: string }[] }>(
    (p) =>
      `missing required column${p.missing.length > 1 ? 's' : ''}: ${p.missing
        .map((m) => `${m.field} (${m.label}; in Norwegian ${m.header})`)
        .join(', ')}`,
    (p) =>
      `${p.missing.length > 1 ? 'påkrevde kolonner mangler' : 'en påkrevd kolonne mangler'}: ${p.missing
        .map((m) => `${m.field} (på norsk ${m.header})`)
        .join(', ')}`,
  ),
  'companies-file.columns-clash': entry<{ earlier: string; later: string; field: string; label: string }>(
    (p) => `columns '${p.earlier}' and '${p.later}' both give the ${p.label}`,
    (p) => `kolonnene «${p.earlier}» og «${p.later}» gir begge ${p.field}`,
  ),
  'companies-file.header-problems': entry<{ problems: Coded[] }>(
    (p, t) => p.problems.map(t).join('; '),
    (p, t) => p.problems.map(t).join('; '),
  ),
} as const;
