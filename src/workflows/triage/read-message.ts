// Reads one e-mail (RFC 5322) into a TicketMessage: headers decoded, the text part (or an HTML part as
// text) decoded from quoted-printable or base64 and from its charset. mailparser does the work for every
// message with MIME structure; a single-part text/plain message in a common charset is read directly,
// because importing mailparser costs several times a whole triage run and most tickets are plain text
// (test/triage/reader.test.ts checks both ways agree on every ticket of the labelled set).

import { type Text, text } from '../../domain/messages/index.js';
import { parseSender, type Sender } from '../../domain/triage/ticket-text.js';
import type { TicketMessage } from '../../domain/triage/triage.js';
import { UsageError } from '../../errors.js';
import { pasteProblem, readPastedText } from './read-paste.js';

export const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;
/** An mbox is read whole into one string, and V8's strings end below 512 MB: half that, to be safe. */
export const MAX_MBOX_BYTES = 256 * 1024 * 1024;

/** A message that cannot be triaged; in a batch it is reported with its position and the rest go on. */
export class UnreadableMessage extends UsageError {
  declare readonly text: Text;
  constructor(message: Text) {
    super(message);
  }
}

const SIMPLE_CHARSETS = new Map([
  ['utf-8', 'utf-8'],
  ['utf8', 'utf-8'],
  ['us-ascii', 'windows-1252'],
  ['ascii', 'windows-1252'],
  ['iso-8859-1', 'windows-1252'],
  ['latin1', 'windows-1252'],
  ['iso-8859-15', 'iso-8859-15'],
  ['windows-1252', 'windows-1252'],
  ['cp1252', 'windows-1252'],
]);

/** Why these bytes are no text at all (empty, too big, binary), or null when they are text. */
export function notText(raw: Buffer): Text | null {
  if (raw.length === 0 || raw.toString('latin1').trim() === '') return text('triage.reason-empty');
  if (raw.length > MAX_MESSAGE_BYTES) {
    return text('triage.reason-too-big', {
      megabytes: (raw.length / 1024 / 1024).toFixed(1),
      limit: 'message',
    });
  }
  const head = raw.subarray(0, 65536);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return text('triage.reason-nul-bytes');
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12 && byte !== 27) control++;
  }
  if (control > head.length / 20) return text('triage.reason-binary');
  return null;
}

/** The header block: from the first non-blank line to the first empty line (at most the first 64 KiB). */
function headerBlock(raw: Buffer): string {
  const head = raw.subarray(0, 65536).toString('latin1').replace(/^\s+/, '');
  const end = head.search(/\r?\n\r?\n/);
  return end < 0 ? head : head.slice(0, end);
}

/** Why these bytes are no e-mail, or null when they may be one. */
export function notAnEmail(raw: Buffer): Text | null {
  const problem = notText(raw);
  if (problem) return problem;
  const header = headerBlock(raw);
  if (!/^[!-9;-~]+:/.test(header)) return text('triage.reason-no-headers');
  if (!/^(?:from|subject|date|message-id|to|received|mime-version|return-path):/im.test(header)) {
    return text('triage.reason-no-known-headers');
  }
  return null;
}

/**
 * Whether text that passes for an e-mail is one, or pasted text that happens to start with "From:" or
 * "Subject:": in an e-mail every line of the header block is a header or its folded continuation; a
 * paste runs on into the text ("Subject: Glemt passord" then "Hei, jeg …" with no empty line between).
 */
export function hasCleanHeaderBlock(raw: Buffer): boolean {
  return headerBlock(raw)
    .split(/\r?\n/)
    .every((line) => /^[!-9;-~]+:/.test(line) || /^[ \t]/.test(line));
}

interface Headers {
  get(name: string): string | undefined;
}

function readHeaders(block: string): Headers {
  const map = new Map<string, string>();
  const unfolded = block.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!map.has(name)) map.set(name, line.slice(colon + 1).trim());
  }
  return { get: (name) => map.get(name) };
}

function decodeBytes(bytes: Buffer, charset: string): string {
  return new TextDecoder(charset).decode(bytes);
}

