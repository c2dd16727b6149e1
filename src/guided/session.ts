// What every guided flow works with: the agent's language, the terminal to ask in, the workflows'
// dependencies, and the few steps all flows share (pick a learner, a company or a course; show the reply;
// ask before a change and take the ticket it is for).
import { type Env, isTicketReference } from '../context/context.js';
// The guided mode speaks and writes bokmål or English (the languages mails exist in).
import type { MailLang as Lang } from '../domain/link-mail.js';
import { type Notice, type Text, text, textIn } from '../domain/messages/index.js';
import { accountWordNb } from '../domain/messages/nbtext2.js';
import { holdsNationalId, maskNationalIdShapesIn } from '../domain/national-id.js';
import { formatOrgNumber } from '../domain/org-number.js';
import { type ParseResult, reasonIn } from '../domain/parse-result.js';
import { greetingName } from '../domain/replies/answers.js';
import type { ReplyLang } from '../domain/replies/catalogue.js';
import type { TicketFacts } from '../domain/triage/types.js';
import { NotFoundError, UsageError } from '../errors.js';
import { wrapLines } from '../output/wrap.js';
import type { WorkflowDeps } from '../workflows/deps.js';
import type { LearnerHit } from '../workflows/learner-search.js';
import { type GuidedReply, replyText, withNationalIdWarning } from './replies.js';
import { clip, dayOrDash, replyBlock, WIDTH } from './show.js';
import type { GuidedTerminal, Option } from './terminal.js';

export interface Session {
  /** The language of the menu and questions. */
  readonly lang: Lang;
  /**
   * The language of the last reply (or of the pasted ticket), offered first for the next. Replies exist
   * in nynorsk too, so it may be nn while the questions are in bokmål.
   */
  replyLang: ReplyLang;
  readonly term: GuidedTerminal;
  readonly deps: WorkflowDeps;
  readonly env: Env;
  /** The ticket of the last change (or --ticket), offered again. */
  ticket: string | undefined;
  /** Facts read from a pasted ticket, offered as answers by the flow it leads to. */
  hints?: TicketFacts | undefined;
  /**
   * The From address of the pasted ticket the flow started from (lower-case); undefined when the ticket
   * was pasted without one, or the flow started from the menu (then hints is undefined too).
   */
  sender?: string | undefined;
  /** Set with hints when the pasted ticket says the person already looked in the spam folder. */
  spamChecked?: boolean | undefined;
  /** Set with hints when the pasted ticket's writer asks for someone else (HR, a parent): triage's writer. */
  writer?: { given?: string; guardian?: true } | undefined;
  /** Results and replies (stdout). */
  out(text: string): void;
  /** Remarks about the work, not part of the reply (stderr). */
  note(text: string): void;
  warn(text: string): void;
}

/** An account type or status (or a comma-separated list of types) in the session's language. */
export function accountWord(s: Pick<Session, 'lang'>, word: string | null | undefined): string {
  if (word === null || word === undefined) return '';
  return s.lang === 'nb' ? accountWordNb(word) : word;
}

/** A workflow's warning (coded or not yet) in the agent's language. */
export const said = (s: Pick<Session, 'lang'>, notice: Notice): string => textIn(notice, s.lang);

const PICK_LIMIT = 8;

/** What a search that finds nothing may offer besides going back: a reply asking for what would find it. */
export interface WhenNothingFound {
  label: Text;
  reply: GuidedReply;
  /** What to do once the person answers, said after the reply. */
  next: Text;
}

const ASK: unique symbol = Symbol('ask');

/**
 * A search prompt whose source never fails (a half-typed text is not an error) and that, when nothing
 * matches, offers a way back to the menu (and, where one helps, a reply asking for more) instead of
 * leaving the agent stuck.
 */
export async function pickFrom<T>(
  s: Session,
  message: string,
  find: (typed: string) => Promise<readonly Option<T>[]>,
  nothingFound?: WhenNothingFound,
  /**
   * What the pasted ticket gives for this question, searched before anything is typed (best first: the
   * first that finds something is shown). When none finds anything, the ways on are offered at once.
   */
  fromTicket: readonly string[] = [],
): Promise<T> {
  const back = said(s, text('guided-says.nothing-found-back-menu'));
  let lastTyped = '';
  const search = async (typed: string): Promise<readonly Option<T>[]> => {
    try {
      return await find(typed);
    } catch {
      return [];
    }
  };
  const chosen = await s.term.search<T | null | typeof ASK>(message, async (typed) => {
    lastTyped = typed;
    let found: readonly Option<T>[] = [];
    if (typed.trim() === '' && fromTicket.length > 0) {
      for (const given of fromTicket) {
        found = await search(given);
        if (found.length > 0) return found;
      }
      lastTyped = fromTicket.join(', ');
    } else {
      found = await search(typed);
      if (found.length > 0 || typed.trim() === '') return found;
    }
    // One letter finds nothing yet: say so in the agent's words (the prompt library would say it in English).
    if (lastTyped.trim().length < 2)
      return [{ value: null, name: said(s, text('guided-says.type-least-two-characters')), disabled: ' ' }];
    const options: Option<T | null | typeof ASK>[] = [{ value: null, name: back }];
    if (nothingFound) options.push({ value: ASK, name: said(s, nothingFound.label) });
    return options;
  });
  if (chosen === null || chosen === ASK) {
    // What was typed goes into the message, but never the digits of a national ID.
    // (with any separators: '151086 950 77', '151086-95077'), valid or mistyped.
    const shown = maskNationalIdShapesIn(lastTyped.trim());
    const hint = chosen === ASK && nothingFound ? said(s, nothingFound.next) : undefined;
    if (chosen === ASK && nothingFound) await showReply(s, nothingFound.reply);
    throw new NotFoundError(
      said(s, text('guided-asks.nothing-matches', { typed: shown })),
      hint ? { hint } : undefined,
    );
  }
  return chosen;
}

