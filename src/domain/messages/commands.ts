// Coded messages of the commands themselves: how their flags go together, the files they read and
// write, and what they say when a run cannot go on (users move, certificates, companies register,
// fixtures, the triage batch and the rest). Same rules as the main catalogue: English as the commands
// have always printed it, bokmål as a support agent writes it, and no national ID, token or password
// among the parameters (callers pass masks or names).
import { osloDateTime } from '../local-time.js';
import type { Coded, Entry } from './catalogue.js';

type Text = Coded;

// biome-ignore lint/complexity/noBannedTypes: an entry without parameters
type None = {};

const entry = <P = None>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

/** Why a file could not be written, from the system's error code; `other` is the system's words. */
export type FileProblem = 'denied' | 'read-only' | 'no-folder' | 'not-a-folder' | 'disk-full' | 'is-folder';

const FILE_PROBLEM_EN: Record<FileProblem, string> = {
  denied: 'permission denied',
  'read-only': 'the file system is read-only',
  'no-folder': 'the folder does not exist',
  'not-a-folder': 'a part of the path is not a folder',
  'disk-full': 'the disk is full',
  'is-folder': 'it is a folder',
};
const ISSUE_ACTION_NB: Readonly<Record<string, string>> = {
  new: 'nye',
  reissued: 'utstedt på nytt',
  sealed: 'forseglet',
};

const PROFILE_FROM_NB: Readonly<Record<string, string>> = {
  flag: 'valget --profile',
  environment: 'KURSDESK_PROFILE',
  'config file': 'konfigurasjonsfilen',
  default: 'standard',
};

const FILE_PROBLEM_NB: Record<FileProblem, string> = {
  denied: 'ingen tilgang',
  'read-only': 'filsystemet er skrivebeskyttet',
  'no-folder': 'mappen finnes ikke',
  'not-a-folder': 'en del av stien er ikke en mappe',
  'disk-full': 'disken er full',
  'is-folder': 'det er en mappe',
};

