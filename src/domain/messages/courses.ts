// Coded messages of the course side: units and seats (W13), certificates (W15), programmes (W14) and
// recorded completions. Same rules as the main catalogue: the English is what the commands have always
// printed, the bokmål is what a support agent would write, and no parameter holds a national ID.
import { osloDateTime } from '../local-time.js';
import type { Coded, Entry } from './catalogue.js';

type Text = Coded;

// biome-ignore lint/complexity/noBannedTypes: an entry without parameters
type None = {};

const entry = <P = None>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

/** When a unit starts, to the minute, as each language writes it. */
const startsEn = (instant: string): string => osloDateTime(instant, 'en');
const startsNb = (instant: string): string => osloDateTime(instant, 'nb');

export const UNITS = {
  // Courses and units (src/workflows/units.ts, src/workflows/completions.ts).
  'course.no-such-code': entry<{ code: string }>(
    (p) => `no course has the code ${p.code}`,
    (p) => `det finnes ikke noe kurs med koden ${p.code}`,
  ),
  'hint.did-you-mean': entry<{ options: readonly string[] }>(
    (p) => `did you mean ${p.options.join(', ')}?`,
    (p) => `mente du ${p.options.join(', ')}?`,
  ),
  'hint.search-catalogue': entry(
    () => 'search the catalogue: kursdesk courses search <text>',
    () => 'søk i kurskatalogen: kursdesk courses search <tekst>',
  ),
  'unit.no-such-id': entry<{ id: number }>(
    (p) => `no unit has id ${p.id}`,
    (p) => `det finnes ingen enhet med id ${p.id}`,
  ),
  'hint.list-units': entry(
    () => 'list them: kursdesk units list --course <code>',
    () => 'se enhetene: kursdesk units list --course <kurskode>',
  ),
  /** `place` is the waitlist place, or null for a seat. */
  'unit.already-booked': entry<{
    learner: number;
    unit: number;
    course: string;
    startsAt: string;
    place: number | null;
  }>(
    (p) =>
      `learner ${p.learner} ${p.place === null ? 'already has a seat on' : `is already on the waitlist (place ${p.place}) of`} unit ${p.unit} (${p.course}, ${startsEn(p.startsAt)})`,
    (p) =>
      `bruker ${p.learner} ${p.place === null ? 'har allerede plass på' : `står allerede på ventelisten (plass ${p.place}) til`} enhet ${p.unit} (${p.course}, ${startsNb(p.startsAt)})`,
  ),
  'hint.see-queue': entry<{ unit: number }>(
    (p) => `see the queue: kursdesk units waitlist ${p.unit}`,
    (p) => `se køen: kursdesk units waitlist ${p.unit}`,
  ),
  'unit.was-on-already': entry<{ learner: number; unit: number; status: string }>(
    (p) => `learner ${p.learner} was on unit ${p.unit} already (${p.status})`,
    (p) => `bruker ${p.learner} har vært på enhet ${p.unit} før (${p.status})`,
  ),
  'unit.no-booking': entry<{ learner: number; unit: number; course: string }>(
    (p) => `learner ${p.learner} has no seat or waitlist place on unit ${p.unit} (${p.course})`,
    (p) => `bruker ${p.learner} har verken plass eller venteplass på enhet ${p.unit} (${p.course})`,
  ),
  'hint.see-who-is-on': entry<{ unit: number }>(
    (p) => `see who is on it: kursdesk units waitlist ${p.unit}`,
    (p) => `se hvem som står på den: kursdesk units waitlist ${p.unit}`,
  ),
  'unit.over-nothing-to-cancel': entry<{ learner: number; unit: number; status: string }>(
    (p) =>
      `learner ${p.learner} is recorded as ${p.status} on unit ${p.unit}: the unit is over, there is nothing to cancel`,
    (p) =>
      `bruker ${p.learner} er registrert som ${p.status} på enhet ${p.unit}: enheten er over, så det er ingenting å melde av`,
  ),
  'unit.started-no-unenrol': entry<{ unit: number; course: string; startsAt: string }>(
    (p) =>
      `unit ${p.unit} (${p.course}) started ${startsEn(p.startsAt)}: a seat cannot be given back once the unit has begun`,
    (p) =>
      `enhet ${p.unit} (${p.course}) startet ${startsNb(p.startsAt)}: en plass kan ikke gis tilbake når enheten har begynt`,
  ),
  'hint.record-outcome-instead': entry(
    () => 'record the outcome instead (attended or no-show) when the results come in',
    () => 'registrer heller utfallet (attended eller no-show) når resultatene kommer',
  ),
  'unit.cancelled-capacity': entry<{ unit: number; course: string }>(
    (p) => `unit ${p.unit} (${p.course}) is cancelled: its capacity no longer matters`,
    (p) => `enhet ${p.unit} (${p.course}) er avlyst: kapasiteten har ikke lenger noen betydning`,
  ),
  'unit.started-capacity': entry<{ unit: number; course: string; startsAt: string }>(
    (p) => `unit ${p.unit} (${p.course}) started ${startsEn(p.startsAt)}: its capacity can no longer change`,
    (p) =>
      `enhet ${p.unit} (${p.course}) startet ${startsNb(p.startsAt)}: kapasiteten kan ikke endres lenger`,
  ),
  'course.e-learning-no-units': entry<{ course: string }>(
    (p) =>
      `${p.course} is an e-learning course: it has no units, the learner takes it in the portal at any time`,
    (p) =>
      `${p.course} er et e-læringskurs: det har ingen enheter, brukeren tar det i portalen når det passer`,
  ),
  'request.account-disabled': entry<{ learner: number }>(
    (p) => `learner ${p.learner}'s account is disabled: it cannot ask for a unit`,
    (p) => `kontoen til bruker ${p.learner} er deaktivert: den kan ikke be om en enhet`,
  ),
  'request.type-does-not-see': entry<{ accountType: string; course: string }>(
    (p) => `a ${p.accountType} account does not see ${p.course}; nothing was recorded`,
    (p) => `en ${p.accountType}-konto ser ikke ${p.course}; ingenting ble registrert`,
  ),
  'request.course-retired': entry<{ course: string }>(
    (p) => `${p.course} is retired: no new units will be planned`,
    (p) => `${p.course} er utgått: det blir ikke planlagt flere enheter`,
  ),
  'request.already-open': entry<{
    learner: number;
    course: string;
    place: string | null;
    request: number;
    date: string;
  }>(
    (p) =>
      `learner ${p.learner} already asked for a unit of ${p.course}${p.place ? ` in ${p.place}` : ''} (request ${p.request}, ${p.date}); it is still open`,
    (p) =>
      `bruker ${p.learner} har allerede bedt om en enhet av ${p.course}${p.place ? ` i ${p.place}` : ''} (forespørsel ${p.request}, ${p.date}); den er fortsatt åpen`,
  ),
  'hint.planners-see-requests': entry<{ course: string }>(
    (p) => `the planners see it in: kursdesk units requests --course ${p.course}`,
    (p) => `planleggerne ser den i: kursdesk units requests --course ${p.course}`,
  ),
} as const;

