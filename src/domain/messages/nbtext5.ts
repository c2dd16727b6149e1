// English still left on a bokmål agent's screens (fifth pass). The register's own phrases in records —
// a unit's status text, the e-invoice hint, whether the unit is a customer, an HMS card's age — are
// coded where they are made, so a screen in bokmål says them from the facts instead of re-reading the
// English. The English is word for word what the records always held (json, csv and yaml keep it). Also
// the customer's status word (`active`, `inactive`) and a register unit's status word in tables, and
// companies import's warning that no Brønnøysund extract is loaded. Parameters hold dates, counts,
// company names and status words only.
import type { UnitStatus } from '../companies/register-rules.js';
import type { Coded, Entry } from './catalogue.js';

/** A register unit's status in English words (also the register rules' own text for it). */
export function unitStatusEn(status: UnitStatus, date: string | null): string {
  switch (status) {
    case 'deleted':
      return `deleted from the register on ${date}`;
    case 'closed':
      return `subunit closed down on ${date}`;
    case 'bankrupt':
      return 'bankrupt (konkurs)';
    case 'dissolution':
      return 'under compulsory dissolution (tvangsavvikling)';
    case 'liquidation':
      return 'being wound up (under avvikling)';
    case 'active':
      return 'active';
  }
}

/** A register unit's status in bokmål words (the agent's screens in bokmål). */
export function unitStatusNb(status: UnitStatus, date: string | null): string {
  switch (status) {
    case 'deleted':
      return `slettet fra registeret (${date})`;
    case 'closed':
      return `en nedlagt underenhet (${date})`;
    case 'bankrupt':
      return 'konkurs';
    case 'dissolution':
      return 'under tvangsavvikling';
    case 'liquidation':
      return 'under avvikling';
    case 'active':
      return 'aktiv';
  }
}

const entry = <P>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

// biome-ignore lint/complexity/noBannedTypes: an entry without parameters
type None = {};

/**
 * Words records hold in a `status` field, in bokmål: a customer's, a learner account's, a register
 * unit's, a mail's in the outbox, a link's, an enrolment's and a unit request's.
 */
const STATUS_WORD_NB: Readonly<Record<string, string>> = {
  active: 'aktiv',
  inactive: 'inaktiv',
  pending: 'venter',
  disabled: 'deaktivert',
  bankrupt: 'konkurs',
  liquidation: 'under avvikling',
  dissolution: 'under tvangsavvikling',
  deleted: 'slettet',
  sending: 'sendes',
  sent: 'sendt',
  // A mail that could not be sent (a result's `failed` is said in the `result` field: ikke bestått).
  failed: 'feilet',
  used: 'brukt',
  superseded: 'erstattet',
  scheduled: 'planlagt',
  cancelled: 'avlyst',
  closed: 'lukket',
  enrolled: 'påmeldt',
  waitlisted: 'på venteliste',
  attended: 'møtte',
  'no-show': 'møtte ikke',
};
/** A status word in bokmål, or undefined for a word this block does not know. */
export const statusWordNb = (word: string): string | undefined => STATUS_WORD_NB[word];

/** Words in a `state` field besides a unit's and a qualification's: an HMS card's, a migration's. */
const STATE_WORD_NB: Readonly<Record<string, string>> = {
  overdue: 'forfalt',
  due: 'skal fornyes',
  missing: 'mangler',
  applied: 'kjørt',
  pending: 'venter',
};
export const stateWordNb = (word: string): string | undefined => STATE_WORD_NB[word];

