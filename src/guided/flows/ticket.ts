// W18 in the guided mode: the agent pastes a ticket, triage reads its topics and facts, and the flow
// for the topic starts with those facts offered as answers. The reader is injected (see GuideOptions).
import { text, textIn } from '../../domain/messages/index.js';
import type { ReplyLang } from '../../domain/replies/catalogue.js';
import { LOGIN_TOPICS } from '../../domain/triage/login-questions.js';
import type { TriageResult } from '../../domain/triage/types.js';
import { wrapCommand } from '../../output/wrap.js';
import type { Entry } from '../menu.js';
import { type Session, said, showReply } from '../session.js';
import { clip, dayOrDash, facts, heading, WIDTH } from '../show.js';

/** The topics with a word for a name (the W-numbers are codes): in bokmål on a bokmål screen. */
const TOPIC_WORDS_NB: Readonly<Record<string, string>> = { registration: 'registrering', other: 'annet' };

const topicName = (s: Session, topic: string): string =>
  s.lang === 'nb' ? (TOPIC_WORDS_NB[topic] ?? topic) : topic;

/** A W-number with its name beside it, as triage's screen shows it ("W5 changed employer"). */
const topicNamed = (s: Session, topic: string, bracket = false): string => {
  if (!/^W\d+$/.test(topic)) return topicName(s, topic);
  const name = said(s, text('triage-screen.topic', { topic }));
  return name ? (bracket ? `${topic} (${name})` : `${topic} ${name}`) : topic;
};

export async function pastedTicket(
  s: Session,
  readTicket: (raw: string) => Promise<TriageResult>,
  menu: readonly Entry[],
): Promise<void> {
  const raw = await s.term.paste(
    said(s, text('guided-says.paste-ticket')),
    said(s, text('guided-says.end-enter-empty-line-ctrl')),
  );
  const result = await readTicket(raw);
  const f = result.facts;
  const list = (items: readonly string[]) => (items.length === 0 ? undefined : items.join(', '));
  const title = [result.ticket, result.subject].filter((t) => t.trim() !== '').join(': ');
  s.out(heading(clip(`${said(s, text('guided-says.ticket'))}${title ? ` ${title}` : ''}`, 80)));
  s.out(
    facts([
      [
        said(s, text('guided-says.language')),
        // The ticket's language as the agent calls it; the reply is offered in it.
        `${said(s, text('guided-labels.language', { lang: result.language }))} (${result.language})`,
      ],
      [
        said(s, text('guided-says.topics')),
        result.topics
          .slice(0, 3)
          .map((t) => `${topicNamed(s, t.topic)} ${Math.round(t.confidence * 100)}%`)
          // A name may hold commas ("units, seats, waitlist"): topics are set apart by semicolons.
          .join('; '),
      ],
      [said(s, text('guided-says.name')), list(f.names.map((n) => n.full))],
      [said(s, text('guided-says.birth-date')), list(f.birthDates.map((d) => dayOrDash(d, s.lang)))],
      [
        said(s, text('guided-says.e-mail')),
        list(
          f.emails.map((e) =>
            f.sharedEmails?.includes(e) ? `${e} (${said(s, text('guided-says.maybe-another-persons'))})` : e,
          ),
        ),
      ],
      [said(s, text('guided-says.org-number')), list(f.orgNumbers)],
      [said(s, text('guided-says.courses')), list([...f.courseCodes, ...(f.courseTitles ?? [])])],
      [said(s, text('guided-says.wanted-place')), list(f.wantedPlaces ?? [])],
      [said(s, text('guided-says.wanted-time')), f.wantedDates?.written],
      [said(s, text('guided-says.national-id')), f.nationalId?.masked],
      [
        said(s, text('guided-says.missing')),
        // Triage's own words for the facts (the codes are for scripts).
        list(
          result.missing.map((m) =>
            textIn(text('triage-screen.missing-fact', { ...m, topic: topicNamed(s, m.topic, true) }), s.lang),
          ),
        ),
      ],
    ]),
  );
  if (f.nationalId) s.warn(said(s, text('guided-says.ticket-holds-national-id-reply')));
  for (const command of result.commands) noteCommand(s, command);
  const offered = result.topics
    .map((t) => menu.find((e) => e.key === t.topic))
    .filter((e): e is Entry => e !== undefined && e.key !== 'W18');
  const answer = await faqAnswer(s, result, menu);
  const key = await s.term.select<string>(said(s, text('guided-says.continue')), [
    ...(answer
      ? [
          {
            value: FAQ_ANSWER,
            name: said(s, text('guided-says.faqs-answer-nothing-changes')),
          },
        ]
      : []),
    ...offered.map((e) => ({ value: e.key, name: said(s, e.label) })),
    { value: 'menu', name: said(s, text('guided-says.back-menu')) },
  ]);
  if (key === FAQ_ANSWER && answer) {
    s.replyLang = result.language;
    await showReply(s, { topic: 'composed', texts: answer.texts });
    for (const command of answer.commands) noteCommand(s, command);
    return;
  }
  const entry = offered.find((e) => e.key === key);
  if (!entry) return;
  s.hints = f;
  // Who wrote decides whether a link may go in the reply (only to the login's own mailbox).
  s.sender = result.from?.trim().toLowerCase() || undefined;
  s.writer = result.writer;
  s.spamChecked = saysSpamChecked(raw);
  // The reply is offered in the language the person wrote (nynorsk included).
  s.replyLang = result.language;
  // A pasted ticket is a case of its own: its changes are audited under its own reference (or one the agent
  // types), never the previous ticket's, which Enter on the offered default would have taken.
  s.ticket = result.ticket.trim() || undefined;
  try {
    await entry.run(s);
  } finally {
    s.hints = undefined;
    s.sender = undefined;
    s.writer = undefined;
    s.spamChecked = undefined;
  }
}

