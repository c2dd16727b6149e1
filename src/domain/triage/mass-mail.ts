// Signs that a mail was sent to many, not written by a person to the desk: phishing that imitates a
// password or account mail, marketing with an unsubscribe footer, automatic reports. Each kind of sign
// counts once; two or more together make `other` the likely topic, however much the words speak of
// passwords, accounts or courses. Pure.

/** Greetings of a mail written to nobody in particular. */
const GENERIC_GREETING =
  /\b(?:dear (?:user|customer|client|member|account (?:holder|owner)|valued \w+|friend|sir(?:\/madam)?|purchasing manager|subscriber|recipient)|hello (?:user|customer)|kjære (?:kunde|bruker|brukar|medlem|abonnent|kontoinnehaver|mottaker|kollega)|hei (?:kunde|bruker))\b/i;

/** Pressure with a deadline or a threat to close the account. */
const URGENCY =
  /\b(?:within \d+ (?:hours?|days?)|innen \d+ (?:timer|time|dager|døgn)|innan \d+ (?:timar|dagar)|(?:innen|innan|before|by) (?:mandag|tirsdag|tysdag|onsdag|torsdag|fredag|lørdag|laurdag|søndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|i morgen|tomorrow|midnight|midnatt)(?! \d)|(?:will|shall) be (?:suspended|deactivated|closed|blocked|deleted|terminated|disabled)|(?:blir|vil bli|bli) (?:stengt|deaktivert|sperret|slettet|blokkert|avsluttet)|permanent(?:ly)? (?:loss|deleted|closed)|failure to (?:verify|confirm|comply|act)|action required|immediate action|unusual (?:activity|sign-?in)|uvanlig aktivitet|expires today|utløper i dag|exceeded (?:its|your) (?:storage|quota)|storage limit|lagringsgrense)/i;

/** A request to act through a link or a button instead of writing back. */
const CALL_TO_ACTION =
  /\b(?:click (?:here|the (?:link|button) below)|klikk (?:her|på lenken)|trykk her|verify (?:now|your (?:account|identity|password|mailbox))|bekreft (?:identiteten|kontoen|passordet) (?:din|ditt)?|confirm your (?:identity|account|password)|keep (?:same|current|your) password|update your (?:payment|billing|account) (?:details|information))/i;

/**
 * A request for a payment card or a login's secret: the desk never asks for either, and a password,
 * account or HMS mail that does is a lure. A verb of handing over must come first in the sentence
 * ("oppgi nummeret på bankkortet", "confirm your card details"): a learner names the same things as
 * their own trouble ("jeg får ikke engangskoden", "I paid with my credit card").
 */
const CARD_OR_SECRET =
  /\b(?:oppgi|oppgir|bekreft\w*|oppdater\w*|verifiser\w*|skriv inn|tast inn|legg inn|fyll inn|fyll ut|last(?:e)? opp|send(?:e)?|svar med|gi oss|enter|re-?enter|confirm|update|verify|provide|submit|upload|send|share|reply with|type in)\b[^.!?\n]{0,40}?\b(?:bankkort\w*|kredittkort\w*|betalingskort\w*|visakort\w*|credit ?card|debit ?card|bank ?card|payment card|card details|kortdetaljer\w*|cvv|cvc|bankid-?passord\w*|engangskode\w*|one-time code)\b/i;

/** The footer of a mailing list. */
const LIST_FOOTER =
  /\b(?:unsubscribe|meld deg av|avmeld|avslutt abonnement|you (?:are )?receiv(?:e|ing) this (?:e-?mail|message) because|du mottar denne e-?posten fordi|to stop receiving|manage (?:your )?(?:preferences|subscription)|view (?:this email )?in (?:your )?browser)/i;

/** Mail a machine sends: no-reply senders and "do not reply" notes. */
const MACHINE =
  /\b(?:ikke svar på denne e-?posten|do not reply to this (?:e-?mail|message)|this is an automatically generated|dette er en automatisk generert|automatisk generert)/i;