export const MOVES_AND_CERTIFICATES = {
  // users move (src/commands/users/move.ts).
  'move.no-source': entry(
    () => 'say who moves: a learner, --from <org-number> or --file <csv>',
    () => 'si hvem som skal flyttes: en bruker, --from <org.nr.> eller --file <csv>',
  ),
  'move.several-sources': entry(
    () => 'give only one of a learner, --from and --file',
    () => 'oppgi bare én av disse: en bruker, --from eller --file',
  ),
  'move.email-bulk': entry(
    () => '--email changes one learner: use it without --from or --file',
    () => '--email endrer én bruker: bruk det uten --from og --file',
  ),
  'move.expect-version-bulk': entry(
    () => '--expect-version is for one learner: bulk moves check the version of every learner they read',
    () => '--expect-version gjelder én bruker: flytting av mange sjekker versjonen til hver bruker de leser',
  ),
  'move.reply-bulk': entry(
    () => '--reply answers one learner: use it without --from or --file',
    () => '--reply svarer én bruker: bruk det uten --from og --file',
  ),
  'move.bulk-flag-single': entry<{ flag: string }>(
    (p) => `${p.flag} is for bulk moves (--from or --file)`,
    (p) => `${p.flag} gjelder flytting av mange (--from eller --file)`,
  ),
  'move.errors-needs-file': entry(
    () => '--errors lists the refused rows of a --file',
    () => '--errors lister radene som ble avvist fra en --file',
  ),
  'move.ignoring-columns': entry<{ file: string; columns: readonly string[] }>(
    (p) => `${p.file}: ignoring column${p.columns.length > 1 ? 's' : ''} ${p.columns.join(', ')}`,
    (p) =>
      `${p.file}: ${p.columns.length > 1 ? 'kolonnene' : 'kolonnen'} ${p.columns.join(', ')} blir ikke brukt`,
  ),
  /** After one learner moved (or would have); `from` is undefined when they had no employer. */
  'move.done-one': entry<{
    dryRun: boolean;
    id: number;
    from: string | undefined;
    to: string;
    enrolments: number;
    revokedLinks: number;
  }>(
    (p) =>
      `${p.dryRun ? 'dry run, nothing written: would move' : 'moved'} learner ${p.id} from ${p.from ?? 'no employer'} to ${p.to}; ${p.enrolments} paid enrolment${p.enrolments === 1 ? '' : 's'} ${p.dryRun ? 'would be' : 'now'} invoiced to the new employer${p.revokedLinks > 0 ? `; ${p.revokedLinks} open link(s) revoked` : ''}`,
    (p) =>
      `${p.dryRun ? 'prøvekjøring, ingenting lagret: ville flyttet' : 'flyttet'} bruker ${p.id} fra ${p.from ?? 'ingen arbeidsgiver'} til ${p.to}; ${p.enrolments} ${p.enrolments === 1 ? 'betalt påmelding' : 'betalte påmeldinger'} ${p.dryRun ? 'ville blitt' : 'blir nå'} fakturert den nye arbeidsgiveren${p.revokedLinks > 0 ? `; ${p.revokedLinks} åpne lenker trukket tilbake` : ''}`,
  ),
  'move.logins-on-old-domain': entry<{ count: number }>(
    (p) =>
      `${p.count} learner${p.count === 1 ? ' has a login' : 's have logins'} on a domain of the old employer (login_on_old_domain); they may lose those mailboxes: change them with users set-email`,
    (p) =>
      `${p.count} ${p.count === 1 ? 'bruker har innlogging' : 'brukere har innlogging'} på et domene hos den gamle arbeidsgiveren (login_on_old_domain); de kan miste de postkassene: bytt med users set-email`,
  ),
  'move.nobody-employed': entry<{ source: string }>(
    (p) => `nobody is employed at ${p.source}; nothing to move`,
    (p) => `ingen er ansatt i ${p.source}; ingenting å flytte`,
  ),
  'move.bulk-refused': entry<{ refused: number; stale: boolean }>(
    (p) =>
      `${p.refused} learner${p.refused === 1 ? '' : 's'} cannot move, so nobody was moved; ${p.stale ? 'repeat the move (someone changed a learner meanwhile), or ' : 'fix the list, or '}move the rest with --keep-good`,
    (p) =>
      `${p.refused} ${p.refused === 1 ? 'bruker' : 'brukere'} kan ikke flyttes, så ingen ble flyttet; ${p.stale ? 'gjenta flyttingen (noen endret en bruker i mellomtiden), eller ' : 'rett listen, eller '}flytt resten med --keep-good`,
  ),
  'move.bulk-dry-run': entry<{ movable: number; to: string }>(
    (p) => `dry run, nothing written: would move ${p.movable} learner(s) to ${p.to}`,
    (p) => `prøvekjøring, ingenting lagret: ville flyttet ${p.movable} bruker(e) til ${p.to}`,
  ),
  'move.bulk-done': entry<{ moved: number; to: string; reinvoiced: number; refused: number }>(
    (p) =>
      `moved ${p.moved} learner(s) to ${p.to}; ${p.reinvoiced} paid enrolment(s) now invoiced to it${p.refused > 0 ? `; ${p.refused} row(s) refused, listed above` : ''}`,
    (p) =>
      `flyttet ${p.moved} bruker(e) til ${p.to}; ${p.reinvoiced} betalte påmeldinger faktureres nå dit${p.refused > 0 ? `; ${p.refused} rad(er) avvist, se over` : ''}`,
  ),
  'move.file-refused': entry<{ file: string; reason: string | Text }>(
    (p, t) => `${p.file}: ${t(p.reason)}; nobody was moved`,
    (p, t) => `${p.file}: ${t(p.reason)}; ingen ble flyttet`,
  ),

  // certificates verify (src/commands/certificates/verify.ts); `shown` is a quoted file name.
  'verify.no-code': entry<{ where: string }>(
    (p) => `${p.where} holds no verification code (KB1:…)`,
    (p) => `${p.where} har ingen kontrollkode (KB1:…)`,
  ),
  'verify.link-no-code': entry(
    () => 'the link holds no verification code (KB1:…)',
    () => 'lenken har ingen kontrollkode (KB1:…)',
  ),
  'verify.several-codes': entry<{ where: string; count: number }>(
    (p) => `${p.where} holds ${p.count} different verification codes: it was tampered with`,
    (p) => `${p.where} har ${p.count} ulike kontrollkoder: noen har tuklet med den`,
  ),
  'verify.link-several-codes': entry<{ count: number }>(
    (p) => `the link holds ${p.count} different verification codes: it was tampered with`,
    (p) => `lenken har ${p.count} ulike kontrollkoder: noen har tuklet med den`,
  ),
  'verify.pdf-too-large': entry<{ shown: string; megabytes: number }>(
    (p) => `${p.shown} is larger than ${p.megabytes} MB, so not a kursdesk certificate`,
    (p) => `${p.shown} er større enn ${p.megabytes} MB, så det er ikke et kursbevis fra kursdesk`,
  ),
  'verify.not-pdf': entry<{ shown: string }>(
    (p) => `${p.shown} is not a PDF file (it does not start with %PDF-)`,
    (p) => `${p.shown} er ikke en PDF-fil (den begynner ikke med %PDF-)`,
  ),
  'hint.give-certificate': entry(
    () => 'give the certificate PDF, the code printed on it, or the link in its QR code',
    () => 'oppgi PDF-en med kursbeviset, koden som står på det, eller lenken i QR-koden',
  ),
  'verify.pdf-no-code': entry<{ shown: string; damaged: boolean }>(
    (p) =>
      `${p.shown} holds no verification code: ${p.damaged ? 'the file is damaged (it ends before the PDF does)' : 'it is not a kursdesk certificate'}`,
    (p) =>
      `${p.shown} har ingen kontrollkode: ${p.damaged ? 'filen er skadet (den slutter før PDF-en gjør det)' : 'det er ikke et kursbevis fra kursdesk'}`,
  ),
  'hint.check-printed-code': entry(
    () => 'check the code printed on the paper certificate instead',
    () => 'kontroller heller koden som står på papirbeviset',
  ),
  'verify.pdf-damaged': entry<{ shown: string }>(
    (p) => `${p.shown} is damaged (it ends before the PDF does); its verification code could still be read`,
    (p) => `${p.shown} er skadet (den slutter før PDF-en gjør det), men kontrollkoden kunne likevel leses`,
  ),
  'verify.no-such-file': entry<{ shown: string }>(
    (p) => `no such file: ${p.shown}`,
    (p) => `filen finnes ikke: ${p.shown}`,
  ),
  'verify.unrecognised': entry<{ shown: string }>(
    (p) => `'${p.shown}' is not a verification code (KB1:…), a link, a PDF file or a certificate number`,
    (p) => `«${p.shown}» er verken en kontrollkode (KB1:…), en lenke, en PDF-fil eller et kursbevisnummer`,
  ),
  /** Why the database cannot say whether a certificate was revoked. */
  'verify.why-offline': entry(
    () => 'offline (--offline)',
    () => 'du valgte --offline',
  ),
  'verify.why-no-database': entry(
    () => 'no database on this machine',
    () => 'det finnes ingen database på denne maskinen',
  ),
  'verify.why-unreachable': entry<{ reason: string | Text }>(
    (p, t) => `the database cannot be reached (${t(p.reason)})`,
    (p, t) => `databasen kan ikke nås (${t(p.reason)})`,
  ),
  'verify.number-needs-database': entry<{ why: Text }>(
    (p, t) => `a certificate number can only be checked against the database, and ${t(p.why)}`,
    (p, t) => `et kursbevisnummer kan bare kontrolleres mot databasen, og ${t(p.why)}`,
  ),
  'hint.check-offline': entry(
    () => 'give the code, the PDF or the link to check offline',
    () => 'oppgi koden, PDF-en eller lenken for å kontrollere uten database',
  ),
  /** `reason` is the verdict's reason, as the record shows it (English). */
  'verify.not-genuine': entry<{ reason: string | Text }>(
    (p, t) => `not genuine: ${t(p.reason)}`,
    (p, t) => `ikke ekte: ${t(p.reason)}`,
  ),
  'verify.unsigned-demo': entry<{ number: string }>(
    (p) => `${p.number} is demo data, loaded unsigned: it proves nothing`,
    (p) => `${p.number} er demodata, lastet inn usignert: det beviser ingenting`,
  ),
  'hint.sign-demo': entry<{ learner: number | string; course: string }>(
    (p) =>
      `a certificate made by kursdesk is signed and verifies as valid; to see one, sign this one: kursdesk certificates issue ${p.learner} ${p.course} --out kursbevis.pdf`,
    (p) =>
      `et kursbevis laget av kursdesk er signert og godkjennes som gyldig; signer dette for å se et: kursdesk certificates issue ${p.learner} ${p.course} --out kursbevis.pdf`,
  ),
  /** `revocation` is the record's revocation field (English). */
  'verify.revoked': entry<{ number: string; revocation: string }>(
    (p) => `certificate ${p.number} is ${p.revocation}`,
    (p) =>
      `kursbevis ${p.number} er ${p.revocation.replace(/^revoked on (\S+)/, 'trukket tilbake $1').replace(/^not revoked$/, 'ikke trukket tilbake')}`,
  ),
  'verify.revocation-not-checked': entry<{ revocation: string }>(
    (p) => `the signature is genuine, but revocation was ${p.revocation}`,
    (p) => `signaturen er ekte, men det ble ikke sjekket om beviset er trukket tilbake (${p.revocation})`,
  ),
  'verify.qualification-expired': entry<{ qualification: string }>(
    (p) => `the certificate is genuine, but the qualification ${p.qualification}`,
    (p) => `kursbeviset er ekte, men kvalifikasjonen er utløpt (${p.qualification})`,
  ),

  // Certificate numbers as people type them (src/domain/certificates/number.ts).
  'certificate-number.malformed': entry(
    () => 'the certificate number is malformed',
    () => 'kursbevisnummeret er feil bygd opp',
  ),
  'certificate-number.length': entry<{ value: string }>(
    (p) =>
      `'${p.value}' is not a certificate number: expected KB- and 16 letters and digits, like KB-9W4T-7QXM-2H8R-CJ5A`,
    (p) =>
      `«${p.value}» er ikke et kursbevisnummer: det skal være KB- og 16 bokstaver og sifre, som KB-9W4T-7QXM-2H8R-CJ5A`,
  ),
  'certificate-number.bad-character': entry<{ value: string; character: string }>(
    (p) => `'${p.value}' is not a certificate number: '${p.character}' does not occur in certificate numbers`,
    (p) => `«${p.value}» er ikke et kursbevisnummer: «${p.character}» brukes ikke i kursbevisnumre`,
  ),
  'certificate-number.check': entry<{ value: string }>(
    (p) =>
      `'${p.value}' is not a certificate number: a character is mistyped (the check character does not match)`,
    (p) => `«${p.value}» er ikke et kursbevisnummer: et tegn er feilskrevet (kontrolltegnet stemmer ikke)`,
  ),

  'certificate.revoked-skipped': entry<{ number: string; learner: number; reason: string | null }>(
    (p) =>
      `${p.number} (learner ${p.learner}) was revoked${p.reason ? ` (${p.reason})` : ''}: not issued again`,
    (p) =>
      `${p.number} (bruker ${p.learner}) er trukket tilbake${p.reason ? ` (${p.reason})` : ''}: utstedes ikke på nytt`,
  ),
  'certificate.signed-now': entry<{ number: string }>(
    (p) => `${p.number} had no valid signature; it is signed now`,
    (p) => `${p.number} hadde ingen gyldig signatur; nå er det signert`,
  ),
  'certificate.issued-expired': entry<{ name: string; course: string; expiresOn: string }>(
    (p) =>
      `the qualification of ${p.name} (${p.course}) expired on ${p.expiresOn}: the certificate is issued and marked expired`,
    (p) =>
      `kvalifikasjonen til ${p.name} (${p.course}) gikk ut ${p.expiresOn}: kursbeviset er utstedt og merket som utløpt`,
  ),
  /** `counts` are the actions with how many of each, e.g. "2 new". */
  'issue.summary': entry<{
    dryRun: boolean;
    total: number;
    counts: readonly { action: string; n: number }[];
  }>(
    (p) =>
      p.dryRun
        ? `dry run, nothing signed, stored or printed: would issue ${p.total} certificate(s) (${p.counts.map((c) => `${c.n} ${c.action}`).join(', ')})`
        : `${p.total} certificate(s) printed (${p.counts.map((c) => `${c.n} ${c.action}`).join(', ')})`,
    (p) =>
      p.dryRun
        ? `prøvekjøring, ingenting signert, lagret eller skrevet ut: ville utstedt ${p.total} kursbevis (${p.counts.map((c) => `${c.n} ${ISSUE_ACTION_NB[c.action] ?? c.action}`).join(', ')})`
        : `${p.total} kursbevis skrevet ut (${p.counts.map((c) => `${c.n} ${ISSUE_ACTION_NB[c.action] ?? c.action}`).join(', ')})`,
  ),
  'org-number.unusual-first-digit': entry<{ shown: string }>(
    (p) => `organisation numbers normally start with 8 or 9; check that ${p.shown} is correct`,
    (p) => `organisasjonsnumre begynner vanligvis på 8 eller 9; sjekk at ${p.shown} er riktig`,
  ),

  // certificates issue and its files (src/commands/certificates/issue.ts, src/output/certificate-files.ts).
  'issue.reply-needs-one': entry(
    () => '--reply answers one learner: give <learner> <course>, not --unit',
    () => '--reply svarer én bruker: oppgi <learner> <course>, ikke --unit',
  ),
  'issue.unit-and-learner': entry(
    () => 'give either <learner> <course> or --unit <id>, not both',
    () => 'oppgi enten <learner> <course> eller --unit <id>, ikke begge',
  ),
  'issue.missing-learner': entry(
    () => "missing required argument 'learner' (or --unit <id>)",
    () => 'mangler argumentet «learner» (eller --unit <id>)',
  ),
  'issue.missing-course': entry(
    () => "missing required argument 'course'",
    () => 'mangler argumentet «course»',
  ),
  'issue.files-partly-written': entry<{ why: string | Text; written: number; total: number }>(
    (p, t) => `${t(p.why)}; ${p.written} of ${p.total} certificate file(s) were written before it`,
    (p, t) => `${t(p.why)}; ${p.written} av ${p.total} kursbevisfiler ble skrevet før det`,
  ),
  'hint.print-again': entry(
    () => 'the certificates are issued: run the same command again to print them',
    () => 'kursbevisene er utstedt: kjør samme kommando igjen for å skrive dem ut',
  ),
  'cert-file.problem': entry<{ problem: FileProblem }>(
    (p) => FILE_PROBLEM_EN[p.problem],
    (p) => FILE_PROBLEM_NB[p.problem],
  ),
  'cert-file.stdout-many': entry(
    () => '--out -: several certificates cannot go to stdout; give a folder',
    () => '--out -: flere kursbevis kan ikke gå til stdout; oppgi en mappe',
  ),
  'cert-file.stdout-terminal': entry(
    () => '--out -: will not write a PDF to a terminal; redirect stdout or give a file',
    () => '--out -: skriver ikke en PDF til terminalen; send stdout til en fil, eller oppgi en fil',
  ),
  'cert-file.cannot-create-folder': entry<{ path: string; reason: string | Text }>(
    (p, t) => `cannot create the folder ${p.path}: ${t(p.reason)}; nothing was issued`,
    (p, t) => `mappen ${p.path} kan ikke opprettes: ${t(p.reason)}; ingenting ble utstedt`,
  ),
  'cert-file.folder-is-file': entry<{ path: string }>(
    (p) => `${p.path} is a file; --out for several certificates must be a folder`,
    (p) => `${p.path} er en fil; --out for flere kursbevis må være en mappe`,
  ),
  'cert-file.not-pdf-name': entry<{ out: string }>(
    (p) => `--out ${p.out}: a certificate file name ends with .pdf`,
    (p) => `--out ${p.out}: navnet på en kursbevisfil skal slutte på .pdf`,
  ),
  'cert-file.cannot-write-folder': entry<{ folder: string; reason: string | Text }>(
    (p, t) => `cannot write to ${p.folder}: ${t(p.reason)}; nothing was issued`,
    (p, t) => `kan ikke skrive til ${p.folder}: ${t(p.reason)}; ingenting ble utstedt`,
  ),
  'cert-file.cannot-write': entry<{ path: string; reason: string | Text }>(
    (p, t) => `cannot write ${p.path}: ${t(p.reason)}`,
    (p, t) => `kan ikke skrive ${p.path}: ${t(p.reason)}`,
  ),
} as const;

