// What an agent does next with a triaged ticket: which facts each topic's workflow still lacks, the
// kursdesk commands with the facts filled in (quoted for a POSIX shell), the ticket reference and the
// short reply asking for what is missing. Pure.

import { foldName } from '../name-matching.js';
import { isAskableFact, moreInfoReply } from '../replies/answers.js';
import { fill, paragraph } from '../replies/catalogue.js';
import { shellWord } from '../shell-words.js';
import type { LoginQuestion } from './login-questions.js';
import { isMistypedAddress } from './mistyped-address.js';
import type { MissingFact, TicketFacts, TicketLanguage, TopicId } from './types.js';

/** What each workflow needs before it can run; a fact another workflow could find is not asked for. */
function missingFor(topic: TopicId, facts: TicketFacts): string[] {
  const has = {
    name: facts.names.length > 0 && facts.names[0]!.family !== '',
    birthDate: facts.birthDates.length > 0,
    email: facts.emails.length > 0,
    orgNumber: facts.orgNumbers.length > 0,
    company: facts.orgNumbers.length > 0 || facts.companyNames.length > 0,
    // A course named by its title is found with `courses search`: its code is not asked for again.
    courseCode: facts.courseCodes.length > 0 || (facts.courseTitles?.length ?? 0) > 0,
    hmsCard: facts.hmsCards.length > 0,
  };
  const need: string[] = [];
  switch (topic) {
    case 'W1':
    case 'W20':
      if (!has.name) need.push('name');
      if (!has.birthDate) need.push('birthDate');
      break;
    case 'W2':
    case 'W3':
    case 'W14':
      if (!has.email) need.push('email');
      break;
    case 'W4':
      if (!has.name) need.push('name');
      if (!has.birthDate) need.push('birthDate');
      if (facts.emails.length < 2) need.push('oldEmail');
      break;
    case 'W5':
      if (!has.company) need.push('orgNumber');
      break;
    case 'W6':
      if (facts.orgNumbers.length < 2) need.push('orgNumber');
      break;
    case 'W7':
      // Registering needs the contact person's phone too (and an invoice address when the company
      // takes no e-invoices): "company" asks for all a registration needs at once.
      // "company" lists the organisation number and name too.
      if (!facts.phones?.length) need.push('company');
      else {
        if (!has.orgNumber) need.push('orgNumber');
        if (facts.companyNames.length === 0) need.push('companyName');
      }
      break;
    case 'W9':
      if (!has.orgNumber) need.push('orgNumber');
      break;
    case 'W10':
      if (!facts.accountType) need.push('accountType');
      if (facts.accountType !== 'free' && !has.company) need.push('orgNumber');
      break;
    case 'W11':
      if (!has.hmsCard) need.push('hmsCard');
      break;
    case 'W12':
    case 'W13':
    case 'W15':
      if (!has.courseCode) need.push('courseCode');
      break;
    case 'W16':
      if (!has.name) need.push('name');
      if (!has.birthDate) need.push('birthDate');
      if (!has.email) need.push('email');
      break;
    default:
      break;
  }
  return need;
}

export function missingFacts(topics: readonly TopicId[], facts: TicketFacts): MissingFact[] {
  return topics.flatMap((topic) => missingFor(topic, facts).map((fact) => ({ topic, fact })));
}