/** Certificate content fields, as the subject of a sentence in bokmål. */
const CERTIFICATE_FIELD_NB: Readonly<Record<string, string>> = {
  name: 'navnet',
  courseCode: 'kurskoden',
  courseTitle: 'kurstittelen',
  courseTitleEn: 'den engelske kurstittelen',
  issuer: 'utstederen',
};

const revokedEn = (reason: string | null): string => (reason ? ` (${reason})` : '');

export const CERTIFICATES = {
  // Certificates (src/workflows/certificates.ts, src/domain/certificates/content.ts).
  'certificate.malformed-stored-number': entry<{ number: string }>(
    (p) => `stored certificate ${p.number} has a malformed number, so it cannot be signed`,
    (p) => `det lagrede kursbeviset ${p.number} har et ugyldig nummer, så det kan ikke signeres`,
  ),
  'hint.certificate-number-source': entry(
    () => 'certificate numbers come from certificateNumberFromBytes (src/domain/certificates/number.ts)',
    () => 'kursbevisnumre lages av certificateNumberFromBytes (src/domain/certificates/number.ts)',
  ),
  'certificate.field-too-long': entry<{ field: string; length: number; max: number }>(
    (p) => `the ${p.field} is too long for a certificate (${p.length} bytes; at most ${p.max})`,
    (p) =>
      `${CERTIFICATE_FIELD_NB[p.field] ?? p.field} er for lang for et kursbevis (${p.length} byte; høyst ${p.max})`,
  ),
  'certificate.cannot-issue': entry<{ completion: number; problem: string | Text }>(
    (p, t) => `cannot issue a certificate for completion ${p.completion}: ${t(p.problem)}`,
    (p, t) => `kan ikke utstede kursbevis for gjennomføring ${p.completion}: ${t(p.problem)}`,
  ),
  'certificate.revoked-not-reissued': entry<{ number: string; date: string; reason: string | null }>(
    (p) =>
      `certificate ${p.number} for this completion was revoked on ${p.date}${revokedEn(p.reason)}; it is not issued again`,
    (p) =>
      `kursbevis ${p.number} for denne gjennomføringen ble trukket tilbake ${p.date}${revokedEn(p.reason)}; det utstedes ikke på nytt`,
  ),
  'hint.record-new-completion': entry(
    () => 'record the new completion when the learner has passed again, and issue for that',
    () => 'registrer den nye gjennomføringen når brukeren har bestått på nytt, og utsted kursbevis for den',
  ),
  'certificate.no-completion': entry<{ learner: number; name: string; course: string }>(
    (p) =>
      `learner ${p.learner} (${p.name}) has no completion of ${p.course} on record, so there is nothing to certify`,
    (p) =>
      `bruker ${p.learner} (${p.name}) har ingen registrert gjennomføring av ${p.course}, så det er ikke noe å utstede kursbevis for`,
  ),
  'hint.record-passed-first': entry<{ command: string }>(
    (p) => `when the course was passed, record it first: ${p.command}`,
    (p) => `hvis kurset er bestått, registrer det først: ${p.command}`,
  ),
  'certificate.not-passed': entry<{
    learner: number;
    name: string;
    course: string;
    attempts: number;
    latest: string;
  }>(
    (p) =>
      `learner ${p.learner} (${p.name}) has not passed ${p.course}: ${p.attempts} attempt${p.attempts === 1 ? '' : 's'} on record, the latest failed on ${p.latest}`,
    (p) =>
      `bruker ${p.learner} (${p.name}) har ikke bestått ${p.course}: ${p.attempts} forsøk registrert, og det siste (${p.latest}) ble ikke bestått`,
  ),
  'hint.certificate-needs-pass': entry<{ command: string }>(
    (p) => `a certificate needs a passed completion: ${p.command}`,
    (p) => `et kursbevis krever en bestått gjennomføring: ${p.command}`,
  ),
  'completion.disappeared': entry<{ id: number }>(
    (p) => `completion ${p.id} disappeared while it was read; try again`,
    (p) => `gjennomføring ${p.id} forsvant mens den ble lest; prøv igjen`,
  ),
  'certificate.none-passed-unit': entry<{ unit: number; course: string; startsAt: string }>(
    (p) =>
      `no learner has a passed completion of unit ${p.unit} (${p.course}, ${startsEn(p.startsAt)}) on record`,
    (p) =>
      `ingen brukere er registrert med bestått på enhet ${p.unit} (${p.course}, ${startsNb(p.startsAt)})`,
  ),
  'hint.import-results-first': entry<{ unit: number }>(
    (p) => `record the results first: kursdesk results import <results.csv> --unit ${p.unit}`,
    (p) => `registrer resultatene først: kursdesk results import <resultater.csv> --unit ${p.unit}`,
  ),
  'certificate.no-public-key': entry(
    () => 'no public key to verify with',
    () => 'mangler en offentlig nøkkel til å kontrollere signaturen med',
  ),
  'hint.give-public-key': entry(
    () =>
      'give --public-key <issuer.pem> or set KURSDESK_CERT_PUBLIC_KEYS (the issuer publishes it with kursdesk certificates public-key)',
    () =>
      'oppgi --public-key <utsteder.pem> eller sett KURSDESK_CERT_PUBLIC_KEYS (utstederen publiserer nøkkelen med kursdesk certificates public-key)',
  ),
  'certificate.number-needs-database': entry(
    () =>
      'a certificate number can only be checked against the database: give the code, the PDF or the link to check offline',
    () =>
      'et kursbevisnummer kan bare sjekkes mot databasen: oppgi koden, PDF-en eller lenken for å sjekke uten database',
  ),
  'certificate.no-such-number': entry<{ number: string }>(
    (p) => `no certificate has the number ${p.number}`,
    (p) => `det finnes ikke noe kursbevis med nummeret ${p.number}`,
  ),
  'certificate.already-revoked': entry<{ number: string; date: string; reason: string | null }>(
    (p) => `certificate ${p.number} was already revoked on ${p.date}${revokedEn(p.reason)}`,
    (p) => `kursbevis ${p.number} ble allerede trukket tilbake ${p.date}${revokedEn(p.reason)}`,
  ),
} as const;