export const REGISTER_FIXTURES_TRIAGE = {
  // companies register --from (src/commands/companies/register.ts); `shown` is "--from 'file'".
  'register-file.too-large': entry<{ shown: string; megabytes: number }>(
    (p) => `${p.shown}: larger than ${p.megabytes} MB, so not a registration request`,
    (p) => `${p.shown}: større enn ${p.megabytes} MB, så det er ikke en registreringsforespørsel`,
  ),
  'register-file.not-utf8': entry<{ shown: string }>(
    (p) => `${p.shown}: not UTF-8 text; save the request as UTF-8 JSON`,
    (p) => `${p.shown}: ikke UTF-8-tekst; lagre forespørselen som JSON i UTF-8`,
  ),
  'register-file.not-json': entry<{ shown: string; line: number | undefined }>(
    (p) =>
      `${p.shown}: not valid JSON${p.line === undefined ? '' : ` (line ${p.line})`}; a request is an object such as {"org_number": "…"}`,
    (p) =>
      `${p.shown}: ikke gyldig JSON${p.line === undefined ? '' : ` (linje ${p.line})`}; en forespørsel er et objekt, som {"org_number": "…"}`,
  ),
  /** `reason` is the schema's own words (English); undefined when it gave none. */
  'register-file.not-a-request': entry<{
    path: string;
    where: string | undefined;
    reason: string | undefined;
  }>(
    (p) => `--from ${p.path}: ${p.where ?? '(top level)'}: ${p.reason ?? 'not a registration request'}`,
    (p) =>
      `--from ${p.path}: ${p.where === undefined ? 'på øverste nivå' : `feltet «${p.where}»`}: ${p.reason ?? 'ikke en registreringsforespørsel'}`,
  ),
  'register-file.other-org-number': entry<{ path: string; given: string; orgNumber: string }>(
    (p) => `--from ${p.path}: org_number '${p.given}' is not ${p.orgNumber}`,
    (p) => `--from ${p.path}: org_number «${p.given}» er ikke ${p.orgNumber}`,
  ),

  // fixtures generate (src/commands/fixtures/generate.ts).
  'fixtures.user-count': entry<{ max: number; given: string }>(
    (p) => `--users must be a whole number from 1 to ${p.max.toLocaleString('en-US')}; got '${p.given}'`,
    (p) =>
      `--users må være et heltall fra 1 til ${p.max.toLocaleString('nb-NO').replace(/\s/g, ' ')}; fikk «${p.given}»`,
  ),
  'fixtures.missing-users': entry(
    () => 'missing --users <n>: how many learners to generate',
    () => 'mangler --users <n>: hvor mange brukere som skal lages',
  ),
  'fixtures.out-and-load': entry(
    () =>
      '--out and --load do not go together: give --out <dir> to write files, or --load to fill the database (then fixtures load <dir> to do both)',
    () =>
      '--out og --load kan ikke brukes sammen: oppgi --out <mappe> for å skrive filer, eller --load for å fylle databasen (og så fixtures load <mappe> for å gjøre begge deler)',
  ),
  'fixtures.needs-load': entry<{ flag: string }>(
    (p) => `${p.flag} goes with --load (it is about the database); add --load, or leave it out`,
    (p) => `${p.flag} hører til --load (det gjelder databasen); legg til --load, eller dropp det`,
  ),
  'fixtures.missing-target': entry(
    () => 'missing --out <dir> or --load: where the fixture goes (files in a directory, or the database)',
    () => 'mangler --out <mappe> eller --load: hvor testdataene skal (filer i en mappe, eller databasen)',
  ),

  // triage over an mbox or Maildir (src/commands/triage.ts).
  'triage.batch-summary': entry<{ triaged: number; total: number; unreadable: number }>(
    (p) =>
      `${p.triaged} of ${p.total} message(s) triaged${p.unreadable ? `, ${p.unreadable} unreadable` : ''}`,
    (p) =>
      `${p.triaged} av ${p.total} ${p.total === 1 ? 'melding' : 'meldinger'} sortert${p.unreadable ? `, ${p.unreadable} kunne ikke leses` : ''}`,
  ),
} as const;