/**
 * «I have checked my spam folder», «sjekket søppelposten», «ikke i spam heller»: the ticket says the spam
 * folder was looked in, so the link's reply gives the FAQ's other checks instead of sending them there again.
 */
export function saysSpamChecked(raw: string): boolean {
  const spam = '(?:spam|junk|søppel|sopp?el|uønsk)';
  const looked =
    '(?:sjekk|sjekka|sett|kikk|lett|såg|så\\b|kontroller|check|look|search|went through|gått gjennom)';
  const near = new RegExp(
    `${looked}[^.!?\\n]{0,40}${spam}|${spam}[^.!?\\n]{0,30}(?:${looked}|heller|either|too|også|ingenting|nothing|not there|ikke der|tom)`,
    'i',
  );
  return near.test(raw);
}

const FAQ_ANSWER = 'faq-answer';

/**
 * The reply `triage --answer` gives, in each reply language, for a ticket no menu flow answers: a
 * question the FAQ answers with its text alone (how to register, no HMS card, Firma-ID, Bane NOR staff,
 * how to log in, changing a known password: its flow would ask in vain, a login how-to is no forgotten
 * e-mail) or a topic without a flow of its own; with the commands of the ticket language's answer.
 * Undefined when a flow answers the ticket, or the answer is a command to run rather than a text.
 * Read-only.
 */
async function faqAnswer(
  s: Session,
  result: TriageResult,
  menu: readonly Entry[],
): Promise<{ texts: Record<ReplyLang, string>; commands: readonly string[] } | undefined> {
  const first = result.topics[0]?.topic ?? 'other';
  if (first === 'other') return undefined;
  const hasFlow = menu.some((e) => e.key === first && e.key !== 'W18');
  if (hasFlow && !(result.loginQuestion !== undefined && LOGIN_TOPICS.has(first))) return undefined;
  const { answerTicketInEach } = await import('../../workflows/triage-answer.js');
  // One run of the look-ups; the reply is then said in each language.
  const { answer, replies } = await answerTicketInEach(s.deps, result);
  return replies === null ? undefined : { texts: replies, commands: answer.commands };
}

/** A command to paste, wrapped between shell words with `\`, so it still pastes as one. */
function noteCommand(s: Session, command: string): void {
  s.note(
    wrapCommand(`$ ${command}`, WIDTH - 2, '      ')
      .map((l) => `  ${l}`)
      .join('\n'),
  );
}
