// The second block of notes and warnings on stderr: the ones that were still plain English (users find
// and show, completions record, units enrol, users set-hms, programmes assign, the fixtures verbs,
// registry import, privacy, audit head, the certificate key, links check, courses why-hidden, reports
// hms, doctor) and the frame of a row a file parser refused. English is what these commands have always
// printed; parameters hold masks, ids and file names, never a national ID, token or password.
import { osloDate, osloDateTime } from '../local-time.js';
import type { Coded, Entry } from './catalogue.js';

const entry = <P>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

// biome-ignore lint/complexity/noBannedTypes: an entry without parameters
type None = {};

const countNb = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
/** Thousands grouped as each language writes them (bokmål with a space, not the no-break space of ICU). */
const groupedEn = (n: number): string => Math.round(n).toLocaleString('en-US');
const groupedNb = (n: number): string =>
  Math.round(n)
    .toLocaleString('nb-NO')
    .replace(/\s/g, ' ')
    .replace(/\u2212/g, '-');
const dryNb = 'prøvekjøring, ingenting skrevet';

/** What privacy erase keeps, in bokmål, in the order of KEPT_AFTER_ERASURE (src/workflows/privacy.ts). */
const KEPT_NB = [
  'konto-id, kontotype og arbeidsgiver (fakturaer til arbeidsgiveren)',
  'ansettelsesperioder, påmeldinger og ventelistehistorikk (antall plasser, fakturering)',
  'tildelte opplæringsløp og fullførte kurs med datoene sine',
  'kursbevisnumre, tilbakekalt som «slettet på forespørsel»',
  'oppføringene i revisjonsloggen (hvem gjorde hva, når, for hvilken sak) uten personopplysningene',
];

/**
 * users find: the start of the next step, sent or still to ask for (the bokmål without «å lime inn»,
 * which only the bare answer line adds).
 */
const NEXT_REPLY = entry<{ replied: boolean }>(
  (p) => (p.replied ? 'next: send the reply above' : 'next: add --reply nb|nn|en for the answer to paste'),
  (p) => (p.replied ? 'neste: send svaret over' : 'neste: legg til --reply nb|nn|en for svaret'),
);

