// Coded messages of the desk's plumbing: the outbox (mail), naming a learner on the command line, and the
// files and database a command opens. Same rules as the main catalogue: the English is what the commands
// have always printed, the bokmål is what a support agent would write, and a parameter never holds a
// national ID, token or password (callers pass masks).
import { osloDateTime } from '../local-time.js';
import type { Coded, Entry } from './catalogue.js';

type Text = Coded;

// biome-ignore lint/complexity/noBannedTypes: an entry without parameters
type None = {};

const entry = <P = None>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

export const MAIL = {
  // The outbox (src/workflows/mail.ts).
  'mail.no-such-message': entry<{ id: number }>(
    (p) => `no outbox message has id ${p.id}`,
    (p) => `det finnes ingen melding i utboksen med id ${p.id}`,
  ),
  /** `sentAt` is null when the time was not recorded. */
  'mail.already-sent': entry<{ id: number; sentAt: string | null }>(
    (p) =>
      `message ${p.id} was sent at ${p.sentAt ? osloDateTime(p.sentAt, 'en') : '?'}; it is not sent twice`,
    (p) =>
      `melding ${p.id} ble sendt ${p.sentAt ? osloDateTime(p.sentAt, 'nb') : '(ukjent tidspunkt)'}; den sendes ikke to ganger`,
  ),
  'mail.already-pending': entry<{ id: number }>(
    (p) => `message ${p.id} is already waiting to be sent`,
    (p) => `melding ${p.id} venter allerede på å bli sendt`,
  ),
  'mail.being-sent': entry<{ id: number; by: string | null }>(
    (p) => `message ${p.id} is being sent right now by ${p.by}`,
    (p) => `melding ${p.id} blir sendt akkurat nå av ${p.by ?? 'en annen prosess'}`,
  ),
  /** `why` is the reason recorded when the link was withdrawn (plain text). */
  'mail.withdrawn': entry<{ id: number; why: string | undefined }>(
    (p) => `message ${p.id} was withdrawn (${p.why}): its link no longer works`,
    (p) =>
      `melding ${p.id} ble trukket tilbake (${p.why ?? 'ingen grunn oppgitt'}): lenken i den virker ikke lenger`,
  ),
  'hint.issue-new-link': entry<{ learner: number }>(
    (p) => `issue a new one: kursdesk links issue ${p.learner}`,
    (p) => `lag en ny: kursdesk links issue ${p.learner}`,
  ),
  'mail.changed-while-requeued': entry<{ id: number }>(
    (p) => `message ${p.id} changed while it was being put back; look again`,
    (p) => `melding ${p.id} ble endret mens den ble lagt tilbake i køen; se på den igjen`,
  ),
} as const;

export const SELECTORS = {
  // Naming a learner on the command line (src/domain/learner-selector.ts); `shown` is masked.
  'selector.empty': entry(
    () => 'the learner is empty: give an id, e-mail or national ID',
    () => 'brukeren mangler: oppgi id, e-postadresse eller fødselsnummer',
  ),
  'selector.digit-count': entry<{ shown: string; digits: number }>(
    (p) => `the learner '${p.shown}' has ${p.digits} digits: a national ID has 11, a learner id at most 9`,
    (p) => `brukeren «${p.shown}» har ${p.digits} sifre: et fødselsnummer har 11, en bruker-id høyst 9`,
  ),
  'selector.unreadable': entry<{ shown: string }>(
    (p) => `'${p.shown}' is not a learner id, e-mail or national ID (11 digits)`,
    (p) => `«${p.shown}» er verken en bruker-id, en e-postadresse eller et fødselsnummer (11 sifre)`,
  ),
  'hint.find-by-name': entry<{ name: string }>(
    (p) => `to find a learner by name: kursdesk users find --name "${p.name}" --birthdate <date>`,
    (p) => `for å finne en bruker på navn: kursdesk users find --name "${p.name}" --birthdate <dato>`,
  ),
} as const;