export const PROGRAMMES = {
  // Programmes, in bokmål "opplæringsløp" (src/workflows/programmes.ts).
  'programme.no-such-code': entry<{ code: string }>(
    (p) => `no programme has the code ${p.code}`,
    (p) => `det finnes ikke noe opplæringsløp med koden ${p.code}`,
  ),
  'hint.list-programmes': entry(
    () => 'kursdesk programmes list shows the programmes and their codes',
    () => 'kursdesk programmes list viser opplæringsløpene og kodene deres',
  ),
  'programme.bad-code': entry<{ value: string }>(
    (p) => `'${p.value}' is not a programme code (letters, digits and - . _ /, like OL-SV)`,
    (p) => `«${p.value}» er ikke en kode for et opplæringsløp (bokstaver, sifre og - . _ /, som OL-SV)`,
  ),
  'assign.file-refused': entry<{ file: string; reason: string | Text }>(
    (p, t) => `${p.file}: ${t(p.reason)}; nothing was assigned`,
    (p, t) => `${p.file}: ${t(p.reason)}; ingen ble tildelt opplæringsløpet`,
  ),
  /** The first refused line of a learner list, and how many more (the next five are named). */
  'assign.file-lines-refused': entry<{
    file: string;
    line: number;
    reason: string | Text;
    more: number;
    lines: readonly number[];
  }>(
    (p, t) =>
      `${p.file} line ${p.line}: ${t(p.reason)}${
        p.more > 0
          ? ` (and ${p.more} more line${p.more === 1 ? '' : 's'}: ${p.lines.join(', ')}${p.more > 5 ? ', …' : ''})`
          : ''
      }; nothing was assigned`,
    (p, t) =>
      `${p.file} linje ${p.line}: ${t(p.reason)}${
        p.more > 0
          ? ` (og ${p.more} linje${p.more === 1 ? '' : 'r'} til: ${p.lines.join(', ')}${p.more > 5 ? ', …' : ''})`
          : ''
      }; ingen ble tildelt opplæringsløpet`,
  ),
  'hint.fix-lines-and-rerun': entry(
    () => 'fix or remove those lines and run the command again',
    () => 'rett opp eller fjern de linjene og kjør kommandoen på nytt',
  ),
  'hint.find-or-register-company': entry(
    () =>
      'kursdesk companies find shows the customers; a new one is registered with kursdesk companies register',
    () => 'kursdesk companies find viser kundene; en ny kunde registreres med kursdesk companies register',
  ),
  'assign.no-open-staff': entry<{ name: string; orgNumber: string }>(
    (p) => `no learner with an open account is employed by ${p.name} (${p.orgNumber})`,
    (p) => `ingen brukere med åpen konto er ansatt i ${p.name} (${p.orgNumber})`,
  ),
  'programme.not-assigned': entry<{ learner: number; programme: string }>(
    (p) => `learner ${p.learner} is not assigned ${p.programme}`,
    (p) => `bruker ${p.learner} er ikke tildelt ${p.programme}`,
  ),
  'hint.assign-programme': entry<{ learner: number; programme: string }>(
    (p) => `assign it with kursdesk programmes assign ${p.learner} ${p.programme}`,
    (p) => `tildel det med kursdesk programmes assign ${p.learner} ${p.programme}`,
  ),
} as const;

