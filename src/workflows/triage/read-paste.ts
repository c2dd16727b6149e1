// Reads a ticket an agent copied from a web page (the helpdesk's ticket view, Outlook on the web, Gmail)
// into a TicketMessage: no MIME, so the sender and subject come from the header-like lines such pages
// show above the text ("Fra: …", "Emne: …", or a name over "<address>" and "til meg"), and the rest is
// the body. The invisible marks of copying (byte-order mark, zero-width characters, no-break spaces,
// Windows line ends) go first. Pure.

import { parseSender, type Sender } from '../../domain/triage/ticket-text.js';
import type { TicketMessage } from '../../domain/triage/triage.js';

type Field = 'from' | 'to' | 'subject' | 'date' | 'cc' | 'replyTo' | 'attachments';

/** Labels of the header lines web mail and helpdesks show, in bokmål, nynorsk and English. */
const LABELS: Readonly<Record<string, Field>> = {
  fra: 'from',
  frå: 'from',
  from: 'from',
  avsender: 'from',
  sender: 'from',
  til: 'to',
  to: 'to',
  mottaker: 'to',
  emne: 'subject',
  subject: 'subject',
  tittel: 'subject',
  sendt: 'date',
  'sendt den': 'date',
  sent: 'date',
  dato: 'date',
  date: 'date',
  mottatt: 'date',
  received: 'date',
  kopi: 'cc',
  cc: 'cc',
  'svar til': 'replyTo',
  'reply-to': 'replyTo',
  vedlegg: 'attachments',
  attachments: 'attachments',
  attachment: 'attachments',
};

/** "Fra: …", "*Emne:* …" (Outlook's bold labels copied as asterisks), "Subject : …". */
const LABELLED = /^\*{0,2}([\p{L}][\p{L} -]{0,10}?)\s*\*{0,2}\s*:\s*\*{0,2}\s*(.*?)\s*\*{0,2}$/u;
/** "Kari Nordmann <kari@bygg.no>", "<kari@bygg.no>", "kari@bygg.no". */
const ADDRESS_LINE =
  /^(?:[^<>@]{0,80}<\s*(?:mailto:)?[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+\s*>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/;
/** A person's name on a line of its own: two to six words of letters, "Nordmann, Kari" too. */
const NAME_LINE = /^\p{Lu}[\p{L}'.-]*(?:,?\s+[\p{L}][\p{L}'.-]*){0,5}$/u;
/** Gmail's "til meg" / "to me" under the sender ("til meg, Per", "til support", "to kurs@firma.no ▾"). */
const RECIPIENT_LINE =
  /^(?:til|to)\s+(?:meg|me|[^\s,]+@[^\s,]+|\p{L}+(?:\s+\p{L}+)?)(?:,\s*[^,]{1,40}){0,3}\s*[▾▼⌄]?$/iu;
/** The words of a date line: weekdays and months (bokmål, nynorsk, English, as abbreviated), "kl.", "AM". */
const DATE_WORDS =
  /\b(?:man|mandag|ma|tir|tirsdag|ti|ons|onsdag|on|tor|torsdag|to|fre|fredag|fr|lør|lørdag|lø|søn|søndag|sø|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|jan|januar|january|feb|februar|february|mar|mars|march|apr|april|mai|may|jun|juni|june|jul|juli|july|aug|august|sep|sept|september|okt|oktober|oct|october|nov|november|des|desember|dec|december|kl|am|pm|at|den|i\s+dag|i\s+går|today|yesterday)\b\.?/giu;
/** Labels a web page shows beside a message: Gmail's "Innboks", Outlook's "Ekstern". */
const LABEL_LINE = /^(?:innboks|inbox|ekstern|eksternt|external|viktig|important)(?:\s*[x×])?$/i;
/** An avatar's initials, copied from Outlook on the web ("KN"). */
const INITIALS_LINE = /^\p{Lu}{1,3}$/u;

/** A date or time line under the sender: "10:32 (for 5 minutter siden)", "ma. 01.12.2026 10:32". */
function isDateLine(line: string): boolean {
  if (line.length > 80 || !/\d/.test(line)) return false;
  const rest = line
    .replace(/\([^()]*\)/g, ' ')
    .replace(DATE_WORDS, ' ')
    .replace(/[\d:./,-]+/g, ' ');
  return rest.trim() === '';
}

/** The marks a copy from a web page leaves: a byte-order mark, zero-width characters, no-break spaces. */
export function withoutCopyMarks(pasted: string): string {
  return pasted
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\r\n?/g, '\n');
}