/** What a file named on the command line should be (the callers' words, with the article), in bokmål. */
const FILE_WHAT_NB: Readonly<Record<string, string>> = {
  'a CSV file': 'en CSV-fil',
  'a JSON file': 'en JSON-fil',
  'a PDF file': 'en PDF-fil',
  'a config file': 'en konfigurasjonsfil',
  'a key file': 'en nøkkelfil',
  'a message': 'en melding',
  'a register extract': 'et registerutdrag',
  'a value': 'en verdi',
  'an e-mail, an mbox or a Maildir': 'en e-post, en mbox eller en Maildir',
};
const fileWhatNb = (what: string): string => FILE_WHAT_NB[what] ?? what;

/** What a path that is not a regular file is. */
export type FileKind = 'a folder' | 'a named pipe (FIFO)' | 'a socket' | 'a device' | 'not a regular file';
const FILE_KIND_NB: Readonly<Record<FileKind, string>> = {
  'a folder': 'en mappe',
  'a named pipe (FIFO)': 'en navngitt pipe (FIFO)',
  'a socket': 'en socket',
  'a device': 'en enhetsfil',
  'not a regular file': 'ikke en vanlig fil',
};

/** Why a named output file cannot be written (the English reasons of src/output/output-file.ts). */
const WRITE_REASON_NB: Readonly<Record<string, string>> = {
  'its folder does not exist': 'mappen finnes ikke',
  'a part of the path is a file, not a folder': 'en del av stien er en fil, ikke en mappe',
  'it is a folder': 'det er en mappe',
  'permission denied': 'ingen skrivetilgang',
  'the file system is read-only': 'filsystemet er skrivebeskyttet',
  'no space left on the device': 'det er ikke mer plass på disken',
  'the disk quota is used up': 'diskkvoten er brukt opp',
  'it is a named pipe nobody reads': 'det er en navngitt pipe som ingen leser fra',
};

export const FILES = {
  // Files and stdin named on the command line (src/context/input-file.ts, src/output/output-file.ts);
  // `shown` is the name as typed, quoted where it needs it.
  'file.no-such-file': entry<{ shown: string }>(
    (p) => `no such file: ${p.shown}`,
    (p) => `filen ${p.shown} finnes ikke`,
  ),
  'file.no-such-file-path': entry<{ shown: string }>(
    (p) => `no such file: ${p.shown} (a part of the path is a file, not a folder)`,
    (p) => `filen ${p.shown} finnes ikke (en del av stien er en fil, ikke en mappe)`,
  ),
  'file.permission-denied': entry<{ shown: string }>(
    (p) => `cannot read ${p.shown}: permission denied — check the file's permissions`,
    (p) => `kan ikke lese ${p.shown}: ingen lesetilgang — sjekk filrettighetene`,
  ),
  'file.symlink-loop': entry<{ shown: string }>(
    (p) => `cannot read ${p.shown}: its symbolic links loop (or nest too deeply)`,
    (p) => `kan ikke lese ${p.shown}: de symbolske lenkene går i ring (eller er nøstet for dypt)`,
  ),
  'file.name-too-long': entry<{ shown: string }>(
    (p) => `cannot read ${p.shown}: the file name is too long`,
    (p) => `kan ikke lese ${p.shown}: filnavnet er for langt`,
  ),
  'file.is-folder': entry<{ shown: string }>(
    (p) => `${p.shown} is a folder, not a file`,
    (p) => `${p.shown} er en mappe, ikke en fil`,
  ),
  /** `reason` is the system's error code or message. */
  'file.cannot-read': entry<{ shown: string; reason: string }>(
    (p) => `cannot read ${p.shown}: ${p.reason}`,
    (p) => `kan ikke lese ${p.shown}: ${p.reason}`,
  ),
  /** `stream`: the command reads '-' too, and this is something to pipe into it. */
  'file.not-regular': entry<{ shown: string; kind: FileKind; what: string; stream: boolean }>(
    (p) => `${p.shown} is ${p.kind}, not ${p.what}${p.stream ? "; to read a stream, pipe it into '-'" : ''}`,
    (p) =>
      `${p.shown} er ${FILE_KIND_NB[p.kind]}, ikke ${fileWhatNb(p.what)}${p.stream ? "; en strøm leses ved å sende den inn til '-' med en pipe" : ''}`,
  ),
  'stdin.is-terminal': entry<{ what: string }>(
    (p) =>
      `'-' reads ${p.what} from stdin, which is a terminal here: pipe it in (… | kursdesk … -) or give the file's name`,
    (p) =>
      `'-' leser ${fileWhatNb(p.what)} fra standard input, som her er en terminal: send den inn med en pipe (… | kursdesk … -) eller oppgi filnavnet`,
  ),
  /** `reason` is one of the English reasons above, or the system's code or message. */
  'file.cannot-write': entry<{ flag: string; shown: string; reason: string }>(
    (p) => `cannot write ${p.flag} ${p.shown}: ${p.reason}`,
    (p) => `kan ikke skrive ${p.flag} ${p.shown}: ${WRITE_REASON_NB[p.reason] ?? p.reason}`,
  ),
} as const;

