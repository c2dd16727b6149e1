// English still left on a bokmål agent's screens (third pass): the confirmation before a change that
// cannot be undone (the frame and every plan's words), the sections and yes/no words of a record on
// screen, the rows of a bulk-move file that are refused, the words of a certificate check, and why a
// register extract's row was skipped. English is what these places have always printed, byte for
// byte; json, csv and yaml keep the records' words. Parameters hold ids, names, course codes, counts,
// org numbers and file names, never a national ID, token or password.
import { osloDate, osloDateTime } from '../local-time.js';
import { COMPANY_FIELD_NB, type Coded, type CompanyFieldName, type Entry } from './catalogue.js';
import { accountWordNb } from './nbtext2.js';

const entry = <P>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

// biome-ignore lint/complexity/noBannedTypes: an entry without parameters
type None = {};

/** `1 bruker`, `3 brukere`: a count with the noun in the number it needs. */
const countNb = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const lineEn = (line: number | undefined): string => (line === undefined ? '' : `line ${line}: `);
const lineNb = (line: number | undefined): string => (line === undefined ? '' : `linje ${line}: `);

/** A JSON value's kind, as the register rows name it (`null`, `list`, `object`, `boolean` or typeof). */
const jsonKindEn = (kind: string): string =>
  kind === 'null'
    ? 'null'
    : kind === 'list'
      ? 'a list'
      : kind === 'object'
        ? 'an object'
        : kind === 'boolean'
          ? 'true or false'
          : `a ${kind}`;
const JSON_KIND_NB: Readonly<Record<string, string>> = {
  null: 'null',
  list: 'en liste',
  object: 'et objekt',
  boolean: 'true eller false',
  number: 'et tall',
  string: 'en tekst',
  bigint: 'et tall',
};
const jsonKindNb = (kind: string): string => JSON_KIND_NB[kind] ?? kind;
const PARTICIPANT_EXPECTED_EN = 'it must be text ICD:value, such as "0192:912345678"';
const PARTICIPANT_EXPECTED_NB = 'den må være tekst på formen ICD:verdi, for eksempel "0192:912345678"';

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A certificate check's verdict word (the record word stays in json and csv). */
const VERDICT_NB: Readonly<Record<string, string>> = {
  valid: 'gyldig',
  revoked: 'trukket tilbake',
  'not genuine': 'ikke ekte',
  'unsigned demo': 'usignert demodata',
};

/** A unit's state in bokmål words (kept with the other record words, in nbtext4.ts). */
export { unitStateNb } from './nbtext4.js';

