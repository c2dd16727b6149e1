// The e-mail reader: the direct reading of plain messages agrees with mailparser on every labelled
// ticket, MIME messages go through mailparser, and bad input is refused with a reason.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readTickets, splitMbox } from '../../src/workflows/triage/mailbox.js';
import { notAnEmail, readMessage, UnreadableMessage } from '../../src/workflows/triage/read-message.js';
import { loadTickets, rawMessage } from './tickets.js';

const tidy = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();

describe('reading one message', () => {
  const tickets = loadTickets();

  it('reads every labelled ticket as mailparser does', async () => {
    for (const [index, ticket] of tickets.entries()) {
      const raw = rawMessage(ticket, index);
      const fast = await readMessage(raw);
      const full = await readMessage(raw, { simple: false });
      expect(fast.subject, ticket.id).toBe(full.subject);
      expect(fast.from, ticket.id).toEqual(full.from);
      expect(fast.messageId, ticket.id).toBe(full.messageId);
      expect(tidy(fast.text), ticket.id).toBe(tidy(full.text));
    }
  });

  it('reads a message saved with a byte-order mark: UTF-8, UTF-16LE and UTF-16BE', async () => {
    const text =
      'From: Kari Nordmann <kari@bygg.no>\r\nSubject: Glemt passord\r\n\r\nHei, jeg har glemt passordet. Mvh Kåre\r\n';
    const plain = await readMessage(Buffer.from(text));
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(Buffer.from(text, 'utf16le')).swap16()]);
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    for (const bytes of [le, be, utf8]) {
      const message = await readMessage(bytes);
      expect(message).toEqual(plain);
      expect(message.text).toContain('Kåre');
    }
  });

  it('decodes quoted-printable, base64, latin1, windows-1252 and HTML-only bodies', async () => {
    for (const [index, ticket] of tickets.entries()) {
      if (!ticket.format || ticket.format === 'plain') continue;
      const message = await readMessage(rawMessage(ticket, index));
      // The first words of the body survive every encoding, with Norwegian letters intact.
      const firstLine = ticket.body
        .split('\n')
        .find((l) => l.trim() !== '')!
        .trim();
      const words = firstLine.split(/\s+/).slice(0, 3).join(' ');
      expect(message.text.replace(/\s+/g, ' '), `${ticket.id} (${ticket.format})`).toContain(words);
      expect(message.subject, ticket.id).toBe(ticket.subject);
    }
  });

  it('lists attachments', async () => {
    const index = tickets.findIndex((t) => t.format === 'csv');
    const message = await readMessage(rawMessage(tickets[index]!, index));
    expect(message.attachments).toEqual(['liste.csv']);
  });

  it.each([
    ['empty', Buffer.alloc(0), 'empty'],
    ['blank', Buffer.from('\n\n  \n'), 'empty'],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'binary'],
    ['a text without headers', Buffer.from('Hei, jeg har glemt passordet.\n'), 'headers'],
    ['a CSV file', Buffer.from('name,email\nKari,kari@x.no\n'), 'headers'],
    ['too big', Buffer.alloc(10 * 1024 * 1024 + 1, 'a'), '10 MB'],
  ])('refuses %s', async (_name, raw, reason) => {
    expect(String(notAnEmail(raw))).toContain(reason);
    await expect(readMessage(raw)).rejects.toBeInstanceOf(UnreadableMessage);
  });
});

describe('mbox and Maildir', () => {
  const message = (n: number, body: string) =>
    `From sender${n}@x.no Mon Dec  1 10:00:00 2026\nFrom: Person ${n} <p${n}@x.no>\nSubject: sak ${n}\n\n${body}\n\n`;

  it('splits an mbox at From_ lines, unescapes >From and says where each message starts', async () => {
    const mbox = Buffer.from(
      message(1, 'Hei\n>From the start I had trouble.') + message(2, 'Glemt passord') + message(3, 'Takk'),
    );
    const tickets = splitMbox(mbox, 'box.mbox');
    expect(tickets.map((t) => t.source)).toEqual([
      { file: 'box.mbox', message: 1, line: 1 },
      { file: 'box.mbox', message: 2, line: 8 },
      { file: 'box.mbox', message: 3, line: 14 },
    ]);
    const first = await readMessage(tickets[0]!.raw);
    expect(first.text).toContain('\nFrom the start I had trouble.');
    expect((await readMessage(tickets[2]!.raw)).subject).toBe('sak 3');
  });

  it('reads a Maildir’s new/ and cur/ folders, and refuses a folder that is none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kursdesk-maildir-'));
    mkdirSync(join(dir, 'new'));
    mkdirSync(join(dir, 'cur'));
    mkdirSync(join(dir, 'tmp'));
    writeFileSync(join(dir, 'new', '1733.M1.host'), 'From: a@x.no\nSubject: en\n\nHei');
    writeFileSync(join(dir, 'cur', '1732.M1.host:2,S'), 'From: b@x.no\nSubject: to\n\nHei');
    const batch = await readTickets(dir, '/', Readable.from([]));
    expect(batch.kind).toBe('maildir');
    expect(batch.tickets.map((t) => t.source.file)).toEqual(['new/1733.M1.host', 'cur/1732.M1.host:2,S']);
    const plain = mkdtempSync(join(tmpdir(), 'kursdesk-notmaildir-'));
    await expect(readTickets(plain, '/', Readable.from([]))).rejects.toThrow(/not a Maildir/);
  });
});