/** Why a database or CA file cannot be read or created (the English reasons of src/db/connect.ts). */
const IO_REASON_NB: Readonly<Record<string, string>> = {
  'permission denied': 'ingen tilgang',
  'the file system is read-only': 'filsystemet er skrivebeskyttet',
  'a part of the path is not a folder': 'en del av stien er ikke en mappe',
  'the folder does not exist': 'mappen finnes ikke',
};
export const ioReasonNb = (reason: string): string => IO_REASON_NB[reason] ?? reason;

export const DATABASE = {
  // Opening the database (src/db/connect.ts). `display` is the URL with its password removed; `detail`
  // is the server's or driver's own words.
  'db.bad-sslmode': entry<{ value: string; modes: readonly string[] }>(
    (p) => `sslmode '${p.value}' is not one of ${p.modes.join(', ')}`,
    (p) => `sslmode «${p.value}» er ikke en av ${p.modes.join(', ')}`,
  ),
  'db.sslmode-needs-ca': entry<{ mode: string }>(
    (p) => `sslmode=${p.mode} needs the CA certificate that signed the server's`,
    (p) => `sslmode=${p.mode} trenger CA-sertifikatet som signerte serverens sertifikat`,
  ),
  'hint.give-ca-file': entry(
    () =>
      'give it with ?sslrootcert=/path/ca.crt in the URL or PGSSLROOTCERT (or sslrootcert=system for the system CAs)',
    () =>
      'oppgi det med ?sslrootcert=/sti/ca.crt i URL-en eller PGSSLROOTCERT (eller sslrootcert=system for systemets CA-er)',
  ),
  'db.cannot-read-ca': entry<{ file: string; reason: string }>(
    (p) => `cannot read the CA file ${p.file} (sslrootcert): ${p.reason}`,
    (p) => `kan ikke lese CA-filen ${p.file} (sslrootcert): ${ioReasonNb(p.reason)}`,
  ),
  'db.not-a-file': entry<{ path: string }>(
    (p) => `${p.path} is not a file, so it cannot be a SQLite database`,
    (p) => `${p.path} er ikke en fil, så det kan ikke være en SQLite-database`,
  ),
  'db.not-sqlite': entry<{ path: string }>(
    (p) => `${p.path} is not a SQLite database`,
    (p) => `${p.path} er ikke en SQLite-database`,
  ),
  'hint.check-db': entry(
    () => 'check --db / KURSDESK_DB',
    () => 'sjekk --db / KURSDESK_DB',
  ),
  'db.cannot-create': entry<{ path: string; reason: string }>(
    (p) => `cannot create database file ${p.path}: ${p.reason}`,
    (p) => `kan ikke opprette databasefilen ${p.path}: ${ioReasonNb(p.reason)}`,
  ),
  'db.file-missing': entry<{ path: string }>(
    (p) => `database file ${p.path} does not exist`,
    (p) => `databasefilen ${p.path} finnes ikke`,
  ),
  'db.cannot-open': entry<{ path: string; detail: string }>(
    (p) => `cannot open database file ${p.path}: ${p.detail}`,
    (p) => `kan ikke åpne databasefilen ${p.path}: ${p.detail}`,
  ),
  'pg.certificate-refused': entry<{ display: string; detail: string }>(
    (p) => `PostgreSQL at ${p.display}: the server's certificate was refused (${p.detail}); nothing was sent`,
    (p) => `PostgreSQL på ${p.display}: serverens sertifikat ble avvist (${p.detail}); ingenting ble sendt`,
  ),
  'hint.check-pg-certificate': entry(
    () => 'check sslrootcert / PGSSLROOTCERT and that the host name in the URL is one the certificate names',
    () => 'sjekk sslrootcert / PGSSLROOTCERT, og at vertsnavnet i URL-en er et av navnene i sertifikatet',
  ),
  'pg.no-tls': entry<{ display: string }>(
    (p) => `PostgreSQL at ${p.display} does not accept TLS connections, but sslmode asks for TLS`,
    (p) => `PostgreSQL på ${p.display} tar ikke imot TLS-tilkoblinger, men sslmode krever TLS`,
  ),
  'pg.no-answer': entry<{ display: string; seconds: number }>(
    (p) =>
      `cannot reach PostgreSQL at ${p.display}: no answer within ${p.seconds} s — check the host and port, and that no firewall is in the way`,
    (p) =>
      `får ikke kontakt med PostgreSQL på ${p.display}: ikke noe svar innen ${p.seconds} s — sjekk vertsnavn og port, og at ingen brannmur står i veien`,
  ),
  'pg.lost-while-connecting': entry<{ display: string }>(
    (p) =>
      `lost the connection to PostgreSQL at ${p.display} while connecting (the server restarted or ended the session): nothing was done — run the command again`,
    (p) =>
      `mistet forbindelsen til PostgreSQL på ${p.display} under tilkoblingen (serveren startet på nytt eller avsluttet økten): ingenting ble gjort — kjør kommandoen på nytt`,
  ),
  'pg.refused': entry<{ display: string }>(
    (p) => `cannot reach PostgreSQL at ${p.display}: connection refused (is the server running?)`,
    (p) => `får ikke kontakt med PostgreSQL på ${p.display}: tilkoblingen ble avvist (kjører serveren?)`,
  ),
  'pg.unknown-host': entry<{ display: string }>(
    (p) => `cannot reach PostgreSQL at ${p.display}: unknown host`,
    (p) => `får ikke kontakt med PostgreSQL på ${p.display}: ukjent vertsnavn`,
  ),
  'pg.timed-out': entry<{ display: string }>(
    (p) => `cannot reach PostgreSQL at ${p.display}: timed out`,
    (p) => `får ikke kontakt med PostgreSQL på ${p.display}: tidsavbrudd`,
  ),
  'pg.server-said': entry<{ display: string; detail: string }>(
    (p) => `PostgreSQL at ${p.display}: ${p.detail}`,
    (p) => `PostgreSQL på ${p.display}: ${p.detail}`,
  ),
  'hint.createdb': entry(
    () => 'create it with createdb, or fix the URL',
    () => 'opprett den med createdb, eller rett URL-en',
  ),
  'hint.migrate-to-create': entry(
    () => 'run kursdesk db migrate to create it',
    () => 'kjør kursdesk db migrate for å opprette det',
  ),
  'pg.login-refused': entry<{ display: string; detail: string }>(
    (p) => `PostgreSQL at ${p.display} refused the login: ${p.detail}`,
    (p) => `PostgreSQL på ${p.display} avviste innloggingen: ${p.detail}`,
  ),
  'pg.cannot-use': entry<{ display: string; detail: string }>(
    (p) => `cannot use PostgreSQL at ${p.display}: ${p.detail}`,
    (p) => `kan ikke bruke PostgreSQL på ${p.display}: ${p.detail}`,
  ),
} as const;

