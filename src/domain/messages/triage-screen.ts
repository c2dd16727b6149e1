// The agent's screen of `kursdesk triage` and `triage --answer` (W18): field labels, topic and fact
// labels, the --answer frame and the notes the answer gives the agent. Only the human text; JSON and YAML
// keep their English keys and values. The English is byte for byte what the screen has always said.
import type { UnitStatus } from '../companies/register-rules.js';
import type { AccessReasonCode, AccessVerdict } from '../course-access.js';
import { type Coded, type Entry, unitStatusNb } from './catalogue.js';
import { accountWordNb, verdictWordNb } from './nbtext2.js';

// biome-ignore lint/complexity/noBannedTypes: an entry without parameters
type None = {};

const entry = <P = None>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

/** The labels at the left of triage's screen (at most 10 characters, the column is 11 wide). */
export type ScreenField = 'ticket' | 'from' | 'language' | 'topics' | 'facts' | 'missing' | 'next';

const FIELD_NB: Readonly<Record<ScreenField, string>> = {
  ticket: 'sak',
  from: 'fra',
  language: 'språk',
  topics: 'emner',
  facts: 'fakta',
  missing: 'mangler',
  next: 'neste',
};

/** What each topic is about, as the agent reads it beside the topic's id. */
const TOPIC_EN: Readonly<Record<string, string>> = {
  W1: 'forgot login e-mail / ID in use',
  W2: 'no activation e-mail',
  W3: 'forgot password',
  W4: 'new login e-mail',
  W5: 'changed employer',
  W6: 'company merged: bulk move',
  W7: 'company not a customer',
  W8: 'new customers from a list',
  W9: 'register look-up',
  W10: 'account type',
  W11: 'new HMS card',
  W12: "can't find a course",
  W13: 'units, seats, waitlist',
  W14: 'programme: what remains',
  W15: 'certificate / history',
  W16: 'register a learner for them',
  W17: 'who changed what',
  W18: 'triage',
  W19: 'fixtures',
  W20: 'personal data / delete me',
  registration: 'first registration',
  other: 'other (thanks, spam, not ours)',
};

const TOPIC_NB: Readonly<Record<string, string>> = {
  W1: 'glemt innloggings-e-post / ID i bruk',
  W2: 'ingen aktiverings-e-post',
  W3: 'glemt passord',
  W4: 'ny e-post for innlogging',
  W5: 'byttet arbeidsgiver',
  W6: 'firmaer slått sammen: flytt alle',
  W7: 'firmaet er ikke kunde',
  W8: 'nye kunder fra en liste',
  W9: 'oppslag i registeret',
  W10: 'kontotype',
  W11: 'nytt HMS-kort',
  W12: 'finner ikke et kurs',
  W13: 'kursdager, plasser, venteliste',
  W14: 'program: hva som gjenstår',
  W15: 'kursbevis / historikk',
  W16: 'registrere en deltaker for dem',
  W17: 'hvem endret hva',
  W18: 'sortering',
  W19: 'testdata',
  W20: 'personopplysninger / slett meg',
  registration: 'første registrering',
  other: 'annet (takk, søppelpost, ikke vårt)',
};

/** The kinds of fact triage lists, each shown as "label: value". */
export type ScreenFact =
  | 'name'
  | 'birth date'
  | 'e-mail'
  | 'org number'
  | 'company'
  | 'course'
  | 'unit'
  | 'HMS card'
  | 'invoice e-mail'
  | 'invoice reference'
  | 'account type asked for'
  | "e-mail, maybe another person's"
  | 'course title'
  | 'wanted place'
  | 'wanted dates';

const FACT_NB: Readonly<Record<ScreenFact, string>> = {
  name: 'navn',
  'birth date': 'fødselsdato',
  'e-mail': 'e-post',
  'org number': 'org.nr.',
  company: 'firma',
  course: 'kurs',
  unit: 'kursdag',
  'HMS card': 'HMS-kort',
  'invoice e-mail': 'e-post for faktura',
  'invoice reference': 'fakturareferanse',
  'account type asked for': 'ønsket kontotype',
  "e-mail, maybe another person's": 'e-post, kanskje en annens',
  'course title': 'kursnavn',
  'wanted place': 'ønsket sted',
  'wanted dates': 'ønsket tid',
};

const NAME_SOURCE_NB: Readonly<Record<'body' | 'signature' | 'from', string>> = {
  body: 'teksten',
  signature: 'signaturen',
  from: 'avsender',
};