/** `[#12345]`, `Sak 12345`, `Ticket#2026…`, `SUP-881` in brackets; else the Message-ID made safe for --ticket. */
export function ticketReference(subject: string, messageId: string | undefined): string {
  const patterns = [
    /\[\s*#?\s*([A-Za-z]{0,8}[-#]?\d{2,})\s*\]/,
    /\bticket\s*#\s*:?\s*(\d{3,})/i,
    /\b(?:sak|saksnr\.?|saksnummer|case|ticket|henvendelse|request|ref\.?)\s*(?:nr\.?|no\.?|number)?\s*[:#]?\s*(#?[A-Za-z]{0,8}-?\d{3,})\b/i,
  ];
  for (const pattern of patterns) {
    const m = pattern.exec(subject);
    if (m) return m[1]!.replace(/^#/, '').replace(/#/g, '-');
  }
  if (!messageId) return '';
  const inner = messageId.replace(/^\s*<|>\s*$/g, '');
  const safe = inner
    .replace(/[^A-Za-z0-9_.:#/-]+/g, '.')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 64);
  return safe;
}

interface CommandInput {
  facts: TicketFacts;
  ticket: string;
  attachments: readonly string[];
  /** The ticket's language: of a `replies ask` line that comes before a command lacking facts. */
  language?: TicketLanguage;
  /** Someone writing about the person (HR, a parent): a link goes to the login and the reply to them. */
  writer?: { given?: string };
}

/**
 * The address that names the learner: the one whose local part spells most of the first name's words
 * (HR writing for a new employee gives the employee's address in the body), else the first.
 */
export function learnerEmail(facts: TicketFacts): string | undefined {
  const words = (facts.names[0]?.full ?? '')
    .split(' ')
    .map(foldName)
    .filter((w) => w.length >= 2);
  // An address whose domain is a typo finds nobody: it is no selector (see mistyped-address.ts); nor is
  // one that may be another person's (a parent's), which would pick that person's account.
  const usable = facts.emails.filter((e) => !isMistypedAddress(e) && !facts.sharedEmails?.includes(e));
  let best = usable[0];
  let bestScore = 0;
  for (const email of usable) {
    const local = foldName(email.split('@')[0] ?? '');
    const score = words.filter((w) => local.includes(w)).length;
    if (score > bestScore) {
      best = email;
      bestScore = score;
    }
  }
  return best;
}

/** `replies ask` for facts a following command lacks (shown there as <placeholders>), or undefined. */
function askCommand(missing: readonly string[], firstName: string | undefined, language?: TicketLanguage) {
  const facts = missing.filter(isAskableFact);
  if (facts.length === 0) return undefined;
  const greet = firstName ? ` --name ${shellWord(firstName.split(' ')[0]!)}` : '';
  return `kursdesk replies ask --missing ${facts.join(',')}${greet} --reply ${language ?? 'nb'}`;
}

/** The kursdesk command lines for one topic; an unknown value is a <placeholder> the agent fills in. */
function commandsFor(topic: TopicId, input: CommandInput): string[] {
  const { facts } = input;
  const q = shellWord;
  const ticket = input.ticket ? ` --ticket ${q(input.ticket)}` : '';
  const learnerAddress = learnerEmail(facts);
  const learner = learnerAddress ? q(learnerAddress) : '<learner>';
  const name = facts.names[0];
  const org = facts.newOrgNumber ?? facts.orgNumbers[0];
  const orgOr = org ?? '<orgnr>';
  const invoiceRef = facts.invoiceReference ? ` --invoice-ref ${q(facts.invoiceReference)}` : '';
  const course = facts.courseCodes[0];
  // A course named only by its title: the catalogue search that gives its code comes first.
  const title = course ? undefined : facts.courseTitles?.[0];
  const search = title ? [`kursdesk courses search ${q(title)}`] : [];
  const typedRight = facts.emails.filter((e) => !isMistypedAddress(e));
  const mistyped = typedRight.length < facts.emails.length;
  // An address that may be a parent's or a spouse's is left out of the search when the name and birth
  // date can find the learner: given as evidence, it would speak for that other person's account.
  const byNameAndDate = name?.family && facts.birthDates[0];
  const usableEmails = byNameAndDate
    ? typedRight.filter((e) => !facts.sharedEmails?.includes(e))
    : typedRight;
  const findArgs = [
    ...(name ? [`--name ${q(name.full)}`] : []),
    ...(facts.birthDates[0] ? [`--birthdate ${facts.birthDates[0]}`] : []),
    ...usableEmails.map((e) => `--email ${q(e)}`),
  ].join(' ');
  const find = `kursdesk users find ${findArgs}${ticket}`.replace(/ {2,}/g, ' ');
  const spreadsheet = input.attachments.find((a) => /\.(csv|xlsx?|ods)$/i.test(a));
  switch (topic) {
    case 'W1':
      return [find];
    case 'W2':
    case 'W3':
      return [
        ...(facts.emails.length > 1 || name || (mistyped && facts.birthDates[0]) ? [find] : []),
        // Asked by someone else, the link is mailed to the login (never handed to the agent for a reply to
        // the writer: --reply-to refuses that) and the reply to paste greets the writer.
        input.writer
          ? `kursdesk links issue ${learner} --reply ${input.language ?? 'nb'} --reply-to ${q(input.writer.given ?? '')}${ticket}`
          : `kursdesk links issue ${learner}${ticket}`,
      ];
    case 'W4': {
      const [newEmail, oldEmail] = facts.emails;
      return [
        find,
        `kursdesk users set-email ${oldEmail ? q(oldEmail) : '<learner>'} ${newEmail ? q(newEmail) : '<new-email>'}${ticket}`,
      ];
    }
    case 'W5':
      return [
        ...(org ? [`kursdesk registry lookup ${org}`] : []),
        ...(!org && facts.companyNames[0] ? [`kursdesk companies find ${q(facts.companyNames[0])}`] : []),
        `kursdesk users move ${learner} --to ${orgOr}${invoiceRef}${ticket}`,
      ];
    case 'W6': {
      const to = facts.newOrgNumber ?? facts.orgNumbers[1];
      const from = facts.orgNumbers.find((o) => o !== to);
      if (spreadsheet)
        return [`kursdesk users move --file ${q(spreadsheet)} --to ${to ?? orgOr} --dry-run${ticket}`];
      return [
        `kursdesk users move --from ${from ?? '<old-orgnr>'} --to ${to ?? '<new-orgnr>'} --dry-run${ticket}`,
      ];
    }
    case 'W7': {
      // Every value `companies register` requires is given, from the ticket or as a <placeholder>
      // after the question that asks for it; the invoice address is asked for with the rest, since
      // only the register look-up tells whether the company takes e-invoices.
      const phone = facts.phones?.[0];
      const flags = [
        `--name ${facts.companyNames[0] ? q(facts.companyNames[0]) : '<company-name>'}`,
        `--contact-name ${name?.family ? q(name.full) : '<contact-name>'}`,
        `--contact-email ${facts.emails[0] ? q(facts.emails[0]) : '<contact-email>'}`,
        `--contact-phone ${phone ? q(phone) : '<contact-phone>'}`,
        ...(facts.invoiceEmails?.[0]
          ? [`--invoice-email ${q(facts.invoiceEmails[0])}`]
          : phone
            ? []
            : ['--invoice-email <invoice-email>']),
      ].join(' ');
      const register = `kursdesk companies register ${orgOr} ${flags} --dry-run${ticket}`;
      const ask = askCommand(missingFor('W7', facts), name?.given, input.language);
      return [`kursdesk registry lookup ${orgOr}`, ...(ask ? [ask] : []), register];
    }
    case 'W8':
      return [`kursdesk companies import ${spreadsheet ? q(spreadsheet) : '<file.csv>'} --dry-run${ticket}`];
    case 'W9':
      return facts.orgNumbers.length > 0
        ? facts.orgNumbers.map((o) => `kursdesk registry lookup ${o}`)
        : ['kursdesk registry lookup <orgnr>'];
    case 'W10': {
      const type = facts.accountType ?? '<free|full|driver>';
      const employer = type === 'free' ? '' : ` --employer ${orgOr}`;
      // A driver account also needs its depot and licence ('none' while in training), which a ticket
      // rarely gives: placeholders, as for the other values it lacks.
      const driver = type === 'driver' ? ' --depot <depot> --licence <licence|none>' : '';
      return [
        `kursdesk users show ${learner}`,
        `kursdesk users set-type ${learner} ${type}${employer}${type === 'free' ? '' : invoiceRef}${driver}${ticket}`,
      ];
    }
    case 'W11':
      return [
        `kursdesk users set-hms ${learner} ${facts.hmsCards[0] ? q(facts.hmsCards[0]) : '<card-number>'}${ticket}`,
      ];
    case 'W12':
      return course
        ? [`kursdesk courses why-hidden ${course} --user ${learner}`]
        : // --user, the documented name of the learner option (--as is its hidden older spelling).
          [`kursdesk courses search ${title ? q(title) : '<course words>'} --user ${learner}`];
    case 'W13': {
      // The place and the days the person wished for narrow the list and go with a request for a unit.
      const place = facts.wantedPlaces?.[0];
      const dates = facts.wantedDates;
      const where = place ? ` --place ${q(place)}` : '';
      const when = dates ? ` --from ${dates.from} --to ${dates.to}` : '';
      const note = dates ? ` --note ${q(dates.written)}` : '';
      const lines = [
        ...search,
        `kursdesk units list --course ${course ?? '<course>'} --available${where}${when}`,
      ];
      if (facts.unitIds[0]) lines.push(`kursdesk units enrol ${learner} ${facts.unitIds[0]}${ticket}`);
      else
        lines.push(
          `kursdesk units request ${course ?? '<course>'} --user ${learner}${where}${note}${ticket}`,
        );
      return lines;
    }
    case 'W14':
      return [`kursdesk programmes status ${learner}`];
    case 'W15':
      return [
        `kursdesk users history ${learner}`,
        ...search,
        `kursdesk certificates issue ${learner} ${course ?? '<course>'}${ticket}`,
      ];
    case 'W16': {
      const given = name ? q(name.given) : '<given-names>';
      const family = name?.family ? q(name.family) : '<family-name>';
      return [
        find,
        // The national ID is required and never comes by e-mail: `-` reads it from stdin, out of the
        // shell history, when the agent has it from the person.
        `kursdesk users create --first-name ${given} --last-name ${family} --email ${learner === '<learner>' ? '<email>' : learner} --national-id -${facts.hmsCards[0] ? ` --hms-card ${q(facts.hmsCards[0])}` : ''}${ticket}`,
      ];
    }
    case 'W17':
      return [`kursdesk audit --user ${learner}`];
    case 'W19':
      // README's fixtures for a team's test data: a synthetic set of the size asked for (written as
      // files, then checked against a database by loading it with --dry-run), or the database as an
      // anonymised copy. Never a plain dump: real people's data does not leave for a test environment.
      return [
        'kursdesk fixtures generate --users 1000 --out test-data',
        'kursdesk fixtures load test-data --dry-run',
        'kursdesk fixtures dump --anonymise --out test-data-anonymised',
      ];
    case 'W20':
      return [find, `kursdesk users show ${learner} --history`];
    case 'registration':
      return facts.emails[0] ? [`kursdesk users show ${learner}`] : [];
    default:
      return [];
  }
}

/** The command that prints the FAQ's text for a login question, in the ticket's language. */
export function loginAnswerCommand(kind: LoginQuestion, language: TicketLanguage): string {
  return `kursdesk replies list --topic login.${kind} --reply ${language}`;
}

export function nextCommands(topics: readonly TopicId[], input: CommandInput): string[] {
  const lines: string[] = [];
  for (const topic of topics) {
    for (const line of commandsFor(topic, input)) if (!lines.includes(line)) lines.push(line);
  }
  return lines;
}

/** The short reply asking for what is missing, or undefined when nothing is and no national ID came. */
export function askForMissing(
  language: TicketLanguage,
  missing: readonly MissingFact[],
  facts: TicketFacts,
  writer?: { given?: string },
): string | undefined {
  // The same "we need more information" reply as `replies ask --missing …`: texts live in the catalogue.
  const wanted = [...new Set(missing.map((m) => m.fact))].filter(isAskableFact);
  if (wanted.length === 0 && !facts.nationalId) return undefined;
  // Written for someone else (HR, a parent): the writer is greeted, the person named in the asks, or
  // called "the person concerned" when the mail names no one; the ID sent is that person's.
  if (writer) {
    const named = facts.names[0]?.full;
    return moreInfoReply(language, {
      ...(writer.given ? { firstName: writer.given } : {}),
      person: named ?? fill('about.person-unnamed', language, {}),
      missing: wanted,
      ...(facts.nationalId
        ? {
            before: [
              named === undefined
                ? paragraph('about.national-id.warning-unnamed', {})
                : paragraph('national-id.warning', {}),
            ],
          }
        : {}),
    });
  }
  return moreInfoReply(language, {
    firstName: facts.names[0]?.given.split(' ')[0],
    missing: wanted,
    ...(facts.nationalId ? { before: [paragraph('national-id.warning', {})] } : {}),
  });
}
