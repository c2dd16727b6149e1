// `triage --answer` of a ticket as it arrives (triage reads it on TICKET_DAY, the answer looks the
// learner up) against the demo data on one dialect, loaded before the describe block's tests (see
// useDemoDatabase). For the triage tests that walk the FAQ mail by mail.
import type { Dialect } from '../../src/db/target.js';
import { type TicketMessage, triageTicket } from '../../src/domain/triage/triage.js';
import { answerTicket, answerTicketInEach } from '../../src/workflows/triage-answer.js';
import { useDemoDatabase } from './demo-db.js';
import { testDeps } from './deps.js';
import { TICKET_DAY } from './ticket-message.js';

/** The answer to a ticket, its reply in the ticket's language. */
export function answerOnDemo(dialect: Dialect) {
  const t = useDemoDatabase(dialect);
  return (m: TicketMessage) => answerTicket(testDeps(t.db), triageTicket(m, TICKET_DAY));
}

/** The triage of a ticket and its answer with the reply in each language. */
export function answerInEachOnDemo(dialect: Dialect) {
  const t = useDemoDatabase(dialect);
  return async (m: TicketMessage) => {
    const triage = triageTicket(m, TICKET_DAY);
    return { triage, ...(await answerTicketInEach(testDeps(t.db), triage)) };
  };
}