export const COMPLETIONS = {
  // Recorded completions and result imports (src/workflows/completions.ts).
  'hint.check-course-code': entry(
    () => 'check the code in the course catalogue',
    () => 'sjekk koden i kurskatalogen',
  ),
  'unit.no-such-course-unit': entry<{ id: number }>(
    (p) => `no course unit has id ${p.id}`,
    (p) => `det finnes ingen kursenhet med id ${p.id}`,
  ),
  /** `other` is null when the unit's course is gone. */
  'completion.unit-of-other-course': entry<{ unit: number; other: string | null; course: string }>(
    (p) => `unit ${p.unit} is a unit of ${p.other ?? 'another course'}, not of ${p.course}`,
    (p) => `enhet ${p.unit} hører til ${p.other ?? 'et annet kurs'}, ikke til ${p.course}`,
  ),
  'completion.missing-date': entry(
    () => 'missing --date (it can be left out only with --unit)',
    () => 'mangler --date (den kan bare utelates sammen med --unit)',
  ),
  'completion.date-in-future': entry<{ date: string }>(
    (p) => `--date: ${p.date} is in the future`,
    (p) => `--date: ${p.date} er fram i tid`,
  ),
  'import.file-refused': entry<{ file: string; reason: string | Text }>(
    (p, t) => `${p.file}: ${t(p.reason)}; nothing was imported`,
    (p, t) => `${p.file}: ${t(p.reason)}; ingenting ble importert`,
  ),
} as const;