/** The facts triage and the answer can find missing, by the code JSON gives them. */
const MISSING_NB: Readonly<Record<string, string>> = {
  name: 'navn',
  birthDate: 'fødselsdato',
  email: 'e-post',
  oldEmail: 'gammel e-post',
  accountType: 'kontotype',
  depot: 'opplæringssted (fører)',
  orgNumber: 'org.nr.',
  hmsCard: 'HMS-kort',
  courseCode: 'kurskode',
  unitId: 'kursdag',
  companyName: 'firmanavn',
  company: 'firma',
  contact: 'kontaktperson',
  invoiceEmail: 'e-post for faktura',
  employeeList: 'liste over ansatte',
};

const ACCESS_VERDICT_NB: Readonly<Record<AccessVerdict['verdict'], string>> = {
  hidden: 'skjult',
  'cannot-book': 'kan ikke bestilles',
  visible: 'synlig',
};

const ACCESS_REASON_NB: Readonly<Record<AccessReasonCode, string>> = {
  inactive: 'kurset er ikke i bruk',
  'account-type': 'ikke synlig for kontotypen',
  'account-status': 'kontoen er ikke aktiv',
  'passed-valid': 'allerede bestått og gyldig',
  'already-booked': 'allerede påmeldt',
  'no-unit': 'ingen kursdag satt opp',
  'all-full': 'alle kursdager er fulle',
};

/** The same facts in English words for the screen (JSON keeps the codes); an unknown code shows as itself. */
const MISSING_EN: Readonly<Record<string, string>> = {
  name: 'name',
  birthDate: 'birth date',
  email: 'e-mail',
  oldEmail: 'old e-mail',
  accountType: 'account type',
  depot: 'training place (driver)',
  orgNumber: 'org number',
  hmsCard: 'HMS card',
  courseCode: 'course code',
  unitId: 'unit',
  companyName: 'company name',
  company: 'company',
  contact: 'contact person',
  invoiceEmail: 'invoice e-mail',
  employeeList: 'list of employees',
};

/** Lines of the --answer frame that take no value. */
export type AnswerFrame =
  | 'found'
  | 'reply-to-send'
  | 'run-this'
  | 'run-one-of-these'
  | 'then-if-needed'
  | 'next-triage-again'
  | 'next-nothing-to-change';

const FRAME_EN: Readonly<Record<AnswerFrame, string>> = {
  found: 'found:',
  'reply-to-send': '── reply to send ──',
  'run-this': 'run this; it prints the reply to send:',
  'run-one-of-these': 'run one of these; each prints the reply to send:',
  'then-if-needed': 'then, if needed:',
  'next-triage-again': 'next: send the reply; when the answer comes, triage it with --answer again',
  'next-nothing-to-change': 'next: send the reply; nothing in the database needs changing',
};

const FRAME_NB: Readonly<Record<AnswerFrame, string>> = {
  found: 'funnet:',
  'reply-to-send': '── svar som skal sendes ──',
  'run-this': 'kjør denne; den skriver ut svaret som skal sendes:',
  'run-one-of-these': 'kjør én av disse; hver skriver ut svaret som skal sendes:',
  'then-if-needed': 'deretter, om nødvendig:',
  'next-triage-again': 'neste: send svaret; når svaret kommer, kjør triage med --answer på det igjen',
  'next-nothing-to-change': 'neste: send svaret; ingenting i databasen trenger endring',
};

