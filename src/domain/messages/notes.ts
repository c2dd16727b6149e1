// Notes and warnings the commands print on stderr after their data (what was done, what to do next),
// and the prefix of every warning. The English is what they have always printed; parameters hold masks
// or record numbers, never a national ID, token or password.
import { osloDateTime } from '../local-time.js';
import type { Coded, Entry } from './catalogue.js';
import { unitStateNb } from './nbtext3.js';
import { deliveryWordNb } from './nbtext6.js';

const entry = <P>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

// biome-ignore lint/complexity/noBannedTypes: an entry without parameters
type None = {};

const countNb = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const NOTES = {
  /** Every warning line on stderr. */
  'note.warning': entry<{ warning: string }>(
    (p) => `warning: ${p.warning}`,
    (p) => `advarsel: ${p.warning}`,
  ),

  // Tables and lists.
  'note.hidden-columns': entry<{ columns: number; hidden: readonly string[]; wideOnly: boolean }>(
    (p) =>
      `hidden to fit ${p.columns} columns: ${p.hidden.join(', ')} (${p.wideOnly ? '--wide shows them' : '--wide or --fields shows them'})`,
    (p) =>
      `skjult for å få plass i ${p.columns} kolonner: ${p.hidden.join(', ')} (${p.wideOnly ? '--wide viser dem' : '--wide eller --fields viser dem'})`,
  ),
  'note.showing-some': entry<{ shown: string; total: string }>(
    (p) => `showing ${p.shown} of ${p.total} — use --limit or --all`,
    (p) => `viser ${p.shown} av ${p.total} — bruk --limit eller --all`,
  ),
  'note.nothing-found': entry<None>(
    () => 'nothing found',
    () => 'fant ingenting',
  ),

  // Lists that came back empty (the note on stderr in place of rows).
  'empty.no-customer-matches': entry<{ query: string }>(
    (p) => `no customer matches '${p.query}'`,
    (p) => `ingen kunde passer med «${p.query}»`,
  ),
  'empty.no-customers': entry<None>(
    () => 'no customers',
    () => 'ingen kunder',
  ),
  'empty.no-certificates': entry<{ name: string }>(
    (p) => `${p.name} has no certificates`,
    (p) => `${p.name} har ingen kursbevis`,
  ),
  'empty.nobody-waiting': entry<{ unit: number }>(
    (p) => `nobody is waiting for unit ${p.unit}`,
    (p) => `ingen står på venteliste til enhet ${p.unit}`,
  ),
  'empty.no-completions': entry<{ name: string }>(
    (p) => `${p.name} has no completions on record`,
    (p) => `${p.name} har ingen fullførte kurs registrert`,
  ),
  'empty.nobody-to-move': entry<{ source: string }>(
    (p) => `nobody to move from ${p.source}`,
    (p) => `ingen å flytte fra ${p.source}`,
  ),
  /** `course` when the search named one: a learner can then ask for a unit of it. */
  'empty.no-units': entry<{ course: string | undefined }>(
    (p) =>
      `no units match${p.course ? `; a learner can ask for one: kursdesk units request ${p.course} --user <learner>` : ''}`,
    (p) =>
      `ingen enheter passer${p.course ? `; en bruker kan be om en: kursdesk units request ${p.course} --user <learner>` : ''}`,
  ),
  'empty.no-links': entry<{ learner: number }>(
    (p) => `learner ${p.learner} has no links`,
    (p) => `bruker ${p.learner} har ingen lenker`,
  ),
  'empty.no-hms-due': entry<{ until: string; employer: string | null | undefined }>(
    (p) => `no HMS card is due by ${p.until}${p.employer ? ` at ${p.employer}` : ''}`,
    (p) => `ingen HMS-kort skal fornyes innen ${p.until}${p.employer ? ` hos ${p.employer}` : ''}`,
  ),
  'empty.no-reply-key': entry<{ topic: string }>(
    (p) => `no reply key starts with ${p.topic}`,
    (p) => `ingen svarnøkkel begynner med ${p.topic}`,
  ),

  // courses search and list.
  'note.no-course-matches': entry<{ query: string }>(
    (p) => `no course matches '${p.query}'`,
    (p) => `ingen kurs passer med «${p.query}»`,
  ),
  'note.no-course': entry<None>(
    () => 'no course matches',
    () => 'ingen kurs passer',
  ),
  'note.no-course-learner-sees': entry<{ query: string }>(
    (p) => `no course this learner sees matches '${p.query}'`,
    (p) => `ingen av kursene denne brukeren ser, passer med «${p.query}»`,
  ),
  'note.courses-hidden-from-learner': entry<{ codes: readonly string[]; user: string }>(
    (p) =>
      `${p.codes.length} more match but are hidden from this learner: ${p.codes.join(', ')}; see kursdesk courses why-hidden ${p.codes[0]} --user ${p.user}`,
    (p) =>
      `${p.codes.length} til passer, men er skjult for denne brukeren: ${p.codes.join(', ')}; se kursdesk courses why-hidden ${p.codes[0]} --user ${p.user}`,
  ),

  // links issue.
  'note.link-found-by-earlier-login': entry<{ note: string | Coded }>(
    (p, t) => `${t(p.note)}: the link goes to that login`,
    (p, t) => `${t(p.note)}: lenken går til den innloggingen`,
  ),
  'note.link-issued-anyway': entry<{ warning: string }>(
    (p) => `${p.warning} (issued anyway: --force)`,
    (p) => `${p.warning} (laget likevel: --force)`,
  ),
  'note.link-activation-forced': entry<None>(
    () => 'the account has a password: activation link issued anyway (--force, audited)',
    () => 'kontoen har et passord: aktiveringslenken ble laget likevel (--force, logget i revisjonsloggen)',
  ),
  'note.link-over-limit': entry<None>(
    () => 'over the daily limit (issued anyway: --force)',
    () => 'over grensen per døgn (laget likevel: --force)',
  ),
  /** `kind` is activation or reset; `until` an Oslo date and time as the tables show it. */
  'note.link-would-issue': entry<{
    kind: string;
    id: number;
    user: number;
    until: Date | string;
    delivery: string;
  }>(
    (p) =>
      `dry run, nothing was written: would issue the ${p.kind} link ${p.id} for learner ${p.user}, valid until ${osloDateTime(p.until)} (${p.delivery})`,
    (p) =>
      `prøvekjøring, ingenting ble skrevet: ville laget ${linkNb(p.kind)} ${p.id} for bruker ${p.user}, gyldig til ${osloDateTime(p.until, 'nb')} (${deliveryWordNb(p.delivery) ?? p.delivery})`,
  ),
  'note.link-issued-shown': entry<{
    kind: string;
    id: number;
    user: number;
    until: Date | string;
    email: string;
  }>(
    (p) =>
      `issued ${p.kind} link ${p.id} for learner ${p.user}, valid until ${osloDateTime(p.until)}; the link is shown only this once — send it only to ${p.email}`,
    (p) =>
      `laget ${linkNb(p.kind)} ${p.id} for bruker ${p.user}, gyldig til ${osloDateTime(p.until, 'nb')}; lenken vises bare denne ene gangen — send den bare til ${p.email}`,
  ),
  'note.link-issued-mailed': entry<{
    kind: string;
    id: number;
    user: number;
    until: Date | string;
    email: string;
    message: number | undefined;
  }>(
    (p) =>
      `issued ${p.kind} link ${p.id} for learner ${p.user}, valid until ${osloDateTime(p.until)}; e-mailed to ${p.email} (message ${p.message})`,
    (p) =>
      `laget ${linkNb(p.kind)} ${p.id} for bruker ${p.user}, gyldig til ${osloDateTime(p.until, 'nb')}; sendt på e-post til ${p.email} (melding ${p.message})`,
  ),
  'note.link-issued-queued': entry<{
    kind: string;
    id: number;
    user: number;
    until: Date | string;
    email: string;
    message: number | undefined;
  }>(
    (p) =>
      `issued ${p.kind} link ${p.id} for learner ${p.user}, valid until ${osloDateTime(p.until)}; queued for ${p.email} as message ${p.message}; deliver with: kursdesk mail send`,
    (p) =>
      `laget ${linkNb(p.kind)} ${p.id} for bruker ${p.user}, gyldig til ${osloDateTime(p.until, 'nb')}; lagt i køen til ${p.email} som melding ${p.message}; send med: kursdesk mail send`,
  ),
  'note.link-superseded': entry<{ links: readonly number[] }>(
    (p) => `older link(s) ${p.links.join(', ')} no longer work`,
    (p) =>
      p.links.length === 1
        ? `den eldre lenken ${p.links[0]} virker ikke lenger`
        : `de eldre lenkene ${p.links.join(', ')} virker ikke lenger`,
  ),
  'note.link-mail-not-sent': entry<{
    kind: string;
    id: number;
    user: number;
    until: Date | string;
    error: string;
    message: number | undefined;
  }>(
    (p) =>
      `issued ${p.kind} link ${p.id} for learner ${p.user}, valid until ${osloDateTime(p.until)}, but its e-mail could not be sent yet: ${p.error}; it stays in the outbox as message ${p.message} and kursdesk mail send tries again`,
    (p) =>
      `laget ${linkNb(p.kind)} ${p.id} for bruker ${p.user}, gyldig til ${osloDateTime(p.until, 'nb')}, men e-posten kunne ikke sendes ennå: ${p.error}; den blir liggende i utboksen som melding ${p.message}, og kursdesk mail send prøver igjen`,
  ),

  // users set-email.
  'note.login-changed': entry<{ dryRun: boolean; user: number; from: string; to: string; revoked: number }>(
    (p) =>
      `${p.dryRun ? 'dry run, nothing written: would change' : 'changed'} the login of learner ${p.user} from ${p.from} to ${p.to}; ${p.revoked} open link(s) revoked`,
    (p) =>
      `${p.dryRun ? 'prøvekjøring, ingenting skrevet: ville endret' : 'endret'} innloggingen til bruker ${p.user} fra ${p.from} til ${p.to}; ${countNb(p.revoked, 'åpen lenke', 'åpne lenker')} trukket tilbake`,
  ),
  'note.login-next-activation': entry<{ user: number; reply: string }>(
    (p) =>
      `next: the account was never activated; send the activation link: kursdesk links issue ${p.user} --reply ${p.reply}`,
    (p) =>
      `neste: kontoen ble aldri aktivert; send aktiveringslenken: kursdesk links issue ${p.user} --reply ${p.reply}`,
  ),
  'note.login-next-password': entry<None>(
    () => 'next: the learner makes a password with «Har du glemt passordet?»,',
    () => 'neste: brukeren lager et passord med «Har du glemt passordet?»,',
  ),
  'note.login-next-reset': entry<{ user: number; reply: string }>(
    (p) => `or hand a reset link: kursdesk links issue ${p.user} --reply ${p.reply}`,
    (p) => `eller gi en lenke for nytt passord: kursdesk links issue ${p.user} --reply ${p.reply}`,
  ),

  // mail send.
  'note.mail-none-due-dry': entry<None>(
    () => 'dry run: no message is due',
    () => 'prøvekjøring: ingen melding skal sendes nå',
  ),
  'note.mail-none-due': entry<None>(
    () => 'no message is due',
    () => 'ingen melding skal sendes nå',
  ),
  'note.mail-would-send': entry<{ count: number; server: string }>(
    (p) => `dry run: ${p.count} message(s) would be sent to ${p.server}; nothing was sent`,
    (p) =>
      `prøvekjøring: ${countNb(p.count, 'melding', 'meldinger')} ville blitt sendt til ${p.server}; ingenting ble sendt`,
  ),
  /** `next` is when the first waiting message is tried again, or undefined. */
  'note.mail-sent': entry<{
    sent: number;
    retry: number;
    failed: number;
    withdrawn: number;
    waiting: number;
    next: Date | string | undefined;
  }>(
    (p) =>
      `sent ${p.sent}, to retry ${p.retry}, failed ${p.failed}, withdrawn ${p.withdrawn}${p.waiting > 0 ? `; ${p.waiting} waiting for a retry (next at ${p.next ? osloDateTime(p.next) : '?'})` : ''}`,
    (p) =>
      `sendt ${p.sent}, prøves igjen ${p.retry}, feilet ${p.failed}, trukket tilbake ${p.withdrawn}${p.waiting > 0 ? `; ${p.waiting} venter på nytt forsøk (neste ${p.next ? osloDateTime(p.next, 'nb') : '?'})` : ''}`,
  ),
  'note.mail-withdrawn': entry<{ id: number; to: string; detail: string }>(
    (p) => `message ${p.id} to ${p.to} was not sent: ${p.detail}`,
    (p) => `melding ${p.id} til ${p.to} ble ikke sendt: ${p.detail}`,
  ),
  'note.mail-stuck': entry<{ id: number; sender: string | null; until: Date | string | null }>(
    (p) =>
      `message ${p.id} has been "sending" since ${p.sender} stopped (claim ran out ${p.until ? osloDateTime(p.until) : '?'}); it may have been delivered — check, then: kursdesk mail retry ${p.id}`,
    (p) =>
      `melding ${p.id} har stått som «sender» siden ${p.sender} stoppet (reservasjonen gikk ut ${p.until ? osloDateTime(p.until, 'nb') : '?'}); den kan ha kommet fram — sjekk, og så: kursdesk mail retry ${p.id}`,
  ),
  'note.mail-stopped': entry<{ reason: string }>(
    (p) => `stopped: ${p.reason}; the message stays queued for a sender with the right key`,
    (p) => `stoppet: ${p.reason}; meldingen blir liggende i køen til noen med riktig nøkkel sender den`,
  ),
  'note.mail-not-delivered': entry<{ count: number; detail: string }>(
    (p) => `${p.count} message(s) not delivered: ${p.detail}`,
    (p) => `${countNb(p.count, 'melding', 'meldinger')} ble ikke levert: ${p.detail}`,
  ),

  // companies import.
  'note.import-not-utf8': entry<{ file: string }>(
    (p) => `${p.file}: not UTF-8, read as Windows-1252`,
    (p) => `${p.file}: ikke UTF-8, lest som Windows-1252`,
  ),
  'note.import-ignoring-columns': entry<{ file: string; columns: readonly string[] }>(
    (p) => `${p.file}: ignoring column${p.columns.length > 1 ? 's' : ''} ${p.columns.join(', ')}`,
    (p) =>
      `${p.file}: ser bort fra ${p.columns.length > 1 ? 'kolonnene' : 'kolonnen'} ${p.columns.join(', ')}`,
  ),
  'note.more-warnings': entry<{ count: number }>(
    (p) => `… and ${p.count} more warnings`,
    (p) => `… og ${p.count} advarsler til`,
  ),
  'note.import-refused-rows': entry<{ count: number }>(
    (p) =>
      `${p.count} row${p.count === 1 ? ' was' : 's were'} refused, so nothing was imported; fix them, or import the rest with --keep-good`,
    (p) =>
      `${countNb(p.count, 'rad', 'rader')} ble avvist, så ingenting ble importert; rett dem, eller importer resten med --keep-good`,
  ),
  'note.dry-run-nothing-written': entry<None>(
    () => 'dry run: nothing was written',
    () => 'prøvekjøring: ingenting ble skrevet',
  ),

  // users move.
  /** `company` is the employer being left; `isNew` when the address is the new login given with --email. */
  'note.move-login-on-old-domain': entry<{
    email: string;
    domain: string;
    company: string;
    isNew: boolean;
    suggestFlag: boolean;
  }>(
    (p) =>
      `the ${p.isNew ? 'new ' : ''}login e-mail ${p.email} is on ${p.domain}, a domain of the employer being left (${p.company}); the learner may lose that mailbox${p.suggestFlag ? ' — give the new address with --email <new>' : ''}`,
    (p) =>
      `${p.isNew ? 'den nye innloggingsadressen' : 'innloggingsadressen'} ${p.email} er på ${p.domain}, et domene hos arbeidsgiveren personen forlater (${p.company}); personen kan miste den e-postkassen${p.suggestFlag ? ' — oppgi den nye adressen med --email <ny>' : ''}`,
  ),
  /** `from` is the employer left, or undefined when the learner had none. */
  'note.move-invoice-reference': entry<{ reference: string; from: string | undefined; to: string }>(
    (p) =>
      `the invoice reference ${p.reference} was ${p.from ?? 'the old employer'}'s; give --invoice-ref for ${p.to}'s`,
    (p) =>
      `fakturareferansen ${p.reference} var ${p.from ?? 'den gamle arbeidsgiverens'}; spør etter ${p.to} sin`,
  ),
  // companies import: another agent got there first (exit 4).
  'import.company-changed-meanwhile': entry<None>(
    () =>
      'a company in the file was changed by someone else during the import; nothing was written — run the import again',
    () =>
      'et firma i filen ble endret av noen andre mens importen pågikk; ingenting ble lagret — kjør importen på nytt',
  ),
  'import.company-registered-meanwhile': entry<None>(
    () =>
      'another agent registered some of these companies at the same moment; nothing was written — run the import again',
    () =>
      'en annen saksbehandler registrerte noen av disse firmaene i samme øyeblikk; ingenting ble lagret — kjør importen på nytt',
  ),

  // The list files (completions import, users move --file): what makes a whole file unreadable.
  'list.too-large': entry<{ mb: number }>(
    (p) => `it is larger than ${p.mb} MB; split it`,
    (p) => `den er større enn ${p.mb} MB; del den opp`,
  ),
  'list.nul-byte': entry<{ line: number }>(
    (p) =>
      `line ${p.line} holds a NUL byte: the file is UTF-16 without a byte-order mark, or not text at all; save it as "CSV UTF-8"`,
    (p) =>
      `linje ${p.line} har en NUL-byte: filen er UTF-16 uten byte-rekkefølgemerke, eller ikke tekst i det hele tatt; lagre den som «CSV UTF-8»`,
  ),
  'list.not-utf8': entry<{ line: number }>(
    (p) => `line ${p.line} is not UTF-8 text: save the file as "CSV UTF-8", or give --encoding windows-1252`,
    (p) =>
      `linje ${p.line} er ikke UTF-8-tekst: lagre filen som «CSV UTF-8», eller oppgi --encoding windows-1252`,
  ),
  /** `missing` are the completion list's columns not found; `header` the header line as read. */
  'list.completions-missing-columns': entry<{
    missing: readonly ('learner' | 'result' | 'course')[];
    header: string;
  }>(
    (p) =>
      `line 1: the header has no column for ${p.missing.map((c) => COMPLETION_COLUMN_EN[c]).join(', ')}; it reads: ${p.header}`,
    (p) =>
      `linje 1: overskriftslinjen mangler kolonne for ${p.missing.map((c) => COMPLETION_COLUMN_NB[c]).join(', ')}; den lyder: ${p.header}`,
  ),
  'list.moves-no-learner-column': entry<{ header: string }>(
    (p) => `line 1: the header has no learner column (id, email or learner); it reads: ${p.header}`,
    (p) =>
      `linje 1: overskriftslinjen har ingen kolonne for brukeren (id, email eller learner); den lyder: ${p.header}`,
  ),
  'list.header-no-rows': entry<None>(
    () => 'it has a header but no rows',
    () => 'den har en overskriftslinje, men ingen rader',
  ),
  'list.empty': entry<None>(
    () => 'it is empty: expected a header line and one row per learner',
    () => 'den er tom: forventet en overskriftslinje og én rad per bruker',
  ),
  'list.two-columns-same-field': entry<{ field: string; name: string }>(
    (p) => `line 1: two columns mean ${p.field} ('${p.name}' and an earlier one)`,
    (p) => `linje 1: to kolonner betyr ${p.field} («${p.name}» og en tidligere)`,
  ),

  // certificates verify: a verification code (KB1:…) that cannot be read.
  'seal.no-prefix': entry<{ prefix: string }>(
    (p) => `a verification code starts with ${p.prefix}`,
    (p) => `en kontrollkode begynner med ${p.prefix}`,
  ),
  'seal.not-base64url': entry<None>(
    () => 'the verification code is damaged: it is not valid base64url',
    () => 'kontrollkoden er skadet: den er ikke gyldig base64url',
  ),
  'seal.too-short': entry<None>(
    () => 'the verification code is too short',
    () => 'kontrollkoden er for kort',
  ),
  'seal.unknown-format': entry<{ format: number }>(
    (p) => `unknown certificate format ${p.format}`,
    (p) => `ukjent kursbevisformat ${p.format}`,
  ),
  /** `detail` is the reader's own word for what was wrong (English, technical). */
  'seal.content-malformed': entry<{ detail: string }>(
    (p) => `the certificate content is malformed: ${p.detail}`,
    (p) => `innholdet i kursbeviset er ødelagt: ${p.detail}`,
  ),

  // privacy retention periods.
  'period.not-a-period': entry<{ given: string }>(
    (p) => `'${p.given}' is not a period: write e.g. 5y, 18m or 90d`,
    (p) => `«${p.given}» er ikke en periode: skriv for eksempel 5y, 18m eller 90d`,
  ),
  'period.zero': entry<None>(
    () => 'a period must be longer than 0',
    () => 'en periode må være lengre enn 0',
  ),
  'period.too-long': entry<None>(
    () => 'at most 100y',
    () => 'høyst 100y (100 år)',
  ),

  // completions import.
  'note.columns-not-understood': entry<{ columns: readonly string[] }>(
    (p) => `left out column${p.columns.length === 1 ? '' : 's'} not understood: ${p.columns.join(', ')}`,
    (p) =>
      `utelatt ${p.columns.length === 1 ? 'kolonne' : 'kolonner'} som ikke ble forstått: ${p.columns.join(', ')}`,
  ),
  'note.completions-recorded': entry<{ dryRun: boolean; recorded: number; file: string; unchanged: number }>(
    (p) =>
      `${p.dryRun ? 'dry run, nothing written: would record' : 'recorded'} ${p.recorded} completion(s) from ${p.file}; ${p.unchanged} already on record`,
    (p) =>
      `${p.dryRun ? 'prøvekjøring, ingenting skrevet: ville registrert' : 'registrerte'} ${p.recorded} fullførte kurs fra ${p.file}; ${p.unchanged} var registrert fra før`,
  ),

  // units set-capacity, seats enrol and unenrol.
  'note.capacity-unchanged': entry<{ unit: number; seats: number }>(
    (p) => `unit ${p.unit} already has ${p.seats} seats; nothing changed`,
    (p) => `enhet ${p.unit} har allerede ${p.seats} plasser; ingenting ble endret`,
  ),
  'note.capacity-changed': entry<{ dryRun: boolean; unit: number; from: number; to: number }>(
    (p) =>
      `${p.dryRun ? 'dry run, nothing was written: would change' : 'changed'} the capacity of unit ${p.unit} from ${p.from} to ${p.to}`,
    (p) =>
      `${p.dryRun ? 'prøvekjøring, ingenting ble skrevet: ville endret' : 'endret'} antall plasser på enhet ${p.unit} fra ${p.from} til ${p.to}`,
  ),
  'note.seat-booked': entry<{ dryRun: boolean; learner: number; unit: number; course: string; left: number }>(
    (p) =>
      `${p.dryRun ? 'dry run, nothing was written: would have ' : ''}booked a seat for learner ${p.learner} on unit ${p.unit} (${p.course}); ${p.left} seat(s) left`,
    (p) =>
      `${p.dryRun ? 'prøvekjøring, ingenting ble skrevet: ville ha booket' : 'booket'} plass til bruker ${p.learner} på enhet ${p.unit} (${p.course}); ${countNb(p.left, 'ledig plass', 'ledige plasser')} igjen`,
  ),
  'note.seat-waitlisted': entry<{
    dryRun: boolean;
    learner: number;
    unit: number;
    course: string;
    position: number | null;
  }>(
    (p) =>
      `${p.dryRun ? 'dry run, nothing was written: would have ' : ''}unit ${p.unit} (${p.course}) is full: put learner ${p.learner} on its waitlist as number ${p.position}; a freed seat goes to the first waiting`,
    (p) =>
      `${p.dryRun ? 'prøvekjøring, ingenting ble skrevet: ' : ''}enhet ${p.unit} (${p.course}) er full: ${p.dryRun ? 'ville satt' : 'satte'} bruker ${p.learner} på ventelisten som nummer ${p.position}; en ledig plass går til den første som venter`,
  ),
  'note.seat-taken': entry<{
    dryRun: boolean;
    learner: number;
    waitlist: boolean;
    unit: number;
    course: string;
  }>(
    (p) =>
      `${p.dryRun ? 'dry run, nothing was written: would take' : 'took'} learner ${p.learner} from ${p.waitlist ? 'the waitlist of' : 'their seat on'} unit ${p.unit} (${p.course})`,
    (p) =>
      `${p.dryRun ? 'prøvekjøring, ingenting ble skrevet: ville tatt' : 'tok'} bruker ${p.learner} ${p.waitlist ? 'av ventelisten til' : 'ut av plassen sin på'} enhet ${p.unit} (${p.course})`,
  ),

  // users create, mail retry, certificates revoke, privacy export, links revoke.
  'note.learner-would-create': entry<None>(
    () => 'dry run: the learner was checked and would be created as shown; nothing was written',
    () => 'prøvekjøring: brukeren ble kontrollert og ville blitt opprettet som vist; ingenting ble skrevet',
  ),
  'note.learner-created': entry<{ id: number; status: string }>(
    (p) =>
      `created learner ${p.id} (${p.status}); next: kursdesk links issue ${p.id} --reply nb (the activation link)`,
    (p) =>
      `opprettet bruker ${p.id} (${p.status}); neste: kursdesk links issue ${p.id} --reply nb (aktiveringslenken)`,
  ),
  'note.mail-queued-again': entry<{ id: number; from: string }>(
    (p) => `message ${p.id} (${p.from}) is queued again; send it with: kursdesk mail send`,
    (p) => `melding ${p.id} (${p.from}) ligger i køen igjen; send den med: kursdesk mail send`,
  ),
  'note.certificate-revoked': entry<{ dryRun: boolean; number: string }>(
    (p) => `${p.dryRun ? 'dry run, nothing written: would revoke' : 'revoked'} ${p.number}`,
    (p) =>
      `${p.dryRun ? 'prøvekjøring, ingenting skrevet: ville trukket tilbake' : 'trakk tilbake'} ${p.number}`,
  ),
  'note.privacy-exported': entry<{ learner: number; out: string }>(
    (p) => `wrote everything stored about learner ${p.learner} to ${p.out}`,
    (p) => `skrev alt som er lagret om bruker ${p.learner} til ${p.out}`,
  ),
  'note.links-none-open': entry<{ learner: number }>(
    (p) => `learner ${p.learner} has no open links`,
    (p) => `bruker ${p.learner} har ingen åpne lenker`,
  ),
  'note.links-revoked': entry<{ dryRun: boolean; count: number; learner: number; withdrawn: number }>(
    (p) =>
      `${p.dryRun ? 'dry run, nothing was written: would revoke' : 'revoked'} ${p.count} link(s) of learner ${p.learner}; ${p.withdrawn} unsent e-mail(s) withdrawn`,
    (p) =>
      `${p.dryRun ? 'prøvekjøring, ingenting ble skrevet: ville trukket tilbake' : 'trakk tilbake'} ${countNb(p.count, 'lenke', 'lenker')} for bruker ${p.learner}; ${countNb(p.withdrawn, 'usendt e-post', 'usendte e-poster')} trukket tilbake`,
  ),

  // users set-type.
  'note.driver-details-ignored': entry<{ type: string }>(
    (p) => `--depot and --licence belong to driver accounts; a ${p.type} account keeps no driver details`,
    (p) => `--depot og --licence hører til sjåførkontoer; en ${p.type}-konto har ingen sjåføropplysninger`,
  ),
  /** `startsAt` is the unit's start; `promoted` the learners who get the freed seat. */
  'note.booking-cancelled': entry<{
    dryRun: boolean;
    waitlist: boolean;
    unit: number;
    course: string;
    startsAt: Date | string;
    promoted: readonly number[];
  }>(
    (p) =>
      `${p.dryRun ? 'would cancel' : 'cancelled'} the ${p.waitlist ? 'waitlist place' : 'seat'} on unit ${p.unit} (${p.course}, ${osloDateTime(p.startsAt)})${p.promoted.length > 0 ? `; the seat goes to learner ${p.promoted.join(', ')}, who is mailed` : ''}`,
    (p) =>
      `${p.dryRun ? 'ville avbestilt' : 'avbestilte'} ${p.waitlist ? 'ventelisteplassen' : 'plassen'} på enhet ${p.unit} (${p.course}, ${osloDateTime(p.startsAt, 'nb')})${p.promoted.length > 0 ? `; plassen går til bruker ${p.promoted.join(', ')}, som får e-post` : ''}`,
  ),
  'note.type-changed': entry<{
    dryRun: boolean;
    id: number;
    from: string;
    to: string;
    employer: string | null;
    orgNumber: string | null;
  }>(
    (p) =>
      `${p.dryRun ? 'dry run, nothing was written: would change' : 'changed'} learner ${p.id} from ${p.from} to ${p.to}${p.employer ? `; employer ${p.employer} (${p.orgNumber})` : ''}`,
    (p) =>
      `${p.dryRun ? 'prøvekjøring, ingenting ble skrevet: ville endret' : 'endret'} bruker ${p.id} fra ${p.from} til ${p.to}${p.employer ? `; arbeidsgiver ${p.employer} (${p.orgNumber})` : ''}`,
  ),
  /** A seat freed by a cancellation goes to the first on the waitlist. */
  'note.seat-promoted': entry<{
    dryRun: boolean;
    unit: number;
    learner: number;
    message: number;
    lang: string;
    email: string;
  }>(
    (p) =>
      `${p.dryRun ? 'would give' : 'gave'} a freed seat on unit ${p.unit} to learner ${p.learner}, the first on the waitlist; ${p.dryRun ? 'a mail would be queued' : `mail ${p.message} (${p.lang}) queued`} for ${p.email} (deliver with kursdesk mail send)`,
    (p) =>
      `${p.dryRun ? 'ville gitt' : 'ga'} en ledig plass på enhet ${p.unit} til bruker ${p.learner}, den første på ventelisten; ${p.dryRun ? 'en e-post ville blitt lagt i køen' : `e-post ${p.message} (${p.lang}) lagt i køen`} til ${p.email} (send med kursdesk mail send)`,
  ),

  // companies set, --reply, db roles and db reset.
  'note.company-unchanged': entry<None>(
    () => 'nothing changed: the company already has these values',
    () => 'ingenting ble endret: firmaet har allerede disse verdiene',
  ),
  'note.company-changed': entry<{ dryRun: boolean; fields: readonly string[] }>(
    (p) => `${p.dryRun ? 'dry run: would change' : 'changed'} ${p.fields.join(', ')}`,
    (p) => `${p.dryRun ? 'prøvekjøring: ville endret' : 'endret'} ${p.fields.join(', ')}`,
  ),
  'note.reply-format': entry<{ format: string }>(
    (p) => `--reply: the reply is shown with --format table, json or yaml, not ${p.format}`,
    (p) => `--reply: svaret vises med --format table, json eller yaml, ikke ${p.format}`,
  ),
  'note.roles-ready': entry<None>(
    () => 'roles ready; give logins one with: kursdesk db roles grant <login> agent|admin|readonly',
    () =>
      'rollene er klare; gi en innlogging en av dem med: kursdesk db roles grant <login> agent|admin|readonly',
  ),
  'note.role-granted': entry<{ login: string; role: string; before: readonly string[] }>(
    (p) => `${p.login} now has ${p.role}${p.before.length ? ` (had ${p.before.join(', ')})` : ''}`,
    (p) => `${p.login} har nå ${p.role}${p.before.length ? ` (hadde ${p.before.join(', ')})` : ''}`,
  ),
  'note.role-revoked': entry<{ login: string; before: readonly string[] }>(
    (p) =>
      p.before.length ? `${p.login} no longer has ${p.before.join(', ')}` : `${p.login} had no kursdesk role`,
    (p) =>
      p.before.length
        ? `${p.login} har ikke lenger ${p.before.join(', ')}`
        : `${p.login} hadde ingen kursdesk-rolle`,
  ),
  'note.reset': entry<{ dryRun: boolean; rows: number }>(
    (p) =>
      p.dryRun
        ? `dry run: ${p.rows.toLocaleString('en-US')} rows would be removed; nothing was changed`
        : `removed ${p.rows.toLocaleString('en-US')} rows; the schema, settings and audit log are kept`,
    (p) =>
      p.dryRun
        ? `prøvekjøring: ${p.rows.toLocaleString('nb-NO')} rader ville blitt fjernet; ingenting ble endret`
        : `fjernet ${p.rows.toLocaleString('nb-NO')} rader; skjemaet, innstillingene og revisjonsloggen er beholdt`,
  ),

  // seats waitlist and units request: a unit's seats, with its start as each language writes a date.
  /** `state` is the unit's state word as the data has it. */
  'note.unit-seats': entry<{
    unit: number;
    course: string;
    startsAt: Date | string;
    place: string | null;
    enrolled: number;
    capacity: number;
    waitlist: number;
    state: string;
  }>(
    (p) =>
      `unit ${p.unit} (${p.course}, ${osloDateTime(p.startsAt)}, ${p.place}): ${p.enrolled} of ${p.capacity} seats taken, ${p.waitlist} waiting; ${p.state}`,
    (p) =>
      `enhet ${p.unit} (${p.course}, ${osloDateTime(p.startsAt, 'nb')}, ${p.place}): ${p.enrolled} av ${p.capacity} plasser tatt, ${p.waitlist} venter; ${unitStateNb(p.state)}`,
  ),
  'note.units-with-free-seats': entry<{
    course: string;
    learner: number;
    units: readonly { unit: number; starts_at: Date | string; place: string | null; seats_left: number }[];
  }>(
    (p) =>
      `${p.course} has units with free seats: ${p.units.map((u) => `unit ${u.unit} (${osloDateTime(u.starts_at)}, ${u.place}, ${u.seats_left} left)`).join('; ')}; book one with kursdesk units enrol ${p.learner} <unit>`,
    (p) =>
      `${p.course} har enheter med ledige plasser: ${p.units.map((u) => `enhet ${u.unit} (${osloDateTime(u.starts_at, 'nb')}, ${u.place}, ${u.seats_left} ledige)`).join('; ')}; book en med kursdesk units enrol ${p.learner} <unit>`,
  ),
  'note.request-recorded': entry<{ dryRun: boolean; request: number; course: string }>(
    (p) =>
      p.dryRun
        ? 'dry run, nothing was written'
        : `recorded request ${p.request}; the planners see it in kursdesk units requests --course ${p.course}`,
    (p) =>
      p.dryRun
        ? 'prøvekjøring, ingenting ble skrevet'
        : `registrerte ønske ${p.request}; planleggerne ser det i kursdesk units requests --course ${p.course}`,
  ),

  // users set-hms.
  'note.hms-recorded': entry<{
    dryRun: boolean;
    card: string | null;
    id: number;
    previous: string | null | undefined;
    due: string | null;
  }>(
    (p) =>
      `${p.dryRun ? 'dry run, nothing written: would record' : 'recorded'} HMS card ${p.card} for learner ${p.id}${p.previous ? ` (was ${p.previous})` : ''}; renewal due ${p.due}`,
    (p) =>
      `${p.dryRun ? 'prøvekjøring, ingenting skrevet: ville registrert' : 'registrerte'} HMS-kort ${p.card} for bruker ${p.id}${p.previous ? ` (var ${p.previous})` : ''}; skal fornyes ${p.due}`,
  ),

  // companies register.
  'note.register-unit': entry<{ name: string }>(
    (p) => `register: ${p.name}`,
    (p) => `registeret: ${p.name}`,
  ),
  'note.register-would': entry<None>(
    () => 'dry run: the company was checked and would be registered as shown; nothing was written',
    () => 'prøvekjøring: firmaet ble kontrollert og ville blitt registrert som vist; ingenting ble skrevet',
  ),
  'note.registered': entry<{ name: string; orgNumber: string }>(
    (p) => `registered ${p.name} (${p.orgNumber}); learners can now choose it as employer`,
    (p) => `registrerte ${p.name} (${p.orgNumber}); brukerne kan nå velge firmaet som arbeidsgiver`,
  ),

  // certificates issue to stdout: one line per certificate; `status` is the completion's word.
  'note.certificate-line': entry<{
    action: string;
    number: string;
    name: string;
    course: string;
    status: string;
  }>(
    (p) => `${p.action} ${p.number}: ${p.name}, ${p.course} (${p.status})`,
    (p) => `${CERTIFICATE_ACTION_NB[p.action] ?? p.action} ${p.number}: ${p.name}, ${p.course} (${p.status})`,
  ),

  // doctor and db.
  'note.pending-migrations': entry<None>(
    () => 'pending migrations: run kursdesk db migrate',
    () => 'migreringer venter: kjør kursdesk db migrate',
  ),
  'note.schema-current': entry<{ version: number }>(
    (p) => `schema is current (version ${p.version})`,
    (p) => `skjemaet er oppdatert (versjon ${p.version})`,
  ),
  'note.migrations-applied': entry<{ names: readonly string[] }>(
    (p) => `applied ${p.names.length} migration(s): ${p.names.join(', ')}`,
    (p) => `kjørte ${countNb(p.names.length, 'migrering', 'migreringer')}: ${p.names.join(', ')}`,
  ),
  'note.migrations-pending': entry<{ count: number }>(
    (p) => `${p.count} pending: run kursdesk db migrate`,
    (p) => `${p.count} venter: kjør kursdesk db migrate`,
  ),
  /** `after` and `before` are test or production. */
  'note.database-marked': entry<{ after: string; before: string }>(
    (p) => `database marked ${p.after} (was ${p.before})`,
    (p) => `databasen er nå merket som ${markNb(p.after)} (før: ${markNb(p.before)})`,
  ),
} as const;

const COMPLETION_COLUMN_EN = {
  learner: 'learner (id, e-mail or national ID)',
  result: 'result (passed or failed)',
  course: 'course (or give --unit)',
} as const;
const COMPLETION_COLUMN_NB = {
  learner: 'learner (id, e-post eller fødselsnummer)',
  result: 'result (passed eller failed)',
  course: 'course (eller oppgi --unit)',
} as const;

const CERTIFICATE_ACTION_NB: Readonly<Record<string, string>> = {
  new: 'ny',
  reissued: 'utstedt på nytt',
  sealed: 'forseglet',
};

function markNb(kind: string): string {
  if (kind === 'production') return 'produksjon';
  return kind;
}

function linkNb(kind: string): string {
  if (kind === 'activation') return 'aktiveringslenke';
  if (kind === 'reset') return 'lenke for nytt passord';
  return `${kind}-lenke`;
}
