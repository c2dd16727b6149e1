// How the register extracts shape a customer record (W7, W8): the Brønnøysund unit gives the name and
// business address and may refuse the registration; the ELMA/Peppol list decides whether an invoice
// e-mail is needed. Pure: the facts are looked up by the caller.

import { type Text, text } from '../messages/index.js';
import { formatOrgNumber } from '../org-number.js';
import { type CompanyValues, type FieldIssue, fieldIssue, sameAddress } from './fields.js';

/** One unit of the Brønnøysund extract, as the rules need it. */
export interface RegisterUnit {
  org_number: string;
  name: string;
  org_form: string | null;
  org_form_name: string | null;
  is_subunit: boolean;
  parent_org_number: string | null;
  street: string | null;
  postal_code: string | null;
  city: string | null;
  bankrupt: boolean;
  under_liquidation: boolean;
  compulsory_dissolution: boolean;
  deleted_on: string | null;
  closed_on: string | null;
}

export interface RegisterFacts {
  unit: RegisterUnit | null;
  /** Listed in the current Peppol/ELMA extract under 0192:<orgnr>. */
  inElma: boolean;
}

/** Which extracts are loaded (their dates), so "not found" can be told from "not looked". */
export interface RegisterState {
  brregDate: string | null;
  elmaDate: string | null;
}

export type UnitStatus = 'active' | 'bankrupt' | 'liquidation' | 'dissolution' | 'deleted' | 'closed';

/** The register's status of a unit, strongest first (reference §3.6). */
export function unitStatus(unit: RegisterUnit): UnitStatus {
  if (unit.deleted_on) return 'deleted';
  if (unit.closed_on) return 'closed';
  if (unit.bankrupt) return 'bankrupt';
  if (unit.compulsory_dissolution) return 'dissolution';
  if (unit.under_liquidation) return 'liquidation';
  return 'active';
}

/** The date a status dates from (deleted or closed down), else null. */
export function unitStatusDate(unit: RegisterUnit, status: UnitStatus): string | null {
  return status === 'deleted' ? unit.deleted_on : status === 'closed' ? unit.closed_on : null;
}

export function unitStatusText(unit: RegisterUnit): string {
  return unitStatusPhrase(unit).in('en');
}

/** The unit's status as a coded phrase: English as unitStatusText, bokmål from the same facts. */
export function unitStatusPhrase(unit: RegisterUnit): Text<'register.status-text'> {
  const status = unitStatus(unit);
  return text('register.status-text', { status, date: unitStatusDate(unit, status) });
}

/** Deleted, closed and bankrupt units are refused as new customers unless the agent forces it. */
export function refusesRegistration(unit: RegisterUnit): boolean {
  const status = unitStatus(unit);
  return status === 'deleted' || status === 'closed' || status === 'bankrupt';
}

/** The e-invoice hint, worded as the reference asks: absence from the list means "unknown", not "no". */
export function elmaText(inElma: boolean, state: RegisterState): string {
  return elmaHint(inElma, state).in('en');
}

/** The e-invoice hint as a coded phrase, said in the reader's language where it is shown. */
export function elmaHint(inElma: boolean, state: RegisterState): Text<'register.e-invoice'> {
  return text('register.e-invoice', { inElma, elmaDate: state.elmaDate });
}

export interface RegisterOptions {
  /** Register a unit the extract refuses (deleted, closed, bankrupt, not found). */
  force: boolean;
}

export type RegisterDecision =
  | { ok: true; values: CompanyValues; inElma: boolean; warnings: Text[] }
  | { ok: false; issues: FieldIssue[]; warnings: Text[] };

const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Applies the registers to parsed company values: name and business address from the unit, the
 * invoice address kept only when it differs, an invoice e-mail required unless listed in ELMA.
 */
export function applyRegister(
  given: CompanyValues,
  facts: RegisterFacts,
  state: RegisterState,
  options: RegisterOptions,
): RegisterDecision {
  const warnings: Text[] = [];
  const issues: FieldIssue[] = [];
  const values: CompanyValues = { ...given };
  const org = formatOrgNumber(given.org_number);
  const { unit } = facts;

  if (unit) {
    const status = unitStatus(unit);
    const why = text('register.unit-status', {
      org,
      status,
      date: unitStatusDate(unit, status),
    });
    if (refusesRegistration(unit)) {
      if (options.force) warnings.push(text('register.registered-anyway', { why }));
      else issues.push(fieldIssue('org_number', given.org_number, text('register.refused', { why })));
    } else if (status !== 'active') {
      warnings.push(why);
    }
    if (given.name !== null && fold(given.name) !== fold(unit.name)) {
      warnings.push(text('register.name-differs', { org, given: given.name, registered: unit.name }));
    }
    values.name = unit.name;
    if (unit.street !== null || unit.postal_code !== null || unit.city !== null) {
      values.business_street = unit.street;
      values.business_postal_code = unit.postal_code;
      values.business_city = unit.city;
    }
  } else if (state.brregDate !== null) {
    const why = text('register.not-in-extract', { org, extractDate: state.brregDate });
    if (options.force) warnings.push(text('register.registered-anyway', { why }));
    else
      issues.push(fieldIssue('org_number', given.org_number, text('register.refused-check-number', { why })));
  }
  if (values.name === null) {
    issues.push(fieldIssue('name', '', text('register.name-required')));
  }

  const business = [values.business_street, values.business_postal_code, values.business_city];
  const invoice = [values.invoice_street, values.invoice_postal_code, values.invoice_city];
  if (invoice[0] !== null && sameAddress(invoice, business)) {
    values.invoice_street = null;
    values.invoice_postal_code = null;
    values.invoice_city = null;
  }

  if (!facts.inElma && values.invoice_email === null) {
    const required =
      state.elmaDate === null
        ? text('register.invoice-email-required-no-elma')
        : text('register.invoice-email-required', { org, extractDate: state.elmaDate });
    issues.push(fieldIssue('invoice_email', '', required));
  }
  if (issues.length > 0) return { ok: false, issues, warnings };
  return { ok: true, values, inElma: facts.inElma, warnings };
}