const NO_REPLY_SENDER =
  /^(?:no-?reply|do-?not-?reply|noreply|notifications?|newsletter|nyhetsbrev|marketing)[@+.-]/i;

/** Domains a link of a genuine desk ticket may point to; any other link in a pressing mail is a lure. */
const HOME_DOMAINS = /(?:^|\.)(?:banenor\.no|jernbanedirektoratet\.no|brreg\.no|hmskort\.no)$/i;

function foreignLink(text: string): boolean {
  for (const m of text.matchAll(/\bhttps?:\/\/([a-z0-9.-]+)/gi)) {
    if (!HOME_DOMAINS.test(m[1] as string)) return true;
  }
  return false;
}

/** The kinds of mass-mail sign found, each named once (for the "because" of the topic). */
export function massMailSigns(subject: string, body: string, senderAddress: string | undefined): string[] {
  const text = `${subject}\n${body}`;
  const signs: string[] = [];
  if (GENERIC_GREETING.test(text)) signs.push('generic greeting');
  if (URGENCY.test(text)) signs.push('pressure or threat');
  if (CALL_TO_ACTION.test(text)) signs.push('act through a link');
  if (foreignLink(body)) signs.push('link to a foreign site');
  if (CARD_OR_SECRET.test(text)) signs.push('asks for a card or a secret');
  if (LIST_FOOTER.test(text)) signs.push('mailing-list footer');
  if (MACHINE.test(text) || NO_REPLY_SENDER.test(senderAddress ?? '')) signs.push('machine sender');
  return signs;
}

/**
 * Signs of trade rather than a question to the desk: a sum of money, terms of payment, an invoice's
 * number, prices and offers. A supplier's invoice, an offer of goods or work, a question about a payment:
 * none of it is a workflow of the desk, however much it speaks of companies, org numbers and invoices.
 */
const AMOUNT =
  /(?:\b(?:kr|nok|eur|usd|sek)\.?\s*\d|[€$£]\s*\d|\d\s*,-|\bbeløp\w*|\bamount (?:due|of|to pay)\b)/i;
// A number with its currency after it ("1 250,50 kr"). As one alternative of AMOUNT it was tried from
// every digit of a run and backtracked over the rest of it (100k digits: seconds, in the square of the
// run): each run is now taken once, whole, from its first digit, and only what follows it is looked at.
// A shorter piece of the run could only be followed by more of the run, never by a currency.
const AMOUNT_RUN = /\d[\d .,]*/g;
const CURRENCY_AFTER = /\s*(?:kr|nok|eur|usd|sek)\b/iy;

function amountBeforeCurrency(text: string): boolean {
  for (const m of text.matchAll(AMOUNT_RUN)) {
    CURRENCY_AFTER.lastIndex = m.index + m[0].length;
    if (CURRENCY_AFTER.test(text)) return true;
  }
  return false;
}
const PAYMENT =
  /\b(?:forfall\w*|forfallsdato|due date|payment terms|betalingsfrist|kontonummer|kontonr|bank ?account|iban|swift|kid(?:-?nummer)?|purring\w*|inkasso\w*|kvittering for (?:mottatt )?betaling|remittance)\b/i;
const INVOICE_NUMBER =
  /\b(?:faktura|fakturanr|fakturanummer|invoice|invoice no)\.?\s*(?:nr\.?|no\.?|#)?\s*\d{3,}/i;
const PRICE =
  /\b(?:pris(?:en|ar|er|liste\w*|tilbud\w*)?|price(?:s|list)?|rabatt\w*|discount\w*|tilbud (?:på|om)|offer (?:on|for)|quote|quotation|ta kontakt for pris|per time eks|timepris\w*|hourly rate)\b/i;

export function tradeSigns(subject: string, body: string): string[] {
  const text = `${subject}\n${body}`;
  const signs: string[] = [];
  if (AMOUNT.test(text) || amountBeforeCurrency(text)) signs.push('a sum of money');
  if (PAYMENT.test(text)) signs.push('terms of payment');
  if (INVOICE_NUMBER.test(text)) signs.push('an invoice number');
  if (PRICE.test(text)) signs.push('prices or an offer');
  return signs;
}