function quotedPrintableBytes(text: string): Buffer {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const c = joined.charCodeAt(i);
    if (c === 61 && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(c & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words in the simple charsets; null when a word needs more (mailparser then reads it). */
function decodeWords(value: string): string | null {
  if (!value.includes('=?')) return value;
  let failed = false;
  const decoded = value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, charset: string, encoding: string, data: string) => {
      const target = SIMPLE_CHARSETS.get(charset.toLowerCase().replace(/\*.*$/, ''));
      if (!target) {
        failed = true;
        return '';
      }
      const bytes =
        encoding.toUpperCase() === 'B'
          ? Buffer.from(data, 'base64')
          : quotedPrintableBytes(data.replace(/_/g, ' '));
      return decodeBytes(bytes, target);
    });
  return failed ? null : decoded;
}

function contentParameters(value: string | undefined): { type: string; charset?: string } {
  if (!value) return { type: 'text/plain' };
  const type = value.split(';')[0]!.trim().toLowerCase();
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(value)?.[1]?.toLowerCase();
  return charset ? { type, charset } : { type };
}

function addressList(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)
    .map((part) => parseSender(part).address)
    .filter((a): a is string => a !== undefined);
}

/** The direct reading of a plain single-part message, or null when it needs mailparser. */
function readSimple(raw: Buffer): TicketMessage | null {
  const latin = raw.toString('latin1');
  const split = /\r?\n\r?\n/.exec(latin);
  const headerBlock = split ? latin.slice(0, split.index) : latin;
  const bodyText = split ? latin.slice(split.index + split[0].length) : '';
  const headers = readHeaders(headerBlock);
  const content = contentParameters(headers.get('content-type'));
  if (content.type !== 'text/plain') return null;
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (!['7bit', '8bit', 'quoted-printable', 'base64', 'binary'].includes(encoding)) return null;
  const charset = content.charset ? SIMPLE_CHARSETS.get(content.charset) : 'utf-8';
  if (!charset) return null;
  const bytes =
    encoding === 'quoted-printable'
      ? quotedPrintableBytes(bodyText)
      : encoding === 'base64'
        ? Buffer.from(bodyText.replace(/\s+/g, ''), 'base64')
        : Buffer.from(bodyText, 'latin1');
  let text: string;
  if (content.charset) text = decodeBytes(bytes, charset);
  else {
    // Without a charset, 8-bit text is UTF-8 when it decodes as such, else the Windows code page.
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = decodeBytes(bytes, 'windows-1252');
    }
  }
  // Raw 8-bit header bytes are UTF-8 in practice; decode them the same way.
  const headerValue = (name: string): string | null => {
    const value = headers.get(name);
    if (value === undefined) return '';
    const bytesOfValue = Buffer.from(value, 'latin1');
    let unicode: string;
    try {
      unicode = new TextDecoder('utf-8', { fatal: true }).decode(bytesOfValue);
    } catch {
      unicode = decodeBytes(bytesOfValue, 'windows-1252');
    }
    return decodeWords(unicode);
  };
  const subject = headerValue('subject');
  const from = headerValue('from');
  if (subject === null || from === null) return null;
  const sender: Sender = parseSender(from);
  const messageId = headers.get('message-id');
  return {
    subject,
    ...(sender.address || sender.name ? { from: sender } : {}),
    to: [...addressList(headers.get('to')), ...addressList(headers.get('cc'))],
    ...(messageId ? { messageId } : {}),
    text: text.replace(/\r\n?/g, '\n'),
    attachments: [],
  };
}

type SimpleParser = typeof import('mailparser').simpleParser;
let parser: Promise<SimpleParser> | undefined;

