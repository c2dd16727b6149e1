// The answer to "which e-mail did I register with" (W1), from the catalogue of reply texts
// (src/domain/replies/catalogue.ts). It takes only the facts it may reveal: an address is passed in
// full only when the identity is verified.
import type { Verdict } from './identity-match.js';
import { composeReply, paragraph, type ReplyLang } from './replies/catalogue.js';

export type Lang = ReplyLang;

export interface FindAccountReplyFacts {
  firstName?: string;
  /** The login address, already masked unless the identity is verified. */
  email?: string;
}

export function findAccountReply(lang: Lang, verdict: Verdict, facts: FindAccountReplyFacts): string {
  const email = facts.email ?? '';
  const body =
    verdict === 'verified'
      ? paragraph('W1.verified', { email })
      : verdict === 'likely'
        ? paragraph('W1.likely', { email })
        : verdict === 'ambiguous'
          ? paragraph('W1.ambiguous', {})
          : paragraph('W1.none', {});
  return composeReply(lang, facts.firstName, [body]);
}