export const GLOBAL_OPTIONS_AND_CONFIG = {
  // The global options (src/context/context.ts).
  'option.db-password': entry(
    () => '--db must not contain a password: anyone on this machine can read it with ps',
    () => '--db kan ikke inneholde et passord: alle på denne maskinen kan lese det med ps',
  ),
  'hint.password-elsewhere': entry(
    () => 'put it in PGPASSWORD or ~/.pgpass (chmod 600), or leave it out and kursdesk asks in a terminal',
    () => 'legg det i PGPASSWORD eller ~/.pgpass (chmod 600), eller dropp det, så spør kursdesk i terminalen',
  ),
  'option.format': entry<{ formats: readonly string[]; given: string }>(
    (p) => `--format must be one of ${p.formats.join(', ')}; got '${p.given}'`,
    (p) => `--format må være en av ${p.formats.join(', ')}; fikk «${p.given}»`,
  ),
  'option.ticket': entry<{ given: string }>(
    (p) => `--ticket '${p.given}' is not a ticket reference: use letters, digits and - _ . : # /`,
    (p) => `--ticket «${p.given}» er ikke et saksnummer: bruk bokstaver, sifre og - _ . : # /`,
  ),
  'option.agent': entry<{ given: string }>(
    (p) => `--agent '${p.given}' is not an agent name: use letters, digits and _ . @ -`,
    (p) => `--agent «${p.given}» er ikke et agentnavn: bruk bokstaver, sifre og _ . @ -`,
  ),
  'option.milliseconds': entry<{ name: string; given: string }>(
    (p) => `${p.name} '${p.given}' is not a number of milliseconds: use a whole number such as 10000`,
    (p) => `${p.name} «${p.given}» er ikke et antall millisekunder: bruk et heltall, som 10000`,
  ),
  'option.unknown-fields-done': entry<{ unknown: readonly string[]; available: readonly string[] }>(
    (p) =>
      `--fields: unknown field ${p.unknown.map((f) => `'${f}'`).join(', ')}; available: ${p.available.join(', ')} (the change was made)`,
    (p) =>
      `--fields: ${p.unknown.length === 1 ? 'ukjent felt' : 'ukjente felt'} ${p.unknown.map((f) => `«${f}»`).join(', ')}; feltene som finnes: ${p.available.join(', ')} (endringen ble gjort)`,
  ),
  'option.unknown-fields': entry<{ unknown: readonly string[]; available: readonly string[] }>(
    (p) =>
      `--fields: unknown field ${p.unknown.map((f) => `'${f}'`).join(', ')}; available: ${p.available.join(', ')}`,
    (p) =>
      `--fields: ${p.unknown.length === 1 ? 'ukjent felt' : 'ukjente felt'} ${p.unknown.map((f) => `«${f}»`).join(', ')}; feltene som finnes: ${p.available.join(', ')}`,
  ),

  // Confirming a change (src/commands/confirm.ts); `summary` and `what` are the plan's words (English).
  'confirm.needed': entry<{ summary: string | Coded }>(
    (p, t) => `nothing was changed: this would ${t(p.summary)}, which needs confirmation`,
    (p, t) => `ingenting ble endret: dette ville ${t(p.summary)}, og det må bekreftes`,
  ),
  'hint.add-yes-or-dry-run': entry(
    () => 'add --yes (stdin is not a terminal, so kursdesk cannot ask), or --dry-run to see it',
    () =>
      'legg til --yes (stdin er ikke en terminal, så kursdesk kan ikke spørre), eller --dry-run for å se det',
  ),
  'confirm.destructive-needed': entry<{ what: string | Coded }>(
    (p, t) => `${t(p.what)} needs confirmation: add --yes (stdin is not a terminal, so kursdesk cannot ask)`,
    (p, t) =>
      `${t(p.what)} må bekreftes: legg til --yes (stdin er ikke en terminal, så kursdesk kan ikke spørre)`,
  ),
  'prompt.not-a-terminal': entry(
    () => 'cannot ask a question: stdin is not a terminal',
    () => 'kan ikke stille spørsmål: stdin er ikke en terminal',
  ),

  // kursdesk config's notes (src/commands/config/index.ts); `from` is how the profile was chosen.
  'config.profile-in-use': entry<{ name: string | undefined; from: string; path: string }>(
    (p) =>
      p.name === undefined
        ? `no profile in use (${p.path})`
        : `profile ${p.name} (chosen by ${p.from}) from ${p.path}`,
    (p) =>
      p.name === undefined
        ? `ingen profil i bruk (${p.path})`
        : `profilen ${p.name} (valgt av ${PROFILE_FROM_NB[p.from] ?? p.from}) fra ${p.path}`,
  ),
  'config.not-set': entry<{ key: string }>(
    (p) => `${p.key} is not set`,
    (p) => `${p.key} er ikke satt`,
  ),
  /** `value` is shown with any password redacted. */
  'config.set': entry<{ key: string; value: string; profile: string; path: string }>(
    (p) => `${p.key} = ${p.value} in profile ${p.profile} (${p.path})`,
    (p) => `${p.key} = ${p.value} i profilen ${p.profile} (${p.path})`,
  ),
  'config.removed': entry<{ key: string; profile: string }>(
    (p) => `${p.key} removed from profile ${p.profile}`,
    (p) => `${p.key} er fjernet fra profilen ${p.profile}`,
  ),
  'config.was-not-set': entry<{ key: string; profile: string }>(
    (p) => `${p.key} was not set in profile ${p.profile}; nothing changed`,
    (p) => `${p.key} var ikke satt i profilen ${p.profile}; ingenting ble endret`,
  ),

  // kursdesk config (src/commands/config/index.ts).
  'config.not-a-setting': entry<{ given: string }>(
    (p) => `'${p.given}' is not a setting`,
    (p) => `«${p.given}» er ikke en innstilling`,
  ),
  'hint.settings': entry<{ keys: readonly string[] }>(
    (p) => `settings: ${p.keys.join(', ')}`,
    (p) => `innstillingene er: ${p.keys.join(', ')}`,
  ),
  'config.bad-lang': entry<{ given: string }>(
    (p) => `lang must be nb or en; got '${p.given}'`,
    (p) => `lang må være nb eller en; fikk «${p.given}»`,
  ),
  'hint.langs': entry(
    () => 'nb: bokmål (the default), en: English; replies can still be had in nynorsk',
    () => 'nb: bokmål (standard), en: engelsk; svar kan du fortsatt få på nynorsk',
  ),
  'config.password-on-command-line': entry(
    () => 'a password on the command line shows in ps and the shell history',
    () => 'et passord på kommandolinjen vises i ps og i skallets historikk',
  ),
  'hint.password-on-stdin': entry<{ db: boolean }>(
    (p) =>
      `give - as the value and type it on stdin${p.db ? ', or better, put the password in ~/.pgpass' : ''}`,
    (p) =>
      `gi - som verdi og skriv den inn på stdin${p.db ? ', eller enda bedre: legg passordet i ~/.pgpass' : ''}`,
  ),
  'config.db-password': entry(
    () => 'keep the database password out of the config file',
    () => 'databasepassordet hører ikke hjemme i konfigurasjonsfilen',
  ),
  'hint.db-password-elsewhere': entry(
    () => 'put it in ~/.pgpass (chmod 600) or PGPASSWORD; kursdesk asks for it in a terminal otherwise',
    () => 'legg det i ~/.pgpass (chmod 600) eller PGPASSWORD; ellers spør kursdesk etter det i terminalen',
  ),
} as const;

