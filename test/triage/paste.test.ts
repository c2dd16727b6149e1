// A ticket pasted from a web page triages as the same ticket read as an e-mail: every labelled ticket and
// every demo .eml, copied as a helpdesk, Outlook (web and desktop, bokmål and English) and Gmail show
// them, with the marks copying leaves (CRLF, tabs, no-break and zero-width spaces, smart quotes, a
// byte-order mark); the head of a paste gives sender and subject and never eats the text; and what is no
// ticket is still refused.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TicketMessage } from '../../src/domain/triage/triage.js';
import { triageTicket } from '../../src/domain/triage/triage.js';
import type { TriageResult } from '../../src/domain/triage/types.js';
import { pastedTicketReader } from '../../src/guided/ticket-reader.js';
import { readMessage, readTicket, UnreadableMessage } from '../../src/workflows/triage/read-message.js';
import { initialsOf, readPastedText } from '../../src/workflows/triage/read-paste.js';
import { loadTickets, rawMessage, TICKET_TODAY } from './tickets.js';

const DEMO_TICKETS = join(import.meta.dirname, '..', '..', 'fixtures', 'tickets');

/** What an agent relies on: the same language, topics (and their order and strength), facts and commands. */
function verdict(result: TriageResult) {
  return {
    subject: result.subject,
    from: result.from,
    language: result.language,
    topics: result.topics.map((t) => `${t.topic} ${t.confidence.toFixed(3)}`),
    facts: result.facts,
    missing: result.missing,
    // The ticket reference of an e-mail without one in its subject is its Message-ID, which a page does not show.
    commands: result.commands.map((c) => c.replace(/ --ticket \S+$/, '')),
    loginQuestion: result.loginQuestion,
    askForMissing: result.askForMissing,
  };
}

/** The sender as a page shows it: "Kari Nordmann <kari@bygg.no>", or the address alone. */
function senderLine(message: TicketMessage): string {
  const { name, address } = message.from ?? {};
  return name ? `${name} <${address}>` : `<${address}>`;
}

/** The shapes a ticket takes when copied from a web page: each a function of the e-mail read. */
const SHAPES: Record<string, (m: TicketMessage) => string> = {
  'helpdesk, bokmål labels, CRLF': (m) =>
    [
      `Fra: ${senderLine(m)}`,
      'Sendt: mandag 1. desember 2026 10:32',
      'Til: Kursportalen brukerstøtte <eksternsupport-DRIV@banenor.no>',
      `Emne: ${m.subject}`,
      ...(m.attachments.length > 0 ? [`Vedlegg: ${m.attachments.map((a) => `${a} (2 kB)`).join(', ')}`] : []),
      '',
      m.text,
    ]
      .join('\n')
      .replace(/\n/g, '\r\n'),
  'Outlook, English bold labels run into the text, tabs': (m) =>
    [
      `*From:*\t${senderLine(m)}`,
      '*Sent:*\tMonday, December 1, 2026 10:32 AM',
      '*To:*\tSupport <eksternsupport-DRIV@banenor.no>',
      `*Subject:*\t${m.subject}`,
      m.text,
    ].join('\n'),
  'Gmail: subject, label, sender, time, "til meg", with a BOM, NBSPs and zero-width spaces': (m) =>
    `\ufeff${[
      m.subject,
      'Innboks\u00a0x',
      '',
      senderLine(m),
      '\t',
      '10:32 (for\u00a05 minutter siden)',
      '\t',
      '\u200b',
      'til meg',
      '',
      m.text,
    ].join('\n')}`,
  'Outlook on the web: subject, initials, name over <address>, smart-quoted name': (m) =>
    [
      m.subject,
      '',
      initialsOf(m.from ?? {}),
      ...(m.from?.name ? [`“${m.from.name}”`, `<${m.from.address}>`] : [`<${m.from?.address}>`]),
      'ma. 01.12.2026 10:32',
      'Til: Support',
      '',
      m.text,
    ].join('\n'),
};

/** Every ticket of the labelled set and of the demo set, as the e-mail reader reads it. */
async function emails(): Promise<{ id: string; message: TicketMessage }[]> {
  const labelled = await Promise.all(
    loadTickets().map(async (ticket, index) => ({
      id: ticket.id,
      message: await readMessage(rawMessage(ticket, index)),
    })),
  );
  const demo = await Promise.all(
    readdirSync(DEMO_TICKETS)
      .filter((f) => f.endsWith('.eml'))
      .map(async (f) => ({ id: f, message: await readMessage(readFileSync(join(DEMO_TICKETS, f))) })),
  );
  return [...labelled, ...demo];
}

