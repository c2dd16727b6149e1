// What a bokmål agent still read in English (sixth pass): a name comparison's details, coded where
// name-matching.ts makes them (a code and the written and meant words, so each language says them
// from the same facts), a candidate's name_match built from them, how a link reached the learner,
// the outbox's kinds of mail, and the labels of an account's record view. English is what these
// screens have always printed, byte for byte; json, csv and yaml keep it. Parameters hold the words
// a search already shows (folded name words), counts and record words, never a national ID or token.
import type { Field, WordHow } from '../catalogue.js';
import type { Coded, Entry } from './catalogue.js';
import { accountWordNb } from './nbtext2.js';

const entry = <P>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

// biome-ignore lint/complexity/noBannedTypes: an entry without parameters
type None = {};

/** How a written word stands for the account's word without being a slip of it. */
export type NameStandIn = 'initial' | 'short form' | 'pet form' | 'spelling variant';

const STAND_IN_NB: Readonly<Record<NameStandIn, string>> = {
  initial: 'forbokstav',
  'short form': 'kortform',
  'pet form': 'kallenavn',
  'spelling variant': 'annen skrivemåte',
};

/** How a name fits, as identity-match's name kinds. */
const NAME_KIND_NB: Readonly<Record<string, string>> = {
  exact: 'nøyaktig',
  close: 'nær',
  different: 'ulikt',
  'not given': 'ikke oppgitt',
};

/** The outbox's kinds of mail (mail list's `kind`), in bokmål. */
const OUTBOX_KIND_NB: Readonly<Record<string, string>> = {
  'link.activation': 'aktiveringslenke',
  'link.reset': 'lenke for nytt passord',
  'seat.promoted': 'fått plass fra venteliste',
};
/** An outbox mail's kind in bokmål, or undefined for a word this block does not know. */
export const outboxKindNb = (kind: string): string | undefined => OUTBOX_KIND_NB[kind];

/** courses why-hidden's verdicts and each reason's effect, in bokmål. */
const ACCESS_WORD_NB: Readonly<Record<string, string>> = {
  hidden: 'skjult',
  'cannot-book': 'kan ikke melde seg på',
  visible: 'synlig',
  blocked: 'hindret',
  info: 'merk',
};
const accessWordNb = (word: string): string => ACCESS_WORD_NB[word] ?? word;

/** How a link reaches the learner (links issue's delivery): in the agent's reply, or mailed. */
const DELIVERY_NB: Readonly<Record<string, string>> = { agent: 'i svaret', mail: 'e-post' };
/** A link's delivery word in bokmål, or undefined for a word this block does not know. */
export const deliveryWordNb = (word: string): string | undefined => DELIVERY_NB[word];

/** links issue's status of the link just made. */
const ISSUED_STATUS_NB: Readonly<Record<string, string>> = {
  'dry run': 'prøvekjøring',
  'handed to agent': 'gitt til saksbehandler',
  queued: 'lagt i kø',
};

/**
 * Record words this pass found left in English on a bokmål screen, by field: a programme item's
 * `missing` (programmes status), links issue's status and delivery, a unit request with no place (units
 * requests), the account types that see a course (courses list, courses show). Undefined for anything
 * else.
 */
export function moreRecordWordNb(field: string, value: string): string | undefined {
  if (field === 'status' && value === 'missing') return 'mangler';
  if (field === 'status' && ISSUED_STATUS_NB[value] !== undefined) return ISSUED_STATUS_NB[value];
  if (field === 'delivery') return deliveryWordNb(value);
  if (field === 'place' && value === '(any place)') return '(hvor som helst)';
  if (field === 'visible_to')
    return value
      .split(',')
      .map((type) => accountWordNb(type))
      .join(',');
  return undefined;
}

/** A course field a search word was found in (courses search's matched), in each language. */
const COURSE_FIELD: Readonly<Record<Field, { en: string; nb: string }>> = {
  code: { en: 'code', nb: 'kode' },
  title: { en: 'title', nb: 'tittel' },
  title_en: { en: 'English title', nb: 'engelsk tittel' },
  category: { en: 'category', nb: 'kategori' },
  description: { en: 'description', nb: 'beskrivelse' },
};

