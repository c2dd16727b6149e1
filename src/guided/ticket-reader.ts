// "Paste a ticket": text an agent pastes is either a whole e-mail (headers and all) or what a web page
// showed of it (the text, perhaps under "Fra:"/"Emne:" lines). The guided mode reads it with the same
// function as `kursdesk triage` (readTicket, src/workflows/triage/read-message.ts), so a paste triages
// alike in both.
import type { TriageResult } from '../domain/triage/types.js';

/** The triage functions the reader needs, passed in so this module does not load their files. */
export interface TriageFunctions<M> {
  /** One ticket's bytes as the message triage reads: an e-mail or pasted text. */
  readTicket(raw: Buffer): Promise<{ message: M }>;
  triageTicket(message: M, today: string): TriageResult;
}

export function pastedTicketReader<M>(
  triage: TriageFunctions<M>,
  today: () => string,
): (raw: string) => Promise<TriageResult> {
  return async (raw) => {
    const { message } = await triage.readTicket(Buffer.from(raw, 'utf8'));
    return triage.triageTicket(message, today());
  };
}
