// The labelled ticket set (tickets/*.yaml) and how each ticket becomes a real RFC 5322 message: the
// `format` of a ticket picks the transfer encoding, charset and MIME shape, so the reader is tested on
// quoted-printable, base64, latin1, windows-1252, HTML-only, multipart/alternative and attachments.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { TicketLanguage, TopicId } from '../../src/domain/triage/types.js';

export type TicketFormat = 'plain' | 'qp' | 'base64' | 'latin1' | 'cp1252' | 'html' | 'alternative' | 'csv';

export interface LabelledTicket {
  id: string;
  lang: TicketLanguage;
  /** The first is the main topic. */
  topics: TopicId[];
  from?: string;
  subject: string;
  format?: TicketFormat;
  body: string;
  expect: {
    names?: string[];
    birthDates?: string[];
    emails?: string[];
    orgNumbers?: string[];
    nationalId?: boolean;
  };
}

/** "Today" for every ticket of the set, so birth-date plausibility does not drift. */
export const TICKET_TODAY = '2026-12-07';

export { NO_FACTS } from '../helpers/ticket-facts.js';

export const TICKETS_DIR = join(import.meta.dirname, 'tickets');

/** Every ticket of tickets/*.yaml in file order (a bundled copy, as the bench's, passes the folder). */
export function loadTickets(dir = TICKETS_DIR): LabelledTicket[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => parse(readFileSync(join(dir, f), 'utf8')) as LabelledTicket[]);
}

/** A third of the set, fixed by position, is kept aside: it shows whether the phrases overfit the rest. */
export function isHoldout(index: number): boolean {
  return index % 3 === 2;
}

const CP1252_EXTRA: Readonly<Record<string, number>> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
};

function encodeText(text: string, charset: 'utf-8' | 'iso-8859-1' | 'windows-1252'): Buffer {
  if (charset === 'utf-8') return Buffer.from(text, 'utf8');
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (charset === 'windows-1252' && CP1252_EXTRA[ch] !== undefined) bytes.push(CP1252_EXTRA[ch]);
    else bytes.push(code < 256 ? code : 63);
  }
  return Buffer.from(bytes);
}

