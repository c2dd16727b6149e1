// Answers to a company's registration request (W7), from the catalogue of reply texts. Addresses are
// masked: the draft may be forwarded, and the requester knows the full ones.
import { formatOrgNumber } from '../org-number.js';
import { maskEmail } from '../personal-data.js';
// The contact person is greeted by first name, as every learner is.
import { firstNameOf } from '../replies/answers.js';
import { composeReply, fill, paragraph, type ReplyLang } from '../replies/catalogue.js';

export interface RegistrationReplyFacts {
  contactName: string | null;
  companyName: string;
  orgNumber: string;
  /** Invoices go by e-mail to this address (null: by e-invoice / EHF). */
  invoiceEmail: string | null;
  /** Where invoices are posted, when it differs from the business address. */
  invoiceAddress: string | null;
}

export function invoicingSentence(
  lang: ReplyLang,
  f: Pick<RegistrationReplyFacts, 'invoiceEmail' | 'invoiceAddress'>,
): string {
  const how = f.invoiceEmail
    ? fill('W7.invoice-email', lang, { email: maskEmail(f.invoiceEmail) })
    : fill('W7.invoice-ehf', lang, {});
  const where = f.invoiceAddress ? fill('W7.invoice-address', lang, { address: f.invoiceAddress }) : '';
  return `${how}${where}.`;
}

function companyReply(
  key: 'W7.registered' | 'W7.already',
  lang: ReplyLang,
  f: RegistrationReplyFacts,
): string {
  return composeReply(lang, firstNameOf(f.contactName), [
    paragraph(key, {
      company: f.companyName,
      orgNumber: formatOrgNumber(f.orgNumber),
      invoicing: invoicingSentence(lang, f),
    }),
  ]);
}

export function registeredReply(lang: ReplyLang, f: RegistrationReplyFacts): string {
  return companyReply('W7.registered', lang, f);
}

export function alreadyCustomerReply(lang: ReplyLang, f: RegistrationReplyFacts): string {
  return companyReply('W7.already', lang, f);
}
