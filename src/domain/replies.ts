// The answer to "which e-mail did I register with" (W1), from the catalogue of reply texts
// (src/domain/replies/catalogue.ts). It takes only the facts it may reveal: an address is passed in
// full only when the identity is verified.
import type { Verdict } from './identity-match.js';
import { maskEmail } from './personal-data.js';
import { composeAbout, type Paragraph, paragraph, type ReplyLang } from './replies/catalogue.js';

export type Lang = ReplyLang;

export interface FindAccountReplyFacts {
  firstName?: string;
  /** The login address, already masked unless the identity is verified. */
  email?: string;
  /** The learner already gave their birth date (the search had it): the reply does not ask again. */
  birthDateGiven?: boolean;
  /** The account found was never activated (no password yet): the reply names the activation link. */
  pending?: boolean;
  /**
   * Someone else (HR, a manager, a parent) asked for this person: the reply greets the writer
   * (`firstName`), speaks of the person by name, and shows the login masked whatever the verdict.
   */
  person?: string;
}

/**
 * The verdict's paragraph; `email` is the login as the verdict allows it (masked unless verified).
 * `birthDateGiven`: the learner already wrote their birth date, so a likely or ambiguous verdict does
 * not ask for it again.
 */
export function findAccountParagraph(
  verdict: Verdict,
  email: string | undefined,
  birthDateGiven = false,
  pending = false,
  toSomeoneElse = false,
): Paragraph {
  // Only the account holder may read their login whole; a third party sees it as every draft masks it.
  const shown = email === undefined ? '' : toSomeoneElse && verdict === 'verified' ? maskEmail(email) : email;
  return verdict === 'verified'
    ? paragraph(pending ? 'W1.verified-pending' : 'W1.verified', { email: shown })
    : verdict === 'likely'
      ? paragraph(birthDateGiven ? 'W1.likely-dated' : 'W1.likely', { email: shown })
      : verdict === 'ambiguous'
        ? paragraph(birthDateGiven ? 'W1.ambiguous-dated' : 'W1.ambiguous', {})
        : paragraph('W1.none', {});
}

export function findAccountReply(lang: Lang, verdict: Verdict, facts: FindAccountReplyFacts): string {
  return composeAbout(lang, facts.firstName, facts.person, [
    findAccountParagraph(
      verdict,
      facts.email,
      facts.birthDateGiven === true,
      facts.pending === true,
      facts.person !== undefined,
    ),
  ]);
}