export const NBTEXT3 = {
  // The confirmation frame (src/commands/confirm.ts): `summary` is a plan's one line, below.
  'confirm.frame': entry<{ summary: string | Coded }>(
    (p, t) => `This will ${t(p.summary)}:`,
    (p, t) => `Dette vil ${t(p.summary)}:`,
  ),
  'confirm.question': entry<{ summary: string | Coded }>(
    (p, t) => `${capitalised(t(p.summary))}?`,
    (p, t) => `${capitalised(t(p.summary))}?`,
  ),
  'confirm.more-details': entry<{ more: number }>(
    (p) => `… and ${p.more} more (--dry-run --format csv lists all)`,
    (p) => `… og ${p.more} til (--dry-run --format csv viser alle)`,
  ),
  'confirm.nothing-changed': entry<None>(
    () => 'nothing was changed',
    () => 'ingenting ble endret',
  ),

  // What a plan will do (the `summary` above, and its detail lines), one code per command.
  'plan.revoke-certificate': entry<{ number: string; learner: number }>(
    (p) => `revoke certificate ${p.number} of learner ${p.learner}`,
    (p) => `trekke tilbake kursbevis ${p.number} for bruker ${p.learner}`,
  ),
  'plan.revoke-certificate-reason': entry<{ reason: string }>(
    (p) => `reason: ${p.reason}`,
    (p) => `begrunnelse: ${p.reason}`,
  ),
  'plan.revoke-certificate-final': entry<None>(
    () => 'it verifies as revoked from then on; this cannot be undone',
    () => 'fra da av viser kontrollen at det er trukket tilbake; dette kan ikke gjøres om',
  ),
  'plan.unenrol': entry<{ learner: number; was: string; unit: number; course: string }>(
    (p) =>
      `take learner ${p.learner} off ${p.was === 'enrolled' ? 'their seat on' : 'the waitlist of'} unit ${p.unit} (${p.course})`,
    (p) =>
      `ta bruker ${p.learner} av ${p.was === 'enrolled' ? 'plassen sin på' : 'ventelisten til'} enhet ${p.unit} (${p.course})`,
  ),
  'plan.unenrol-promoted': entry<{ learner: number }>(
    (p) => `the freed seat goes to learner ${p.learner}, first on the waitlist, who is mailed`,
    (p) => `den ledige plassen går til bruker ${p.learner}, som står først på ventelisten og får e-post`,
  ),
  'plan.unenrol-seats-left': entry<{ seats: number }>(
    (p) => `seats left afterwards: ${p.seats}`,
    (p) => `ledige plasser etterpå: ${p.seats}`,
  ),
  'plan.unenrol-waiting': entry<{ waiting: number }>(
    (p) => `waiting afterwards: ${p.waiting}`,
    (p) => `på ventelisten etterpå: ${p.waiting}`,
  ),
  'plan.unenrol-final': entry<None>(
    () => 'the place cannot be given back: enrolling again joins the back of the queue if the unit is full',
    () =>
      'plassen kan ikke gis tilbake: melder man seg på igjen, havner man bakerst i køen hvis enheten er full',
  ),
  'plan.set-type-cancel': entry<{ learner: number; accountType: string; cancelled: number }>(
    (p) => `change learner ${p.learner} to ${p.accountType} and cancel ${p.cancelled} paid booking(s)`,
    (p) =>
      `endre bruker ${p.learner} til kontotypen ${accountWordNb(p.accountType)} og avbestille ${countNb(p.cancelled, 'betalt påmelding', 'betalte påmeldinger')}`,
  ),
  /** `startsAt` the unit's start (an instant); English has always shown its first ten characters. */
  'plan.set-type-cancelled-booking': entry<{
    was: string;
    unit: number;
    course: string;
    startsAt: string;
    promoted: readonly number[];
  }>(
    (p) =>
      `the ${p.was === 'enrolled' ? 'seat' : 'waitlist place'} on unit ${p.unit} (${p.course}, ${p.startsAt.slice(0, 10)})${p.promoted.length > 0 ? `, which goes to learner ${p.promoted.join(', ')}` : ''}`,
    (p) =>
      `${p.was === 'enrolled' ? 'plassen' : 'ventelisteplassen'} på enhet ${p.unit} (${p.course}, ${osloDate(p.startsAt, 'nb')})${p.promoted.length > 0 ? `, som går til bruker ${p.promoted.join(', ')}` : ''}`,
  ),
  'plan.move': entry<{ count: number; source: string; toName: string; to: string }>(
    (p) => `move ${p.count} learner(s) from ${p.source} to ${p.toName} (${p.to})`,
    (p) => `flytte ${countNb(p.count, 'bruker', 'brukere')} fra ${p.source} til ${p.toName} (${p.to})`,
  ),
  /** `from` the employer a learner of a list is at now (lists only). */
  'plan.move-learner': entry<{ learner: string; name: string | undefined; from: string | undefined }>(
    (p) => `learner ${p.learner}${p.name ? ` ${p.name}` : ''}${p.from ? ` (now at ${p.from})` : ''}`,
    (p) => `bruker ${p.learner}${p.name ? ` ${p.name}` : ''}${p.from ? ` (nå hos ${p.from})` : ''}`,
  ),
  'plan.move-refused-rows': entry<{ count: number }>(
    (p) => `${p.count} row(s) refused and left as they are`,
    (p) => `${countNb(p.count, 'rad', 'rader')} avvist og latt være som de er`,
  ),
  'plan.move-reinvoiced': entry<{ count: number; toName: string }>(
    (p) => `${p.count} paid enrolment(s) invoiced to ${p.toName} from now on`,
    (p) =>
      `${countNb(p.count, 'betalt påmelding', 'betalte påmeldinger')} faktureres til ${p.toName} fra nå av`,
  ),
  'plan.assign-programme': entry<{ programme: string; count: number }>(
    (p) => `assign ${p.programme} to ${p.count} learner(s)`,
    (p) => `tildele ${p.programme} til ${countNb(p.count, 'bruker', 'brukere')}`,
  ),
  'plan.assign-learner': entry<{ learner: number; name: string }>(
    (p) => `learner ${p.learner} ${p.name}`,
    (p) => `bruker ${p.learner} ${p.name}`,
  ),
  'plan.revoke-links': entry<{ count: number; learner: number }>(
    (p) => `revoke ${p.count} open link(s) of learner ${p.learner}`,
    (p) => `trekke tilbake ${countNb(p.count, 'åpen lenke', 'åpne lenker')} for bruker ${p.learner}`,
  ),
  'plan.revoke-links-list': entry<{ links: readonly string[] }>(
    (p) => `links: ${p.links.join(', ')}`,
    (p) => `lenker: ${p.links.join(', ')}`,
  ),
  'plan.revoke-links-withdrawn': entry<{ count: number }>(
    (p) => `unsent e-mails withdrawn: ${p.count}`,
    (p) => `usendte e-poster trukket tilbake: ${p.count}`,
  ),
  'plan.revoke-links-final': entry<None>(
    () => 'a revoked link never works again; issue a new one with kursdesk links issue',
    () => 'en lenke som er trukket tilbake, virker aldri igjen; lag en ny med kursdesk links issue',
  ),

  // The questions before emptying or erasing (confirmDestructive); `target` is the database as shown.
  'confirm.empty-before-loading': entry<{ target: string; source: string }>(
    (p) => `Empty every data table of ${p.target} before loading ${p.source}?`,
    (p) => `Tømme alle datatabellene i ${p.target} før ${p.source} lastes inn?`,
  ),
  'confirm.empty-before-generating': entry<{ target: string }>(
    (p) => `Empty every data table of ${p.target} before loading the generated fixture?`,
    (p) => `Tømme alle datatabellene i ${p.target} før de genererte dataene lastes inn?`,
  ),
  'confirm.replace-what': entry<None>(
    () => '--replace empties every data table, so it',
    () => '--replace tømmer alle datatabellene, så det',
  ),
  'confirm.empty-database': entry<{ target: string; rows: number; learners: number }>(
    (p) =>
      `Empty every data table of ${p.target} (${p.rows.toLocaleString('en-US')} rows, ${p.learners} learners)?`,
    (p) =>
      `Tømme alle datatabellene i ${p.target} (${p.rows.toLocaleString('nb-NO').replace(/\s/g, ' ')} rader, ${countNb(p.learners, 'bruker', 'brukere')})?`,
  ),
  'confirm.reset-what': entry<None>(
    () => 'db reset empties every data table, so it',
    () => 'db reset tømmer alle datatabellene, så det',
  ),
  'confirm.erase-inactive': entry<{ count: number }>(
    (p) => `Erase ${p.count} inactive account(s) for good?`,
    (p) => `Slette ${countNb(p.count, 'inaktiv konto', 'inaktive kontoer')} for godt?`,
  ),
  'confirm.erase-learner': entry<{ learner: number }>(
    (p) =>
      `Erase learner ${p.learner} for good? Names, e-mails, birth date and HMS card cannot be brought back.`,
    (p) =>
      `Slette bruker ${p.learner} for godt? Navn, e-postadresser, fødselsdato og HMS-kort kan ikke hentes tilbake.`,
  ),

  // A record on screen (src/output/render.ts, table format): its sections and yes/no.
  'view.email-history': entry<None>(
    () => 'E-mail history',
    () => 'E-posthistorikk',
  ),
  'view.employer-history': entry<None>(
    () => 'Employer history',
    () => 'Arbeidsgiverhistorikk',
  ),
  'view.programme-courses': entry<None>(
    () => 'Courses',
    () => 'Kurs',
  ),
  'view.coming-units': entry<None>(
    () => 'Coming units',
    () => 'Kommende enheter',
  ),
  'view.course-programmes': entry<None>(
    () => 'Programmes',
    () => 'Opplæringsløp',
  ),
  'view.section-empty': entry<None>(
    () => '(none)',
    () => '(ingen)',
  ),
  'view.yes-no': entry<{ value: boolean }>(
    (p) => (p.value ? 'yes' : 'no'),
    (p) => (p.value ? 'ja' : 'nei'),
  ),

  // programmes status: the heading lines over the list, and what is said when there is no list.
  'programmes.status-learner': entry<{ name: string; id: number; accountType: string }>(
    (p) => `${p.name} (learner ${p.id}, ${p.accountType} account)`,
    (p) => `${p.name} (bruker ${p.id}, kontotype ${accountWordNb(p.accountType)})`,
  ),
  /** `approvedUntil` and `dueOn` calendar days (yyyy-mm-dd), shown as English has always shown them. */
  'programmes.status-standing': entry<{
    programme: string;
    title: string;
    complete: boolean;
    approvedUntil: string | null;
    missing: number;
    expired: number;
    dueOn: string | null;
  }>(
    (p) =>
      `${p.programme} ${p.title}: ${p.complete ? `complete${p.approvedUntil ? `, approved until ${p.approvedUntil}` : ''}` : `${p.missing} missing, ${p.expired} expired`}${p.dueOn ? `; due ${p.dueOn}` : ''}`,
    (p) =>
      `${p.programme} ${p.title}: ${p.complete ? `fullført${p.approvedUntil ? `, godkjent til ${osloDate(p.approvedUntil, 'nb')}` : ''}` : `${p.missing} mangler, ${p.expired} utløpt`}${p.dueOn ? `; frist ${osloDate(p.dueOn, 'nb')}` : ''}`,
  ),
  /** `learner` the learner as the agent gave it, national IDs masked. */
  'programmes.none-assigned': entry<{ heading: Coded; learner: string }>(
    (p, t) => `${t(p.heading)}: no programme assigned (kursdesk programmes assign ${p.learner} <programme>)`,
    (p, t) =>
      `${t(p.heading)}: ingen opplæringsløp er tildelt (kursdesk programmes assign ${p.learner} <programme>)`,
  ),
  'programmes.nothing-to-show': entry<None>(
    () => 'nothing to show',
    () => 'ingenting å vise',
  ),

  // links check: why a link works or does not (src/domain/link-tokens.ts); instants in Oslo time.
  'link.explanation': entry<{
    status: 'valid' | 'used' | 'superseded' | 'revoked' | 'expired';
    expiresAt: string;
    usedAt: string | null;
    revokedAt: string | null;
    supersededBy: number | null;
  }>(
    (p) => {
      const when = (at: string | null) => (at === null ? 'an unknown time' : osloDateTime(at, 'en'));
      switch (p.status) {
        case 'valid':
          return `valid until ${when(p.expiresAt)}; it works once`;
        case 'used':
          return `already used at ${when(p.usedAt)}; a link works only once`;
        case 'superseded':
          return `replaced by the newer link ${p.supersededBy} at ${when(p.revokedAt)}; only the newest link works`;
        case 'revoked':
          return `revoked at ${when(p.revokedAt)} (by an agent, or because the login e-mail changed)`;
        case 'expired':
          return `expired at ${when(p.expiresAt)}`;
      }
    },
    (p) => {
      const when = (at: string | null) => (at === null ? 'et ukjent tidspunkt' : osloDateTime(at, 'nb'));
      switch (p.status) {
        case 'valid':
          return `gyldig til ${when(p.expiresAt)}; den virker én gang`;
        case 'used':
          return `allerede brukt ${when(p.usedAt)}; en lenke virker bare én gang`;
        case 'superseded':
          return `erstattet av den nyere lenken ${p.supersededBy} ${when(p.revokedAt)}; bare den nyeste lenken virker`;
        case 'revoked':
          return `trukket tilbake ${when(p.revokedAt)} (av en saksbehandler, eller fordi e-postadressen for innlogging ble endret)`;
        case 'expired':
          return `utløpt ${when(p.expiresAt)}`;
      }
    },
  ),

  'audit.none-match': entry<None>(
    () => 'no audit entries match',
    () => 'ingen oppføringer i revisjonsloggen passer',
  ),

  // The rows of a bulk-move file (users move --file) refused before any look-up.
  'move-list.no-learner': entry<None>(
    () => 'no learner: give an id or e-mail',
    () => 'ingen bruker: oppgi id eller e-postadresse',
  ),

  // A CSV list that cannot be read at all (src/domain/csv-table.ts: bulk moves, result lists); `line`
  // where the reader knows it, `message` the CSV reader's own (English) words for a rarer fault.
  'csv.quote-not-closed': entry<{ line: number | undefined }>(
    (p) => `${lineEn(p.line)}a quoted field is not closed (a " is missing)`,
    (p) => `${lineNb(p.line)}et felt i anførselstegn er ikke lukket (det mangler en ")`,
  ),
  'csv.quote-not-doubled': entry<{ line: number | undefined }>(
    (p) => `${lineEn(p.line)}a quote (") inside a field must be doubled ("")`,
    (p) => `${lineNb(p.line)}et anførselstegn (") inne i et felt må skrives dobbelt ("")`,
  ),
  'csv.row-too-large': entry<{ line: number | undefined; kib: number }>(
    (p) => `${lineEn(p.line)}a row is larger than ${p.kib} KiB`,
    (p) => `${lineNb(p.line)}en rad er større enn ${p.kib} KiB`,
  ),
  'csv.unreadable': entry<{ line: number | undefined; message: string }>(
    (p) => `${lineEn(p.line)}${p.message}`,
    (p) => `${lineNb(p.line)}CSV-filen kan ikke leses (${p.message})`,
  ),

  // Why a register extract's row was skipped (registry import: src/domain/registry, the ingest worker).
  // `why` an org number's own refusal; `given` is what the file has (a register field, never typed by a
  // person about themselves).
  'registry-row.same-org-again': entry<None>(
    () => 'the same organisation number again; the first is kept',
    () => 'samme organisasjonsnummer en gang til; det første beholdes',
  ),
  'registry-row.bad-org-number': entry<{ given: string; why: string | Coded }>(
    (p, t) => `organisation number '${p.given}': ${t(p.why)}`,
    (p, t) => `organisasjonsnummeret «${p.given}»: ${t(p.why)}`,
  ),
  'registry-row.no-name': entry<{ org: string }>(
    (p) => `unit ${p.org} has no name`,
    (p) => `enhet ${p.org} har ikke noe navn`,
  ),
  'registry-row.field-count': entry<{ fields: number; columns: number }>(
    (p) => `${p.fields} fields, but the header has ${p.columns} columns`,
    (p) => `${p.fields} felt, men overskriftslinjen har ${p.columns} kolonner`,
  ),
  'registry-row.json-no-org-number': entry<None>(
    () => "the unit has no 'organisasjonsnummer'",
    () => 'enheten mangler «organisasjonsnummer»',
  ),
  /** `kind` a JSON value's kind (jsonKindEn's keys); `digits` how many digits a whole number has. */
  'registry-row.json-org-number-kind': entry<{ kind: string; digits: number | undefined }>(
    (p) =>
      `'organisasjonsnummer' is ${jsonKindEn(p.kind)}${p.digits === undefined ? '' : ` of ${p.digits} digits`}: it must be a string of 9 digits ("912345678") or a number of 9 digits`,
    (p) =>
      `«organisasjonsnummer» er ${jsonKindNb(p.kind)}${p.digits === undefined ? '' : ` med ${p.digits} sifre`}: det må være en tekst med 9 sifre ("912345678") eller et tall med 9 sifre`,
  ),
  'registry-row.json-not-a-unit': entry<{ kind: string }>(
    (p) => `an array element is ${jsonKindEn(p.kind)}, not a unit object`,
    (p) => `et element i listen er ${jsonKindNb(p.kind)}, ikke et enhetsobjekt`,
  ),
  /** A JSON export is often one line: the element's place in the array says where. */
  'registry-row.json-element': entry<{ element: number; reason: string | Coded }>(
    (p, t) => `element ${p.element}: ${t(p.reason)}`,
    (p, t) => `element ${p.element}: ${t(p.reason)}`,
  ),
  'registry-row.not-a-participant': entry<{ id: string }>(
    (p) => `'${p.id}' is not a participant identifier (ICD:value)`,
    (p) => `«${p.id}» er ikke en Peppol-deltakeridentifikator (ICD:verdi)`,
  ),
  'registry-row.bad-participant-org-number': entry<{ id: string; why: string | Coded }>(
    (p, t) => `'${p.id}': ${t(p.why)}`,
    (p, t) => `«${p.id}»: ${t(p.why)}`,
  ),
  'registry-row.participant-is-a-number': entry<None>(
    () => `an element of participants is a number: ${PARTICIPANT_EXPECTED_EN}`,
    () => `et element i participants er et tall: ${PARTICIPANT_EXPECTED_NB}`,
  ),
  'registry-row.participant-no-id': entry<None>(
    () => 'an element of participants has no id (id, participantID or value)',
    () => 'et element i participants mangler id (id, participantID eller value)',
  ),
  /** `kind` the id's JSON type (`typeof`; `object` for anything that is not text or a number). */
  'registry-row.participant-id-kind': entry<{ kind: string }>(
    (p) =>
      `the participant id is ${p.kind === 'object' ? 'not text' : `a ${p.kind}`}: ${PARTICIPANT_EXPECTED_EN}`,
    (p) =>
      `deltaker-id-en er ${p.kind === 'object' ? 'ikke tekst' : jsonKindNb(p.kind)}: ${PARTICIPANT_EXPECTED_NB}`,
  ),
  'registry-row.participant-not-an-identifier': entry<None>(
    () => 'an element of participants is not an identifier',
    () => 'et element i participants er ikke en identifikator',
  ),

  // Why a row of a company import was refused (src/domain/companies/import-rows.ts, in the ingest
  // worker); `field` a company field's name, said as each language labels it.
  'company-row.field-count': entry<{ fields: number; columns: number }>(
    (p) =>
      `${p.fields > p.columns ? 'too many' : 'too few'} fields: ${p.fields}, but the header has ${p.columns} columns (a delimiter inside an unquoted value?)`,
    (p) =>
      `${p.fields > p.columns ? 'for mange' : 'for få'} felt: ${p.fields}, men overskriftslinjen har ${p.columns} kolonner (et skilletegn i en verdi uten anførselstegn?)`,
  ),
  'company-row.required': entry<{ field: CompanyFieldName; label: string }>(
    (p) => `${p.label} is required`,
    (p) => `${COMPANY_FIELD_NB[p.field]} må fylles ut`,
  ),
  'company-row.address-part-missing': entry<{ field: CompanyFieldName; label: string }>(
    (p) => `${p.label} is missing: an address needs street, postal code and city`,
    (p) => `${COMPANY_FIELD_NB[p.field]} mangler: en adresse må ha gate, postnummer og poststed`,
  ),
  'company-row.org-twice': entry<{ org: string; first: number }>(
    (p) => `organisation number ${p.org} appears twice in the file (first on line ${p.first})`,
    (p) => `organisasjonsnummer ${p.org} står to ganger i filen (første gang på linje ${p.first})`,
  ),

  // A certificate check on screen (certificates verify, table format).
  'verify.verdict-word': entry<{ verdict: string }>(
    (p) => p.verdict,
    (p) => VERDICT_NB[p.verdict] ?? p.verdict,
  ),
  'verify.unsigned-demo-reason': entry<None>(
    () =>
      'a certificate of the demo (test) data: it was loaded unsigned, so it proves nothing; certificates issue signs it',
    () =>
      'et kursbevis fra demodataene (testdata): det ble lastet inn usignert og beviser derfor ingenting; certificates issue signerer det',
  ),
} as const;
