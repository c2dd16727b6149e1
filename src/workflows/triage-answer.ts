// `triage --answer` (W18): from what triage read in a ticket, run only read-only workflows for its first
// topic and return what they found, the reply to paste in the ticket's language, and the change
// commands (each with --reply) whose output is the final answer. It never changes data.

import { isoDate } from '../context/clock.js';
import type { User } from '../db/schema.js';
import { domainOf, likelyDomainTypo } from '../domain/address-checks.js';
import { unitStatus, unitStatusDate } from '../domain/companies/register-rules.js';
import { alreadyCustomerReply } from '../domain/companies/replies.js';
import { matchReasonText } from '../domain/identity-match.js';
import { osloLongDateTime } from '../domain/local-time.js';
import { type Lang, type Notice, Text, text } from '../domain/messages/index.js';
import type { AnswerFrame } from '../domain/messages/triage-screen.js';
import { foldName } from '../domain/name-matching.js';
import { formatOrgNumber } from '../domain/org-number.js';
import { maskEmail } from '../domain/personal-data.js';
import {
  type AskableFact,
  fullUnitsParagraph,
  type GreetingRule,
  greetingName,
  moreInfoParagraphs,
  openUnitsParagraph,
  passedCoursesReply,
  programmeParagraphs,
  REPLY_TO_COMMANDS,
  registerParagraphs,
  replyToWords,
} from '../domain/replies/answers.js';
import {
  composeAbout,
  composeReply,
  fill,
  type Paragraph,
  paragraph,
  type ReplyLang,
} from '../domain/replies/catalogue.js';
import { courseAccessReply, courseName } from '../domain/replies/courses.js';
import { keepTogether } from '../domain/replies/keep-together.js';
import { findAccountParagraph } from '../domain/replies.js';
import { shellWord } from '../domain/shell-words.js';
import { wishedUnitsFirst } from '../domain/triage/course-wishes.js';
import { LOGIN_TOPICS, type LoginQuestion } from '../domain/triage/login-questions.js';
import type { TicketLanguage, TopicId, TriageResult } from '../domain/triage/types.js';
import { ConflictError, NotFoundError, UserError } from '../errors.js';
import { wrapCommand, wrapLines, wrapWords } from '../output/wrap.js';
import type { WorkflowDeps } from './deps.js';
import { programmeFacts } from './reply-facts.js';

/** One read-only step and what it found, said without personal data beyond what the agent may see. */
export interface TicketFinding {
  /** The kursdesk command the step equals, for the agent to re-run or look closer. */
  step: string;
  /** Coded where the workflow says it; an error's own message or a record's values stay plain. */
  found: Notice;
}

export interface TicketAnswer {
  ticket: string;
  /** The topic answered (triage's first, unless that was one the desk does not answer by itself). */
  topic: TopicId;
  /** Other topics triage saw, for the agent to judge. */
  alsoAbout: TopicId[];
  ticketLanguage: TicketLanguage;
  replyLanguage: ReplyLang;
  /** The learner the answer is about, when one was found with enough certainty to act on. */
  learner: { id: number; name: string } | null;
  findings: TicketFinding[];
  /** The reply to paste now; null when the first of `commands` prints the final answer. */
  reply: string | null;
  /** The change commands to run, whole shell lines with --reply and --ticket filled in. */
  commands: string[];
  /** Facts the reply asks the person for. */
  missing: AskableFact[];
  /**
   * Things the agent should know before sending (a national ID in the ticket, placeholders to fill):
   * coded, rendered in the agent's language on the screen and in English in JSON.
   */
  notes: Notice[];
}

interface Ctx {
  deps: WorkflowDeps;
  triage: TriageResult;
  lang: ReplyLang;
  findings: TicketFinding[];
  notes: Notice[];
  /** The identity search, once run (findByIdentity). */
  identitySearch?: ReturnType<typeof searchIdentity>;
}

/**
 * A reply said in any reply language: the look-ups run once, and the words are chosen last (the guided
 * mode offers a ticket's answer in all three).
 */
type Reply = (lang: ReplyLang) => string;

interface Outcome {
  learner?: { id: number; name: string } | null;
  reply: Reply | null;
  commands?: string[];
  missing?: AskableFact[];
}

const PLACEHOLDER = /^<[a-z][a-z|-]*>$/;

/** A change command with the ticket and the reply language: the agent's second command. */
function command(c: Ctx, words: string[], options: { reply?: boolean } = {}): string {
  // A <placeholder> stays bare: pasted unfilled, the shell refuses it rather than store "<depot>".
  const line = ['kursdesk', ...words.map((w) => (PLACEHOLDER.test(w) ? w : shellWord(w)))];
  if (c.triage.ticket) line.push('--ticket', shellWord(c.triage.ticket));
  if (options.reply !== false) {
    line.push('--reply', c.lang);
    // Written by HR, a manager or a parent: the command's reply goes back to that writer.
    if (REPLY_TO_COMMANDS.test(`${line.join(' ')} `))
      line.push(...replyToWords(c.triage.writer).map((w) => shellWord(w)));
  }
  return line.join(' ');
}

const fullName = (u: Pick<User, 'given_names' | 'family_name'>) => `${u.given_names} ${u.family_name}`;

/**
 * The greeting's rule for this ticket (see greetingName), the guided mode's: its writer, for a mail about
 * someone else; the given names the ticket is signed with ("Jon Knut" for learner Jon Knut Haugen, not
 * "Jon"); the name the ticket gives when no learner is found.
 */
const greetingRule = (c: Ctx): GreetingRule => ({
  writer: c.triage.writer,
  signed: c.triage.facts,
  otherwise: c.triage.facts.names[0]?.given,
});

/**
 * The name a reply to this ticket greets (greetingName with the ticket's rule): given the learner's full
 * name, so that the given names the ticket signs with are told from the family name.
 */
const greeting = (c: Ctx, user?: { given_names: string; family_name?: string }): string | undefined =>
  greetingName(
    user ? [user.given_names, user.family_name ?? ''].join(' ').trim() : undefined,
    greetingRule(c),
  );

/**
 * Whom a reply to someone else's writer speaks of, by full name: the learner found, else the name the
 * ticket gives; undefined when the person wrote themselves (the reply says "you").
 */
function aboutWhom(
  c: Ctx,
  user?: { given_names: string; family_name?: string },
  lang: ReplyLang = c.lang,
): string | undefined {
  if (!c.triage.writer) return undefined;
  if (user) return [user.given_names, user.family_name ?? ''].join(' ').trim();
  // HR's "one of our employees", a parent's "my son": the person the mail does not name.
  return c.triage.facts.names[0]?.full ?? fill('about.person-unnamed', lang, {});
}

/** A reply in the ticket's voice: to the person, or to whoever wrote about them (see aboutWhom). */
function say(
  c: Ctx,
  lang: ReplyLang,
  user: { given_names: string; family_name?: string } | undefined,
  parts: readonly (Paragraph | string)[],
): string {
  return composeAbout(lang, greeting(c, user), aboutWhom(c, user, lang), parts);
}