export const DESK = {
  // Smaller refusals of the desk's workflows (seats, privacy, set-type, find, expiring, db, companies).
  'unit.capacity-below-enrolled': entry<{ unit: number; enrolled: number; asked: number }>(
    (p) =>
      `unit ${p.unit} has ${p.enrolled} learner(s) enrolled: the capacity cannot go below ${p.enrolled} (asked for ${p.asked})`,
    (p) =>
      `enhet ${p.unit} har ${p.enrolled} påmeldt(e): kapasiteten kan ikke settes lavere enn ${p.enrolled} (du ba om ${p.asked})`,
  ),
  'hint.unenrol-or-raise': entry<{ unit: number; enrolled: number }>(
    (p) =>
      `unenrol learners first (kursdesk units unenrol <learner> ${p.unit}), or choose ${p.enrolled} or more`,
    (p) =>
      `meld av brukere først (kursdesk units unenrol <bruker> ${p.unit}), eller velg ${p.enrolled} eller mer`,
  ),
  'unit.changed-meanwhile': entry<{ unit: number }>(
    (p) => `unit ${p.unit} was changed by someone else after you read it; nothing was written`,
    (p) => `enhet ${p.unit} ble endret av noen andre etter at du leste den; ingenting ble lagret`,
  ),
  'hint.look-again-units': entry<{ course: string }>(
    (p) => `look at it again (kursdesk units list --course ${p.course}) and repeat the change`,
    (p) => `se på den igjen (kursdesk units list --course ${p.course}) og gjør endringen på nytt`,
  ),
  'erase.learner-erased': entry<{ learner: number; day: string }>(
    (p) =>
      `learner ${p.learner} was erased on ${p.day}: an erased account takes no personal data again (name, e-mail, phone, HMS card, driver details); nothing was written`,
    (p) =>
      `bruker ${p.learner} ble anonymisert ${p.day}: en anonymisert konto tar ikke imot personopplysninger igjen (navn, e-post, telefon, HMS-kort, førerdetaljer); ingenting ble lagret`,
  ),
  'hint.erased-register-again': entry(
    () => 'if the person comes back, register them as a new learner: kursdesk users create',
    () => 'kommer personen tilbake, registrer dem som ny bruker: kursdesk users create',
  ),
  'erase.reason-names-person': entry(
    () =>
      '--reason names the person (a name or e-mail address); it stays in the audit log for good, so describe the request instead',
    () =>
      '--reason nevner personen (et navn eller en e-postadresse); den blir stående i revisjonsloggen for alltid, så beskriv heller forespørselen',
  ),
  'hint.erase-reason-example': entry(
    () => 'e.g. --reason "erasure requested by e-mail"',
    () => 'f.eks. --reason "sletting bedt om på e-post"',
  ),
  /** Each booking: unit id, course code, start (an instant) and status. */
  'set-type.bookings-not-allowed': entry<{
    learner: number;
    accountType: string;
    bookings: readonly { unit: number; course: string; startsAt: string; status: string }[];
  }>(
    (p) =>
      `learner ${p.learner} has ${p.bookings.length} booking(s) a ${p.accountType} account may not keep: ${p.bookings
        .map((b) => `unit ${b.unit} (${b.course}, ${osloDateTime(b.startsAt, 'en')}, ${b.status})`)
        .join('; ')}; nothing was changed`,
    (p) =>
      `bruker ${p.learner} har ${p.bookings.length} påmelding(er) som en ${p.accountType}-konto ikke kan beholde: ${p.bookings
        .map((b) => `enhet ${b.unit} (${b.course}, ${osloDateTime(b.startsAt, 'nb')}, ${b.status})`)
        .join('; ')}; ingenting ble endret`,
  ),
  'hint.cancel-paid': entry(
    () =>
      'add --cancel-paid to cancel them with the change (each freed seat goes to the first on that waitlist)',
    () =>
      'legg til --cancel-paid for å melde dem av samtidig med endringen (hver ledige plass går til den første på ventelisten)',
  ),
  'find.no-criteria': entry(
    () => 'give at least one of --name, --birthdate, --email or --national-id',
    () => 'oppgi minst én av --name, --birthdate, --email eller --national-id',
  ),
  'hint.companies-find': entry(
    () => 'kursdesk companies find shows the customers',
    () => 'kursdesk companies find viser kundene',
  ),
  'db.server-only': entry<{ what: string }>(
    (p) => `${p.what} is for a shared PostgreSQL server; a SQLite file is protected by its file permissions`,
    (p) => `${p.what} er for en delt PostgreSQL-server; en SQLite-fil beskyttes av filrettighetene sine`,
  ),
  'company.already-customer': entry<{ name: string; orgNumber: string; date: string }>(
    (p) => `${p.name} (${p.orgNumber}) is already a customer, registered ${p.date}`,
    (p) => `${p.name} (${p.orgNumber}) er allerede kunde, registrert ${p.date}`,
  ),
  'hint.show-or-update-company': entry<{ orgNumber: string }>(
    (p) => `see it with kursdesk companies show ${p.orgNumber}; change it with kursdesk companies update`,
    (p) => `se den med kursdesk companies show ${p.orgNumber}; endre den med kursdesk companies update`,
  ),
  'move.same-company': entry(
    () => '--from and --to are the same company; nothing to move',
    () => '--from og --to er samme firma; ingenting å flytte',
  ),
  'company.search-empty': entry(
    () => 'give part of a company name or an organisation number',
    () => 'oppgi en del av firmanavnet eller et organisasjonsnummer',
  ),
  'company.not-customer': entry<{ org: string }>(
    (p) => `${p.org} is not a customer company`,
    (p) => `${p.org} er ikke en kundebedrift`,
  ),
  'hint.lookup-or-register': entry<{ orgNumber: string }>(
    (p) =>
      `kursdesk registry lookup ${p.orgNumber} shows the register; kursdesk companies register ${p.orgNumber} makes it a customer`,
    (p) =>
      `kursdesk registry lookup ${p.orgNumber} viser registeret; kursdesk companies register ${p.orgNumber} gjør firmaet til kunde`,
  ),
  'company.nothing-to-change': entry(
    () => 'nothing to change: give at least one field to update',
    () => 'ingenting å endre: oppgi minst ett felt som skal oppdateres',
  ),
} as const;

