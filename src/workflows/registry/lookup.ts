// W9: looking an organisation number up in the offline extracts: the unit's name, legal form,
// business address and status, whether it can probably receive e-invoices, and whether it is a customer.
import { companyByOrgNumber } from '../../db/queries/companies.js';
import {
  currentExtracts,
  registerFactsOf,
  registerStateOf,
  subunitCount,
} from '../../db/queries/registry.js';
import { elmaHint, unitStatus, unitStatusPhrase } from '../../domain/companies/register-rules.js';
import { text as coded, type Text } from '../../domain/messages/index.js';
import { formatOrgNumber } from '../../domain/org-number.js';
import { NotFoundError } from '../../errors.js';
import type { WorkflowDeps } from '../deps.js';

export interface RegisterLookup {
  org_number: string;
  name: string;
  org_form: string | null;
  unit: 'main unit' | 'subunit';
  parent_org_number: string | null;
  subunits: number;
  business_address: string | null;
  status: string;
  /** Coded phrases (also e_invoice and customer): English in json/csv/yaml, the agent's language on screen. */
  status_text: Text<'register.status-text'>;
  bankrupt: boolean;
  under_liquidation: boolean;
  deleted: boolean;
  e_invoice: Text<'register.e-invoice'>;
  in_elma: boolean;
  customer: Text<'register.customer'>;
  extract_date: string | null;
}

export async function lookupOrgNumber(
  deps: Pick<WorkflowDeps, 'db'>,
  orgNumber: string,
): Promise<RegisterLookup> {
  const db = deps.db.kysely;
  const [facts, state, customer] = [
    await registerFactsOf(db, orgNumber),
    await registerStateOf(db),
    await companyByOrgNumber(db, orgNumber),
  ];
  const unit = facts.unit;
  if (!unit) {
    const einvoice = elmaHint(facts.inElma, state);
    throw new NotFoundError(
      coded('lookup.not-found', { org: formatOrgNumber(orgNumber), extractDate: state.brregDate, einvoice }),
      {
        hint: state.brregDate === null ? coded('hint.load-brreg') : coded('hint.check-number-with-requester'),
      },
    );
  }
  const extracts = await currentExtracts(db);
  const address = [unit.street, [unit.postal_code, unit.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return {
    org_number: unit.org_number,
    name: unit.name,
    org_form: [unit.org_form, unit.org_form_name].filter(Boolean).join(' ') || null,
    unit: unit.is_subunit ? 'subunit' : 'main unit',
    parent_org_number: unit.parent_org_number,
    subunits: unit.is_subunit ? 0 : await subunitCount(db, orgNumber),
    business_address: address === '' ? null : address,
    status: unitStatus(unit),
    status_text: unitStatusPhrase(unit),
    bankrupt: unit.bankrupt,
    under_liquidation: unit.under_liquidation || unit.compulsory_dissolution,
    deleted: unit.deleted_on !== null,
    e_invoice: elmaHint(facts.inElma, state),
    in_elma: facts.inElma,
    customer: coded('register.customer', {
      customer: customer ? { name: customer.name, status: customer.status } : null,
    }),
    extract_date: extracts.find((e) => e.source === 'brreg')?.extract_date ?? null,
  };
}
