// Answers to a company's registration request (W7), in bokmål and English, written for this desk.
// Addresses are masked: the draft may be forwarded, and the requester knows the full ones.

import { formatOrgNumber } from '../org-number.js';
import { maskEmail } from '../personal-data.js';
import type { Lang } from '../replies.js';

export interface RegistrationReplyFacts {
  contactName: string | null;
  companyName: string;
  orgNumber: string;
  /** Invoices go by e-mail to this address (null: by e-invoice / EHF). */
  invoiceEmail: string | null;
  /** Where invoices are posted, when it differs from the business address. */
  invoiceAddress: string | null;
}

const greeting = (lang: Lang, name: string | null) =>
  lang === 'nb' ? `Hei${name ? ` ${name}` : ''},` : `Hello${name ? ` ${name}` : ''},`;
const signature = (lang: Lang) =>
  lang === 'nb' ? 'Vennlig hilsen\nbrukerstøtte, kursportalen' : 'Kind regards\nSupport, the course portal';

function invoicing(lang: Lang, f: RegistrationReplyFacts): string {
  const email = f.invoiceEmail ? maskEmail(f.invoiceEmail) : null;
  if (lang === 'nb') {
    const how = email
      ? `Fakturaer for betalte kurs sendes på e-post til ${email}`
      : 'Fakturaer for betalte kurs sendes som elektronisk faktura (EHF)';
    return `${how}${f.invoiceAddress ? `, med fakturaadresse ${f.invoiceAddress}` : ''}.`;
  }
  const how = email
    ? `Invoices for paid courses will be sent by e-mail to ${email}`
    : 'Invoices for paid courses will be sent as e-invoices (EHF)';
  return `${how}${f.invoiceAddress ? `, addressed to ${f.invoiceAddress}` : ''}.`;
}

export function registeredReply(lang: Lang, f: RegistrationReplyFacts): string {
  const org = formatOrgNumber(f.orgNumber);
  const body =
    lang === 'nb'
      ? `${f.companyName} (org.nr. ${org}) er nå registrert som kunde i kursportalen. De ansatte kan velge bedriften som arbeidsgiver når de registrerer seg eller oppdaterer profilen sin.\n\n${invoicing(lang, f)} Gi oss beskjed hvis noe av dette skal endres.`
      : `${f.companyName} (organisation number ${org}) is now registered as a customer of the course portal. Your employees can choose the company as their employer when they register or update their profile.\n\n${invoicing(lang, f)} Let us know if any of this should change.`;
  return `${greeting(lang, f.contactName)}\n\n${body}\n\n${signature(lang)}\n`;
}

export function alreadyCustomerReply(lang: Lang, f: RegistrationReplyFacts): string {
  const org = formatOrgNumber(f.orgNumber);
  const body =
    lang === 'nb'
      ? `${f.companyName} (org.nr. ${org}) er allerede registrert som kunde i kursportalen, så de ansatte kan velge bedriften som arbeidsgiver allerede nå. Finner de den ikke i listen, kan de søke på organisasjonsnummeret.\n\n${invoicing(lang, f)} Skal fakturaopplysningene endres, svar på denne e-posten med de nye opplysningene.`
      : `${f.companyName} (organisation number ${org}) is already a customer of the course portal, so your employees can choose it as their employer right away. If they cannot find it in the list, they can search by the organisation number.\n\n${invoicing(lang, f)} If the invoicing details should change, reply to this e-mail with the new ones.`;
  return `${greeting(lang, f.contactName)}\n\n${body}\n\n${signature(lang)}\n`;
}