/** A header value as parseSender reads it: smart quotes and stray asterisks made plain. */
function plainValue(value: string): string {
  return value
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[\u2018\u2019\u201a]/g, "'")
    .replace(/^\*+|\*+$/g, '')
    .trim();
}

function addresses(value: string): string[] {
  return plainValue(value)
    .split(/[,;](?=(?:[^"]*"[^"]*")*[^"]*$)/)
    .map((part) => parseSender(part).address)
    .filter((a): a is string => a !== undefined);
}

interface Head {
  subject?: string;
  from?: Sender;
  to: string[];
  /** File names a helpdesk lists ("Vedlegg: liste.csv"): triage reads a list of employees from them. */
  attachments?: string[];
  /** The first line of the body. */
  end: number;
}

/** The "Fra: / Sendt: / Til: / Emne:" block at line `start`, or null when the line is no such header. */
function labelledBlock(lines: readonly string[], start: number): Head | null {
  const head: Head = { to: [], end: start };
  let i = start;
  let found = 0;
  while (i < lines.length) {
    // Some pages put an empty line between the header lines: passed over until sender and subject are in.
    const at =
      found > 0 && (head.from === undefined || head.subject === undefined) ? nextFilled(lines, i) : i;
    const match = LABELLED.exec((lines[at] ?? '').trim());
    const field = match ? LABELS[match[1]!.toLowerCase()] : undefined;
    if (!match || !field) break;
    i = at;
    const value = match[2]!;
    if (field === 'from' && head.from === undefined && value !== '')
      head.from = parseSender(plainValue(value));
    else if (field === 'subject' && head.subject === undefined) head.subject = plainValue(value);
    else if (field === 'to' || field === 'cc') head.to.push(...addresses(value));
    else if (field === 'attachments')
      head.attachments = plainValue(value)
        .split(/\s*[,;]\s*/)
        .map((name) => name.replace(/\s*\([^()]*\)$/, ''))
        .filter(Boolean);
    found++;
    i++;
  }
  // One "Til:" line alone may open a sentence ("Til: dere som …"); a block names the sender or subject.
  if (found === 0 || (head.from === undefined && head.subject === undefined)) return null;
  head.end = i;
  return head;
}

/**
 * Web mail's block without labels at line `start`: a sender ("Kari Nordmann <kari@bygg.no>", or a name
 * over "<kari@bygg.no>", or a name over a date or "til meg"), then dates and "til meg" lines. Gmail puts
 * blank lines between them; they are passed over.
 */
function senderBlock(lines: readonly string[], start: number): Head | null {
  const line = (i: number) => (lines[i] ?? '').trim();
  let i = start;
  let from: Sender | undefined;
  const confirmed = (at: number) => {
    const next = line(nextFilled(lines, at));
    return (
      isDateLine(next) ||
      RECIPIENT_LINE.test(next) ||
      LABELS[LABELLED.exec(next)?.[1]?.toLowerCase() ?? ''] !== undefined
    );
  };
  const name = plainValue(line(i)).replace(/^["']|["']$/g, '');
  // An address in angle brackets is a sender line; a bare one may be the text's ("… failed to: a@b.no").
  if (ADDRESS_LINE.test(line(i)) && (line(i).includes('<') || confirmed(i + 1))) {
    from = parseSender(plainValue(line(i)));
    i++;
  } else if (name.length > 0 && name.length <= 60 && !isLabel(name)) {
    const next = nextFilled(lines, i + 1);
    const after = nextFilled(lines, next + 1);
    // Over "<address>" any short line that is no sentence is the name (as the page spells it); over a
    // date or "til meg" only what a name looks like.
    if (/^<[^<>\s]+@[^<>\s]+>$/.test(line(next)) && !/[@.:!?,;]$|@/.test(name)) {
      from = { ...parseSender(line(next)), name };
      i = next + 1;
    } else if (
      NAME_LINE.test(name) &&
      (RECIPIENT_LINE.test(line(next)) || (isDateLine(line(next)) && RECIPIENT_LINE.test(line(after))))
    ) {
      from = { name };
      i++;
    }
  }
  if (from === undefined) return null;
  const to: string[] = [];
  for (;;) {
    const at = nextFilled(lines, i);
    const next = line(at);
    const labelled = LABELLED.exec(next);
    const field = labelled ? LABELS[labelled[1]!.toLowerCase()] : undefined;
    if (field === 'to' || field === 'cc') to.push(...addresses(labelled![2]!));
    else if (!(field === 'date' || isDateLine(next) || RECIPIENT_LINE.test(next))) break;
    i = at + 1;
  }
  return { from, to, end: i };
}

function nextFilled(lines: readonly string[], i: number): number {
  while (i < lines.length && lines[i]!.trim() === '') i++;
  return i;
}

/** The head of a paste: its header lines, or Gmail's subject line over a sender block, or nothing. */
function readHead(lines: readonly string[]): Head {
  const first = nextFilled(lines, 0);
  const labelled = labelledBlock(lines, first);
  if (labelled) return labelled;
  // Gmail and Outlook on the web show the subject above the sender, perhaps with a label beside it.
  // A line that ends a sentence or opens a list ("Delivery has failed to these recipients:") is text.
  const subject = lines[first]?.trim() ?? '';
  if (subject.length > 0 && subject.length <= 200 && !/[.:,;]$/.test(subject) && !LABEL_LINE.test(subject)) {
    const next = nextFilled(lines, first + 1);
    const i = pastLabels(lines, next);
    // A header block with a subject of its own is quoted below the text, not the head of this paste.
    const below = labelledBlock(lines, i) ?? senderBlock(lines, i);
    // Outlook's avatar right above the sender shows the sender's initials ("KN"): no subject then.
    const avatar = i === next && below?.from !== undefined && subject === initialsOf(below.from);
    if (below && below.subject === undefined)
      return avatar ? below : { ...below, subject: plainValue(subject) };
  }
  return senderBlock(lines, pastLabels(lines, first)) ?? { to: [], end: 0 };
}

/** The letters of an avatar: the initials of the name's first and last word, else the address's first. */
export function initialsOf(sender: Sender): string {
  const words = (sender.name ?? '').split(/[\s,]+/).filter((w) => /^\p{L}/u.test(w));
  const letters =
    words.length === 0 ? [sender.address ?? ''] : words.length === 1 ? words : [words[0]!, words.at(-1)!];
  return letters.map((w) => w.charAt(0).toUpperCase()).join('');
}

/** The first line at or after `i` that is no label or avatar initials. */
function pastLabels(lines: readonly string[], i: number): number {
  while (i < lines.length && isLabel(lines[i]!.trim())) i = nextFilled(lines, i + 1);
  return i;
}

function isLabel(line: string): boolean {
  return LABEL_LINE.test(line) || INITIALS_LINE.test(line);
}

/**
 * Pasted text as the message triage reads. The text is the body with its head (if any) taken off;
 * quoted history below it stays, for triage to set aside as it does in an e-mail.
 */
export function readPastedText(pasted: string): TicketMessage {
  const lines = withoutCopyMarks(pasted).split('\n');
  const head = readHead(lines);
  const body = lines.slice(nextFilled(lines, head.end)).join('\n');
  const from = head.from?.address || head.from?.name ? head.from : undefined;
  return {
    subject: head.subject ?? '',
    ...(from ? { from } : {}),
    to: head.to,
    text: body.replace(/\s+$/, '\n'),
    attachments: head.attachments ?? [],
  };
}

/** Whether a paste holds anything to triage: a letter of some word, not only spaces and signs. */
export function pasteProblem(pasted: string): 'blank' | 'no-words' | null {
  const plain = withoutCopyMarks(pasted);
  if (plain.trim() === '') return 'blank';
  if (!/\p{L}/u.test(plain)) return 'no-words';
  return null;
}