/**
 * The learner the ticket comes from. Only the From address proves anything: when it is a learner's
 * current login, the person reads that mailbox. Addresses merely written in the text, and earlier
 * logins (a mailbox at a former employer may now be someone else's), only locate the account — enough
 * for a link, which goes to the login on file, and not for telling anyone the account's data.
 */
async function learnerByAddress(c: Ctx, purpose: 'locate' | 'prove'): Promise<User | undefined> {
  const { resolveLearner } = await import('./learners.js');
  const from = (c.triage.from ?? '').toLowerCase();
  const addresses = purpose === 'prove' ? (from ? [from] : []) : c.triage.facts.emails;
  for (const email of addresses) {
    try {
      const { user, note } = await resolveLearner(c.deps, { by: 'email', email });
      // A parent's or a spouse's address the learner wrote from finds that person's account, not the
      // learner's: it counts only when the account bears the learner's name.
      if (c.triage.facts.sharedEmails?.includes(email) && !bearsLearnersName(c, user)) continue;
      if (purpose === 'prove' && note !== undefined) {
        foundLearner(c, email, user, { earlierOnly: true });
        return undefined;
      }
      // The look-up's note names the current login: masked here, as the agent may not see it whole.
      const masked = maskEmail(user.email);
      foundLearner(c, email, user, {
        earlierOnly: false,
        ...(note ? { note: text('note.found-by-earlier-email', { email: masked }), loginNow: masked } : {}),
      });
      return user;
    } catch (error) {
      if (!(error instanceof NotFoundError || error instanceof ConflictError)) throw error;
    }
  }
  return undefined;
}

/** The account's name is the one the ticket gives for the learner (as written, accents and case aside). */
function bearsLearnersName(c: Ctx, user: User): boolean {
  const learner = c.triage.facts.names[0]?.full;
  return learner !== undefined && foldName(fullName(user)) === foldName(learner);
}

/**
 * W1's search: name, birth date and every address given; its verdict decides what may be said. Run once
 * per ticket (a second look at its candidates adds no second finding).
 */
function findByIdentity(c: Ctx): ReturnType<typeof searchIdentity> {
  c.identitySearch ??= searchIdentity(c);
  return c.identitySearch;
}

async function searchIdentity(c: Ctx) {
  const { findAccount } = await import('./find-account.js');
  const name = c.triage.facts.names[0]?.full;
  const birthDate = c.triage.facts.birthDates[0];
  if (!name || !birthDate) return undefined;
  // An address that may be another person's is no evidence for the learner (as in triage's command).
  const emails = c.triage.facts.emails.filter((e) => !c.triage.facts.sharedEmails?.includes(e));
  const result = await findAccount(c.deps, { name, birthDate, emails, limit: 5 });
  const top = result.candidates[0];
  c.findings.push({
    step: ['kursdesk users find --name', shellWord(name), '--birthdate', birthDate]
      .concat(emails.flatMap((e) => ['--email', shellWord(e)]))
      .join(' '),
    found: text('triage-found.identity', {
      verdict: result.verdict,
      reason: result.reason,
      reasonNb: matchReasonText(result.why, 'nb'),
      candidates: result.candidates.length,
      ...(top ? { best: top.id } : {}),
    }),
  });
  return result;
}

/**
 * The learner a change may be made for: found by an address the person uses, or by a verified
 * identity. A likely match is not enough to act on, nor to tell someone another person's data.
 */
async function actionableLearner(c: Ctx, purpose: 'locate' | 'prove' = 'prove'): Promise<User | undefined> {
  const byAddress = await learnerByAddress(c, purpose);
  if (byAddress) return byAddress;
  const found = await findByIdentity(c);
  if (found?.verdict !== 'verified') return undefined;
  const { resolveLearner } = await import('./learners.js');
  return (await resolveLearner(c.deps, { by: 'id', id: found.candidates[0]!.id })).user;
}

/** The finding of `kursdesk users show <email>`: the learner it found, and how far that proves anything. */
function foundLearner(
  c: Ctx,
  email: string,
  user: User,
  how: { earlierOnly: boolean; note?: Text; loginNow?: string },
): void {
  c.findings.push({
    step: `kursdesk users show ${shellWord(email)}`,
    found: text('triage-found.learner', {
      learner: user.id,
      name: fullName(user),
      accountType: user.account_type,
      status: user.status,
      ...how,
    }),
  });
}

/**
 * A learner whose current login is an address the ticket writes (not its From) and whose birth date is
 * one the ticket gives: a forwarded mail ("se under") carries the learner's own address and birth date
 * in the part quoted below, and those two together pick the account without asking the person again.
 */
async function learnerByGivenAddressAndBirthDate(c: Ctx): Promise<User | undefined> {
  const { resolveLearner } = await import('./learners.js');
  const from = (c.triage.from ?? '').toLowerCase();
  const dates = new Set(c.triage.facts.birthDates);
  if (dates.size === 0) return undefined;
  for (const email of c.triage.facts.emails) {
    if (email.toLowerCase() === from) continue;
    try {
      const { user, note } = await resolveLearner(c.deps, { by: 'email', email });
      // An earlier login may be someone else's mailbox now: only the current one counts.
      if (note !== undefined || !dates.has(user.birth_date)) continue;
      foundLearner(c, email, user, { earlierOnly: false });
      return user;
    } catch (error) {
      if (!(error instanceof NotFoundError || error instanceof ConflictError)) throw error;
    }
  }
  return undefined;
}

/** The reply that asks for what identifies the learner, after the topic's own self-service advice. */
function askForIdentity(c: Ctx, before: Paragraph[]): Outcome {
  const missing: AskableFact[] = ['name', 'birthDate', 'email'];
  if (c.triage.facts.names.length > 0) missing.splice(missing.indexOf('name'), 1);
  if (c.triage.facts.birthDates.length > 0) missing.splice(missing.indexOf('birthDate'), 1);
  return {
    reply: (lang) =>
      say(c, lang, undefined, [
        ...before,
        ...moreInfoParagraphs(lang, missing, aboutWhom(c, undefined, lang)),
      ]),
    missing,
  };
}

function asked(c: Ctx, before: Paragraph[], missing: AskableFact[], user?: User): Outcome {
  return {
    reply: (lang) =>
      say(c, lang, user, [...before, ...moreInfoParagraphs(lang, missing, aboutWhom(c, user, lang))]),
    missing,
  };
}

const learnerRef = (u: User) => ({ id: u.id, name: fullName(u) });

/** `--invoice-ref` with the reference the ticket gives for the employer's invoices, or nothing. */
const invoiceRefWords = (c: Ctx): string[] =>
  c.triage.facts.invoiceReference ? ['--invoice-ref', c.triage.facts.invoiceReference] : [];

/** Registering said the national ID is already in use (the cue triage matched, or the subject). */
const ID_IN_USE = /i bruk|in use|already (registered|exists)|allerede registrert/i;

