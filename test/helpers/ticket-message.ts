// A ticket as triage reads it, for tests that write their mail as plain text: Kari Nordmann (or the
// sender a test picks with ticketsFrom) writes to the desk, with nothing attached, unless `extra` says
// otherwise.
import type { TicketMessage } from '../../src/domain/triage/triage.js';

/** The day the triage tests read their tickets on. */
export const TICKET_DAY = '2026-12-07';

export function ticket(text: string, extra: Partial<TicketMessage> = {}): TicketMessage {
  return {
    subject: '',
    from: { address: 'kari.nordmann@bygg.no', name: 'Kari Nordmann' },
    to: ['eksternsupport-driv@banenor.no'],
    text,
    attachments: [],
    ...extra,
  };
}

/** A ticket builder like `ticket` whose mail comes from `from` unless `extra` names another sender. */
export function ticketsFrom(
  from: TicketMessage['from'],
): (text: string, extra?: Partial<TicketMessage>) => TicketMessage {
  return (text, extra = {}) => ticket(text, { from, ...extra });
}