/**
 * What a pasted ticket says of the person, to search for: its e-mail addresses, then the name; an address
 * that may be another person's (a parent's) only after the name, so it never picks that person first.
 */
function ticketPerson(s: Session): string[] {
  const h = s.hints;
  if (!h) return [];
  const shared = h.sharedEmails ?? [];
  return [
    ...h.emails.filter((e) => !shared.includes(e)),
    ...(h.names[0] ? [h.names[0].full] : []),
    ...shared,
  ];
}

/**
 * Whom a reply greets and whom it speaks of: the learner (by the ticket's or the account's first name),
 * or, for a ticket written about someone else, its writer, with the learner's full name as `person`.
 */
export function replyVoice(
  s: Pick<Session, 'hints' | 'writer'>,
  learnerName?: string,
): { firstName?: string; person?: string } {
  if (s.writer) {
    const person = learnerName ?? s.hints?.names[0]?.full;
    return {
      ...(s.writer.given ? { firstName: s.writer.given } : {}),
      ...(person ? { person } : {}),
    };
  }
  const firstName = greetingName(learnerName, { signed: s.hints, otherwise: s.hints?.names[0]?.given });
  return firstName ? { firstName } : {};
}

export async function pickLearner(s: Session, message?: string): Promise<LearnerHit> {
  const { searchLearners } = await import('../workflows/learner-search.js');
  return pickFrom(
    s,
    message ?? said(s, text('guided-says.learner-name-e-mail-id')),
    async (typed) =>
      (await searchLearners(s.deps, typed, PICK_LIMIT)).map((hit) => ({
        value: hit,
        short: `${hit.name} (id ${hit.id})`,
        name: clip(`${hit.name}  ${dayOrDash(hit.birth_date, s.lang)}  ${hit.email}`, 72),
        description: `id ${hit.id} · ${accountWord(s, hit.status)} · ${accountWord(s, hit.account_type)}`,
      })),
    {
      label: text('guided-labels.nothing-found-ask-person'),
      reply: {
        topic: 'more-info',
        facts: {
          missing: ['name', 'birthDate', 'email'],
          // The person who wrote is greeted by name, as every reply does; HR writing for an employee is
          // greeted, and the asks name the employee.
          ...replyVoice(s),
        },
      },
      next: text('guided-labels.nothing-found-ask-person-next'),
    },
    // From a pasted ticket, the person's addresses (then name) are searched before anything is typed.
    ticketPerson(s),
  );
}

export interface PickedCompany {
  org_number: string;
  name: string;
  status: string;
}

/**
 * `fromTicket`: the organisation numbers (or names) the pasted ticket gives for this company, best
 * first, searched before anything is typed.
 */
export async function pickCompany(
  s: Session,
  message?: string,
  fromTicket: readonly string[] = [],
): Promise<PickedCompany> {
  const { findCompanyRows } = await import('../workflows/companies/records.js');
  return pickFrom(
    s,
    message ?? said(s, text('guided-says.company-name-org-number')),
    async (typed) =>
      typed.trim().length < 2
        ? []
        : (await findCompanyRows(s.deps, typed, PICK_LIMIT)).rows.map((c) => ({
            value: { org_number: c.org_number, name: c.name, status: c.status },
            short: c.name,
            name: clip(`${c.name}  ${formatOrgNumber(c.org_number)}`, 72),
            ...(c.status === 'active' ? {} : { description: c.status }),
          })),
    undefined,
    fromTicket,
  );
}

/**
 * The employer a pasted ticket names: the new one when it says which, else every org number it gives,
 * then the company names it gives ("I started at Trønder Elkraft AS" has no org number).
 */
export function ticketEmployer(s: Pick<Session, 'hints'>): string[] {
  const h = s.hints;
  if (!h) return [];
  return [...new Set([...(h.newOrgNumber ? [h.newOrgNumber] : []), ...h.orgNumbers, ...h.companyNames])];
}

export interface PickedCourse {
  code: string;
  title: string;
}

