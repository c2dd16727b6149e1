// Coded messages about personal data typed where the audit log would keep it for good: a national ID
// in --ticket, --agent or an invoice reference. Parameters name the option and where its value came from, never the value.
import type { Entry } from './catalogue.js';

const entry = <P>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

// biome-ignore lint/complexity/noBannedTypes: an entry without parameters
type None = {};

export const PRIVACY_AUDIT_FIELDS = {
  'option.national-id-in-reference': entry<{ option: '--ticket' | '--agent'; from?: string }>(
    (p) =>
      `${p.option}${p.from ? ` (from ${p.from})` : ''} holds a national ID, which the audit log would keep for good: ${p.option === '--ticket' ? 'give the ticket number (e.g. SUP-5121), not the learner’s ID' : 'give your own agent name or initials'}`,
    (p) =>
      `${p.option}${p.from ? ` (fra ${p.from})` : ''} inneholder et fødselsnummer, som revisjonsloggen ville tatt vare på for alltid: ${p.option === '--ticket' ? 'oppgi saksnummeret (f.eks. SUP-5121), ikke fødselsnummeret' : 'oppgi ditt eget agentnavn eller initialer'}`,
  ),
  'invoice-reference.national-id': entry<None>(
    () =>
      'invoice reference holds a national ID, which would be kept and printed on the invoices: give the employer’s own reference (a PO number, a cost centre)',
    () =>
      'fakturareferansen inneholder et fødselsnummer, som ville blitt lagret og skrevet på fakturaene: oppgi arbeidsgiverens egen referanse (bestillingsnummer, koststed)',
  ),
  'licence.national-id': entry<None>(
    () =>
      'licence number is a national ID: give the number on the train-driver licence, or none while in training',
    () => 'lisensnummeret er et fødselsnummer: oppgi nummeret på førerbeviset, eller ingen under opplæring',
  ),
} as const;
