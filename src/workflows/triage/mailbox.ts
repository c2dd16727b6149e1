// Where tickets come from: one e-mail file (or stdin), an mbox file (From_ lines, ">From" unescaped)
// or a Maildir folder (cur/ and new/). Returns each message's bytes with its position, so a broken one
// can be reported by number and line while the others are triaged.
import { closeSync, readdirSync, readSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openInputFile, readOpenedFile } from '../../context/input-file.js';
import { text } from '../../domain/messages/index.js';
import { NotFoundError, UsageError } from '../../errors.js';
import { quotedName } from '../../output/terminal-text.js';
import { MAX_MBOX_BYTES, MAX_MESSAGE_BYTES } from './read-message.js';

export interface RawTicket {
  raw: Buffer;
  /** Why the file could not be read (a Maildir file without permission); raw is then empty. */
  unreadable?: string;
  source: { file?: string; message?: number; line?: number };
}

export interface TicketBatch {
  kind: 'single' | 'mbox' | 'maildir';
  tickets: RawTicket[];
}

/** An mbox starts with a From_ line; an RFC 5322 message never does (its header is "From:"). */
export function isMbox(bytes: Buffer): boolean {
  return /^From \S/.test(bytes.subarray(0, 64).toString('latin1'));
}

/**
 * Splits an mbox: a message starts at "From " at the start of a line that follows an empty line (or
 * the start of the file). Lines quoted as ">From " (and ">>From ", mboxrd) lose one '>'.
 */
export function splitMbox(bytes: Buffer, file?: string): RawTicket[] {
  const text = bytes.toString('latin1');
  const tickets: RawTicket[] = [];
  let start = -1;
  let startLine = 0;
  let line = 1;
  let message = 0;
  let position = 0;
  const push = (end: number) => {
    if (start < 0) return;
    // Drop the From_ line itself and the blank line that separates messages.
    const firstBreak = text.indexOf('\n', start);
    const body = firstBreak < 0 || firstBreak >= end ? '' : text.slice(firstBreak + 1, end);
    const unescaped = body.replace(/^>(>*From )/gm, '$1').replace(/\r?\n$/, '');
    message++;
    tickets.push({
      raw: Buffer.from(unescaped, 'latin1'),
      source: { ...(file ? { file } : {}), message, line: startLine },
    });
  };
  let previousBlank = true;
  while (position <= text.length) {
    const next = text.indexOf('\n', position);
    const end = next < 0 ? text.length : next;
    if (previousBlank && text.startsWith('From ', position)) {
      push(position);
      start = position;
      startLine = line;
    }
    const content = text.slice(position, end).replace(/\r$/, '');
    previousBlank = content === '';
    if (next < 0) break;
    position = next + 1;
    line++;
  }
  push(text.length);
  return tickets;
}

function readMaildir(dir: string): RawTicket[] {
  const folders = ['new', 'cur'].filter((sub) => {
    try {
      return statSync(join(dir, sub)).isDirectory();
    } catch {
      return false;
    }
  });
  if (folders.length === 0) {
    throw new UsageError(text('triage.not-a-maildir', { shown: quotedName(dir) }));
  }
  const tickets: RawTicket[] = [];
  for (const sub of folders) {
    for (const name of readdirSync(join(dir, sub)).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(dir, sub, name);
      const source = { file: join(sub, name) };
      let opened: ReturnType<typeof openInputFile>;
      try {
        opened = openInputFile(path, { what: 'a message', maxBytes: MAX_MESSAGE_BYTES });
      } catch (error) {
        // A mail client moved it on (new/ to cur/) while we listed: gone is not unreadable. A folder
        // or a pipe in a Maildir is no message; anything else is reported with the file's name.
        if (error instanceof NotFoundError || error instanceof UsageError) continue;
        tickets.push({ raw: Buffer.alloc(0), source, unreadable: (error as Error).message });
        continue;
      }
      try {
        // Too big to read: the reader reports it like any other unreadable message, without loading it.
        const raw =
          opened.stat.size > MAX_MESSAGE_BYTES
            ? Buffer.alloc(MAX_MESSAGE_BYTES + 1, 32)
            : readOpenedFile(path, opened.fd, opened.stat, {
                what: 'a message',
                maxBytes: MAX_MESSAGE_BYTES,
              });
        tickets.push({ raw, source });
      } catch (error) {
        tickets.push({ raw: Buffer.alloc(0), source, unreadable: (error as Error).message });
      } finally {
        closeSync(opened.fd);
      }
    }
  }
  return tickets;
}

/**
 * stdin up to the limit of what it turns out to be: one message (10 MB) unless its first bytes are an
 * mbox's. A stream that never ends (`< /dev/zero`) is cut one byte past the limit.
 */
async function readStdin(stdin: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  let limit: number | undefined;
  for await (const chunk of stdin) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    chunks.push(bytes);
    total += bytes.length;
    if (limit === undefined && total >= 64) {
      limit = (isMbox(Buffer.concat(chunks)) ? MAX_MBOX_BYTES : MAX_MESSAGE_BYTES) + 1;
    }
    if (limit !== undefined && total >= limit) break;
  }
  const all = Buffer.concat(chunks, total);
  return limit !== undefined && all.length > limit ? all.subarray(0, limit) : all;
}

function tooBig(input: string, size: number, limit: 'message' | 'mbox'): UsageError {
  const reason = text('triage.reason-too-big', { megabytes: (size / 1024 / 1024).toFixed(1), limit });
  return new UsageError(
    text('triage.input-refused', {
      shown: quotedName(input),
      problem: text('triage.not-an-email', { reason }),
    }),
  );
}

/**
 * Reads the command's input: a file path, a Maildir folder, or '-' for stdin. A named pipe, a device or
 * a socket is refused before anything waits on it.
 */
export async function readTickets(
  input: string,
  cwd: string,
  stdin: NodeJS.ReadableStream,
): Promise<TicketBatch> {
  let bytes: Buffer;
  let file: string | undefined;
  if (input === '-') {
    bytes = await readStdin(stdin);
    if (bytes.length > MAX_MBOX_BYTES) throw tooBig('stdin', bytes.length, 'mbox');
  } else {
    const path = resolve(cwd, input);
    const spec = {
      what: 'an e-mail, an mbox or a Maildir',
      stdinDash: true,
      maxBytes: MAX_MBOX_BYTES,
      label: input,
      folderAllowed: true,
    } as const;
    const opened = openInputFile(path, spec);
    if (opened.stat.isDirectory()) {
      closeSync(opened.fd);
      return { kind: 'maildir', tickets: readMaildir(path) };
    }
    file = input;
    try {
      if (opened.stat.size > MAX_MESSAGE_BYTES) {
        // Only an mbox may be bigger than one message; peek before reading it all.
        const head = Buffer.alloc(64);
        readSync(opened.fd, head, 0, 64, 0);
        if (!isMbox(head)) throw tooBig(input, opened.stat.size, 'message');
        if (opened.stat.size > MAX_MBOX_BYTES) throw tooBig(input, opened.stat.size, 'mbox');
      }
      bytes = readOpenedFile(input, opened.fd, opened.stat, spec);
    } finally {
      closeSync(opened.fd);
    }
  }
  if (isMbox(bytes)) return { kind: 'mbox', tickets: splitMbox(bytes, file) };
  return { kind: 'single', tickets: [{ raw: bytes, source: file ? { file } : {} }] };
}
