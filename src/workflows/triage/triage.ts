// W18 for a batch: reads each message of a file, mbox or Maildir and triages it. Read-only: it opens no
// database at all. A message that cannot be read becomes a failure with its position, not an abort.
import { triageTicket } from '../../domain/triage/triage.js';
import type { TriageResult } from '../../domain/triage/types.js';
import type { RawTicket } from './mailbox.js';
import { readMessage, UnreadableMessage } from './read-message.js';

export type TriageOutcome =
  | { ok: true; result: TriageResult }
  | { ok: false; source: RawTicket['source']; error: string };

/** Where a message sits, for a person: "message 3 (line 41)" or "cur/1733…:2,S". */
export function positionText(source: RawTicket['source']): string {
  if (source.message !== undefined) return `message ${source.message} (line ${source.line})`;
  return source.file ?? 'the message';
}

export async function triageOne(ticket: RawTicket, today: string, batch: boolean): Promise<TriageOutcome> {
  if (ticket.unreadable !== undefined) return { ok: false, source: ticket.source, error: ticket.unreadable };
  try {
    const message = await readMessage(ticket.raw);
    const result = triageTicket(message, today);
    return { ok: true, result: batch ? { ...result, source: ticket.source } : result };
  } catch (error) {
    if (error instanceof UnreadableMessage) return { ok: false, source: ticket.source, error: error.message };
    throw error;
  }
}