const typosEn = (n: number) => `${n} typo${n === 1 ? '' : 's'}`;
const howEn = (how: WordHow): string =>
  how.kind === 'start'
    ? 'start of word'
    : how.kind === 'part'
      ? 'part of word'
      : how.kind === 'typos'
        ? typosEn(how.typos)
        : `start of word, ${typosEn(how.typos)}`;
const howNb = (how: WordHow): string =>
  how.kind === 'start'
    ? 'starten av ordet'
    : how.kind === 'part'
      ? 'del av ordet'
      : how.kind === 'typos'
        ? `${how.typos} skrivefeil`
        : `starten av ordet, ${how.typos} skrivefeil`;

/**
 * The labels of an account's record view (users show, and users find's evidence under a candidate)
 * on a bokmål screen: the view is read, not parsed (scripts take json, csv or yaml, whose keys stay).
 */
const ACCOUNT_LABEL_NB: Readonly<Record<string, string>> = {
  id: 'id',
  rank: 'rangering',
  score: 'poeng',
  name: 'navn',
  birth_date: 'fødselsdato',
  national_id: 'fødselsnummer',
  email: 'e-post',
  phone: 'telefon',
  account_type: 'kontotype',
  status: 'status',
  employer: 'arbeidsgiver',
  employer_org_number: 'arbeidsgivers org.nr.',
  invoice_reference: 'fakturareferanse',
  hms_card: 'HMS-kort',
  hms_card_registered_on: 'HMS-kort registrert',
  hms_card_age: 'HMS-kortets alder',
  hms_card_renewal_due: 'HMS-kort fornyes innen',
  hms_card_overdue: 'HMS-kort forfalt',
  created_at: 'opprettet',
  updated_at: 'endret',
  name_match: 'navnet',
  birth_date_match: 'fødselsdatoen',
  email_match: 'e-posten',
  first_id: 'første id',
  first_name: 'første navn',
  first_email: 'første e-post',
  second_id: 'andre id',
  second_name: 'andre navn',
  second_email: 'andre e-post',
  reason: 'grunn',
};