export const NOTES2 = {
  // users find, show, history, set-type, set-hms, move, links issue: a learner found by an old address.
  'note.found-by-earlier-email': entry<{ email: string }>(
    (p) => `found by an earlier e-mail; the login is now ${p.email}`,
    (p) => `funnet på en tidligere e-postadresse; innloggingen er nå ${p.email}`,
  ),
  // --employer, --to and the like: the one company a name typed means (`flag` as typed).
  'note.company-resolved': entry<{ flag: string; query: string; name: string; orgNumber: string }>(
    (p) => `${p.flag} '${p.query}': ${p.name} (${p.orgNumber})`,
    (p) => `${p.flag} «${p.query}»: ${p.name} (org.nr. ${p.orgNumber})`,
  ),

  // completions record.
  'warning.unit-cancelled': entry<{ unit: number }>(
    (p) => `unit ${p.unit} is marked cancelled`,
    (p) => `enhet ${p.unit} er merket som avlyst`,
  ),
  /** `date` the day recorded (YYYY-MM-DD), `startsAt` the unit's start (an instant). */
  'warning.completed-before-unit': entry<{ date: string; unit: number; startsAt: string }>(
    (p) => `${p.date} is before unit ${p.unit} started (${osloDateTime(p.startsAt)})`,
    (p) => `${osloDate(p.date, 'nb')} er før enhet ${p.unit} startet (${osloDateTime(p.startsAt, 'nb')})`,
  ),
  'note.completion-recorded': entry<{
    dryRun: boolean;
    name: string;
    result: 'passed' | 'failed';
    course: string;
    on: string;
    expiresOn: string | null;
  }>(
    (p) =>
      `${p.dryRun ? 'dry run, nothing written: would record' : 'recorded'} that ${p.name} ${p.result} ${p.course} on ${p.on}${p.expiresOn ? `; valid through ${p.expiresOn}` : ''}`,
    (p) =>
      `${p.dryRun ? `${dryNb}: ville registrert` : 'registrerte'} at ${p.name} ${p.result === 'passed' ? 'bestod' : 'strøk på'} ${p.course} ${osloDate(p.on, 'nb')}${p.expiresOn ? `; gyldig til og med ${osloDate(p.expiresOn, 'nb')}` : ''}`,
  ),

  // units enrol (and the guided booking).
  'warning.enrol-not-activated': entry<{ learner: number }>(
    (p) =>
      `learner ${p.learner} has not activated the account yet: they cannot log in to see the booking (kursdesk links issue ${p.learner})`,
    (p) =>
      `bruker ${p.learner} har ikke aktivert kontoen ennå og kan ikke logge inn og se påmeldingen (send en aktiveringslenke: kursdesk links issue ${p.learner})`,
  ),
  'warning.enrol-also-booked': entry<{
    learner: number;
    status: string;
    unit: number;
    course: string;
    startsAt: string;
    place: string;
  }>(
    (p) =>
      `learner ${p.learner} is also ${p.status} on unit ${p.unit} of ${p.course} (${osloDateTime(p.startsAt)}, ${p.place}); unenrol them there if this replaces it`,
    (p) =>
      `bruker ${p.learner} står også ${p.status === 'waitlisted' ? 'på ventelisten til' : 'påmeldt'} enhet ${p.unit} av ${p.course} (${osloDateTime(p.startsAt, 'nb')}, ${p.place}); meld av der hvis denne erstatter den (kursdesk units unenrol ${p.learner} ${p.unit})`,
  ),

  // users set-hms (and the guided change).
  'warning.hms-card-overdue': entry<{ issuedOn: string; due: string }>(
    (p) => `a card issued on ${p.issuedOn} was due for renewal on ${p.due}: check the issue date on the card`,
    (p) =>
      `et kort utstedt ${osloDate(p.issuedOn, 'nb')} skulle vært fornyet ${osloDate(p.due, 'nb')}: sjekk utstedelsesdatoen på kortet`,
  ),
  'warning.hms-card-shared': entry<{ learners: readonly number[] }>(
    (p) =>
      `learner${p.learners.length > 1 ? 's' : ''} ${p.learners.join(', ')} ha${p.learners.length > 1 ? 've' : 's'} the same HMS card number: a typo, or two accounts of one person (kursdesk users duplicates)`,
    (p) =>
      `${p.learners.length > 1 ? 'brukerne' : 'bruker'} ${p.learners.join(', ')} har samme HMS-kortnummer: en skrivefeil, eller to kontoer for én person (kursdesk users duplicates)`,
  ),

  // programmes assign.
  'warning.assign-disabled-left-out': entry<{ count: number; company: string }>(
    (p) => `${p.count} disabled account(s) at ${p.company} left out`,
    (p) => `${countNb(p.count, 'deaktivert konto', 'deaktiverte kontoer')} hos ${p.company} er utelatt`,
  ),
  'warning.assign-listed-twice': entry<{ count: number }>(
    (p) => `${p.count} learner(s) listed more than once`,
    (p) => `${countNb(p.count, 'bruker', 'brukere')} står på listen mer enn én gang`,
  ),
  'warning.assign-due-in-past': entry<{ due: string }>(
    (p) => `the due date ${p.due} is in the past`,
    (p) => `fristen ${osloDate(p.due, 'nb')} er allerede passert`,
  ),
  'warning.assign-disabled-learner': entry<{ learner: number }>(
    (p) => `learner ${p.learner} has a disabled account`,
    (p) => `kontoen til bruker ${p.learner} er deaktivert`,
  ),
  'note.programme-assigned': entry<{
    dryRun: boolean;
    programme: string;
    assigned: number;
    unchanged: number;
  }>(
    (p) =>
      `${p.dryRun ? 'dry run, nothing written: would assign' : 'assigned'} ${p.programme} to ${p.assigned} learner(s); ${p.unchanged} already had it`,
    (p) =>
      `${p.dryRun ? `${dryNb}: ville tildelt` : 'tildelte'} ${p.programme} til ${countNb(p.assigned, 'bruker', 'brukere')}; ${p.unchanged} hadde det fra før`,
  ),

  // fixtures dump, generate and load.
  'note.fixtures-speed': entry<{ records: number; seconds: number }>(
    (p) =>
      `${groupedEn(p.records)} records in ${p.seconds.toFixed(1)} s (${groupedEn(p.records / Math.max(p.seconds, 0.001))} records/s)`,
    (p) =>
      `${groupedNb(p.records)} poster på ${p.seconds.toFixed(1).replace('.', ',')} s (${groupedNb(p.records / Math.max(p.seconds, 0.001))} poster/s)`,
  ),
  'note.fixtures-dumped': entry<{ anonymised: boolean; out: string; speed: Coded }>(
    (p, t) => `${p.anonymised ? 'anonymised dump' : 'dump'} written to ${p.out}: ${t(p.speed)}`,
    (p, t) => `${p.anonymised ? 'anonymisert uttrekk' : 'uttrekk'} skrevet til ${p.out}: ${t(p.speed)}`,
  ),
  'note.fixtures-generated': entry<{ users: number; out: string; speed: Coded }>(
    (p, t) => `generated ${groupedEn(p.users)} learners into ${p.out}: ${t(p.speed)}`,
    (p, t) => `laget ${groupedNb(p.users)} brukere i ${p.out}: ${t(p.speed)}`,
  ),
  /** `generated`: fixtures generate --load (records made, not read from files). */
  'note.fixtures-load-rolled-back': entry<{ fixture: string; generated: boolean; speed: Coded }>(
    (p, t) =>
      `dry run: ${p.fixture} ${p.generated ? 'generated' : 'checked'} and loaded (${t(p.speed)}), then rolled back; nothing was written`,
    (p, t) =>
      `prøvekjøring: ${p.fixture} ble ${p.generated ? 'laget' : 'kontrollert'} og lastet inn (${t(p.speed)}) og så rullet tilbake; ingenting ble skrevet`,
  ),
  'note.fixtures-loaded': entry<{ loaded: string; speed: Coded; markedTest: boolean }>(
    (p, t) =>
      `loaded ${p.loaded}: ${t(p.speed)}${p.markedTest ? '; the database is now marked as a test database' : ''}`,
    (p, t) =>
      `lastet inn ${p.loaded}: ${t(p.speed)}${p.markedTest ? '; databasen er nå merket som testdatabase' : ''}`,
  ),
  'empty.no-tables': entry<None>(
    () => 'no tables',
    () => 'ingen tabeller',
  ),

  // registry import.
  'note.registry-file-kind': entry<{ file: string; subunits: boolean; format: string }>(
    (p) => `${p.file}: ${p.subunits ? 'subunits' : 'main units'} (${p.format})`,
    (p) => `${p.file}: ${p.subunits ? 'underenheter' : 'hovedenheter'} (${p.format})`,
  ),
  /** `reason` is the parser's own words (English: it comes from the import worker as text). */
  'warning.registry-row-skipped': entry<{ file: string; line: number; reason: string | Coded }>(
    (p, t) => `${p.file}:${p.line}: skipped: ${t(p.reason)}`,
    (p, t) => `${p.file}:${p.line}: hoppet over: ${t(p.reason)}`,
  ),
  'note.registry-current': entry<{ register: string; extractDate: string; rows: number }>(
    (p) => `${p.register} extract of ${p.extractDate} is now current: ${p.rows.toLocaleString('en')} rows`,
    (p) => `${p.register}-utdraget fra ${p.extractDate} gjelder nå: ${groupedNb(p.rows)} rader`,
  ),
  'note.registry-dry-run': entry<{ rows: number }>(
    (p) => `dry run: ${p.rows.toLocaleString('en')} rows read and checked; nothing was changed`,
    (p) => `prøvekjøring: ${groupedNb(p.rows)} rader lest og kontrollert; ingenting ble endret`,
  ),

  // privacy erase and retention.
  'note.already-erased': entry<{ learner: number; on: string | undefined }>(
    (p) => `learner ${p.learner} was already erased on ${p.on}: nothing to do`,
    (p) =>
      `bruker ${p.learner} ble allerede slettet${p.on ? ` ${osloDate(p.on, 'nb')}` : ''}: ingenting å gjøre`,
  ),
  /** `kept`: what erasure keeps, in English (KEPT_AFTER_ERASURE); bokmål says the same list. */
  'note.erased': entry<{ dryRun: boolean; learner: number; kept: readonly string[] }>(
    (p) =>
      `${p.dryRun ? 'dry run, nothing written: would erase' : 'erased'} learner ${p.learner}; kept without identifying anyone: ${p.kept.join('; ')}`,
    (p) =>
      `${p.dryRun ? `${dryNb}: ville slettet` : 'slettet'} bruker ${p.learner}; beholdt uten å peke ut noen: ${KEPT_NB.join('; ')}`,
  ),
  'empty.none-inactive': entry<None>(
    () => 'no account has been inactive that long',
    () => 'ingen konto har vært inaktiv så lenge',
  ),
  'note.retention-done': entry<{
    dryRun: boolean;
    accounts: number;
    since: string;
    erased: number;
    mailBodies: number;
    linkRows: number;
  }>(
    (p) =>
      `${p.dryRun ? 'dry run, nothing written: due' : 'done'}: ${p.accounts} account(s) inactive since ${p.since}${p.dryRun ? '' : `, ${p.erased} erased`}; ${p.mailBodies} mail bod(ies) and ${p.linkRows} link row(s) ${p.dryRun ? 'due' : 'purged'}`,
    (p) =>
      `${p.dryRun ? `${dryNb}: står for tur` : 'ferdig'}: ${countNb(p.accounts, 'konto', 'kontoer')} inaktiv${p.accounts === 1 ? '' : 'e'} siden ${osloDate(p.since, 'nb')}${p.dryRun ? '' : `, ${p.erased} slettet`}; ${countNb(p.mailBodies, 'e-posttekst', 'e-posttekster')} og ${countNb(p.linkRows, 'lenkerad', 'lenkerader')} ${p.dryRun ? 'står for tur til å fjernes' : 'fjernet'}`,
  ),

  // audit head.
  'note.audit-head': entry<{ id: number; at: string }>(
    (p) => `head of the audit chain: entry ${p.id} at ${p.at}; keep this hash outside the database`,
    (p) =>
      `toppen av revisjonskjeden: oppføring ${p.id} fra ${p.at}; ta vare på denne hashen et sted utenfor databasen`,
  ),

  // certificates: the signing key.
  'warning.signing-key-made': entry<{ key: string; path: string }>(
    (p) =>
      `made a new certificate signing key (key ${p.key}) in ${p.path}: back it up, and publish its public key (kursdesk certificates public-key)`,
    (p) =>
      `laget en ny signeringsnøkkel for kursbevis (nøkkel ${p.key}) i ${p.path}: ta sikkerhetskopi av den, og publiser den offentlige nøkkelen (kursdesk certificates public-key)`,
  ),
  'note.public-key': entry<{ key: string; issuer: string }>(
    (p) => `key ${p.key} (Ed25519), issuer ${p.issuer}`,
    (p) => `nøkkel ${p.key} (Ed25519), utsteder ${p.issuer}`,
  ),

  // links check.
  'warning.link-other-origin': entry<{ origin: string; portal: string }>(
    (p) => `the link points at ${p.origin}, not at the portal (${p.portal}): it may not be ours`,
    (p) => `lenken peker til ${p.origin}, ikke til portalen (${p.portal}): den er kanskje ikke vår`,
  ),

  // courses why-hidden.
  'note.to-do': entry<{ fix: string }>(
    (p) => `to do: ${p.fix}`,
    (p) => `gjør dette: ${p.fix}`,
  ),
  'empty.nothing-hides-course': entry<None>(
    () => 'nothing hides the course: the learner sees it and can book it',
    () => 'ingenting skjuler kurset: brukeren ser det og kan melde seg på',
  ),

  // reports hms.
  /** `missing` only when the report counts learners without a card (--missing). */
  'note.hms-due-summary': entry<{
    learners: number;
    overdue: number;
    due: number;
    until: string;
    missing: number | undefined;
  }>(
    (p) =>
      `${p.learners} learner(s): ${p.overdue} overdue, ${p.due} due by ${p.until}${p.missing === undefined ? '' : `, ${p.missing} without a card`}`,
    (p) =>
      `${countNb(p.learners, 'bruker', 'brukere')}: ${p.overdue} på overtid, ${p.due} skal fornyes innen ${osloDate(p.until, 'nb')}${p.missing === undefined ? '' : `, ${p.missing} uten kort`}`,
  ),

  // doctor: a setting check that found a problem.
  'note.setting-problem': entry<{ name: string; detail: string | Coded; fix: string | Coded | undefined }>(
    (p, t) => `${p.name}: ${t(p.detail)}${p.fix ? ` — ${t(p.fix)}` : ''}`,
    (p, t) => `${p.name}: ${t(p.detail)}${p.fix ? ` — ${t(p.fix)}` : ''}`,
  ),
  'doctor.portal-url-problem': entry<{ portal: string; reason: string | Coded }>(
    (p, t) => `${p.portal} ${t(p.reason)}`,
    (p, t) => `adressen ${p.portal} duger ikke: ${t(p.reason)}`,
  ),
  'doctor.portal-url-fix': entry<None>(
    () => 'kursdesk config set portal_url https://… (or fix KURSDESK_PORTAL_URL)',
    () => 'kursdesk config set portal_url https://… (eller rett KURSDESK_PORTAL_URL)',
  ),
  // A row of a result list (completions import) that was refused: the table names the file, line and
  // column; the text says what is wrong and what would be right.
  'row.field-count': entry<{ fields: number; header: number; delimiter: string }>(
    (p) =>
      `has ${p.fields} fields; the header has ${p.header} (check the ${p.delimiter === '\t' ? 'tab' : `'${p.delimiter}'`} separators)`,
    (p) =>
      `har ${p.fields} felt, men overskriftslinjen har ${p.header} (sjekk skilletegnene: ${p.delimiter === '\t' ? 'tabulator' : `«${p.delimiter}»`})`,
  ),
  'row.learner-empty': entry<None>(
    () => 'the learner is empty: give an id, e-mail or national ID',
    () => 'brukeren mangler: oppgi id, e-postadresse eller fødselsnummer',
  ),
  'row.course-empty': entry<None>(
    () => 'the course is empty',
    () => 'kurset mangler: oppgi kurskoden',
  ),
  /** `unitRows`: the list has no unit column either, so only a unit's rows may leave the date out. */
  'row.date-empty': entry<{ unitRows: boolean }>(
    (p) => `the date is empty${p.unitRows ? ' (it can be left out only for rows of a unit)' : ''}`,
    (p) =>
      `datoen mangler${p.unitRows ? ' (den kan bare utelates på rader for en enhet)' : ': oppgi datoen'}`,
  ),
  'row.no-such-unit': entry<{ unit: number }>(
    (p) => `no course unit has id ${p.unit}`,
    (p) => `ingen enhet har id ${p.unit}: sjekk enhetsnummeret (kursdesk units list)`,
  ),
  'row.no-such-course': entry<{ code: string }>(
    (p) => `no course has the code ${p.code}`,
    (p) => `ingen kurs har koden ${p.code}: sjekk koden (kursdesk courses list)`,
  ),
  'row.unit-of-other-course': entry<{ unit: number; of: string; course: string }>(
    (p) => `unit ${p.unit} is a unit of ${p.of}, not of ${p.course}`,
    (p) => `enhet ${p.unit} hører til ${p.of}, ikke ${p.course}: rett kurskoden eller enheten`,
  ),
  'row.date-in-future': entry<{ date: string }>(
    (p) => `${p.date} is in the future (the unit has not ended yet)`,
    (p) => `${osloDate(p.date, 'nb')} er fram i tid (enheten er ikke ferdig ennå)`,
  ),
  /** The learner as shown (a national ID masked) and why it was not found, said in each language. */
  'row.learner-refused': entry<{ shown: string; en: string; nb: string }>(
    (p) => `${p.shown}: ${p.en}`,
    (p) => `${p.shown}: ${p.nb}`,
  ),
  'row.same-as-line': entry<{ line: number }>(
    (p) => `the same learner, course and date as line ${p.line}`,
    (p) => `samme bruker, kurs og dato som på linje ${p.line}: ta bort den ene raden`,
  ),
  'row.clashes-with-record': entry<{
    completion: number;
    passed: boolean;
    course: string;
    date: string;
    learner: number;
  }>(
    (p) =>
      `completion ${p.completion} already records ${p.passed ? 'a pass' : 'a fail'} of ${p.course} on ${p.date} for learner ${p.learner}`,
    (p) =>
      `fullføring ${p.completion} viser allerede at bruker ${p.learner} ${p.passed ? 'bestod' : 'strøk på'} ${p.course} ${osloDate(p.date, 'nb')}`,
  ),
  'doctor.smtp-fix': entry<{ variable: string }>(
    (p) => `check the host, port and login in ${p.variable} or the profile's smtp_url`,
    (p) => `sjekk vert, port og innlogging i ${p.variable} eller i profilens smtp_url`,
  ),
  // users find: what the agent does after a look-up (each line within 80 columns). The first words of
  // the next step are one part (NEXT_REPLY, above) that the answer, activation and confirm-first lines build on.
  'find.next-reply': NEXT_REPLY,
  'find.next-answer': entry<{ replied: boolean }>(NEXT_REPLY.en, (p, t) =>
    p.replied ? NEXT_REPLY.nb(p, t) : `${NEXT_REPLY.nb(p, t)} å lime inn`,
  ),
  'find.next-activate': entry<{ replied: boolean }>(
    (p, t) => `${NEXT_REPLY.en(p, t)}, then the activation link:`,
    (p, t) => `${NEXT_REPLY.nb(p, t)}, så aktiveringslenken:`,
  ),
  'find.next-reset-too': entry<{ command: string }>(
    (p) => `password forgotten too? ${p.command}`,
    (p) => `glemt passordet også? ${p.command}`,
  ),
  'find.next-likely': entry<{ replied: boolean }>(
    (p, t) => `${NEXT_REPLY.en(p, t)} (it asks the learner to confirm first)`,
    (p, t) => `${NEXT_REPLY.nb(p, t)} (det ber deltakeren bekrefte først)`,
  ),
  'find.next-search-again': entry<None>(
    () => 'next: send the reply above; run users find again with what the learner sends',
    () => 'neste: send svaret over; kjør users find igjen med det deltakeren sender',
  ),
  'find.next-ask': entry<None>(
    () => 'next: ask for what is missing:',
    () => 'neste: be om det som mangler:',
  ),
} as const;
