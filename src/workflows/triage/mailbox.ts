// Where tickets come from: one e-mail file (or stdin), an mbox file (From_ lines, ">From" unescaped)
// or a Maildir folder (cur/ and new/). Returns each message's bytes with its position, so a broken one
// can be reported by number and line while the others are triaged.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { MAX_MESSAGE_BYTES } from './read-message.js';

export interface RawTicket {
  raw: Buffer;
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
    throw new UsageError(`${dir} is a folder but not a Maildir (it has no cur/ or new/ folder)`);
  }
  const tickets: RawTicket[] = [];
  for (const sub of folders) {
    for (const name of readdirSync(join(dir, sub)).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(dir, sub, name);
      const stat = statSync(path);
      if (!stat.isFile()) continue;
      // Too big to read: the reader reports it like any other unreadable message, without loading it.
      const raw =
        stat.size > MAX_MESSAGE_BYTES ? Buffer.alloc(MAX_MESSAGE_BYTES + 1, 32) : readFileSync(path);
      tickets.push({ raw, source: { file: join(sub, name) } });
    }
  }
  return tickets;
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

/** Reads the command's input: a file path, a Maildir folder, or '-' for stdin. */
export async function readTickets(
  input: string,
  cwd: string,
  stdin: NodeJS.ReadableStream,
): Promise<TicketBatch> {
  let bytes: Buffer;
  let file: string | undefined;
  if (input === '-') {
    bytes = await readStdin(stdin);
  } else {
    const path = resolve(cwd, input);
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(path);
    } catch {
      throw new UsageError(`${input}: no such file or folder`);
    }
    if (stat.isDirectory()) return { kind: 'maildir', tickets: readMaildir(path) };
    file = input;
    if (stat.size > MAX_MESSAGE_BYTES) {
      // Only an mbox may be bigger than one message; peek before reading it all.
      const head = Buffer.alloc(64);
      const { openSync, readSync, closeSync } = await import('node:fs');
      const fd = openSync(path, 'r');
      readSync(fd, head, 0, 64, 0);
      closeSync(fd);
      if (!isMbox(head)) {
        throw new UsageError(
          `${input} is not an e-mail: it is ${(stat.size / 1024 / 1024).toFixed(1)} MB; the limit for one message is 10 MB`,
        );
      }
    }
    bytes = readFileSync(path);
  }
  if (isMbox(bytes)) return { kind: 'mbox', tickets: splitMbox(bytes, file) };
  return { kind: 'single', tickets: [{ raw: bytes, source: file ? { file } : {} }] };
}
