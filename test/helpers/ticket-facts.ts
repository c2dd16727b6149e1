// A pasted or labelled ticket's facts when it gives none: the guided tests and the triage tests spread
// their own facts over it.
import type { TicketFacts } from '../../src/domain/triage/types.js';

/** A ticket's facts when it gives none. */
export const NO_FACTS: TicketFacts = {
  names: [],
  birthDates: [],
  emails: [],
  orgNumbers: [],
  courseCodes: [],
  hmsCards: [],
  unitIds: [],
  companyNames: [],
};