export const OTHER_COMMANDS = {
  // Flags each command checks for itself.
  'option.empty': entry<{ flag: string }>(
    (p) => `${p.flag} is empty`,
    (p) => `${p.flag} er tom`,
  ),
  'option.reason-too-long': entry<{ max: number }>(
    (p) => `--reason is longer than ${p.max} characters`,
    (p) => `--reason er lengre enn ${p.max} tegn`,
  ),
  'revoke.missing-reason': entry(
    () => 'missing --reason: say why the certificate is revoked',
    () => 'mangler --reason: si hvorfor kursbeviset trekkes tilbake',
  ),
  'erase.missing-ticket': entry(
    () => 'missing --ticket: an erasure answers a request on record',
    () => 'mangler --ticket: en sletting svarer på en registrert henvendelse',
  ),
  'erase.missing-reason': entry(
    () => 'missing --reason: say why the learner is erased',
    () => 'mangler --reason: si hvorfor brukeren slettes',
  ),
  'find.employer-none': entry<{ query: string }>(
    (p) => `--employer '${p.query}': no customer company has that name; searching without it`,
    (p) => `--employer «${p.query}»: ingen kundebedrift har det navnet; søker uten det`,
  ),
  /** `companies` are "name (org number)"; `more` when the list was cut. */
  'find.employer-several': entry<{ query: string; companies: readonly string[]; more: boolean }>(
    (p) =>
      `--employer '${p.query}' names ${p.companies.length}${p.more ? '+' : ''} companies; each counts as the employer: ${p.companies.join(', ')}`,
    (p) =>
      `--employer «${p.query}» passer med ${p.companies.length}${p.more ? '+' : ''} firmaer; alle regnes som arbeidsgiver: ${p.companies.join(', ')}`,
  ),
  'find.reveal-needs-reason': entry(
    () => '--reveal needs --reason "<why>" (it is written to the audit log)',
    () => '--reveal krever --reason "<hvorfor>" (det skrives i revisjonsloggen)',
  ),
  /** `from` is undefined when the list starts today (no --from). */
  'units.to-before-from': entry<{ to: string; from: string | undefined; today: string }>(
    (p) =>
      `--to ${p.to} is before ${p.from === undefined ? `today (${p.today}), where the list starts without --from` : `--from ${p.from}`}`,
    (p) =>
      `--to ${p.to} er før ${p.from === undefined ? `i dag (${p.today}), der listen begynner uten --from` : `--from ${p.from}`}`,
  ),
  'units.request-missing-user': entry(
    () => 'missing --user <learner>: the learner who asks for the unit',
    () => 'mangler --user <bruker>: brukeren som ber om kurset',
  ),
  'waitlist.reply-needs-user': entry(
    () => '--reply needs --user <learner>: the learner who asked about their place',
    () => '--reply krever --user <bruker>: brukeren som spurte om plassen sin',
  ),
  'waitlist.not-on-list': entry<{ learner: number; unit: number | string }>(
    (p) => `learner ${p.learner} is not on the waitlist of unit ${p.unit}`,
    (p) => `bruker ${p.learner} står ikke på ventelisten til kurs ${p.unit}`,
  ),
  'hint.learner-bookings': entry<{ learner: number; unit: number | string }>(
    (p) =>
      `their bookings: kursdesk programmes status ${p.learner}, or kursdesk units enrol ${p.learner} ${p.unit}`,
    (p) =>
      `bookingene til brukeren: kursdesk programmes status ${p.learner}, eller kursdesk units enrol ${p.learner} ${p.unit}`,
  ),
  'assign.missing-programme': entry(
    () => 'missing <programme>',
    () => 'mangler <programme>',
  ),
  'assign.no-source': entry(
    () => 'say whom to assign: a <learner>, --employer <orgnr> or --file <csv>',
    () => 'si hvem som skal få programmet: en <learner>, --employer <org.nr.> eller --file <csv>',
  ),
  'assign.several-sources': entry(
    () => 'give only one of <learner>, --employer and --file',
    () => 'oppgi bare én av <learner>, --employer og --file',
  ),
  'record.passed-and-failed': entry(
    () => 'give --passed or --failed, not both',
    () => 'oppgi --passed eller --failed, ikke begge',
  ),
  'record.missing-result': entry(
    () => 'missing --passed or --failed',
    () => 'mangler --passed eller --failed',
  ),
  'search.empty': entry(
    () => 'the search text is empty: give a word of the title or a course code',
    () => 'søketeksten er tom: oppgi et ord fra tittelen eller en kurskode',
  ),
  'db.bad-mark': entry<{ given: string }>(
    (p) => `db mark: '${p.given}' must be test or production`,
    (p) => `db mark: «${p.given}» må være test eller production`,
  ),
  'db.bad-role-kind': entry<{ given: string }>(
    (p) => `db roles grant: '${p.given}' must be agent, admin or readonly`,
    (p) => `db roles grant: «${p.given}» må være agent, admin eller readonly`,
  ),
  'mail.bad-id': entry<{ given: string }>(
    (p) => `'${p.given}' is not a message id`,
    (p) => `«${p.given}» er ikke en meldings-id`,
  ),
  'mail.no-sender': entry<{ variable: string }>(
    (p) => `${p.variable} is not set, and there is no KURSDESK_PORTAL_URL to derive a sender from`,
    (p) => `${p.variable} er ikke satt, og det finnes ingen KURSDESK_PORTAL_URL å lage en avsender fra`,
  ),
  'mail.no-smtp': entry<{ variable: string }>(
    (p) => `${p.variable} is not set: kursdesk has no SMTP server to send through`,
    (p) => `${p.variable} er ikke satt: kursdesk har ingen SMTP-server å sende gjennom`,
  ),
  'hint.smtp-url': entry<{ variable: string }>(
    (p) => `export ${p.variable}=smtp://user:password@smtp.example.no:587 (the password stays out of output)`,
    (p) =>
      `export ${p.variable}=smtp://bruker:passord@smtp.example.no:587 (passordet vises aldri i utskrifter)`,
  ),
  'export.bad-reply': entry<{ given: string }>(
    (p) => `--reply must be nb, nn or en, not '${p.given}'`,
    (p) => `--reply må være nb, nn eller en, ikke «${p.given}»`,
  ),
  'registry.bad-register': entry<{ given: string }>(
    (p) => `register must be brreg or elma; got '${p.given}'`,
    (p) => `registeret må være brreg eller elma; fikk «${p.given}»`,
  ),
  'option.bad-delimiter': entry<{ given: string }>(
    (p) => `--delimiter '${p.given}': use ',', ';' or tab`,
    (p) => `--delimiter «${p.given}»: bruk «,», «;» eller tab`,
  ),
  'option.bad-encoding': entry<{ given: string }>(
    (p) => `--encoding '${p.given}': use utf-8, windows-1252 or utf-16le`,
    (p) => `--encoding «${p.given}»: bruk utf-8, windows-1252 eller utf-16le`,
  ),
  'registry.stdin-twice': entry(
    () => "stdin ('-') can be read only once",
    () => 'stdin («-») kan bare leses én gang',
  ),
  'registry.stdin-terminal': entry(
    () =>
      "'-' reads the extract from stdin, which is a terminal here: pipe it in (gunzip -c … | kursdesk registry import … -) or give the file's name",
    () =>
      '«-» leser utdraget fra stdin, og her er det en terminal: send det inn med en pipe (gunzip -c … | kursdesk registry import … -) eller oppgi filnavnet',
  ),
  'companies-import.stdin-terminal': entry(
    () =>
      "'-' reads the CSV file from stdin, which is a terminal here: pipe it in (… | kursdesk companies import -) or give the file's name",
    () =>
      '«-» leser CSV-filen fra stdin, og her er det en terminal: send den inn med en pipe (… | kursdesk companies import -) eller oppgi filnavnet',
  ),
  'dump.key-too-short': entry<{ min: number }>(
    (p) => `KURSDESK_DUMP_KEY is too short: use at least ${p.min} characters`,
    (p) => `KURSDESK_DUMP_KEY er for kort: bruk minst ${p.min} tegn`,
  ),
  'dump.missing-out': entry(
    () => 'missing --out <dir>: where to write the dump',
    () => 'mangler --out <mappe>: hvor dumpen skal skrives',
  ),
  'guide.needs-terminal': entry(
    () =>
      'the guided mode needs a terminal (stdin and stderr); in scripts use the commands, e.g. kursdesk users find --help',
    () =>
      'veiviseren trenger en terminal (stdin og stderr); i skript bruker du kommandoene, for eksempel kursdesk users find --help',
  ),
} as const;