export const TRIAGE_SCREEN = {
  'triage-screen.field': entry<{ field: ScreenField }>(
    (p) => p.field,
    (p) => FIELD_NB[p.field],
  ),
  'triage-screen.ask-for-missing': entry(
    () => 'ask for what is missing (reply draft)',
    () => 'be om det som mangler (utkast til svar)',
  ),
  'triage-screen.no-ticket-id': entry(
    () => '(none)',
    () => '(ingen)',
  ),
  'triage-screen.no-facts': entry(
    () => '(none found)',
    () => '(ingen funnet)',
  ),
  /** Where in an mbox or Maildir the message was. */
  'triage-screen.message-at': entry<{ message: number; line: number | undefined }>(
    (p) => `message ${p.message} (line ${p.line})`,
    (p) => `melding ${p.message} (linje ${p.line})`,
  ),
  'triage-screen.language': entry<{ language: 'nb' | 'nn' | 'en' }>(
    (p) => `${{ nb: 'bokmål', nn: 'nynorsk', en: 'English' }[p.language]} (${p.language})`,
    (p) => `${{ nb: 'bokmål', nn: 'nynorsk', en: 'engelsk' }[p.language]} (${p.language})`,
  ),
  /** A topic's label, empty for a topic the table does not know. */
  'triage-screen.topic': entry<{ topic: string }>(
    (p) => TOPIC_EN[p.topic] ?? '',
    (p) => TOPIC_NB[p.topic] ?? '',
  ),
  'triage-screen.fact': entry<{ fact: ScreenFact; value: string }>(
    (p) => `${p.fact}: ${p.value}`,
    (p) => `${FACT_NB[p.fact]}: ${p.value}`,
  ),
  'triage-screen.fact-name': entry<{ name: string; source: 'body' | 'signature' | 'from' }>(
    (p) => `name: ${p.name} (${p.source})`,
    (p) => `navn: ${p.name} (${NAME_SOURCE_NB[p.source]})`,
  ),
  /** `masked` is DDMMYY *****: the digits are never shown. */
  'triage-screen.fact-national-id': entry<{ masked: string; mistyped: boolean }>(
    (p) =>
      p.mistyped
        ? `national ID: ${p.masked} (check digits wrong: a typo, ask again; not kept)`
        : `national ID: ${p.masked} (sent by e-mail: not kept)`,
    (p) =>
      p.mistyped
        ? `fødselsnummer: ${p.masked} (kontrollsifrene stemmer ikke: en skrivefeil, spør igjen; ikke lagret)`
        : `fødselsnummer: ${p.masked} (sendt på e-post: ikke lagret)`,
  ),
  /** One line of triage's "missing": the topic and the fact, by its code, shown as words. */
  'triage-screen.missing-fact': entry<{ topic: string; fact: string }>(
    (p) => `${p.topic}: ${MISSING_EN[p.fact] ?? p.fact}`,
    (p) => `${p.topic}: ${MISSING_NB[p.fact] ?? p.fact}`,
  ),
  // The --answer frame (renderTicketAnswer in src/workflows/triage-answer.ts).
  'triage-screen.answer-head': entry<{
    ticket: string;
    topic: string;
    also: string[];
    replyLanguage: string;
  }>(
    (p) =>
      `ticket ${p.ticket || '(none)'}: ${p.topic}${p.also.length ? ` (also: ${p.also.join(', ')})` : ''}; reply in ${p.replyLanguage}`,
    (p) =>
      `sak ${p.ticket || '(ingen)'}: ${p.topic}${p.also.length ? ` (også: ${p.also.join(', ')})` : ''}; svar på ${p.replyLanguage}`,
  ),
  'triage-screen.answer-learner': entry<{ id: number; name: string }>(
    (p) => `learner: ${p.id} ${p.name}`,
    (p) => `deltaker: ${p.id} ${p.name}`,
  ),
  /** `facts` are the askable facts' codes, as JSON gives them; the screen shows them as words. */
  'triage-screen.asked-for': entry<{ facts: string[] }>(
    (p) => `asked for: ${p.facts.map((f) => MISSING_EN[f] ?? f).join(', ')}`,
    (p) => `ber om: ${p.facts.map((f) => MISSING_NB[f] ?? f).join(', ')}`,
  ),
  'triage-screen.note': entry<{ note: string | Coded }>(
    (p, t) => `note: ${t(p.note)}`,
    (p, t) => `merk: ${t(p.note)}`,
  ),
  'triage-screen.frame': entry<{ line: AnswerFrame }>(
    (p) => FRAME_EN[p.line],
    (p) => FRAME_NB[p.line],
  ),
  // The notes an answer gives the agent (src/workflows/triage-answer.ts). A `command` is a whole shell
  // line, never translated.
  'triage-note.account-disabled': entry<{ learner: number }>(
    (p) => `learner ${p.learner}'s account is disabled: a link would not help; answer by hand`,
    (p) => `kontoen til deltaker ${p.learner} er deaktivert: en lenke hjelper ikke; svar for hånd`,
  ),
  'triage-note.disabled-still': entry<{ learner: number }>(
    (p) =>
      `learner ${p.learner}'s account is disabled: the change can be made, but the learner cannot log in until the account is enabled again; say so by hand`,
    (p) =>
      `kontoen til deltaker ${p.learner} er deaktivert: endringen kan gjøres, men deltakeren kan ikke logge inn før kontoen er aktivert igjen; si fra om det for hånd`,
  ),
  'triage-note.customer-inactive': entry<{ company: string; status: string }>(
    (p) => `${p.company} is a customer marked ${p.status}: accounting must reopen it first`,
    (p) => `${p.company} er en kunde merket ${p.status}: regnskap må åpne den igjen først`,
  ),
  'triage-note.already-employed': entry<{ learner: number; company: string }>(
    (p) => `learner ${p.learner} is already employed at ${p.company}`,
    (p) => `deltaker ${p.learner} er allerede ansatt i ${p.company}`,
  ),
  'triage-note.check-dry-run': entry(
    () => 'check the dry run, then run it again without --dry-run; bulk moves give no reply',
    () => 'sjekk prøvekjøringen, og kjør den så igjen uten --dry-run; flytting av mange gir ikke noe svar',
  ),
  'triage-note.after-company-answers': entry<{ command: string }>(
    (p) => `after the company answers: ${p.command}`,
    (p) => `når firmaet har svart: ${p.command}`,
  ),
  'triage-note.already-has-type': entry<{ learner: number; accountType: string }>(
    (p) => `learner ${p.learner} already has a ${p.accountType} account`,
    (p) => `deltaker ${p.learner} har allerede kontotypen ${p.accountType}`,
  ),
  'triage-note.driver-needs-depot': entry(
    () => 'a driver account needs the depot (and the licence number once there is one): fill in <depot>',
    () => 'en førerkonto trenger depotet (og førerkortnummeret når det finnes): fyll inn <depot>',
  ),
  'triage-note.after-learner-answers': entry<{ command: string }>(
    (p) => `after the learner answers: ${p.command}`,
    (p) => `når deltakeren har svart: ${p.command}`,
  ),
  'triage-note.login-typo': entry<{ command: string }>(
    (p) =>
      `the login on file is a typo of the address the ticket came from (links issue refuses it): correct it with the command below, then send the link with: ${p.command}`,
    (p) =>
      `innloggingen som er registrert, er en skrivefeil av adressen saken kom fra (links issue nekter den): rett den med kommandoen under, og send så lenken med: ${p.command}`,
  ),
  'triage-note.enrol-when-picked': entry(
    () => 'when the learner picks a date, run the enrol command for that unit',
    () => 'når deltakeren velger en dato, kjør enrol-kommandoen for den kursdagen',
  ),
  'triage-note.certificate-instead': entry(
    () => 'to attach a certificate instead, run the certificates issue command for the course',
    () => 'for å legge ved et kursbevis i stedet, kjør certificates issue-kommandoen for kurset',
  ),
  'triage-note.customer-list': entry(
    () => 'a customer list: check it with kursdesk companies import <file.csv> --dry-run',
    () => 'en kundeliste: sjekk den med kursdesk companies import <file.csv> --dry-run',
  ),
  /** `warning` is the reply's own sentence, in the reply's language: quoted as it is to be pasted. */
  'triage-note.national-id-in-ticket': entry<{ masked: string; warning: string }>(
    (p) => `the ticket holds a national ID (${p.masked}): add to the reply: ${p.warning}`,
    (p) => `henvendelsen inneholder et fødselsnummer (${p.masked}): legg til i svaret: ${p.warning}`,
  ),
  // What a read-only step found (TicketFinding.found). Codes and values from the records (verdicts,
  // statuses, account types) stay as the records give them; only the words around them change.
  /** `note` is the look-up's own note (with the login masked); `loginNow` the current login it names, masked. */
  'triage-found.learner': entry<{
    learner: number;
    name: string;
    accountType: string;
    status: string;
    earlierOnly: boolean;
    note?: string | Coded;
    loginNow?: string;
  }>(
    (p, t) =>
      `learner ${p.learner} (${p.name}, ${p.accountType}, ${p.status})${p.earlierOnly ? ', but only by an earlier login: not proof the sender is the learner' : p.note ? `; ${t(p.note)}` : ''}`,
    (p) =>
      `deltaker ${p.learner} (${p.name}, ${accountWordNb(p.accountType)}, ${accountWordNb(p.status)})${p.earlierOnly ? ', men bare via en tidligere innlogging: ikke bevis for at avsenderen er deltakeren' : p.note ? `; funnet via en tidligere e-post; innloggingen er nå ${p.loginNow ?? ''}` : ''}`,
  ),
  /** `reason` and `reasonNb`: the search's reason in each language (matchReasonText). */
  'triage-found.identity': entry<{
    verdict: string;
    reason: string;
    reasonNb: string;
    candidates: number;
    best?: number;
  }>(
    (p) =>
      `verdict ${p.verdict} (${p.reason}); ${p.candidates} candidate(s)${p.best !== undefined ? `, best learner ${p.best}` : ''}`,
    (p) =>
      `vurdering ${verdictWordNb(p.verdict)} (${p.reasonNb}); ${p.candidates} kandidat(er)${p.best !== undefined ? `, beste treff deltaker ${p.best}` : ''}`,
  ),
  'triage-found.customer': entry<{ company?: { name: string; status: string } }>(
    (p) => (p.company ? `customer: ${p.company.name} (${p.company.status})` : 'not a customer'),
    (p) => (p.company ? `kunde: ${p.company.name} (${p.company.status})` : 'ikke kunde'),
  ),
  'triage-found.no-customer-matches': entry(
    () => 'no customer matches',
    () => 'ingen kunde passer',
  ),
  /**
   * The register's own texts (status, e-invoice, customer) as lookup gives them in English; bokmål says
   * the same from the facts: the status (and the day it dates from), ELMA and its extract's day, the customer.
   */
  'triage-found.register': entry<{
    name: string;
    statusText: string;
    eInvoice: string;
    customer: string;
    status: UnitStatus;
    statusDate: string | null;
    inElma: boolean;
    elmaDate: string | null;
    customerCompany?: { name: string; status: string };
  }>(
    (p) => `${p.name}: ${p.statusText}; e-invoice: ${p.eInvoice}; customer: ${p.customer}`,
    (p) =>
      `${p.name}: ${unitStatusNb(p.status, p.statusDate)}; e-faktura: ${
        p.elmaDate === null
          ? 'ukjent (ingen ELMA/Peppol-utdrag lastet inn)'
          : p.inElma
            ? `trolig ja: står som 0192-deltaker i utdraget fra ${p.elmaDate}`
            : `ukjent: står ikke i utdraget fra ${p.elmaDate}`
      }; kunde: ${p.customerCompany ? `ja: ${p.customerCompany.name} (${p.customerCompany.status})` : 'nei'}`,
  ),
  /** courses why-hidden's verdict and its reasons' codes: English keeps the codes, bokmål says them. */
  'triage-found.access': entry<{ verdict: AccessVerdict['verdict']; reasons: AccessReasonCode[] }>(
    (p) => `${p.verdict}${p.reasons.length ? `: ${p.reasons.join(', ')}` : ''}`,
    (p) =>
      `${ACCESS_VERDICT_NB[p.verdict]}${p.reasons.length ? `: ${p.reasons.map((r) => ACCESS_REASON_NB[r]).join(', ')}` : ''}`,
  ),
  'triage-found.no-course-matches': entry(
    () => 'no course matches',
    () => 'ingen kurs passer',
  ),
  'triage-found.units': entry<{
    scheduled: number;
    open: { unit: number; date: string; place: string; seatsLeft: number }[];
  }>(
    (p) =>
      `${p.scheduled} coming unit(s), ${p.open.length} with seats${p.open.length ? `: ${p.open.map((u) => `unit ${u.unit} (${u.date}, ${u.place}, ${u.seatsLeft} left)`).join('; ')}` : ''}`,
    (p) =>
      `${p.scheduled} kommende kursdag(er), ${p.open.length} med ledige plasser${p.open.length ? `: ${p.open.map((u) => `kursdag ${u.unit} (${u.date}, ${u.place}, ${u.seatsLeft} ledige)`).join('; ')}` : ''}`,
  ),
  'triage-found.programmes': entry<{
    programmes: { programme: string; complete: boolean; missing: number; expired: number }[];
  }>(
    (p) =>
      p.programmes.length === 0
        ? 'no programme assigned'
        : p.programmes
            .map(
              (g) =>
                `${g.programme}: ${g.complete ? 'complete' : `${g.missing} missing, ${g.expired} expired`}`,
            )
            .join('; '),
    (p) =>
      p.programmes.length === 0
        ? 'ingen program tildelt'
        : p.programmes
            .map(
              (g) =>
                `${g.programme}: ${g.complete ? 'fullført' : `${g.missing} mangler, ${g.expired} utløpt`}`,
            )
            .join('; '),
  ),
  'triage-found.passed': entry<{ courses: string[] }>(
    (p) => (p.courses.length === 0 ? 'no passed course' : `passed: ${p.courses.join(', ')}`),
    (p) => (p.courses.length === 0 ? 'ingen beståtte kurs' : `bestått: ${p.courses.join(', ')}`),
  ),
};
