// "Paste a ticket": text an agent pastes is either a whole e-mail (headers and all) or only what the
// person wrote. Both go to triage: a whole e-mail through the e-mail reader, the rest as a message body.
import type { TriageResult } from '../domain/triage/types.js';

/** The message triage reads, as the triage workflow defines it. */
export interface PastedMessage {
  subject: string;
  to: readonly string[];
  text: string;
  attachments: readonly string[];
}

/** The triage functions the reader needs, passed in so this module does not depend on their files. */
export interface TriageFunctions<M extends PastedMessage> {
  /** Why these bytes are no e-mail, or null when they may be one. */
  notAnEmail(raw: Buffer): string | null;
  readMessage(raw: Buffer): Promise<M>;
  triageTicket(message: M, today: string): TriageResult;
}

export function pastedTicketReader<M extends PastedMessage>(
  triage: TriageFunctions<M>,
  today: () => string,
): (raw: string) => Promise<TriageResult> {
  return async (raw) => {
    const bytes = Buffer.from(raw, 'utf8');
    const message =
      triage.notAnEmail(bytes) === null
        ? await triage.readMessage(bytes)
        : ({ subject: '', to: [], text: raw, attachments: [] } as unknown as M);
    return triage.triageTicket(message, today());
  };
}