export const SETTINGS = {
  // Settings read from the environment or the config profile (src/domain/mail-settings.ts,
  // src/domain/link-policy.ts). A URL's problem follows the variable's name as a predicate.
  'env.refused': entry<{ variable: string; reason: string | Text }>(
    (p, t) => `${p.variable}: ${t(p.reason)}`,
    (p, t) => `${p.variable}: ${t(p.reason)}`,
  ),
  'env.url-refused': entry<{ variable: string; problem: string | Text }>(
    (p, t) => `${p.variable} ${t(p.problem)}`,
    (p, t) => `${p.variable} ${t(p.problem)}`,
  ),
  'integer.not-whole': entry<{ value: string }>(
    (p) => `'${p.value}' is not a whole number`,
    (p) => `«${p.value}» er ikke et heltall`,
  ),
  'integer.out-of-range': entry<{ value: number; min: number; max: number }>(
    (p) => `${p.value} is outside ${p.min}–${p.max}`,
    (p) => `${p.value} er utenfor ${p.min}–${p.max}`,
  ),
  'smtp-url.not-a-url': entry(
    () => 'is not a URL; expected smtp://user:password@host:587 or smtps://host:465',
    () => 'er ikke en URL; forventet smtp://bruker:passord@vert:587 eller smtps://vert:465',
  ),
  'smtp-url.bad-scheme': entry<{ protocol: string }>(
    (p) => `must start with smtp:// or smtps://; got ${p.protocol}//`,
    (p) => `må begynne med smtp:// eller smtps://, ikke ${p.protocol}//`,
  ),
  'smtp-url.no-host': entry(
    () => 'has no host',
    () => 'mangler vertsnavn',
  ),
  'sender.not-an-address': entry<{ value: string }>(
    (p) => `'${p.value}' is not an address; expected kurs@firma.no or Name <kurs@firma.no>`,
    (p) => `«${p.value}» er ikke en adresse; forventet kurs@firma.no eller Navn <kurs@firma.no>`,
  ),
  'portal-url.not-a-url': entry<{ value: string }>(
    (p) => `'${p.value}' is not a URL; expected https://portal.example.no`,
    (p) => `«${p.value}» er ikke en URL; forventet https://portal.example.no`,
  ),
  'portal-url.needs-https': entry(
    () => 'must use https (http is allowed only for localhost): links carry a credential',
    () => 'må bruke https (http er bare lov for localhost): lenkene gir tilgang til kontoen',
  ),
  'portal-url.not-https': entry<{ protocol: string }>(
    (p) => `must be an https URL; got ${p.protocol}`,
    (p) => `må være en https-URL, ikke ${p.protocol}`,
  ),
  'portal-url.has-credentials': entry(
    () => 'must not contain a user name or password',
    () => 'kan ikke inneholde brukernavn eller passord',
  ),
  'portal-url.has-query': entry(
    () => 'must not have a query (?…) or fragment (#…)',
    () => 'kan ikke ha spørredel (?…) eller fragment (#…)',
  ),
} as const;