/** Words in a `kind` field: a course's and a link's. */
const KIND_WORD_NB: Readonly<Record<string, string>> = {
  'e-learning': 'e-læring',
  classroom: 'klasserom',
  exam: 'eksamen',
  practical: 'praksis',
  activation: 'aktivering',
  reset: 'nytt passord',
};
export const kindWordNb = (word: string): string | undefined => KIND_WORD_NB[word];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const NBTEXT5 = {
  // An HMS card's age (dates.ts cardAge): whole years, and the months left over (or 0 months).
  'age.years-months': entry<{ years: number; months: number }>(
    (p) =>
      [
        ...(p.years > 0 ? [plural(p.years, 'year', 'years')] : []),
        ...(p.months > 0 || p.years === 0 ? [plural(p.months, 'month', 'months')] : []),
      ].join(' '),
    (p) =>
      [
        ...(p.years > 0 ? [`${p.years} år`] : []),
        ...(p.months > 0 || p.years === 0 ? [plural(p.months, 'måned', 'måneder')] : []),
      ].join(' '),
  ),
  // The e-invoice hint (register-rules.ts elmaHint): absence from ELMA means "unknown", never "no".
  'register.e-invoice': entry<{ inElma: boolean; elmaDate: string | null }>(
    (p) =>
      p.elmaDate === null
        ? 'unknown (no ELMA/Peppol extract loaded)'
        : p.inElma
          ? `probably yes: listed as 0192 participant in the extract of ${p.elmaDate}`
          : `unknown: not listed in the extract of ${p.elmaDate}`,
    (p) =>
      p.elmaDate === null
        ? 'ukjent (ikke lastet noe ELMA/Peppol-uttrekk)'
        : p.inElma
          ? `trolig ja: oppført som 0192-deltaker i uttrekket fra ${p.elmaDate}`
          : `ukjent: ikke oppført i uttrekket fra ${p.elmaDate}`,
  ),
  // A register unit's status as a phrase (registry lookup's status_text, companies show's register_status).
  'register.status-text': entry<{ status: UnitStatus; date: string | null }>(
    (p) => unitStatusEn(p.status, p.date),
    (p) => unitStatusNb(p.status, p.date),
  ),
  // companies show's register_status when the register has no unit to say it from.
  'register.status-no-extract': entry<None>(
    () => 'unknown (no Brønnøysund extract loaded)',
    () => 'ukjent (Brønnøysund-utdraget er ikke lastet inn)',
  ),
  'register.status-not-in-extract': entry<{ extractDate: string }>(
    (p) => `not in the extract of ${p.extractDate} (deleted or never registered)`,
    (p) => `finnes ikke i utdraget fra ${p.extractDate} (slettet, eller aldri registrert)`,
  ),
  // registry lookup's customer: the customer with its status, or no.
  'register.customer': entry<{ customer: { name: string; status: string } | null }>(
    (p) => (p.customer ? `yes: ${p.customer.name} (${p.customer.status})` : 'no'),
    (p) =>
      p.customer ? `ja: ${p.customer.name} (${statusWordNb(p.customer.status) ?? p.customer.status})` : 'nei',
  ),
  // users duplicates: why two accounts are paired (the name comparison's details as it gives them).
  'duplicates.same-name': entry<None>(
    () => 'same name and birth date',
    () => 'samme navn og fødselsdato',
  ),
  'duplicates.names-alike': entry<{ details: readonly Coded[] }>(
    (p, t) => `same birth date, names alike (${p.details.map(t).join('; ')})`,
    (p, t) => `samme fødselsdato, navnene ligner (${p.details.map(t).join('; ')})`,
  ),
  'duplicates.same-birth-date': entry<None>(
    () => 'same birth date',
    () => 'samme fødselsdato',
  ),
  'duplicates.shared-email': entry<{ email: string }>(
    (p) => `both used ${p.email}`,
    (p) => `begge har brukt ${p.email}`,
  ),
  // audit verify when the chain holds: how many entries, and where an anchor given with --anchor sits.
  'audit.intact': entry<{
    checked: number;
    anchor: { at: number | null | undefined; headId: number | null } | null;
  }>(
    (p) =>
      `audit log intact: ${p.checked} entries${
        p.anchor === null
          ? ''
          : p.anchor.headId !== null && p.anchor.at !== p.anchor.headId
            ? `, the anchored entry ${p.anchor.at} and ${p.anchor.headId - (p.anchor.at ?? 0)} after it`
            : `, up to the anchored entry ${p.anchor.at}`
      }`,
    (p) =>
      `revisjonsloggen er hel: ${p.checked} ${p.checked === 1 ? 'oppføring' : 'oppføringer'}${
        p.anchor === null
          ? ''
          : p.anchor.headId !== null && p.anchor.at !== p.anchor.headId
            ? `, den forankrede oppføringen ${p.anchor.at} og ${p.anchor.headId - (p.anchor.at ?? 0)} etter den`
            : `, til og med den forankrede oppføringen ${p.anchor.at}`
      }`,
  ),
  // companies import, before it writes, when no Brønnøysund extract is loaded.
  'companies-import.no-brreg-extract': entry<None>(
    () =>
      'no Brønnøysund extract is loaded: names and business addresses were not checked against the register',
    () =>
      'Brønnøysund-utdraget er ikke lastet inn: navn og forretningsadresser ble ikke kontrollert mot registeret',
  ),
} as const;
