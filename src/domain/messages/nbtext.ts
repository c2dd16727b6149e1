// The last English words on an agent's bokmål screens: why a booking is refused (src/domain/booking.ts),
// why a row of a bulk move is refused and the lines around that list (users move), why a certificate's
// seal does not hold, the guide's word on Ctrl-C, and a portal_url that `config set` refuses. English is
// what these places have always printed, byte for byte; parameters hold ids, course codes, org numbers
// and masked values, never a national ID, token or password.
import type { Duration } from '../durations.js';
import { osloDate, osloDateTime } from '../local-time.js';
import type { Coded, Entry } from './catalogue.js';

const entry = <P>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

// biome-ignore lint/complexity/noBannedTypes: an entry without parameters
type None = {};

const DURATION_EN = { min: 'minute', h: 'hour', d: 'day', w: 'week', mo: 'month', y: 'year' } as const;
const DURATION_NB = {
  min: ['minutt', 'minutter'],
  h: ['time', 'timer'],
  d: ['dag', 'dager'],
  w: ['uke', 'uker'],
  mo: ['måned', 'måneder'],
  y: ['år', 'år'],
} as const;
/** A period as each language writes it (`90 days`, `90 dager`); the English is durationText's. */
const periodEn = (d: Duration): string => `${d.amount} ${DURATION_EN[d.unit]}${d.amount === 1 ? '' : 's'}`;
const periodNb = (d: Duration): string => `${d.amount} ${DURATION_NB[d.unit][d.amount === 1 ? 0 : 1]}`;

