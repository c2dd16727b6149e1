// The answers to "I never got the activation e-mail" and "I forgot my password" (W2, W3): a link was
// mailed, or here is the link, and — when support fixed the address first — that the address was
// corrected. Texts live in the catalogue; addresses appear masked; the link only when the agent hands it over.
import { lifetimeText } from '../link-policy.js';
import type { LinkKind } from '../link-tokens.js';
import { composeAbout, type Paragraph, paragraph, type ReplyLang } from './catalogue.js';

export interface LinkReplyFacts {
  kind: LinkKind;
  firstName?: string;
  /** Someone else (HR, a parent) asked for this person: the reply greets them and names the person. */
  person?: string;
  /** The login address, masked. */
  maskedEmail: string;
  lifetimeMs: number;
  /** Set when the agent hands the link over in the reply itself; otherwise it was mailed. */
  link?: string;
  /** The address on file was corrected for this request. */
  addressCorrected: boolean;
  /** Mailed, but the e-mail is still in the outbox: the reply says it is on its way, not that it was sent. */
  queued?: boolean;
  /** The ticket says the person already looked in the spam folder: the FAQ's other checks instead. */
  spamChecked?: boolean;
}

/** "72 timer" / "72 timar" / "72 hours". */
export function replyLifetime(ms: number, lang: ReplyLang): string {
  if (lang !== 'nn') return lifetimeText(ms, lang);
  const minutes = Math.round(ms / 60_000);
  if (minutes % 60 === 0) return `${minutes / 60} ${minutes === 60 ? 'time' : 'timar'}`;
  return `${minutes} ${minutes === 1 ? 'minutt' : 'minutt'}`;
}

export function linkReply(lang: ReplyLang, facts: LinkReplyFacts): string {
  const lifetime = replyLifetime(facts.lifetimeMs, lang);
  const email = facts.maskedEmail;
  const parts: Paragraph[] = [];
  if (facts.addressCorrected) parts.push(paragraph('links.corrected', { email }));
  if (facts.link === undefined) {
    const activation = facts.kind === 'activation';
    if (facts.spamChecked && facts.person === undefined) {
      const lead = facts.queued
        ? activation
          ? 'links.queued-lead.activation'
          : 'links.queued-lead.reset'
        : activation
          ? 'links.sent-lead.activation'
          : 'links.sent-lead.reset';
      parts.push(paragraph(lead, { email, lifetime }), paragraph('links.other-checks', { email }));
    } else
      parts.push(
        facts.queued
          ? paragraph(activation ? 'links.queued.activation' : 'links.queued.reset', { email, lifetime })
          : paragraph(activation ? 'links.mailed.activation' : 'links.mailed.reset', { email, lifetime }),
      );
  } else {
    const link = facts.link;
    parts.push(
      facts.kind === 'activation'
        ? paragraph('links.handed.activation', { link, lifetime, email })
        : paragraph('links.handed.reset', { link, lifetime, email }),
    );
  }
  return composeAbout(lang, facts.firstName, facts.person, parts);
}