export const NBTEXT6 = {
  // A name comparison's details (src/domain/name-matching.ts), each as it is made.
  'name-detail.joined': entry<None>(
    () => 'words joined or split differently',
    () => 'ordene skrevet sammen eller delt annerledes',
  ),
  'name-detail.joined-slip': entry<None>(
    () => 'a slip in the letters or a given name left out as well',
    () => 'i tillegg en skrivefeil eller et fornavn utelatt',
  ),
  'name-detail.swapped': entry<None>(
    () => 'first and last name swapped',
    () => 'fornavn og etternavn byttet om',
  ),
  'name-detail.given-differs': entry<None>(
    () => 'given name differs',
    () => 'fornavnet er et annet',
  ),
  'name-detail.family-differs': entry<None>(
    () => 'family name differs',
    () => 'etternavnet er et annet',
  ),
  'name-detail.spacing': entry<None>(
    () => 'written with different spacing or hyphens',
    () => 'skrevet med andre mellomrom eller bindestreker',
  ),
  'name-detail.no-name': entry<None>(
    () => 'no name to compare',
    () => 'ikke noe navn å sammenligne',
  ),
  'name-detail.stand-in': entry<{ how: NameStandIn; written: string; meant: string }>(
    (p) => `${p.how}: '${p.written}' for '${p.meant}'`,
    (p) => `${STAND_IN_NB[p.how]}: «${p.written}» for «${p.meant}»`,
  ),
  'name-detail.typos': entry<{ typos: number; written: string; meant: string }>(
    (p) => `${p.typos} ${p.typos === 1 ? 'typo' : 'typos'}: '${p.written}' for '${p.meant}'`,
    (p) => `${p.typos} skrivefeil: «${p.written}» for «${p.meant}»`,
  ),
  'name-detail.read-as-another': entry<{ written: string; common: boolean; meant: string }>(
    (p) =>
      `'${p.written}' is itself a ${p.common ? 'common ' : ''}name, read as '${p.meant}' (name evidence alone cannot tell)`,
    (p) =>
      `«${p.written}» er selv et ${p.common ? 'vanlig ' : ''}navn, lest som «${p.meant}» (navnet alene kan ikke avgjøre det)`,
  ),
  'name-detail.not-written': entry<{ part: 'given' | 'family'; words: string }>(
    (p) => `${p.part} name '${p.words}' not written`,
    (p) => `${p.part === 'given' ? 'fornavnet' : 'etternavnet'} «${p.words}» er ikke skrevet`,
  ),
  'name-detail.not-in-account': entry<{ words: string }>(
    (p) => `'${p.words}' not in the account's name`,
    (p) => `«${p.words}» står ikke i kontoens navn`,
  ),
  // users find's name_match: how the name fits, and the details in brackets.
  'name-match': entry<{ kind: string; details: readonly Coded[] }>(
    (p, t) => p.kind + (p.details.length ? ` (${p.details.map(t).join('; ')})` : ''),
    (p, t) =>
      (NAME_KIND_NB[p.kind] ?? p.kind) + (p.details.length ? ` (${p.details.map(t).join('; ')})` : ''),
  ),
  // links list's delivery: the outbox mail that carried the link, or handed over in the agent's reply.
  'link.delivery': entry<{ message: { id: number; status: string } | null }>(
    (p) => (p.message ? `mail #${p.message.id} ${p.message.status}` : 'agent'),
    (p) => (p.message ? `e-post #${p.message.id} ${deliveryStatusNb(p.message.status)}` : 'i svaret'),
  ),
  // courses why-hidden: the verdict line above the reasons (table only; other formats' stderr note is
  // the English), each reason's effect, and its explanation as the domain writes it in each language
  // (course-access.ts explainAccess, from the same facts).
  'why-hidden.heading': entry<{
    verdict: string;
    course: string;
    name: string;
    id: number;
    accountType: string;
  }>(
    (p) => `verdict: ${p.verdict}: ${p.course} for ${p.name} (learner ${p.id}, ${p.accountType} account)`,
    (p) =>
      `vurdering: ${accessWordNb(p.verdict)}: ${p.course} for ${p.name} (bruker ${p.id}, kontotype ${accountWordNb(p.accountType)})`,
  ),
  'why-hidden.effect': entry<{ effect: string }>(
    (p) => p.effect,
    (p) => accessWordNb(p.effect),
  ),
  'why-hidden.explanation': entry<{ en: string; nb: string }>(
    (p) => p.en,
    (p) => p.nb,
  ),
  // courses search's matched (src/domain/catalogue.ts matchCourse): the code, a code typed with a slip,
  // or a query word found in a field, as it is or as a course's word it was read as.
  'course-match.code': entry<{ code: string }>(
    (p) => `code ${p.code}`,
    (p) => `kode ${p.code}`,
  ),
  'course-match.code-near': entry<{ code: string; typed: string }>(
    (p) => `code ${p.code} ≈ ${p.typed}`,
    (p) => `kode ${p.code} ≈ ${p.typed}`,
  ),
  'course-match.word': entry<{ field: Field; word: string; query: string; how: WordHow | null }>(
    (p) =>
      `${COURSE_FIELD[p.field].en} ${p.how === null ? `"${p.query}"` : `"${p.word}" ≈ "${p.query}" (${howEn(p.how)})`}`,
    (p) =>
      `${COURSE_FIELD[p.field].nb} ${p.how === null ? `«${p.query}»` : `«${p.word}» ≈ «${p.query}» (${howNb(p.how)})`}`,
  ),
  // A field's label on an account's record view (src/output/render.ts): as the record names it in
  // English, in bokmål words on a bokmål screen.
  'account.label': entry<{ field: string }>(
    (p) => p.field,
    (p) => ACCOUNT_LABEL_NB[p.field] ?? p.field,
  ),
} as const;

/** An outbox mail's status, as links list's delivery says it. */
const DELIVERY_STATUS_NB: Readonly<Record<string, string>> = {
  pending: 'venter',
  sending: 'sendes',
  sent: 'sendt',
  failed: 'feilet',
};
const deliveryStatusNb = (status: string): string => DELIVERY_STATUS_NB[status] ?? status;
