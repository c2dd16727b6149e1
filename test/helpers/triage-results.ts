// A triage result built by hand for one topic, as `triage` would hand it to `--answer`: tests of the
// answer give the facts they need and leave the rest empty.
import type { TicketFacts, TicketLanguage, TopicId, TriageResult } from '../../src/domain/triage/types.js';

export interface HandBuiltMore {
  language?: TicketLanguage;
  from?: string;
  subject?: string;
  because?: string[];
}

/** A ticket `ref` with one topic; the sender's address is its e-mail fact unless facts name others. */
export function handBuiltTicket(
  ref: string,
  topic: TopicId,
  facts: Partial<TicketFacts> = {},
  more: HandBuiltMore = {},
): TriageResult {
  return {
    ticket: ref,
    subject: more.subject ?? 'Hjelp',
    language: more.language ?? 'nb',
    ...(more.from ? { from: more.from } : {}),
    topics: [{ topic, confidence: 0.9, because: more.because ?? [] }],
    facts: {
      names: [],
      birthDates: [],
      orgNumbers: [],
      courseCodes: [],
      hmsCards: [],
      unitIds: [],
      companyNames: [],
      ...facts,
      emails: facts.emails ?? (more.from ? [more.from] : []),
    },
    missing: [],
    commands: [],
  };
}
