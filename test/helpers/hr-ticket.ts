// A ticket written by HR about someone else, and the demo database that answers it: Anne Lie (HR at
// Banesignal, no account) writes about an employee, and the reply goes back to her. The set-up the
// third-party reply tests share (test/triage/hr-replies, test/triage/hr13-third-party).
import type { Dialect } from '../../src/db/target.js';
import type { ReplyLang } from '../../src/domain/replies/catalogue.js';
import { type TicketMessage, triageTicket } from '../../src/domain/triage/triage.js';
import { answerTicketInEach } from '../../src/workflows/triage-answer.js';
import { useDemoDatabase } from './demo-db.js';
import { testDeps } from './deps.js';
import { TICKET_DAY, ticket } from './ticket-message.js';

export const ANNE = { address: 'anne.lie@banesignal.test', name: 'Anne Lie' };
export const LANGS = ['nb', 'nn', 'en'] as const;
export const GREETING: Record<ReplyLang, string> = { nb: 'Hei', nn: 'Hei', en: 'Hello' };

/** A ticket Anne Lie writes about someone else. */
export function hrTicket(text: string, subject: string): TicketMessage {
  return ticket(text, { subject, from: ANNE });
}

/**
 * The reply's body: between the greeting and the signature, without the asks' fixed lines ("svar på
 * denne e-posten" is to the writer) and the portal's own labels («Har du glemt passordet?», ("Your
 * account")), which are quoted as the portal has them.
 */
export const replyBody = (reply: string): string =>
  reply
    .split('\n\n')
    .slice(1, -1)
    .join('\n\n')
    .replace(/Svar på denne e-posten med:|Please reply to this e-mail with:/, '')
    .replace(/Send aldri fødselsnummer eller passord på e-post\./, '')
    .replace(/«[^»]*»(?: \("[^"]*"\))?/g, '');

/**
 * Triage and `triage --answer` of a ticket against the demo data on `dialect`, loaded before the describe
 * block's tests (see useDemoDatabase): the triage and the answer with its reply in each language.
 */
export function answeringDemo(dialect: Dialect) {
  const t = useDemoDatabase(dialect);
  return async (m: TicketMessage) => {
    const triage = triageTicket(m, TICKET_DAY);
    return { triage, ...(await answerTicketInEach(testDeps(t.db), triage)) };
  };
}