export const CHANGES_AND_CHECKS = {
  // A change that lost a race (src/db/queries/users.ts, companies.ts); `action` is the audit action.
  'stale.learner': entry<{
    id: number;
    by: { agent: string; at: string | Date; ticket: string | null; action: string } | undefined;
  }>(
    (p) =>
      `learner ${p.id} was changed${p.by ? ` by ${p.by.agent} at ${osloDateTime(p.by.at)}${p.by.ticket ? ` (ticket ${p.by.ticket})` : ''}, ${p.by.action}` : ''} after you read it; nothing was written`,
    (p) =>
      `bruker ${p.id} ble endret${p.by ? ` av ${p.by.agent} ${osloDateTime(p.by.at, 'nb')}${p.by.ticket ? ` (sak ${p.by.ticket})` : ''}, ${p.by.action},` : ''} etter at du leste den; ingenting ble lagret`,
  ),
  'hint.look-again-learner': entry<{ id: number }>(
    (p) => `look at it again (kursdesk users show ${p.id}) and repeat the change`,
    (p) => `se på den igjen (kursdesk users show ${p.id}) og gjør endringen på nytt`,
  ),
  'stale.company': entry<{ orgNumber: string }>(
    (p) => `company ${p.orgNumber} was changed by someone else after you read it; nothing was written`,
    (p) => `firma ${p.orgNumber} ble endret av noen andre etter at du leste det; ingenting ble lagret`,
  ),
  'hint.look-again-company': entry<{ orgNumber: string }>(
    (p) => `look at it again (kursdesk companies show ${p.orgNumber}) and repeat the change`,
    (p) => `se på det igjen (kursdesk companies show ${p.orgNumber}) og gjør endringen på nytt`,
  ),
  'change.ticket-required': entry(
    () => 'this desk requires a ticket reference for every change',
    () => 'her må hver endring ha et saksnummer',
  ),
  'hint.add-ticket-ref': entry(
    () => 'add --ticket <ref>',
    () => 'legg til --ticket <saksnr.>',
  ),

  // Naming a company by name (src/commands/company-input.ts).
  'company-input.none': entry<{ among: 'register' | 'customers'; query: string }>(
    (p) =>
      `no ${p.among === 'register' ? 'unit in the register extract' : 'customer company'} is called '${p.query}'`,
    (p) =>
      `${p.among === 'register' ? 'ingen enhet i registerutdraget' : 'ingen kundebedrift'} heter «${p.query}»`,
  ),
  'hint.load-extract-or-org-number': entry(
    () => 'load the extract (kursdesk registry import brreg <file>) or give the org number',
    () => 'last inn utdraget (kursdesk registry import brreg <fil>) eller oppgi organisasjonsnummeret',
  ),
  'hint.search-or-register-company': entry(
    () =>
      'search with kursdesk companies find <part of the name>, or register it: kursdesk companies register <orgnr>',
    () =>
      'søk med kursdesk companies find <del av navnet>, eller registrer firmaet: kursdesk companies register <org.nr.>',
  ),
  'company-input.several': entry<{ query: string; more: boolean; count: number }>(
    (p) => `'${p.query}' matches ${p.more ? 'more than ' : ''}${p.count} companies`,
    (p) => `«${p.query}» passer med ${p.more ? 'mer enn ' : ''}${p.count} firmaer`,
  ),
  'hint.give-org-number-flag': entry<{ flag: string }>(
    (p) => `give the org number: ${p.flag} <orgnr>`,
    (p) => `oppgi organisasjonsnummeret: ${p.flag} <org.nr.>`,
  ),
  'hint.give-org-number': entry(
    () => 'give the org number instead',
    () => 'oppgi organisasjonsnummeret i stedet',
  ),

  // audit verify and anchor (src/commands/audit/index.ts).
  'audit.bad-anchor': entry<{ given: string }>(
    (p) => `--anchor must be the 64-character hash printed by kursdesk audit anchor; got '${p.given}'`,
    (p) => `--anchor må være hashen på 64 tegn som kursdesk audit anchor skriver ut; fikk «${p.given}»`,
  ),
  'audit.chain-broken': entry<{ at: number; checked: number }>(
    (p) =>
      `audit log chain broken at entry ${p.at} (after ${p.checked} good entries): an entry was edited or removed`,
    (p) =>
      `kjeden i revisjonsloggen er brutt ved oppføring ${p.at} (etter ${p.checked} gode oppføringer): en oppføring er endret eller fjernet`,
  ),
  'audit.anchor-missing': entry<{ checked: number; head: number | undefined }>(
    (p) =>
      `audit log does not contain the anchored entry: entries were cut off from the end (the chain has ${p.checked} entries, up to ${p.head === undefined ? 'none' : `entry ${p.head}`}), or the anchor is from another database`,
    (p) =>
      `revisjonsloggen har ikke oppføringen ankeret peker på: oppføringer er kuttet bort fra slutten (kjeden har ${p.checked} oppføringer, ${p.head === undefined ? 'ingen siste' : `til og med nr. ${p.head}`}), eller ankeret er fra en annen database`,
  ),
  'audit.empty': entry(
    () => 'the audit log is empty: there is no head to anchor yet',
    () => 'revisjonsloggen er tom: det finnes ingen siste oppføring å forankre ennå',
  ),

  // Schema versions (src/db/migrate.ts).
  'migrate.unknown-migrations': entry<{ names: readonly string[] }>(
    (p) =>
      `the database has migrations this kursdesk does not know (${p.names.join(', ')}): it was migrated by a newer version`,
    (p) =>
      `databasen har migreringer denne kursdesk ikke kjenner (${p.names.join(', ')}): den er migrert av en nyere versjon`,
  ),
  'hint.upgrade': entry(
    () => 'upgrade kursdesk',
    () => 'oppgrader kursdesk',
  ),
  'migrate.behind': entry<{
    display: string;
    version: number;
    needed: number;
    pending: number;
    /** A ?schema= that does not exist on the server (often a typo). */
    missingSchema?: string | undefined;
  }>(
    (p) =>
      `the database at ${p.display} is at schema version ${p.version}, this kursdesk needs ${p.needed} (${p.pending} pending migration${p.pending === 1 ? '' : 's'}${p.missingSchema === undefined ? '' : `; there is no schema '${p.missingSchema}' yet: if that is a typo, fix ?schema= in the URL instead`})`,
    (p) =>
      `databasen ${p.display} har skjemaversjon ${p.version}, denne kursdesk trenger ${p.needed} (${p.pending} ${p.pending === 1 ? 'migrering gjenstår' : 'migreringer gjenstår'}${p.missingSchema === undefined ? '' : `; skjemaet «${p.missingSchema}» finnes ikke ennå: er det en skrivefeil, rett ?schema= i adressen i stedet`})`,
  ),
  'hint.run-migrate': entry(
    () => 'run: kursdesk db migrate',
    () => 'kjør: kursdesk db migrate',
  ),

  // completions import, replies ask.
  'completions-import.rejected': entry<{ file: string; rejected: number; rows: number }>(
    (p) => `${p.file}: ${p.rejected} of ${p.rows} rows rejected (listed on stdout); nothing was imported`,
    (p) => `${p.file}: ${p.rejected} av ${p.rows} rader avvist (listet på stdout); ingenting ble importert`,
  ),
  'hint.fix-and-import-again': entry(
    () => 'fix them and import the whole file again',
    () => 'rett dem og importer hele filen på nytt',
  ),
  'replies.bad-missing': entry<{ unknown: readonly string[]; askable: readonly string[] }>(
    (p) =>
      `--missing: ${p.unknown.length > 0 ? `unknown fact ${p.unknown.map((f) => `'${f}'`).join(', ')}` : 'no fact given'}; one or more of ${p.askable.join(', ')}`,
    (p) =>
      `--missing: ${p.unknown.length > 0 ? `${p.unknown.length === 1 ? 'ukjent opplysning' : 'ukjente opplysninger'} ${p.unknown.map((f) => `«${f}»`).join(', ')}` : 'ingen opplysning oppgitt'}; bruk én eller flere av ${p.askable.join(', ')}`,
  ),
} as const;