async function pasted(text: string): Promise<{ message: TicketMessage; input: string }> {
  return readTicket(Buffer.from(text, 'utf8'));
}

describe('a pasted ticket triages as the same e-mail', () => {
  it.each(Object.keys(SHAPES))('%s', async (shape) => {
    const all = await emails();
    expect(all.length).toBeGreaterThan(100);
    let compared = 0;
    for (const { id, message } of all) {
      if (!message.from?.address) continue;
      const { message: read, input } = await pasted(SHAPES[shape]!(message));
      expect(input, id).toBe('paste');
      expect(read.from, id).toEqual(message.from);
      expect(read.subject, id).toBe(message.subject);
      // A page's text leaves attachments out, unless a helpdesk lists them ("Vedlegg:").
      const shown = shape.startsWith('helpdesk') ? message : { ...message, attachments: [] };
      expect(read.attachments, id).toEqual(shown.attachments);
      expect(verdict(triageTicket(read, TICKET_TODAY)), id).toEqual(
        verdict(triageTicket(shown, TICKET_TODAY)),
      );
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('the text alone (no head) triages as the e-mail without its headers, its first lines kept', async () => {
    for (const { id, message } of await emails()) {
      const { message: read, input } = await pasted(message.text.replace(/\n/g, '\r\n'));
      expect(input, id).toBe('paste');
      expect(read.subject, id).toBe('');
      expect(read.from, id).toBeUndefined();
      const bare = { subject: '', to: [], text: message.text, attachments: [] };
      expect(verdict(triageTicket(read, TICKET_TODAY)), id).toEqual(
        verdict(triageTicket(bare, TICKET_TODAY)),
      );
    }
  });

  it("Outlook's English header lines over an empty line pass for an e-mail, and read alike", async () => {
    let compared = 0;
    for (const { id, message } of await emails()) {
      if (!message.from?.address) continue;
      const paste = [
        `From: ${senderLine(message)}`,
        'Sent: Monday, December 1, 2026 10:32 AM',
        'To: Support <eksternsupport-DRIV@banenor.no>',
        `Subject: ${message.subject}`,
        '',
        message.text,
      ].join('\r\n');
      const { message: read } = await pasted(paste);
      expect(read.from, id).toEqual(message.from);
      const shown = { ...message, attachments: [] };
      expect(verdict(triageTicket(read, TICKET_TODAY)), id).toEqual(
        verdict(triageTicket(shown, TICKET_TODAY)),
      );
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('the guided mode reads a paste with the same function as the command', async () => {
    const [first] = await emails();
    const paste = SHAPES['helpdesk, bokmål labels, CRLF']!(first!.message);
    const guided = await pastedTicketReader({ readTicket, triageTicket }, () => TICKET_TODAY)(paste);
    const { message } = await pasted(paste);
    expect(guided).toEqual(triageTicket(message, TICKET_TODAY));
  });

  it('a whole e-mail pasted (headers and all) is read as an e-mail', async () => {
    const raw = readFileSync(join(DEMO_TICKETS, 'glemt-epost.eml'), 'utf8');
    const read = await pasted(raw);
    expect(read.input).toBe('email');
    expect(read.message).toEqual(await readMessage(Buffer.from(raw)));
  });
});

describe('the head of a paste', () => {
  it.each([
    [
      'Gmail, name over "til meg" (address hidden)',
      'Kari Nordmann\n\n10:32 (2 timer siden)\n\ntil meg\n\nHei!\nJeg har glemt passordet.\n',
      { name: 'Kari Nordmann' },
      '',
    ],
    [
      'Gmail in English, "to me"',
      'Forgot password\nInbox\n\nKari Nordmann <kari@bygg.no>\nMon, Dec 1, 10:32 AM (2 days ago)\nto me\n\nHi, I forgot my password.\n',
      { name: 'Kari Nordmann', address: 'kari@bygg.no' },
      'Forgot password',
    ],
    [
      'a helpdesk with "Avsender:" and "Tittel:"',
      'Avsender: kari@bygg.no\nTittel: Glemt passord\n\nHei, jeg har glemt passordet.\n',
      { address: 'kari@bygg.no' },
      'Glemt passord',
    ],
    [
      'header lines with empty lines between them',
      'Fra: Per Lund <per@lund.no>\r\r\nSendt: 1. desember 2026 10:32\r\r\nEmne: Passord\r\r\nHei, eg har gløymt passordet.\r\n',
      { name: 'Per Lund', address: 'per@lund.no' },
      'Passord',
    ],
    [
      'nynorsk "Frå:"',
      'Frå: Per Lund <per@lund.no>\nEmne: Passord\n\nHei, eg har gløymt passordet.\n',
      { name: 'Per Lund', address: 'per@lund.no' },
      'Passord',
    ],
  ])('%s', (_name, paste, from, subject) => {
    const message = readPastedText(paste);
    expect(message.from).toEqual(from);
    expect(message.subject).toBe(subject);
    expect(message.text.trimEnd().split('\n').at(-1)).toMatch(/pass(?:word|ord)/i);
    expect(message.text).not.toMatch(/til meg|to me\n|Inbox|Emne|Tittel/);
  });

  it.each([
    ['a greeting and a sentence', 'Hei,\nJeg får ikke logget inn.\nMvh Kari'],
    ['a first line that names a person', 'Kari Nordmann\nHar glemt passordet mitt, kan dere hjelpe?'],
    ['a first line with a date', 'Den 12.03 fikk jeg ingen e-post\nHilsen Per'],
    ['"Til:" opening a sentence', 'Til: dere i support\nJeg har byttet jobb.'],
    [
      'a quoted Outlook block below the text',
      'Hei, se under.\n\nFra: Per <per@x.no>\nSendt: 1. des\nEmne: x\n\ntekst',
    ],
  ])('is nothing when the paste starts with its text: %s', (_name, paste) => {
    const message = readPastedText(paste);
    expect(message.subject).toBe('');
    expect(message.from).toBeUndefined();
    expect(message.text.trim()).toBe(paste.trim());
  });

  it('takes CRLF, tabs, no-break and zero-width spaces, soft hyphens and a BOM off, and keeps the words', () => {
    const message = readPastedText(
      '\ufeffFra:\u00a0Kari\u00a0Nordmann <kari@bygg.no>\r\nEmne:\tGlemt\u200b passord\r\n\r\nHei,\u00a0jeg har glemt pass\u00adordet.\r\n',
    );
    expect(message).toEqual({
      subject: 'Glemt passord',
      from: { name: 'Kari Nordmann', address: 'kari@bygg.no' },
      to: [],
      text: 'Hei, jeg har glemt passordet.\n',
      attachments: [],
    });
  });

  it('reads smart-quoted names and takes the recipients from "Til:" and "Kopi:"', () => {
    const message = readPastedText(
      'Fra: “Nordmann, Kari” <kari@bygg.no>\nTil: Support <support@kurs.no>; per@bygg.no\nKopi: leder@bygg.no\nEmne: Hjelp\n\nHei',
    );
    expect(message.from).toEqual({ name: 'Nordmann, Kari', address: 'kari@bygg.no' });
    expect(message.to).toEqual(['support@kurs.no', 'per@bygg.no', 'leder@bygg.no']);
  });
});

describe('what is no ticket is refused', () => {
  it.each([
    ['empty', Buffer.alloc(0), 'not an e-mail: it is empty'],
    ['blank lines and spaces', Buffer.from(' \r\n\t\n  \n'), 'not an e-mail: it is empty'],
    [
      'no-break and zero-width spaces only',
      Buffer.from('\ufeff \u00a0\r\n\u200b\t\u202f\n'),
      'no ticket: the pasted text is only spaces',
    ],
    ['digits and signs only', Buffer.from('12345678\n-- \n'), 'no ticket: the pasted text has no words'],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'binary data'],
    ['over 10 MB', Buffer.alloc(10 * 1024 * 1024 + 1, 'a'), 'the limit for one message is 10 MB'],
  ])('%s', async (_name, raw, reason) => {
    const refused = await readTicket(raw).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UnreadableMessage);
    expect(String((refused as UnreadableMessage).message)).toContain(reason);
    expect((refused as UnreadableMessage).code).toMatch(/^triage\./);
    expect((refused as UnreadableMessage).messageIn('nb')).toMatch(/^(ikke en e-post|ingen henvendelse): /);
  });

  it('reads a paste saved in the Windows code page (not UTF-8) with its letters', async () => {
    const { message } = await readTicket(
      Buffer.from('Emne: Glemt passord\n\nHei, jeg får ikke logget på. Mvh Kåre', 'latin1'),
    );
    expect(message.subject).toBe('Glemt passord');
    expect(message.text).toContain('får ikke logget på. Mvh Kåre');
  });
});