export async function pickCourse(s: Session, message?: string): Promise<PickedCourse> {
  const { searchCourses } = await import('../workflows/catalogue.js');
  return pickFrom(
    s,
    message ?? said(s, text('guided-says.course-code-title')),
    async (typed) =>
      typed.trim().length < 2
        ? []
        : (await searchCourses(s.deps, { query: typed, as: undefined, limit: PICK_LIMIT })).hits.map((h) => ({
            value: { code: h.code, title: h.title },
            short: `${h.code} ${h.title}`,
            name: clip(`${h.code}  ${h.title}`, 72),
            description: courseDescription(s, h),
          })),
    undefined,
    // A course the ticket names by title is searched by it, as a code is.
    [...(s.hints?.courseCodes ?? []), ...(s.hints?.courseTitles ?? [])],
  );
}

const COURSE_KIND_NB: Readonly<Record<string, string>> = {
  'e-learning': 'e-læring',
  classroom: 'klasserom',
  exam: 'eksamen',
  practical: 'praktisk prøve',
};

/** What kind of course, paid or not, which account types see it: in the agent's language. */
function courseDescription(
  s: Session,
  h: { kind: string; paid: boolean; visible_to: string; active: boolean },
): string {
  const kind = s.lang === 'nb' ? (COURSE_KIND_NB[h.kind] ?? h.kind) : h.kind;
  const paid = h.paid ? said(s, text('guided-says.paid')) : '';
  const inactive = h.active ? '' : ` ${said(s, text('guided-says.inactive'))}`;
  return `${kind}${paid} · ${said(s, text('guided-says.seen'))} ${accountWord(s, h.visible_to)}${inactive}`;
}

/** Asks which language the reply is in (or none), and prints it ready to paste. */
export async function showReply(s: Session, reply: GuidedReply): Promise<void> {
  const lang = await s.term.select<ReplyLang | 'none'>(
    said(s, text('guided-says.reply-paste')),
    [
      { value: 'nb', name: 'bokmål' },
      { value: 'nn', name: 'nynorsk' },
      { value: 'en', name: 'English' },
      { value: 'none', name: said(s, text('guided-says.no-reply')) },
    ],
    s.replyLang,
  );
  if (lang === 'none') return;
  s.replyLang = lang;
  // A pasted ticket that held a national ID: the reply says so and asks not to mail it again, as
  // `triage --answer` does.
  // Written by HR or a parent, the ID was the person's they ask about: the warning names that person.
  const pasted = s.hints?.nationalId
    ? withNationalIdWarning(
        replyText(reply, lang),
        lang,
        replyVoice(s).person,
        s.writer !== undefined && replyVoice(s).person === undefined,
      )
    : replyText(reply, lang);
  s.out(replyBlock(pasted, lang, s.lang));
}

/**
 * Before a change: the agent confirms it and names the ticket it is for. Returns the workflow
 * dependencies that write that ticket to the audit log, or undefined when the agent said no.
 */
export async function confirmChange(s: Session, what: string): Promise<WorkflowDeps | undefined> {
  if (!(await s.term.confirm(what, false))) {
    s.note(said(s, text('guided-says.nothing-was-changed')));
    return undefined;
  }
  return ticketDeps(s);
}

/** The ticket a confirmed change is for, as workflow dependencies that audit it. */
export async function ticketDeps(s: Session): Promise<WorkflowDeps> {
  const ticket = (
    await s.term.input(said(s, text('guided-says.ticket-reference')), {
      ...(s.ticket ? { default: s.ticket } : {}),
      validate: (typed) =>
        isTicketReference(typed.trim())
          ? true
          : typed.trim() === ''
            ? said(s, text('guided-says.type-ticket-reference-e-g'))
            : holdsNationalId(typed)
              ? said(s, text('guided-says.ticket-reference-may-not-hold'))
              : said(s, text('guided-says.use-letters-digits-e-g')),
    })
  ).trim();
  s.ticket = ticket;
  const { deps } = s;
  return { ...deps, actor: () => ({ ...deps.actor(), ticket }) };
}

/** Asks until the answer parses (the prompt shows the parser's reason); `preset` is offered as the answer. */
export async function askValue<T>(
  s: Session,
  message: string,
  parse: (text: string) => ParseResult<T>,
  preset?: string,
): Promise<T> {
  const value = await askOptional(s, message, parse, preset, false);
  if (value === undefined) throw new UsageError(text('guided.no-answer', { question: message }));
  return value;
}

/** As askValue, but an empty answer is allowed and gives undefined. */
export async function askOptional<T>(
  s: Session,
  message: string,
  parse: (text: string) => ParseResult<T>,
  preset?: string,
  emptyAllowed = true,
): Promise<T | undefined> {
  const typed = (
    await s.term.input(message, {
      ...(preset === undefined ? {} : { default: preset }),
      validate: (t) => {
        if (t.trim() === '') return emptyAllowed ? true : said(s, text('guided-says.type-answer'));
        const r = parse(t.trim());
        // Shown under the prompt after «> »: wrapped at spaces within 80 columns, so the terminal's edge
        // splits no format of a list («dd/mm/» / «yy») nor an address.
        return r.ok ? true : wrapLines(reasonIn(r, s.lang), WIDTH - 2);
      },
    })
  ).trim();
  if (typed === '' && emptyAllowed) return undefined;
  const r = parse(typed);
  if (!r.ok)
    throw new UsageError(text('guided.answer-refused', { question: message, reason: r.text ?? r.error }));
  return r.value;
}