async function answerW1(c: Ctx): Promise<Outcome> {
  const found = await findByIdentity(c);
  if (!found) return askForIdentity(c, [paragraph('W1.one-account', {})]);
  const top = found.candidates[0];
  const sure = found.verdict === 'verified' || found.verdict === 'likely';
  const said = [c.triage.subject, ...c.triage.topics.flatMap((t) => t.because)].join(' ');
  if (ID_IN_USE.test(said) && found.verdict === 'none') {
    // The account exists (the portal said so): "create a new one" would be wrong; ask for what finds it.
    const missing: AskableFact[] = ['email'];
    return { ...asked(c, [paragraph('W1.id-in-use', {})], missing), learner: null };
  }
  const inUse = ID_IN_USE.test(said) ? [paragraph('W1.id-in-use', {})] : [];
  // A verified account never activated: the reply promises an activation link, which this command
  // issues (its output is the reply with the link).
  const activate = found.verdict === 'verified' && top?.status === 'pending';
  // As in answerLink: only the login's own mailbox may get the link in the reply; HR writing for an
  // employee, or anyone else, has it mailed to the login.
  const fromLogin = top !== undefined && (c.triage.from ?? '').toLowerCase() === top.email.toLowerCase();
  const deliver = fromLogin && !c.triage.writer ? [] : ['--deliver', 'mail'];
  return {
    ...(activate ? { commands: [command(c, ['links', 'issue', String(top.id), ...deliver])] } : {}),
    learner: found.verdict === 'verified' && top ? { id: top.id, name: top.name } : null,
    reply: (lang) =>
      say(c, lang, top && found.verdict === 'verified' ? { given_names: top.name } : undefined, [
        ...inUse,
        findAccountParagraph(
          found.verdict,
          sure && top ? top.email : undefined,
          c.triage.facts.birthDates.length > 0,
          top?.status === 'pending',
          // HR, a manager or a parent reads the reply: the login stays masked to them.
          c.triage.writer !== undefined,
        ),
      ]),
  };
}

/**
 * W2's usual cause: the login on file is a slip of the address the person writes from (the same local
 * part, the domain a typo of theirs), found by name and birth date. Moving the login to the address the
 * mail came from is safe: a link then goes to that mailbox, whoever wrote.
 */
async function loginTypoOfSender(c: Ctx): Promise<User | undefined> {
  const from = c.triage.from?.toLowerCase();
  if (!from) return undefined;
  const found = await findByIdentity(c);
  const top = found?.candidates[0];
  if (!top || (found.verdict !== 'verified' && found.verdict !== 'likely')) return undefined;
  const { resolveLearner } = await import('./learners.js');
  const { user } = await resolveLearner(c.deps, { by: 'id', id: top.id });
  const local = (email: string) => email.slice(0, email.lastIndexOf('@')).toLowerCase();
  if (local(user.email) !== local(from)) return undefined;
  return likelyDomainTypo(domainOf(user.email), [domainOf(from)]) === domainOf(from) ? user : undefined;
}

async function answerLink(c: Ctx, topic: 'W2' | 'W3'): Promise<Outcome> {
  const advice = topic === 'W2' ? paragraph('W2.checklist', {}) : paragraph('W3.self-service', {});
  // The link goes to the login on file, whoever asked, so any address the person gives may find it.
  const user = await actionableLearner(c, 'locate');
  const typo = !user && topic === 'W2' ? await loginTypoOfSender(c) : undefined;
  if (typo) {
    // links issue would refuse the mistyped address on file: correct it first, then the link follows.
    c.notes.push(
      text('triage-note.login-typo', {
        command: command(c, ['links', 'issue', String(typo.id)]),
      }),
    );
    return {
      learner: learnerRef(typo),
      reply: null,
      commands: [command(c, ['users', 'set-email', String(typo.id), c.triage.from!.toLowerCase()])],
    };
  }
  if (!user) return askForIdentity(c, [advice]);
  if (user.status === 'disabled') {
    c.notes.push(text('triage-note.account-disabled', { learner: user.id }));
    return { learner: learnerRef(user), reply: null };
  }
  // Without a mail server `links issue` hands the link to the agent for the reply, and the reply goes
  // back to whoever wrote: only the login's own mailbox may get it that way. Anyone else (a colleague in
  // HR, a private address, a paste without a sender) gets the link mailed to the login on file.
  const fromLogin = (c.triage.from ?? '').toLowerCase() === user.email.toLowerCase();
  return {
    learner: learnerRef(user),
    reply: null,
    commands: [command(c, ['links', 'issue', String(user.id), ...(fromLogin ? [] : ['--deliver', 'mail'])])],
  };
}

async function answerW4(c: Ctx): Promise<Outcome> {
  const advice = paragraph('W4.self-service', {});
  const found = await findByIdentity(c);
  if (!found) return askForIdentity(c, [advice]);
  const top = found.candidates[0];
  if (found.verdict !== 'verified' || !top) {
    return {
      learner: null,
      reply: (lang) =>
        say(c, lang, undefined, [
          findAccountParagraph(
            found.verdict,
            found.verdict === 'likely' ? top?.email : undefined,
            c.triage.facts.birthDates.length > 0,
          ),
          advice,
        ]),
    };
  }
  // HR, a manager or a parent writes from their own mailbox: that address is theirs, never the person's
  // new login. The new login is an address the mail gives for the person that no account uses yet.
  if (c.triage.writer) {
    const given = await unusedAddressOf(c, top.email);
    if (!given) {
      return {
        learner: { id: top.id, name: top.name },
        missing: ['email'],
        reply: (lang) =>
          say(c, lang, { given_names: top.name }, [
            paragraph('about.W4.new-address-needed', {
              person: aboutWhom(c, { given_names: top.name }) ?? top.name,
              email: maskEmail(top.email),
            }),
          ]),
      };
    }
    return {
      learner: { id: top.id, name: top.name },
      reply: null,
      commands: [command(c, ['users', 'set-email', String(top.id), given])],
    };
  }
  // Pasted without a sender, the new address is the one given beside the login, not the login itself.
  const from = (
    c.triage.from ?? c.triage.facts.emails.find((e) => e.toLowerCase() !== top.email)
  )?.toLowerCase();
  if (!from || from === top.email) {
    return {
      learner: { id: top.id, name: top.name },
      reply: (lang) =>
        c.triage.writer
          ? say(c, lang, { given_names: top.name }, [
              findAccountParagraph('verified', top.email, false, false, true),
            ])
          : composeReply(lang, greeting(c, { given_names: top.name }), [
              findAccountParagraph('verified', top.email),
            ]),
    };
  }
  return {
    learner: { id: top.id, name: top.name },
    reply: null,
    commands: [command(c, ['users', 'set-email', String(top.id), from])],
  };
}

/**
 * An address the ticket gives (a writer's own is not among them) that is not `login` and that no account
 * has or had: the new login someone asks for on the person's behalf.
 */