export const MORE_PARSERS = {
  // Spans of time (src/domain/durations.ts); `minutes` says whether min is a unit where it was typed.
  'duration.ambiguous-m': entry<{ value: string; amount: string; minutes: boolean }>(
    (p) =>
      `'${p.value}' is ambiguous: write ${p.amount}mo for months${p.minutes ? ` or ${p.amount}min for minutes` : ''}`,
    (p) =>
      `«${p.value}» kan bety to ting: skriv ${p.amount}mo for måneder${p.minutes ? ` eller ${p.amount}min for minutter` : ''}`,
  ),
  'duration.not-a-period': entry<{ value: string; minutes: boolean }>(
    (p) => `'${p.value}' is not a period: write ${durationSyntaxEn(p.minutes)}`,
    (p) => `«${p.value}» er ikke en tidsperiode: skriv ${durationSyntaxNb(p.minutes)}`,
  ),
  'duration.unit-not-here': entry<{ value: string; unit: string; minutes: boolean }>(
    (p) => `'${p.value}': ${p.unit} is not a unit here; write ${durationSyntaxEn(p.minutes)}`,
    (p) => `«${p.value}»: ${p.unit} kan ikke brukes her; skriv ${durationSyntaxNb(p.minutes)}`,
  ),
  'duration.zero': entry<{ value: string }>(
    (p) => `'${p.value}' is not a period: it must be at least 1`,
    (p) => `«${p.value}» er ikke en tidsperiode: den må være minst 1`,
  ),
  'duration.too-long': entry<{ value: string; maxDays: number }>(
    (p) =>
      `'${p.value}' is longer than ${wholeYears(p.maxDays) ? `${Math.round(p.maxDays / 365.5)} years` : `${p.maxDays} days`}`,
    (p) =>
      `«${p.value}» er lengre enn ${wholeYears(p.maxDays) ? `${Math.round(p.maxDays / 365.5)} år` : `${p.maxDays} dager`}`,
  ),

  // Link tokens as learners paste them (src/domain/link-tokens.ts); the token itself is never quoted.
  'token.none': entry(
    () => 'no token given',
    () => 'ingen kode oppgitt',
  ),
  'token.not-a-url': entry(
    () => 'this is neither a token nor a whole link (it has / but is not a URL)',
    () => 'dette er verken en kode eller en hel lenke (det har / men er ingen nettadresse)',
  ),
  'token.malformed': entry<{
    inLink: boolean;
    expected: number;
    badCharacters: boolean;
    length: number;
  }>(
    (p) =>
      `${p.inLink ? "the link's last part" : 'the token'} is not a link token: expected ${p.expected} characters of A–Z, a–z, 0–9, - and _; ${p.badCharacters ? 'it contains characters a token never has' : `it has ${p.length} characters${p.length < p.expected ? ' (was the link cut off?)' : ''}`}`,
    (p) =>
      `${p.inLink ? 'siste del av lenken' : 'koden'} er ikke en lenkekode: den skal ha ${p.expected} tegn av A–Z, a–z, 0–9, - og _; ${p.badCharacters ? 'den har tegn en kode aldri har' : `den har ${p.length} tegn${p.length < p.expected ? ' (ble lenken kuttet?)' : ''}`}`,
  ),

  // Courses, results and units as typed (src/domain/learning.ts).
  'result.empty': entry(
    () => 'the result is empty: write passed or failed (bestått / ikke bestått)',
    () => 'resultatet mangler: skriv bestått eller ikke bestått (passed / failed)',
  ),
  'result.unreadable': entry<{ value: string }>(
    (p) => `'${p.value}' is not a result: write passed or failed (bestått / ikke bestått)`,
    (p) => `«${p.value}» er ikke et resultat: skriv bestått eller ikke bestått (passed / failed)`,
  ),
  'score.unreadable': entry<{ value: string }>(
    (p) => `score '${p.value}' is not a whole number from 0 to 100 (percent)`,
    (p) => `poengsummen «${p.value}» er ikke et heltall fra 0 til 100 (prosent)`,
  ),
  'course-code.empty': entry(
    () => 'the course code is empty',
    () => 'kurskoden mangler',
  ),
  'course-code.unreadable': entry<{ value: string }>(
    (p) => `'${p.value}' is not a course code (letters, digits and - . _ /, like SIK-101)`,
    (p) => `«${p.value}» er ikke en kurskode (bokstaver, sifre og - . _ /, som SIK-101)`,
  ),
  'completion-date.future': entry<{ date: string }>(
    (p) => `completion date ${p.date} is in the future`,
    (p) => `fullføringsdatoen ${p.date} er fram i tid`,
  ),
  'completion-date.before-1970': entry<{ date: string }>(
    (p) => `completion date ${p.date} is before 1970`,
    (p) => `fullføringsdatoen ${p.date} er før 1970`,
  ),
  'unit-id.unreadable': entry<{ value: string }>(
    (p) => `'${p.value}' is not a unit id (a whole number, as kursdesk units lists it)`,
    (p) => `«${p.value}» er ikke en kurs-id (et heltall, slik kursdesk units viser den)`,
  ),

  // Driver details (src/domain/driver-details.ts).
  'licence.bad-characters': entry<{ value: string }>(
    (p) => `licence number '${p.value}' may contain only letters and digits`,
    (p) => `førerkortnummeret «${p.value}» kan bare ha bokstaver og sifre`,
  ),
  'licence.length': entry<{ value: string; length: number }>(
    (p) => `licence number '${p.value}' has ${p.length} characters; expected 4 to 20`,
    (p) => `førerkortnummeret «${p.value}» har ${p.length} tegn; det skal ha 4 til 20`,
  ),
  'depot.empty': entry(
    () => 'the depot is empty',
    () => 'depotet mangler',
  ),
  'depot.too-long': entry(
    () => 'the depot is longer than 60 characters',
    () => 'depotet er lengre enn 60 tegn',
  ),
  'depot.not-a-place': entry<{ value: string }>(
    (p) => `depot '${p.value}' must be a place name (letters, digits, spaces, hyphens)`,
    (p) => `depotet «${p.value}» må være et stedsnavn (bokstaver, sifre, mellomrom og bindestrek)`,
  ),
} as const;

function durationSyntaxEn(minutes: boolean): string {
  return minutes
    ? 'a number and d, w, mo, y, h or min, like 7d, 12h, 6mo'
    : 'a number and d, w, mo or y, like 90d, 12w, 6mo or 1y';
}

function durationSyntaxNb(minutes: boolean): string {
  return minutes
    ? 'et tall og d, w, mo, y, h eller min, som 7d, 12h, 6mo'
    : 'et tall og d, w, mo eller y, som 90d, 12w, 6mo eller 1y';
}

function wholeYears(days: number): boolean {
  return days % 366 === 0 || days % 365 === 0;
}