export const NBTEXT = {
  // Booking rules (units enrol, the guided booking): the reason, then the fix.
  'booking.unit-cancelled': entry<{ unit: number; course: string }>(
    (p) => `unit ${p.unit} of ${p.course} is cancelled`,
    (p) => `enhet ${p.unit} av ${p.course} er avlyst`,
  ),
  /** `startsAt` the unit's start (an instant). */
  'booking.unit-started': entry<{ unit: number; course: string; startsAt: string }>(
    (p) => `unit ${p.unit} of ${p.course} started ${osloDateTime(p.startsAt)}: it is in the past`,
    (p) =>
      `enhet ${p.unit} av ${p.course} startet ${osloDateTime(p.startsAt, 'nb')}: den er allerede i gang eller over`,
  ),
  'booking.course-retired': entry<{ course: string }>(
    (p) => `${p.course} is retired: it takes no new learners`,
    (p) => `${p.course} er faset ut og tar ikke inn nye deltakere`,
  ),
  'booking.account-disabled': entry<{ learner: number }>(
    (p) => `learner ${p.learner}'s account is disabled: a disabled account cannot take a seat`,
    (p) => `kontoen til bruker ${p.learner} er deaktivert: en deaktivert konto kan ikke få plass på et kurs`,
  ),
  /** `types` the account types that see the course (none: the course is for nobody). */
  'booking.type-does-not-see': entry<{ accountType: string; course: string; types: readonly string[] }>(
    (p) =>
      `a ${p.accountType} account does not see ${p.course} (it is for ${p.types.join(', ') || 'no account type'})`,
    (p) =>
      `en konto av typen ${p.accountType} ser ikke ${p.course} (kurset er for ${p.types.join(', ') || 'ingen kontotype'})`,
  ),
  'booking.paid-no-employer': entry<{ course: string; learner: number }>(
    (p) => `${p.course} is a paid course and learner ${p.learner} has no employer to invoice`,
    (p) => `${p.course} er et betalt kurs, og bruker ${p.learner} har ingen arbeidsgiver å fakturere`,
  ),
  'booking.paid-employer-inactive': entry<{
    course: string;
    learner: number;
    employer: string;
    orgNumber: string;
  }>(
    (p) =>
      `${p.course} is a paid course and learner ${p.learner}'s employer ${p.employer} (${p.orgNumber}) is no longer an active customer`,
    (p) =>
      `${p.course} er et betalt kurs, og arbeidsgiveren til bruker ${p.learner}, ${p.employer} (${p.orgNumber}), er ikke lenger aktiv kunde`,
  ),
  'booking.fix-other-date': entry<{ course: string }>(
    (p) => `find another date: kursdesk units list --course ${p.course} --available`,
    (p) => `finn en annen dato: kursdesk units list --course ${p.course} --available`,
  ),
  'booking.fix-successor': entry<None>(
    () => 'look for its successor: kursdesk courses search',
    () => 'finn kurset som erstatter det: kursdesk courses search',
  ),
  'booking.fix-enable-first': entry<None>(
    () => 'the account must be enabled first (an administrator decision, not a booking)',
    () => 'kontoen må aktiveres igjen først (det avgjør en administrator, det er ikke en booking)',
  ),
  'booking.fix-move-employer': entry<{ learner: number }>(
    (p) => `move the learner to their current employer: kursdesk users move ${p.learner} --to <orgnr>`,
    (p) => `flytt brukeren til den nåværende arbeidsgiveren: kursdesk users move ${p.learner} --to <orgnr>`,
  ),
  'booking.fix-no-type': entry<None>(
    () => 'no account type sees this course: ask the course administrators',
    () => 'ingen kontotype ser dette kurset: spør kursadministratorene',
  ),
  /** units enrol: the refusal as a whole. */
  'booking.nothing-booked': entry<{ reason: string | Coded }>(
    (p, t) => `${t(p.reason)}; nothing was booked`,
    (p, t) => `${t(p.reason)}; ingenting ble booket`,
  ),

  // users move, a list: why a row cannot move.
  'move.row-two-learners': entry<{ learners: readonly { shown: string; id: number | undefined }[] }>(
    (p) => `the row names two learners: ${p.learners.map((l) => `${l.shown} is learner ${l.id}`).join(', ')}`,
    (p) => `raden peker på to brukere: ${p.learners.map((l) => `${l.shown} er bruker ${l.id}`).join(', ')}`,
  ),
  'move.row-already-listed': entry<{ learner: number; line: number }>(
    (p) => `learner ${p.learner} is already on line ${p.line}`,
    (p) => `bruker ${p.learner} står allerede på linje ${p.line}`,
  ),
  'move.row-already-employed': entry<{ learner: number; name: string; orgNumber: string }>(
    (p) => `learner ${p.learner} is already employed at ${p.name} (${p.orgNumber})`,
    (p) => `bruker ${p.learner} er allerede ansatt i ${p.name} (${p.orgNumber})`,
  ),
  'move.row-unknown-learner': entry<None>(
    () => 'unknown learner',
    () => 'ukjent bruker',
  ),
  'move.row-cannot-move': entry<None>(
    () => 'cannot move',
    () => 'kan ikke flyttes',
  ),
  /** A look-up's refusal, rendered in each language with the learner as written masked. */
  'move.row-lookup-refused': entry<{ en: string; nb: string }>(
    (p) => p.en,
    (p) => p.nb,
  ),
  /** The refused row named by its learner (a --from move has no lines). */
  'move.row-learner': entry<{ learner: string | number; reason: string | Coded }>(
    (p, t) => `learner ${p.learner}: ${t(p.reason)}`,
    (p, t) => `bruker ${p.learner}: ${t(p.reason)}`,
  ),
  'move.rows-more': entry<{ count: number; errorsFile: string | undefined }>(
    (p) =>
      `… and ${p.count} more${p.errorsFile ? ` (all in ${p.errorsFile})` : ' (--errors FILE lists them all)'}`,
    (p) =>
      `… og ${p.count} til${p.errorsFile ? ` (alle står i ${p.errorsFile})` : ' (--errors FIL skriver dem alle til en fil)'}`,
  ),
  'move.heading-counts': entry<{
    rows: number;
    movable: number;
    moved: number;
    refused: number;
    reinvoiced: number;
  }>(
    (p) =>
      `rows ${p.rows}: movable ${p.movable}, moved ${p.moved}, refused ${p.refused}; paid enrolments re-invoiced ${p.reinvoiced}`,
    (p) =>
      `rader ${p.rows}: kan flyttes ${p.movable}, flyttet ${p.moved}, avvist ${p.refused}; betalte påmeldinger fakturert på nytt ${p.reinvoiced}`,
  ),
  'move.section-reinvoiced': entry<{ company: string }>(
    (p) => `Paid enrolments now invoiced to ${p.company}`,
    (p) => `Betalte påmeldinger som nå faktureres ${p.company}`,
  ),

  // certificates verify: why a seal does not hold.
  'seal.no-content': entry<None>(
    () => 'it carries no signed content',
    () => 'det har ikke noe signert innhold',
  ),
  'seal.signature-malformed': entry<None>(
    () => 'its signature is missing or malformed',
    () => 'signaturen mangler eller er ødelagt',
  ),
  'seal.unknown-key': entry<{ keyId: string }>(
    (p) => `it names signing key ${p.keyId}, which is not among the issuer's keys`,
    (p) => `det oppgir signeringsnøkkelen ${p.keyId}, som ikke er blant utstederens nøkler`,
  ),
  'seal.forged': entry<None>(
    () => 'the signature does not match the content: it was altered or forged',
    () => 'signaturen stemmer ikke med innholdet: det er endret eller forfalsket',
  ),

  // certificates verify, its table: the qualification and revocation fields. The English is the
  // verdict's own data (json and csv keep it); `revocation` is that English, said again in bokmål.
  'verify.field-qualification': entry<{ expiresOn: string | null; expired: boolean }>(
    (p) =>
      p.expiresOn === null
        ? 'does not expire'
        : `${p.expired ? 'expired on' : 'valid through'} ${p.expiresOn}`,
    (p) =>
      p.expiresOn === null
        ? 'utløper ikke'
        : `${p.expired ? 'utløpt' : 'gyldig til og med'} ${osloDate(p.expiresOn, 'nb')}`,
  ),
  /** `why` the reason the database was not asked, when that is what the revocation says. */
  'verify.field-revocation': entry<{ revocation: string; why: Coded | undefined }>(
    (p) => p.revocation,
    (p, t) =>
      p.revocation === 'not revoked'
        ? 'ikke trukket tilbake'
        : p.revocation === 'not checked'
          ? 'ikke sjekket'
          : p.revocation === 'not checked: this database has no certificate with this number'
            ? 'ikke sjekket: denne databasen har ikke noe kursbevis med dette nummeret'
            : p.why && p.revocation === `not checked: ${p.why.in('en')}`
              ? `ikke sjekket: ${t(p.why)}`
              : p.revocation.replace(/^revoked on (\S+)/, 'trukket tilbake $1'),
  ),

  // The lines above a table (stdout, table format only).
  /** certificates list, users history: whose list it is. */
  'heading.learner-born': entry<{ name: string; id: number; birthDate: string }>(
    (p) => `${p.name} (learner ${p.id}), born ${p.birthDate}`,
    (p) => `${p.name} (bruker ${p.id}), født ${osloDate(p.birthDate, 'nb')}`,
  ),
  'heading.valid-now': entry<{ courses: readonly string[] }>(
    (p) => `valid now: ${p.courses.length > 0 ? p.courses.join(', ') : 'none'}`,
    (p) => `gyldig nå: ${p.courses.length > 0 ? p.courses.join(', ') : 'ingen'}`,
  ),
  'heading.hms-due': entry<{ until: string; employer: string | null; today: string }>(
    (p) => `HMS cards due by ${p.until}${p.employer ? ` at ${p.employer}` : ''} (today ${p.today})`,
    (p) =>
      `HMS-kort som skal fornyes innen ${osloDate(p.until, 'nb')}${p.employer ? ` hos ${p.employer}` : ''} (i dag ${osloDate(p.today, 'nb')})`,
  ),
  'heading.expiring': entry<{
    count: number;
    from: string;
    to: string;
    within: Duration;
    lapsedWithin: Duration | undefined;
    employer: string | null;
    programme: string | null;
  }>(
    (p) =>
      `${p.count} qualification(s) expiring ${p.from} – ${p.to} (within ${periodEn(p.within)}${p.lapsedWithin ? `, and lapsed in the last ${periodEn(p.lapsedWithin)}` : ''})${p.employer ? ` at ${p.employer}` : ''}${p.programme ? ` in ${p.programme}` : ''}`,
    (p) =>
      `${p.count} ${p.count === 1 ? 'kvalifikasjon' : 'kvalifikasjoner'} utløper ${osloDate(p.from, 'nb')} – ${osloDate(p.to, 'nb')} (innen ${periodNb(p.within)}${p.lapsedWithin ? `, og utløpt de siste ${periodNb(p.lapsedWithin)}` : ''})${p.employer ? ` hos ${p.employer}` : ''}${p.programme ? ` i ${p.programme}` : ''}`,
  ),
  'empty.no-expiring': entry<None>(
    () => 'no qualification expires in that period',
    () => 'ingen kvalifikasjon utløper i den perioden',
  ),
  /** users history: the next step once a course is valid (on stderr). */
  'history.next-certificate': entry<None>(
    () => 'next: a certificate to attach:',
    () => 'neste: et kursbevis å legge ved:',
  ),
  'heading.search-as': entry<{ name: string; id: number; accountType: string }>(
    (p) => `as ${p.name} (learner ${p.id}, ${p.accountType} account)`,
    (p) => `slik ${p.name} ser det (bruker ${p.id}, konto av typen ${p.accountType})`,
  ),

  // The guided mode and triage's paste: Ctrl-C at a question.
  'guided.cancelled': entry<None>(
    () => 'cancelled',
    () => 'avbrutt',
  ),

  // config set portal_url: a value that is no portal address (the reason holds no password).
  'config.bad-portal-url': entry<{ reason: string | Coded }>(
    (p, t) => `portal_url refused: ${t(p.reason)}; the setting is unchanged`,
    (p, t) => `portal_url avvist: ${t(p.reason)}; innstillingen er uendret`,
  ),
} as const;
