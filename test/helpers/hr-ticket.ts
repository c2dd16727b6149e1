// A ticket written by HR about someone else: Anne Lie (HR at Banesignal, no account) writes about an
// employee, and the reply goes back to her. The set-up the third-party reply tests share
// (test/triage/hr-replies, test/triage/hr13-third-party; they answer it with answerInEachOnDemo).
import type { ReplyLang } from '../../src/domain/replies/catalogue.js';
import type { TicketMessage } from '../../src/domain/triage/triage.js';
import { ticket } from './ticket-message.js';

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
