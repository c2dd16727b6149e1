// W18 for a batch: reads each message of a file, mbox or Maildir and triages it. Read-only: it opens no
// database at all. A message that cannot be read becomes a failure with its position, not an abort.
import type { Text } from '../../domain/messages/index.js';
import { type TicketMessage, triageTicket } from '../../domain/triage/triage.js';
import type { TriageResult } from '../../domain/triage/types.js';
import type { RawTicket } from './mailbox.js';
import { readMessage, readTicket, type TicketInput, UnreadableMessage } from './read-message.js';

export type TriageOutcome =
  | { ok: true; result: TriageResult; input: TicketInput; message: TicketMessage }
  | { ok: false; source: RawTicket['source']; error: Text | string };

/** Where a message sits, for a person: "message 3 (line 41)" or "cur/1733…:2,S". */
export function positionText(source: RawTicket['source']): string {
  if (source.message !== undefined) return `message ${source.message} (line ${source.line})`;
  return source.file ?? 'the message';
}

/**
 * Triages one message. A ticket on its own (not of an mbox or Maildir) may be pasted text; a message of
 * a batch must be an e-mail.
 */
export async function triageOne(ticket: RawTicket, today: string, batch: boolean): Promise<TriageOutcome> {
  if (ticket.unreadable !== undefined) return { ok: false, source: ticket.source, error: ticket.unreadable };
  try {
    const { message, input } = batch
      ? { message: await readMessage(ticket.raw), input: 'email' as const }
      : await readTicket(ticket.raw);
    const result = triageTicket(message, today);
    return { ok: true, input, message, result: batch ? { ...result, source: ticket.source } : result };
  } catch (error) {
    if (error instanceof UnreadableMessage) return { ok: false, source: ticket.source, error: error.text };
    throw error;
  }
}