/** What the hostile-input and read-only probes found (one block, so other work on the catalogue merges cleanly). */
export const PROBES = {
  'db.read-only': entry(
    () =>
      'the database is read-only for you (its file or folder permissions, or a read-only disk): nothing was written; reading commands still work',
    () =>
      'databasen er skrivebeskyttet for deg (rettighetene til filen eller mappen, eller en skrivebeskyttet disk): ingenting ble skrevet; kommandoer som bare leser, virker fortsatt',
  ),
  'hint.read-only': entry(
    () => 'ask the owner of the file for write access, or run the change as the user who owns it',
    () => 'be eieren av filen om skrivetilgang, eller gjør endringen som brukeren som eier den',
  ),
  'db.read-only-unsaved-wal': entry<{ path: string }>(
    (p) =>
      `${p.path} cannot be read from here: its folder is read-only and it holds changes still in its -wal file, which only a writer can fold in`,
    (p) =>
      `${p.path} kan ikke leses herfra: mappen er skrivebeskyttet, og databasen har endringer som fortsatt ligger i -wal-filen, som bare en som kan skrive, kan flette inn`,
  ),
  'hint.open-once-writable': entry(
    () => 'run any kursdesk command on it once as its owner (or with write access to the folder)',
    () => 'kjør en kursdesk-kommando mot den én gang som eieren (eller med skrivetilgang til mappen)',
  ),
  'db.read-only-too-big': entry<{ path: string; megabytes: number }>(
    (p) =>
      `${p.path} is in a read-only folder and over ${p.megabytes} MB, too big to read from memory: copy it to a folder you can write, or ask for write access to its folder`,
    (p) =>
      `${p.path} ligger i en skrivebeskyttet mappe og er over ${p.megabytes} MB, for stor til å leses fra minnet: kopier den til en mappe du kan skrive i, eller be om skrivetilgang til mappen`,
  ),
} as const;