async function readWithMailparser(raw: Buffer): Promise<TicketMessage> {
  parser ??= import('mailparser').then((m) => m.simpleParser);
  const simpleParser = await parser;
  const mail = await simpleParser(raw, {
    skipImageLinks: true,
    skipTextToHtml: true,
    skipTextLinks: true,
  }).catch((error: unknown) => {
    // mailparser refuses a MIME tree past its limits (thousands of parts, or nested that deep): the
    // message is hostile or broken, not a bug of ours. Its text is not repeated: it may quote the input.
    const reason = /child nodes|nesting|too (?:many|long)/i.test(String((error as Error)?.message))
      ? text('triage.reason-mime-too-deep')
      : text('triage.reason-mime-unreadable');
    throw new UnreadableMessage(text('triage.not-an-email', { reason }));
  });
  const first = mail.from?.value[0];
  const recipients = [mail.to, mail.cc]
    .flatMap((field) => (field === undefined ? [] : Array.isArray(field) ? field : [field]))
    .flatMap((field) => field.value.map((a) => a.address))
    .filter((a): a is string => typeof a === 'string');
  const sender: Sender = {
    ...(first?.address ? { address: first.address.toLowerCase() } : {}),
    ...(first?.name ? { name: first.name } : {}),
  };
  return {
    subject: mail.subject ?? '',
    ...(sender.address || sender.name ? { from: sender } : {}),
    to: recipients,
    ...(mail.messageId ? { messageId: mail.messageId } : {}),
    text: (mail.text ?? '').replace(/\r\n?/g, '\n'),
    attachments: mail.attachments.map((a) => a.filename ?? '').filter(Boolean),
  };
}

/**
 * A message saved by a Windows editor: UTF-16 with its byte-order mark ("Unicode" in Notepad) becomes
 * UTF-8, and a UTF-8 byte-order mark is dropped, so the header block starts where the reader looks.
 */
function withoutByteOrderMark(raw: Buffer): Buffer {
  if (raw[0] === 0xff && raw[1] === 0xfe)
    return Buffer.from(new TextDecoder('utf-16le').decode(raw.subarray(2)), 'utf8');
  if (raw[0] === 0xfe && raw[1] === 0xff)
    return Buffer.from(new TextDecoder('utf-16be').decode(raw.subarray(2)), 'utf8');
  if (raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf) return raw.subarray(3);
  return raw;
}

/**
 * One message's bytes as a TicketMessage. Throws UnreadableMessage (exit 2) for what is not an e-mail:
 * empty, binary, over 10 MB, no header block.
 */
export async function readMessage(bytes: Buffer, options: { simple?: boolean } = {}): Promise<TicketMessage> {
  const raw = withoutByteOrderMark(bytes);
  const problem = notAnEmail(raw);
  if (problem) throw new UnreadableMessage(text('triage.not-an-email', { reason: problem }));
  const simple = options.simple === false ? null : readSimple(raw);
  return simple ?? readWithMailparser(raw);
}

/** How a ticket was read: as an e-mail (headers and MIME), or as text pasted from a web page. */
export type TicketInput = 'email' | 'paste';

/** Pasted bytes as text: UTF-8, or the Windows code page when they are not UTF-8 (a file saved as ANSI). */
function pastedText(raw: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return decodeBytes(raw, 'windows-1252');
  }
}

/**
 * One ticket given on its own (a file, stdin, the guided mode's paste): an e-mail when it starts with a
 * clean e-mail header block, else text pasted from a web page (src/workflows/triage/read-paste.ts).
 * Throws UnreadableMessage (exit 2) for what is neither: empty, binary, over 10 MB, only whitespace.
 * An mbox or a Maildir holds e-mails only: its messages go to readMessage.
 */
export async function readTicket(bytes: Buffer): Promise<{ message: TicketMessage; input: TicketInput }> {
  const raw = withoutByteOrderMark(bytes);
  const problem = notText(raw);
  if (problem) throw new UnreadableMessage(text('triage.not-an-email', { reason: problem }));
  if (notAnEmail(raw) === null && hasCleanHeaderBlock(raw))
    return { message: await readMessage(raw), input: 'email' };
  const pasted = pastedText(raw);
  const empty = pasteProblem(pasted);
  if (empty) {
    const reason = text(empty === 'blank' ? 'triage.reason-paste-blank' : 'triage.reason-paste-no-words');
    throw new UnreadableMessage(text('triage.no-ticket', { reason }));
  }
  return { message: readPastedText(pasted), input: 'paste' };
}
