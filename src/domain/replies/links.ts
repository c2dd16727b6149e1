// The answers to "I never got the activation e-mail" and "I forgot my password" (W2, W3), in bokmål and
// English: a link was mailed, or here is the link, and — when support fixed the address first — that
// the address was corrected. Addresses appear masked; the link appears only when the agent delivers it.
import { lifetimeText } from '../link-policy.js';
import type { LinkKind } from '../link-tokens.js';
import { greeting, type Lang, signature } from '../replies.js';

export interface LinkReplyFacts {
  kind: LinkKind;
  firstName: string;
  /** The login address, masked. */
  maskedEmail: string;
  lifetimeMs: number;
  /** Set when the agent hands the link over in the reply itself; otherwise it was mailed. */
  link?: string;
  /** The address on file was corrected for this request. */
  addressCorrected: boolean;
}

function corrected(lang: Lang, email: string): string {
  return lang === 'nb'
    ? `E-postadressen på kontoen din var skrevet feil, og derfor nådde ikke e-postene våre deg. Vi har rettet den til ${email}; det er også den du logger inn med.`
    : `The e-mail address on your account was misspelled, which is why our e-mails did not reach you. We have corrected it to ${email}, which is also the address you log in with.`;
}

function mailed(lang: Lang, kind: LinkKind, email: string, lifetime: string): string {
  if (lang === 'nb') {
    const what = kind === 'activation' ? 'aktivere kontoen din og velge et passord' : 'velge et nytt passord';
    const after =
      kind === 'activation'
        ? 'Har den gått ut før du rekker å bruke den, svarer du bare på denne e-posten.'
        : 'Etter det kan du selv be om en ny med «Glemt passord?» på innloggingssiden.';
    return `Vi har nå sendt en e-post til ${email} med en lenke der du kan ${what}. Lenken gjelder i ${lifetime} og kan brukes én gang. ${after}\n\nFinner du ikke e-posten om noen minutter, se i mappen for søppelpost eller uønsket e-post. Eldre lenker fra oss virker ikke lenger.`;
  }
  const what =
    kind === 'activation' ? 'activate your account and choose a password' : 'choose a new password';
  const after =
    kind === 'activation'
      ? 'If it runs out before you get to it, just reply to this e-mail.'
      : 'After that you can ask for a new one yourself with "Forgot password?" on the login page.';
  return `We have just sent an e-mail to ${email} with a link where you can ${what}. The link works for ${lifetime} and only once. ${after}\n\nIf the e-mail has not arrived within a few minutes, please look in your spam or junk folder. Earlier links from us no longer work.`;
}

function handedOver(lang: Lang, kind: LinkKind, email: string, lifetime: string, link: string): string {
  if (lang === 'nb') {
    const what = kind === 'activation' ? 'aktivere kontoen din og velge et passord' : 'velge et nytt passord';
    return `Her er lenken der du kan ${what}:\n\n${link}\n\nLenken gjelder i ${lifetime} og kan brukes én gang; eldre lenker fra oss virker ikke lenger. Du logger inn med e-postadressen ${email}. Del ikke lenken med andre.`;
  }
  const what =
    kind === 'activation' ? 'activate your account and choose a password' : 'choose a new password';
  return `Here is the link where you can ${what}:\n\n${link}\n\nThe link works for ${lifetime} and only once; earlier links from us no longer work. You log in with the e-mail address ${email}. Please do not share the link with anyone.`;
}

export function linkReply(lang: Lang, facts: LinkReplyFacts): string {
  const lifetime = lifetimeText(facts.lifetimeMs, lang);
  const parts = [greeting(lang, facts.firstName)];
  if (facts.addressCorrected) parts.push(corrected(lang, facts.maskedEmail));
  parts.push(
    facts.link === undefined
      ? mailed(lang, facts.kind, facts.maskedEmail, lifetime)
      : handedOver(lang, facts.kind, facts.maskedEmail, lifetime, facts.link),
  );
  parts.push(signature(lang));
  return `${parts.join('\n\n')}\n`;
}