/** The config file's refusals found by the second fuzz pass (one block, so other work merges cleanly). */
export const CONFIG_FILE = {
  'config.too-deep': entry<{ path: string }>(
    (p) =>
      `config file ${p.path} is nested too deeply to read: a kursdesk config file is profile: and profiles:, each profile a flat list of settings; rewrite it (kursdesk config --help shows one) or move it away`,
    (p) =>
      `konfigurasjonsfilen ${p.path} er nøstet for dypt til å leses: en kursdesk-konfigurasjonsfil har profile: og profiles:, med innstillingene til hver profil på ett nivå; skriv den om (kursdesk config --help viser et eksempel) eller flytt den bort`,
  ),
  'config.not-text': entry<{ path: string; why: 'nul' | 'not-utf8' }>(
    (p) =>
      `config file ${p.path} is not text (${p.why === 'nul' ? 'it holds NUL bytes' : 'it is not UTF-8'}): it is not a kursdesk config file; move it away, or save it as UTF-8 YAML`,
    (p) =>
      `konfigurasjonsfilen ${p.path} er ikke tekst (${p.why === 'nul' ? 'den inneholder NUL-byte' : 'den er ikke UTF-8'}): det er ikke en kursdesk-konfigurasjonsfil; flytt den bort, eller lagre den som YAML i UTF-8`,
  ),
} as const;