export function quotedPrintable(bytes: Buffer): string {
  const lines: string[] = [];
  for (const line of bytes.toString('latin1').split('\n')) {
    let encoded = '';
    for (const ch of line) {
      const code = ch.charCodeAt(0);
      encoded +=
        code > 126 || code === 61 || (code < 32 && code !== 9)
          ? `=${code.toString(16).toUpperCase().padStart(2, '0')}`
          : ch;
    }
    encoded = encoded.replace(
      /[ \t]$/,
      (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
    );
    // Soft line breaks keep lines under 76 characters, never inside an =XX escape.
    while (encoded.length > 75) {
      let cut = 75;
      if (encoded[cut - 1] === '=') cut -= 1;
      else if (encoded[cut - 2] === '=') cut -= 2;
      lines.push(`${encoded.slice(0, cut)}=`);
      encoded = encoded.slice(cut);
    }
    lines.push(encoded);
  }
  return lines.join('\r\n');
}

function base64Lines(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

/** An RFC 2047 encoded word for a header holding non-ASCII text. */
function headerWord(text: string, charset: 'utf-8' | 'iso-8859-1', style: 'Q' | 'B'): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const bytes = encodeText(text, charset);
  if (style === 'B') return `=?${charset}?B?${bytes.toString('base64')}?=`;
  let q = '';
  for (const byte of bytes) {
    const ch = String.fromCharCode(byte);
    q += /[A-Za-z0-9!*+\-/]/.test(ch)
      ? ch
      : byte === 32
        ? '_'
        : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return `=?${charset}?Q?${q}?=`;
}

function fromHeader(from: string, charset: 'utf-8' | 'iso-8859-1', style: 'Q' | 'B'): string {
  const m = /^\s*(?:"([^"]*)"|([^<]*?))\s*<([^>]+)>\s*$/.exec(from);
  if (!m) return from;
  const display = m[1] ?? m[2] ?? '';
  if (display === '') return `<${m[3]}>`;
  if (/^[\x20-\x7e]*$/.test(display))
    return /[,."]/.test(display) ? `"${display}" <${m[3]}>` : `${display} <${m[3]}>`;
  return `${headerWord(display, charset, style)} <${m[3]}>`;
}

function htmlOf(text: string): string {
  const escapeHtml = (s: string) =>
    s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  const paragraphs = text
    .trim()
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replaceAll('\n', '<br>\n')}</p>`);
  return `<html><head><meta charset="utf-8"><style>p{margin:0}</style></head><body>\n<div dir="ltr">${paragraphs.join('\n')}</div>\n</body></html>`;
}

/** The ticket as the bytes of an e-mail, as a mail server would hand it over. */
export function rawMessage(ticket: LabelledTicket, index: number): Buffer {
  const format = ticket.format ?? 'plain';
  const headerCharset = format === 'latin1' || format === 'cp1252' ? 'iso-8859-1' : 'utf-8';
  const style = index % 2 === 0 ? 'Q' : 'B';
  const headers = [
    ...(ticket.from ? [`From: ${fromHeader(ticket.from, headerCharset, style)}`] : []),
    'To: Kursportalen brukerstøtte <eksternsupport-DRIV@banenor.no>'.replace('ø', 'o'),
    `Subject: ${headerWord(ticket.subject, headerCharset, style)}`,
    `Date: Mon, ${String((index % 28) + 1).padStart(2, '0')} Nov 2026 09:${String(index % 60).padStart(2, '0')}:00 +0100`,
    `Message-ID: <${ticket.id}.${index}@mail.example.net>`,
    'MIME-Version: 1.0',
  ];
  const body = ticket.body.replace(/\n/g, '\n');
  let content: string[];
  switch (format) {
    case 'plain':
      content = ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', body];
      break;
    case 'qp':
      content = [
        'Content-Type: text/plain; charset="UTF-8"',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        quotedPrintable(encodeText(body, 'utf-8')),
      ];
      break;
    case 'base64':
      content = [
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: base64',
        '',
        base64Lines(encodeText(body, 'utf-8')),
      ];
      break;
    case 'latin1':
      return Buffer.concat([
        Buffer.from(
          [
            ...headers,
            'Content-Type: text/plain; charset=ISO-8859-1',
            'Content-Transfer-Encoding: 8bit',
            '',
            '',
          ].join('\r\n'),
          'latin1',
        ),
        encodeText(body.replace(/\n/g, '\r\n'), 'iso-8859-1'),
      ]);
    case 'cp1252':
      content = [
        'Content-Type: text/plain; charset=windows-1252',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        quotedPrintable(encodeText(body, 'windows-1252')),
      ];
      break;
    case 'html':
      content = [
        'Content-Type: text/html; charset=utf-8',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        quotedPrintable(encodeText(htmlOf(body), 'utf-8')),
      ];
      break;
    case 'alternative':
      content = [
        'Content-Type: multipart/alternative; boundary="alt-boundary-1"',
        '',
        '--alt-boundary-1',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        quotedPrintable(encodeText(body, 'utf-8')),
        '--alt-boundary-1',
        'Content-Type: text/html; charset=utf-8',
        'Content-Transfer-Encoding: base64',
        '',
        base64Lines(encodeText(htmlOf(body), 'utf-8')),
        '--alt-boundary-1--',
      ];
      break;
    case 'csv':
      content = [
        'Content-Type: multipart/mixed; boundary="mixed-boundary-2"',
        '',
        'This is a multi-part message in MIME format.',
        '--mixed-boundary-2',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: 8bit',
        '',
        body,
        '--mixed-boundary-2',
        'Content-Type: text/csv; name="liste.csv"',
        'Content-Disposition: attachment; filename="liste.csv"',
        'Content-Transfer-Encoding: base64',
        '',
        base64Lines(Buffer.from('org_number;name\n988077917;Bygg og Anlegg AS\n', 'utf8')),
        '--mixed-boundary-2--',
      ];
      break;
  }
  return Buffer.from([...headers, ...content].join('\r\n').replace(/(?<!\r)\n/g, '\r\n'), 'utf8');
}