export const WHOLE_FILES = {
  // A file refused whole (src/workflows/registry/import.ts, companies/import.ts); `reason` is the reader's
  // own words (English), `line` undefined when the fault is not on one line.
  'registry-file.refused': entry<{ file: string; line: number | undefined; reason: string }>(
    (p) =>
      `${p.file}: ${p.line === undefined ? '' : `line ${p.line}: `}${p.reason}; the register was not changed`,
    (p) =>
      `${p.file}: ${p.line === undefined ? '' : `linje ${p.line}: `}${p.reason}; registeret ble ikke endret`,
  ),
  'registry-file.same-org-twice': entry(
    () =>
      'the same organisation number is in two of the files (load main units and subunits once each); the register was not changed',
    () =>
      'samme organisasjonsnummer står i to av filene (last inn hovedenheter og underenheter én gang hver); registeret ble ikke endret',
  ),
  'companies-file.refused': entry<{ file: string; line: number | undefined; reason: string | Coded }>(
    (p, t) =>
      `${p.file}: ${p.line === undefined ? '' : `line ${p.line}: `}${t(p.reason)}; nothing was imported`,
    (p, t) =>
      `${p.file}: ${p.line === undefined ? '' : `linje ${p.line}: `}${t(p.reason)}; ingenting ble importert`,
  ),

  // registry lookup (src/workflows/registry/lookup.ts); `einvoice` is the e-invoice column's phrase.
  'lookup.not-found': entry<{ org: string; extractDate: string | null; einvoice: Text }>(
    (p, t) =>
      `${p.org}: ${p.extractDate === null ? 'no Brønnøysund extract is loaded' : `not in the Brønnøysund extract of ${p.extractDate}: deleted, or never registered`} (e-invoice: ${t(p.einvoice)})`,
    (p, t) =>
      `${p.org}: ${p.extractDate === null ? 'Brønnøysund-utdraget er ikke lastet inn' : `finnes ikke i Brønnøysund-utdraget fra ${p.extractDate}: slettet, eller aldri registrert`} (e-faktura: ${t(p.einvoice)})`,
  ),
  'hint.load-brreg': entry(
    () => 'load one with kursdesk registry import brreg <file>',
    () => 'last inn et med kursdesk registry import brreg <fil>',
  ),
  'hint.check-number-with-requester': entry(
    () => 'check the number with the requester',
    () => 'sjekk nummeret med den som spør',
  ),

  // triage of a folder (src/workflows/triage/mailbox.ts).
  'triage.not-a-maildir': entry<{ shown: string }>(
    (p) => `${p.shown} is a folder but not a Maildir (it has no cur/ or new/ folder)`,
    (p) => `${p.shown} er en mappe, men ikke en Maildir (den har ingen cur/- eller new/-mappe)`,
  ),

  // completions record (src/workflows/completions.ts).
  'completion.already-recorded': entry<{ id: number; date: string }>(
    (p) => `this completion is already recorded (completion ${p.id}, ${p.date})`,
    (p) => `dette resultatet er allerede registrert (resultat ${p.id}, ${p.date})`,
  ),
  'completion.other-result': entry<{
    id: number;
    passed: boolean;
    score: number | null;
    course: string;
    date: string;
    learner: number;
  }>(
    (p) =>
      `completion ${p.id} already records ${p.passed ? 'a pass' : 'a fail'}${p.score === null ? '' : ` (score ${p.score})`} of ${p.course} on ${p.date} for learner ${p.learner}`,
    (p) =>
      `resultat ${p.id} viser allerede at bruker ${p.learner} ${p.passed ? 'bestod' : 'ikke bestod'} ${p.course} ${p.date}${p.score === null ? '' : ` (poeng ${p.score})`}`,
  ),
  'hint.nothing-written': entry(
    () => 'nothing was written',
    () => 'ingenting ble lagret',
  ),
} as const;

export const ROLES_AND_FIXTURES = {
  // Database roles (src/db/roles.ts) and the installation key (src/db/queries/meta.ts).
  'roles.bad-prefix': entry<{ given: string }>(
    (p) => `--prefix '${p.given}' must be lower-case letters, digits and _ (at most 41)`,
    (p) => `--prefix «${p.given}» kan bare ha små bokstaver, sifre og _ (høyst 41 tegn)`,
  ),
  'roles.bad-login': entry<{ given: string }>(
    (p) => `'${p.given}' is not a database login name`,
    (p) => `«${p.given}» er ikke et gyldig brukernavn i databasen`,
  ),
  'roles.no-such-login': entry<{ login: string }>(
    (p) => `the server has no login '${p.login}'`,
    (p) => `serveren har ingen bruker som heter «${p.login}»`,
  ),
  'hint.create-login': entry<{ login: string }>(
    (p) => `a database administrator creates it first: CREATE ROLE "${p.login}" LOGIN PASSWORD …`,
    (p) => `en databaseadministrator må opprette den først: CREATE ROLE "${p.login}" LOGIN PASSWORD …`,
  ),
  'secret.other-key': entry<{ stored: string; yours: string }>(
    (p) =>
      `this database's national-ID hashes were made with another key (fingerprint ${p.stored}, yours ${p.yours})`,
    (p) =>
      `fødselsnummer-hashene i denne databasen er laget med en annen nøkkel (fingeravtrykk ${p.stored}, ditt ${p.yours})`,
  ),
  'hint.same-secret': entry(
    () => 'set KURSDESK_SECRET (or KURSDESK_KEY_FILE) to the key the other agents use',
    () => 'sett KURSDESK_SECRET (eller KURSDESK_KEY_FILE) til nøkkelen de andre agentene bruker',
  ),

  // Fixtures (src/workflows/fixtures/).
  'fixtures.out-is-file': entry<{ out: string }>(
    (p) => `--out ${p.out} is a file; give a directory`,
    (p) => `--out ${p.out} er en fil; oppgi en mappe`,
  ),
  'fixtures.out-not-empty': entry<{ out: string; example: string }>(
    (p) =>
      `--out ${p.out} holds other files (${p.example}); give an empty directory, a new one, or an earlier fixture to replace`,
    (p) =>
      `--out ${p.out} inneholder andre filer (${p.example}); oppgi en tom mappe, en ny en, eller tidligere testdata som skal erstattes`,
  ),
  'dump.personal-data': entry(
    () => "this is not a test database, so a plain dump would copy real people's personal data out of it",
    () => 'dette er ikke en testdatabase, så en vanlig dump ville kopiert ekte personopplysninger ut av den',
  ),
  'hint.anonymise': entry(
    () => 'use --anonymise, or --include-personal-data if that is really what you need',
    () => 'bruk --anonymise, eller --include-personal-data hvis det virkelig er det du trenger',
  ),
  'load.production-dump': entry<{ name: string }>(
    (p) =>
      `${p.name} is a plain dump of a production database: it holds real people's data and is not a test fixture`,
    (p) =>
      `${p.name} er en vanlig dump av en produksjonsdatabase: den har ekte personopplysninger og er ikke testdata`,
  ),
  'hint.load-on-purpose': entry(
    () => 'load it only on purpose, with --include-personal-data, and never into a shared test database',
    () => 'last den bare inn med vilje, med --include-personal-data, og aldri i en delt testdatabase',
  ),
  'load.other-key': entry<{ name: string; hashedWith: string; yours: string }>(
    (p) =>
      `${p.name} holds national-ID hashes made with another installation key (fingerprint ${p.hashedWith}, yours ${p.yours})`,
    (p) =>
      `${p.name} har fødselsnummer-hasher laget med en annen installasjonsnøkkel (fingeravtrykk ${p.hashedWith}, ditt ${p.yours})`,
  ),
  'hint.load-with-dump-key': entry(
    () =>
      'load it with the KURSDESK_SECRET it was dumped with, or make an anonymised dump (fixtures dump --anonymise)',
    () =>
      'last den inn med KURSDESK_SECRET den ble dumpet med, eller lag en anonymisert dump (fixtures dump --anonymise)',
  ),
  'load.not-test-database': entry(
    () =>
      'this database is not marked as a test database and already holds data; fixtures go into test databases only',
    () =>
      'denne databasen er ikke merket som testdatabase og har allerede data; testdata lastes bare inn i testdatabaser',
  ),
  'hint.new-or-mark-test': entry(
    () => 'use a new database, or run kursdesk db mark test first if this really is a test copy',
    () => 'bruk en ny database, eller kjør kursdesk db mark test først hvis dette virkelig er en testkopi',
  ),
  /** `place` is the file and line (English), `detail` the database's words. */
  'load.disagrees': entry<{ place: string; detail: string }>(
    (p) => `${p.place}: ${p.detail}; the fixture and the database disagree about it`,
    (p) => `${p.place}: ${p.detail}; testdataene og databasen er uenige om dette`,
  ),
  'hint.empty-or-replace': entry(
    () => 'load into an empty database, or with --replace',
    () => 'last inn i en tom database, eller med --replace',
  ),
} as const;