async function unusedAddressOf(c: Ctx, login: string): Promise<string | undefined> {
  const { resolveLearner } = await import('./learners.js');
  for (const email of c.triage.facts.emails) {
    const address = email.toLowerCase();
    if (address === login.toLowerCase() || c.triage.facts.sharedEmails?.includes(email)) continue;
    try {
      await resolveLearner(c.deps, { by: 'email', email: address });
    } catch (error) {
      if (error instanceof NotFoundError) return address;
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  return undefined;
}

/** The customer the ticket names: by organisation number, else by a company name that matches one alone. */
async function namedCustomer(c: Ctx) {
  const { findCompanyRows } = await import('./companies/records.js');
  // An organisation number says which company is meant, customer or not; a name only when it matches one.
  const org = c.triage.facts.orgNumbers[0];
  if (org) {
    const company = (await findCompanyRows(c.deps, org, 5)).rows.find((r) => r.org_number === org);
    c.findings.push({
      step: `kursdesk companies show ${org}`,
      found: text('triage-found.customer', company ? { company } : {}),
    });
    return { org, company };
  }
  for (const name of c.triage.facts.companyNames) {
    const { rows } = await findCompanyRows(c.deps, name, 3);
    c.findings.push({
      step: `kursdesk companies find ${shellWord(name)}`,
      found:
        rows.length === 0
          ? text('triage-found.no-customer-matches')
          : rows.map((r) => `${r.name} (${r.org_number})`).join('; '),
    });
    if (rows.length === 1) return { org: rows[0]!.org_number, company: rows[0] };
  }
  return undefined;
}

/** What the Brønnøysund and ELMA extracts say, or undefined when the number is in neither. */
async function registerFacts(c: Ctx, org: string) {
  const { lookupOrgNumber } = await import('./registry/lookup.js');
  try {
    const found = await lookupOrgNumber(c.deps, org);
    // The lookup's texts are English; the facts behind them let the agent's screen say them in bokmål.
    const db = c.deps.db.kysely;
    const { registerFactsOf, registerStateOf } = await import('../db/queries/registry.js');
    const { companyByOrgNumber } = await import('../db/queries/companies.js');
    const { unit, inElma } = await registerFactsOf(db, org);
    const { elmaDate } = await registerStateOf(db);
    const customer = await companyByOrgNumber(db, org);
    const status = unit ? unitStatus(unit) : 'active';
    c.findings.push({
      step: `kursdesk registry lookup ${org}`,
      found: text('triage-found.register', {
        name: found.name,
        statusText: found.status_text.in('en'),
        eInvoice: found.e_invoice.in('en'),
        customer: found.customer.in('en'),
        status,
        statusDate: unit ? unitStatusDate(unit, status) : null,
        inElma,
        elmaDate,
        ...(customer ? { customerCompany: { name: customer.name, status: customer.status } } : {}),
      }),
    });
    return found;
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    c.findings.push({ step: `kursdesk registry lookup ${org}`, found: error.text ?? error.message });
    return undefined;
  }
}

async function answerW5(c: Ctx): Promise<Outcome> {
  const advice = paragraph('W5.self-service', {});
  const user = await actionableLearner(c);
  if (!user) return askForIdentity(c, [advice]);
  const named = await namedCustomer(c);
  if (!named) return { learner: learnerRef(user), ...asked(c, [advice], ['orgNumber'], user) };
  if (named.company?.status !== 'active') {
    if (named.company)
      c.notes.push(
        text('triage-note.customer-inactive', {
          company: named.company.name,
          status: named.company.status,
        }),
      );
    const register = named.company ? undefined : await registerFacts(c, named.org);
    const company = named.company?.name ?? register?.name ?? formatOrgNumber(named.org);
    return {
      learner: learnerRef(user),
      reply: (lang) => say(c, lang, user, [paragraph('W5.not-customer', { company })]),
    };
  }
  if (named.company.id === user.employer_id) {
    const company = named.company.name;
    c.notes.push(text('triage-note.already-employed', { learner: user.id, company }));
    return {
      learner: learnerRef(user),
      reply: (lang) => say(c, lang, user, [paragraph('W5.already', { company })]),
    };
  }
  return {
    learner: learnerRef(user),
    reply: null,
    commands: [command(c, ['users', 'move', String(user.id), '--to', named.org, ...invoiceRefWords(c)])],
  };
}

async function answerW6(c: Ctx): Promise<Outcome> {
  const [from, to] = c.triage.facts.orgNumbers;
  if (from && to) {
    c.notes.push(text('triage-note.check-dry-run'));
    return {
      reply: (lang) => say(c, lang, undefined, [paragraph('W6.received', {})]),
      commands: [command(c, ['users', 'move', '--from', from, '--to', to, '--dry-run'], { reply: false })],
    };
  }
  return asked(c, [paragraph('W6.received', {})], ['employeeList']);
}

/**
 * A mail the topic model did not file under a course topic but that names a course: when the writer's
 * account cannot see or book it, that is what they meet ("eg finn ikkje FØR-500") and W12 explains it;
 * otherwise the question is about the course itself, which the FAQ sends to the course description first.
 */
async function answerCourseMention(c: Ctx, code: string): Promise<Outcome> {
  const user = await actionableLearner(c);
  if (user) {
    const { whyHidden } = await import('./catalogue.js');
    try {
      const access = await whyHidden(c.deps, {
        code,
        learner: { by: 'id', id: user.id },
        learnerText: String(user.id),
      });
      if (access.reasons.some((r) => r.effect !== 'info')) {
        c.findings.length = 0; // answerW12 finds the learner again and says so itself
        return answerW12(c);
      }
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
  }
  return {
    ...(user ? { learner: learnerRef(user) } : {}),
    reply: (lang) => say(c, lang, user, [paragraph('course-question', { code })]),
  };
}

async function answerW7(c: Ctx, topic: 'W7' | 'W8' = 'W7'): Promise<Outcome> {
  const org = c.triage.facts.orgNumbers[0];
  // "Who is the contact person for SV-300?" reads like a company's request to the topic model; a mail
  // naming a course and no company at all asks about the course.
  const code = c.triage.facts.courseCodes[0];
  if (!org && code && c.triage.facts.companyNames.length === 0) return answerCourseMention(c, code);
  if (!org) return asked(c, [paragraph('W7.how-to', {})], ['company']);
  const named = await namedCustomer(c);
  if (named?.company) {
    const k = named.company;
    return {
      reply: (lang) =>
        alreadyCustomerReply(lang, {
          contactName: c.triage.facts.names[0]?.full ?? null,
          companyName: k.name,
          orgNumber: k.org_number,
          invoiceEmail: k.invoice_email,
          invoiceAddress: k.invoice_address,
        }),
    };
  }
  const register = await registerFacts(c, org);
  if (!register)
    return asked(c, registerParagraphs({ orgNumber: org, name: null, inElma: null }), ['company']);
  // A learner looking for their own employer cannot give its contact and invoice details: the reply
  // says what the employer sends to accounting (the FAQ's list), and no registration waits on them.
  if (c.triage.asksAsLearner && topic === 'W7') {
    const company = register.name ?? formatOrgNumber(org);
    return {
      reply: (lang) =>
        say(c, lang, undefined, [
          paragraph('W7.learner-not-customer', { company, orgNumber: formatOrgNumber(org) }),
          ...(register.in_elma === false ? [paragraph('W7.learner-no-elma', {})] : []),
        ]),
    };
  }
  // `companies register` requires a contact person's name, e-mail and phone, and an invoice address
  // when the company takes no e-invoices: what the ticket lacks is asked for first, and the command is
  // shown with <placeholders> until the answer comes (one that cannot run is never a command).
  const facts = c.triage.facts;
  const contact = facts.names[0]?.family ? facts.names[0].full : undefined;
  const email = c.triage.from ?? facts.emails[0];
  const phone = facts.phones?.[0];
  const invoiceEmail = facts.invoiceEmails?.[0];
  const values: [string, string | undefined, string][] = [
    ['--contact-name', contact, '<contact-name>'],
    ['--contact-email', email, '<contact-email>'],
    ['--contact-phone', phone, '<contact-phone>'],
    // An invoice address the request gives is passed whether or not the company is in ELMA.
    ...(register.in_elma && !invoiceEmail
      ? []
      : [['--invoice-email', invoiceEmail, '<invoice-email>'] as [string, string | undefined, string]]),
  ];
  if (values.every(([, value]) => value !== undefined)) {
    const words = ['companies', 'register', org, ...values.flatMap(([flag, value]) => [flag, value!])];
    return { reply: null, commands: [command(c, words)] };
  }
  const shown = values.map(
    ([flag, value, placeholder]) => `${flag} ${value ? shellWord(value) : placeholder}`,
  );
  const ticket = c.triage.ticket ? ` --ticket ${shellWord(c.triage.ticket)}` : '';
  c.notes.push(
    text('triage-note.after-company-answers', {
      command: `kursdesk companies register ${org} ${shown.join(' ')}${ticket} --reply ${c.lang}`,
    }),
  );
  // The ticket gave the organisation number and the register knows it: ask only for what is still missing.
  const contactKnown = contact !== undefined && email !== undefined && phone !== undefined;
  return asked(
    c,
    [
      paragraph('W7.how-to', {}),
      ...registerParagraphs({ orgNumber: org, name: register.name, inElma: register.in_elma }),
    ],
    [
      ...(contactKnown ? [] : ['contact' as const]),
      ...(register.in_elma || invoiceEmail ? [] : ['invoiceEmail' as const]),
    ],
  );
}

async function answerW9(c: Ctx): Promise<Outcome> {
  const org = c.triage.facts.orgNumbers[0];
  if (!org) return asked(c, [], ['orgNumber']);
  const register = await registerFacts(c, org);
  return {
    reply: (lang) =>
      say(
        c,
        lang,
        undefined,
        registerParagraphs({
          orgNumber: org,
          name: register?.name ?? null,
          inElma: register?.in_elma ?? null,
        }),
      ),
  };
}

const DRIVER_WORDS = /fører|førar|lokfører|driver|train driver/i;

/** A change for a disabled account is made, but the learner still cannot log in: the agent is told. */
function noteIfDisabled(c: Ctx, user: User): void {
  if (user.status === 'disabled') c.notes.push(text('triage-note.disabled-still', { learner: user.id }));
}

async function answerW10(c: Ctx): Promise<Outcome> {
  const advice = paragraph('W10.self-service', {});
  const user = await actionableLearner(c);
  if (!user) return askForIdentity(c, [advice]);
  noteIfDisabled(c, user);
  const said = [c.triage.subject, ...c.triage.topics.flatMap((t) => t.because)].join(' ');
  const target = DRIVER_WORDS.test(said) ? 'driver' : 'full';
  if (user.account_type === target) {
    c.notes.push(text('triage-note.already-has-type', { learner: user.id, accountType: target }));
    return {
      learner: learnerRef(user),
      reply: (lang) =>
        say(c, lang, user, [paragraph(target === 'full' ? 'W10.already-full' : 'W10.already-driver', {})]),
    };
  }
  const words = ['users', 'set-type', String(user.id), target];
  if (user.employer_id === null) {
    const named = await namedCustomer(c);
    if (!named?.company) return { learner: learnerRef(user), ...asked(c, [advice], ['orgNumber'], user) };
    words.push('--employer', named.org);
  }
  words.push(...invoiceRefWords(c));
  if (target === 'driver') {
    // No ticket names the depot the type requires: the reply asks for it (and a licence, if any), and the
    // command waits in a note until the learner answers; one with a <placeholder> is never "run this".
    words.push('--depot', '<depot>', '--licence', '<licence|none>');
    c.notes.push(text('triage-note.after-learner-answers', { command: command(c, words) }));
    return { learner: learnerRef(user), ...asked(c, [], ['depot'], user) };
  }
  return { learner: learnerRef(user), reply: null, commands: [command(c, words)] };
}

async function answerW11(c: Ctx): Promise<Outcome> {
  const advice = paragraph('W11.self-service', {});
  const user = await actionableLearner(c);
  if (!user) return askForIdentity(c, [advice]);
  noteIfDisabled(c, user);
  const card = c.triage.facts.hmsCards[0];
  if (!card) return { learner: learnerRef(user), ...asked(c, [advice], ['hmsCard'], user) };
  return {
    learner: learnerRef(user),
    reply: null,
    commands: [command(c, ['users', 'set-hms', String(user.id), card])],
  };
}

/** A why-hidden fix the agent can run as it stands: placeholders filled from the ticket, or none left. */
function runnableFix(c: Ctx, fix: string): string | undefined {
  const org = c.triage.facts.orgNumbers[0];
  const filled = org ? fix.replace('<orgnr>', org) : fix;
  if (/<[^>]+>/.test(filled)) return undefined;
  const ticket = c.triage.ticket ? ` --ticket ${shellWord(c.triage.ticket)}` : '';
  const replies = /^kursdesk (users set-type|units request|units enrol|links issue) /.test(filled);
  const replyTo = replies ? replyToWords(c.triage.writer).map((w) => shellWord(w)) : [];
  return `${filled}${ticket}${replies ? ` --reply ${c.lang}` : ''}${replyTo.length > 0 ? ` ${replyTo.join(' ')}` : ''}`;
}

/**
 * The course the ticket means: a code it gives, else a title it names that the catalogue search finds
 * alone (a title matching several courses is asked about rather than guessed).
 */
async function courseCodeOf(c: Ctx): Promise<string | undefined> {
  const code = c.triage.facts.courseCodes[0];
  if (code) return code;
  const { searchCourses } = await import('./catalogue.js');
  // The titles the ticket names a course by first, then other names it gives (a title the reader missed).
  for (const words of [...(c.triage.facts.courseTitles ?? []), ...c.triage.facts.companyNames]) {
    const found = await searchCourses(c.deps, { query: words, as: undefined, limit: 5 });
    c.findings.push({
      step: `kursdesk courses search ${shellWord(words)}`,
      found:
        found.hits.length === 0
          ? text('triage-found.no-course-matches')
          : found.hits.map((h) => h.code).join(', '),
    });
    const same = found.hits.find((h) => h.title.toLowerCase() === words.trim().toLowerCase());
    if (same) return same.code;
    if (found.hits.length === 1) return found.hits[0]!.code;
  }
  return undefined;
}

async function answerW12(c: Ctx): Promise<Outcome> {
  const tips = paragraph('W12.search-tips', {});
  const user = await actionableLearner(c);
  if (!user) return askForIdentity(c, [tips]);
  const code = await courseCodeOf(c);
  if (!code) return { learner: learnerRef(user), ...asked(c, [tips], ['courseCode'], user) };
  const { whyHidden } = await import('./catalogue.js');
  let result: Awaited<ReturnType<typeof whyHidden>>;
  try {
    result = await whyHidden(c.deps, {
      code,
      learner: { by: 'id', id: user.id },
      learnerText: String(user.id),
    });
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    c.findings.push({ step: `kursdesk courses show ${code}`, found: error.text ?? error.message });
    return { learner: learnerRef(user), ...asked(c, [tips], ['courseCode'], user) };
  }
  c.findings.push({
    step: `kursdesk courses why-hidden ${result.course} --user ${user.id}`,
    found: text('triage-found.access', {
      verdict: result.verdict,
      reasons: result.reasons.map((r) => r.code),
    }),
  });
  const fixes = result.reasons.flatMap((r) => (r.fix ? [r.fix] : []));
  const runnable = fixes.map((f) => runnableFix(c, f));
  const reply = (lang: ReplyLang) =>
    courseAccessReply(lang, result, {
      // HR or a parent asked: the writer is greeted and the learner named (say's voice).
      firstName: greeting(c, user),
      ...aboutField(c, user),
      course: result.course_facts,
      targetType: result.target_type,
    });
  // A fix that gives its own reply (a type change, a request for a unit, a booking) answers the ticket
  // once it has run; one that still needs a fact from the learner leaves the explanation as the answer.
  if (runnable.length > 0 && runnable.every((f) => f !== undefined)) {
    return { learner: learnerRef(user), reply: null, commands: runnable as string[] };
  }
  // The explanation sends a never-activated learner to the link in the registration e-mail, as the FAQ
  // does for a missing activation e-mail (check the address, spam and filters first). A new activation
  // link would void that one, so it waits, like the rest, for the learner to answer they cannot find it.
  for (const f of fixes) {
    c.notes.push(
      /^kursdesk links issue /.test(f)
        ? text('triage-note.activation-waits', { command: f })
        : text('triage-note.after-learner-answers', { command: f }),
    );
  }
  return { learner: learnerRef(user), reply };
}

async function answerW13(c: Ctx): Promise<Outcome> {
  const advice = paragraph('W13.self-service', {});
  const user = await actionableLearner(c);
  if (!user) return askForIdentity(c, [advice]);
  const unit = c.triage.facts.unitIds[0];
  if (unit) {
    return {
      learner: learnerRef(user),
      reply: null,
      commands: [command(c, ['units', 'enrol', String(user.id), unit])],
    };
  }
  const code = await courseCodeOf(c);
  if (!code) return { learner: learnerRef(user), ...asked(c, [advice], ['courseCode'], user) };
  const { listUnits } = await import('./units.js');
  let units: Awaited<ReturnType<typeof listUnits>>;
  try {
    units = await listUnits(c.deps, { courseCode: code, available: false });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    c.findings.push({ step: `kursdesk units list --course ${code}`, found: error.text ?? error.message });
    return { learner: learnerRef(user), ...asked(c, [], ['courseCode'], user) };
  }
  // The dates at the place and in the time the ticket wished for are offered first.
  const { wantedPlaces, wantedDates } = c.triage.facts;
  const scheduled = wishedUnitsFirst(
    units.filter((u) => u.state === 'open' || u.state === 'full'),
    { places: wantedPlaces, dates: wantedDates },
  );
  const open = scheduled.filter((u) => u.state === 'open');
  c.findings.push({
    step: `kursdesk units list --course ${code}`,
    found: text('triage-found.units', {
      scheduled: scheduled.length,
      open: open.map((u) => ({
        unit: u.unit,
        date: u.starts_at.slice(0, 10),
        place: u.place,
        seatsLeft: u.seats_left,
      })),
    }),
  });
  const course = {
    code: units[0]?.course ?? code,
    title: units[0]?.title ?? '',
    title_en: units[0]?.title_en ?? null,
  };
  // What the learner already holds on this course: a seat ends the question; a waitlist place is said
  // first, and its unit is not offered again.
  const { futureBookingsOf } = await import('../db/queries/seats.js');
  const ofCourse = new Set(units.map((u) => u.unit));
  const bookings = (
    await futureBookingsOf(c.deps.db.kysely, user.id, c.deps.clock.now().toISOString())
  ).filter((b) => ofCourse.has(b.unit_id));
  const seat = bookings.find((b) => b.status === 'enrolled');
  if (seat) {
    return {
      learner: learnerRef(user),
      reply: (lang) =>
        say(c, lang, user, [
          paragraph('W13.already-booked', {
            course: courseName(lang, course),
            when: osloLongDateTime(seat.starts_at, lang),
            place: seat.place,
          }),
        ]),
    };
  }
  const waiting = bookings.find((b) => b.status === 'waitlisted');
  const waitingParagraphs = (lang: ReplyLang): Paragraph[] =>
    waiting
      ? [
          paragraph('W13.waitlist-place', {
            course: courseName(lang, course),
            when: osloLongDateTime(waiting.starts_at, lang),
            place: waiting.place,
            position: String(waiting.position ?? '?'),
          }),
        ]
      : [];
  if (waiting && open.length === 0) {
    return {
      learner: learnerRef(user),
      reply: (lang) => say(c, lang, user, waitingParagraphs(lang)),
    };
  }
  if (open.length > 0) {
    const offered = open.slice(0, 3);
    // A full date (often the one the learner asked about) is offered too, as the FAQ does: its waitlist.
    // `units enrol` on a full unit puts the learner on the waitlist, so the same command serves both.
    const waitlists = scheduled.filter((u) => u.state === 'full' && u.unit !== waiting?.unit_id).slice(0, 2);
    c.notes.push(text('triage-note.enrol-when-picked'));
    return {
      learner: learnerRef(user),
      reply: (lang) =>
        say(c, lang, user, [
          ...waitingParagraphs(lang),
          ...openUnitsParagraph(
            lang,
            course,
            offered.map((u) => ({ startsAt: u.starts_at, place: u.place, seatsLeft: u.seats_left })),
          ),
          ...fullUnitsParagraph(
            lang,
            waitlists.map((u) => ({ startsAt: u.starts_at, place: u.place, waiting: u.waitlist })),
          ),
        ]),
      commands: [...offered, ...waitlists].map((u) =>
        command(c, ['units', 'enrol', String(user.id), String(u.unit)]),
      ),
    };
  }
  const first = scheduled[0];
  return {
    learner: learnerRef(user),
    reply: null,
    commands: [
      first
        ? command(c, ['units', 'enrol', String(user.id), String(first.unit)])
        : command(c, [
            'units',
            'request',
            course.code,
            '--user',
            String(user.id),
            ...(wantedPlaces?.[0] ? ['--place', wantedPlaces[0]] : []),
            ...(wantedDates ? ['--note', wantedDates.written] : []),
          ]),
    ],
  };
}

async function answerW14(c: Ctx): Promise<Outcome> {
  const user = await actionableLearner(c);
  if (!user) return askForIdentity(c, [paragraph('W14.explained', {})]);
  const { programmeStatus } = await import('./programmes.js');
  const status = await programmeStatus(c.deps, { by: 'id', id: user.id }, undefined);
  c.findings.push({
    step: `kursdesk programmes status ${user.id}`,
    found: text('triage-found.programmes', {
      programmes: status.programmes.map((p) => ({
        programme: p.programme,
        complete: p.standing.complete,
        missing: p.standing.missing,
        expired: p.standing.expired,
      })),
    }),
  });
  return {
    learner: learnerRef(user),
    reply: (lang) =>
      say(c, lang, user, programmeParagraphs(lang, programmeFacts(status), aboutWhom(c, user))),
  };
}

async function answerW15(c: Ctx): Promise<Outcome> {
  const advice = paragraph('W15.self-service', {});
  const user = (await actionableLearner(c)) ?? (await learnerByGivenAddressAndBirthDate(c));
  if (!user) return askForIdentity(c, [advice]);
  const { learnerHistory } = await import('./learning-history.js');
  const { history, englishTitles } = await learnerHistory(c.deps, { by: 'id', id: user.id });
  const today = isoDate(c.deps.clock.now());
  const { passedCourses } = await import('./reply-facts.js');
  const passedList = passedCourses(history, today, englishTitles);
  const passed = new Set(passedList.map((p) => p.code));
  c.findings.push({
    step: `kursdesk users history ${user.id}`,
    found: text('triage-found.passed', { courses: [...passed] }),
  });
  if (passed.size === 0) {
    return {
      learner: learnerRef(user),
      reply: (lang) =>
        passedCoursesReply(lang, {
          firstName: greeting(c, user),
          ...aboutField(c, user),
          passed: [],
          askedNotPassed: c.triage.facts.courseCodes,
        }),
    };
  }
  const certificate = (code: string) =>
    command(c, ['certificates', 'issue', String(user.id), code, '--out', `kursbevis-${user.id}-${code}.pdf`]);
  const asked = c.triage.facts.courseCodes.filter((code) => passed.has(code));
  if (asked.length > 0) return { learner: learnerRef(user), reply: null, commands: asked.map(certificate) };
  c.notes.push(text('triage-note.certificate-instead'));
  const askedNotPassed = c.triage.facts.courseCodes.filter((code) => !passed.has(code));
  return {
    learner: learnerRef(user),
    reply: (lang) =>
      passedCoursesReply(lang, {
        firstName: greeting(c, user),
        ...aboutField(c, user),
        passed: passedList,
        askedNotPassed,
      }),
    commands: [...passed].slice(0, 3).map(certificate),
  };
}

/** passedCoursesReply's `person` when the ticket's writer asks for someone else. */
function aboutField(c: Ctx, user: User): { person?: string } {
  const person = aboutWhom(c, user);
  return person === undefined ? {} : { person };
}

const ERASE_WORDS = /slett|sletting|delete|deletion|erase|anonymi|fjern|remove my|forget me|glem meg/i;

/**
 * W20: a request from the account's own login (the mailbox the answer would ask the person to write
 * from) is acted on: an access request with the export itself, a request to delete with the erasure and
 * a reply saying what it does. One from any other address gets the answer that explains what is kept
 * and asks for the request from the registered address.
 */
async function answerW20(c: Ctx): Promise<Outcome> {
  // A parent or guardian is told how the request is made: with the person, from the account's login.
  const guardian = (lang: ReplyLang) =>
    c.triage.writer?.guardian
      ? [paragraph('about.W20.guardian', { person: aboutWhom(c, undefined, lang) ?? '' })]
      : [];
  const explained: Outcome = {
    reply: (lang) => say(c, lang, undefined, [paragraph('W20.answer', {}), ...guardian(lang)]),
  };
  // Export and erasure are the person's own rights: asked by someone else (even from the person's
  // mailbox), the reply explains that the person must ask, and nothing is exported or erased.
  if (c.triage.writer) return explained;
  const said = [c.triage.subject, ...c.triage.topics.flatMap((t) => t.because)].join(' ');
  const user = await learnerByAddress(c, 'prove');
  if (!user) return explained;
  if (ERASE_WORDS.test(said)) {
    // Sent from the login itself: asking the person to write from it again would be a loop. The reply
    // says what the erasure does; the command (which asks the agent to confirm) does it.
    return {
      learner: learnerRef(user),
      reply: (lang) => say(c, lang, user, [paragraph('W20.erase-from-login', {})]),
      commands: [
        // erase refuses to run without a ticket: a mail with no reference leaves the agent a blank.
        command(
          c,
          [
            'privacy',
            'erase',
            String(user.id),
            '--reason',
            'erasure requested by e-mail',
            ...(c.triage.ticket ? [] : ['--ticket', '<ticket>']),
          ],
          { reply: false },
        ),
      ],
    };
  }
  return {
    learner: learnerRef(user),
    reply: null,
    commands: [
      command(c, [
        'privacy',
        'export',
        String(user.id),
        '--out',
        `${c.lang === 'en' ? 'personal-data' : 'personopplysninger'}-${user.id}.json`,
      ]),
    ],
  };
}

const REGISTRATION_CUES: readonly [RegExp, Paragraph][] = [
  [/firma-?id|company id/i, paragraph('registration.firma-id', {})],
  [/bane ?nor|driv\b|banenettet|ansatt i|employed by/i, paragraph('registration.rail-staff', {})],
  [/hms/i, paragraph('registration.requirements', {})],
  [
    /finner ikke (firma|bedrift|arbeidsgiver)|not in the list|company.*(missing|list)/i,
    paragraph('registration.company-missing', {}),
  ],
];

function answerRegistration(c: Ctx): Outcome {
  const said = [c.triage.subject, ...c.triage.topics.flatMap((t) => t.because)].join(' ');
  const cued = REGISTRATION_CUES.filter(([cue]) => cue.test(said)).map(([, p]) => p);
  const parts =
    cued.length > 0
      ? cued
      : [paragraph('registration.how-to', {}), paragraph('registration.requirements', {})];
  return { reply: (lang) => say(c, lang, undefined, parts) };
}

/**
 * A login question the FAQ answers with its text (how to log in, changing a known password, an error
 * when logging in): no search, no link, nothing to change.
 */
function answerLoginQuestion(c: Ctx, kind: LoginQuestion): Outcome {
  return { reply: (lang) => say(c, lang, undefined, [paragraph(`login.${kind}`, {})]) };
}

async function answerTopic(c: Ctx, topic: TopicId): Promise<Outcome> {
  const login = c.triage.loginQuestion;
  if (login && LOGIN_TOPICS.has(topic)) return answerLoginQuestion(c, login);
  switch (topic) {
    case 'W1':
      return answerW1(c);
    case 'W2':
    case 'W3':
      return answerLink(c, topic);
    case 'W4':
      return answerW4(c);
    case 'W5':
      return answerW5(c);
    case 'W6':
      return answerW6(c);
    case 'W7':
    case 'W8':
      if (topic === 'W8') c.notes.push(text('triage-note.customer-list'));
      return answerW7(c, topic);
    case 'W9':
      return answerW9(c);
    case 'W10':
      return answerW10(c);
    case 'W11':
      return answerW11(c);
    case 'W12':
      return answerW12(c);
    case 'W13':
      return answerW13(c);
    case 'W14':
      return answerW14(c);
    case 'W15':
      return answerW15(c);
    case 'W16':
    case 'registration':
      return answerRegistration(c);
    case 'W20':
      return answerW20(c);
    case 'W19':
      // A team asking for test data: what the desk can make (fixtures), never real people's data.
      return { reply: (lang) => say(c, lang, undefined, [paragraph('W19.test-data', {})]) };
    case 'W17':
    case 'W18':
    case 'other': {
      // A mail that names a course asks about the course: the FAQ's answer for that is the course
      // description, then us, never "not something we handle".
      const code = c.triage.facts.courseCodes[0];
      if (code) return answerCourseMention(c, code);
      return { reply: (lang) => say(c, lang, undefined, [paragraph('not-ours', {})]) };
    }
  }
}

/** "You sent us a national ID": of the learner's own, or of the person a writer asks about. */
function idWarning(c: Ctx, lang: ReplyLang): string {
  // The writer named no one: the ID is that person's, and the writer is asked for name and birth date.
  if (c.triage.writer && c.triage.facts.names.length === 0)
    return fill('about.national-id.warning-unnamed', lang, {});
  const person = aboutWhom(c, undefined, lang);
  return person === undefined
    ? fill('national-id.warning', lang, {})
    : fill('about.national-id.warning', lang, { person });
}

/** Puts a paragraph right after the greeting of a composed reply. */
function afterGreeting(reply: string, text: string): string {
  const cut = reply.indexOf('\n\n');
  return cut < 0 ? reply : `${reply.slice(0, cut + 2)}${text}\n\n${reply.slice(cut + 2)}`;
}

/**
 * Answers a triaged ticket with read-only workflows only. The reply is in the ticket's language;
 * what must change is returned as commands with --reply, never done here.
 */
export async function answerTicket(deps: WorkflowDeps, triage: TriageResult): Promise<TicketAnswer> {
  return (await answerTicketInEach(deps, triage)).answer;
}

/**
 * answerTicket's answer, and its reply in every reply language from the same look-ups (null when the
 * answer is a command to run rather than a text). The commands keep the ticket language's --reply.
 */
export async function answerTicketInEach(
  deps: WorkflowDeps,
  triage: TriageResult,
): Promise<{ answer: TicketAnswer; replies: Record<ReplyLang, string> | null }> {
  const lang: ReplyLang = triage.language;
  const c: Ctx = { deps, triage, lang, findings: [], notes: [] };
  const topic = triage.topics[0]?.topic ?? 'other';
  const outcome = await answerTopic(c, topic);
  const nationalId = triage.facts.nationalId;
  const said = outcome.reply;
  const replyIn =
    said === null ? null : (l: ReplyLang) => (nationalId ? afterGreeting(said(l), idWarning(c, l)) : said(l));
  if (nationalId && said === null)
    c.notes.push(
      text('triage-note.national-id-in-ticket', {
        masked: nationalId.masked,
        warning: idWarning(c, lang),
      }),
    );
  const answer: TicketAnswer = {
    ticket: triage.ticket,
    topic,
    alsoAbout: triage.topics.slice(1).map((t) => t.topic),
    ticketLanguage: triage.language,
    replyLanguage: lang,
    learner: outcome.learner ?? null,
    findings: c.findings,
    reply: replyIn ? replyIn(lang) : null,
    commands: outcome.commands ?? [],
    missing: outcome.missing ?? [],
    notes: c.notes,
  };
  return {
    answer,
    replies: replyIn ? { nb: replyIn('nb'), nn: replyIn('nn'), en: replyIn('en') } : null,
  };
}

/**
 * The answer as the agent reads it, in `width` columns: what was found, the reply to paste, what to run.
 * Commands wrap between shell words (each still pastes as one); the reply wraps at spaces to
 * `replyWidth` when given (a terminal), else each paragraph stays one line for a mail client to flow.
 */
export function renderTicketAnswer(
  answer: TicketAnswer,
  width = 80,
  replyWidth?: number,
  lang: Lang = 'en',
): string {
  const w = Math.max(60, Math.min(width, 120));
  const lines: string[] = [];
  const prose = (text: string, indent = '') => lines.push(...wrapWords(text, w, indent));
  const commandLine = (cmd: string, indent = '  ') =>
    lines.push(...wrapCommand(cmd, w - indent.length, '    ').map((l) => `${indent}${l}`));
  const frame = (line: AnswerFrame) => text('triage-screen.frame', { line }).in(lang);
  prose(
    text('triage-screen.answer-head', {
      ticket: answer.ticket,
      topic: answer.topic,
      also: answer.alsoAbout,
      replyLanguage: answer.replyLanguage,
    }).in(lang),
    '  ',
  );
  if (answer.learner) prose(text('triage-screen.answer-learner', answer.learner).in(lang), '  ');
  if (answer.findings.length > 0) {
    lines.push('', frame('found'));
    for (const f of answer.findings) {
      commandLine(f.step);
      prose(`    → ${f.found instanceof Text ? f.found.in(lang) : f.found}`, '      ');
    }
  }
  if (answer.missing.length > 0)
    lines.push(
      '',
      ...wrapWords(text('triage-screen.asked-for', { facts: answer.missing }).in(lang), w, '  '),
    );
  for (const note of answer.notes)
    lines.push('', ...wrapWords(text('triage-screen.note', { note }).in(lang), w, '      '));
  if (answer.reply !== null) {
    const reply = answer.reply.trimEnd();
    // Wrapped, a date keeps together (no-break spaces), so no line ends in '8.' before 'januar'.
    lines.push(
      '',
      frame('reply-to-send'),
      '',
      replyWidth ? wrapLines(keepTogether(reply), replyWidth) : reply,
    );
  }
  if (answer.commands.length > 0) {
    lines.push(
      '',
      frame(
        answer.reply === null
          ? answer.commands.length === 1
            ? 'run-this'
            : 'run-one-of-these'
          : 'then-if-needed',
      ),
    );
    for (const cmd of answer.commands) commandLine(cmd);
  } else if (answer.reply !== null) {
    // A command kept for the learner's (or the company's) answer means the reply asks for something,
    // whether or not it is one of the askable facts: the ticket is not done.
    const waiting = answer.notes.some(
      (n) =>
        n instanceof Text &&
        (n.code === 'triage-note.after-learner-answers' || n.code === 'triage-note.after-company-answers'),
    );
    lines.push(
      '',
      frame(answer.missing.length > 0 || waiting ? 'next-triage-again' : 'next-nothing-to-change'),
    );
  }
  return `${lines.join('\n')}\n`;
}
