// Customer companies as support reads and corrects them: find by name or number, list, show (with
// the number of learners and what the registers say), update with the W7 rules and a version check.
import {
  type CompanyListFilter,
  companyByOrgNumber,
  countCompanies,
  countCompaniesLike,
  findCompanies,
  learnerCount,
  listCompanies,
  updateCompanyVersioned,
} from '../../db/queries/companies.js';
import { registerFactsOf, registerStateOf } from '../../db/queries/registry.js';
import { type Company, flag } from '../../db/schema.js';
import { writeChange } from '../../db/write-gate.js';
import { companyChanges } from '../../domain/companies/changes.js';
import {
  addressIssues,
  COMPANY_FIELDS,
  type CompanyField,
  type CompanyValues,
  FIELD_PARSERS,
  type FieldIssue,
} from '../../domain/companies/fields.js';
import { applyRegister, elmaHint, unitStatusPhrase } from '../../domain/companies/register-rules.js';
import { text as message, type Text } from '../../domain/messages/index.js';
import { formatOrgNumber } from '../../domain/org-number.js';
import { NotFoundError, UsageError } from '../../errors.js';
import type { WorkflowDeps } from '../deps.js';
import { type FieldLabel, fieldIssuesText } from './register.js';

export interface CompanyRow {
  id: number;
  org_number: string;
  name: string;
  status: string;
  business_address: string | null;
  invoice_address: string | null;
  invoice_email: string | null;
  e_invoice: boolean;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  email_domains: string | null;
  version: number;
}

const address = (street: string | null, postal: string | null, city: string | null) =>
  street === null && postal === null && city === null
    ? null
    : [street, [postal, city].filter(Boolean).join(' ')].filter(Boolean).join(', ');

export function companyRow(c: Company): CompanyRow {
  return {
    id: c.id,
    org_number: c.org_number,
    name: c.name,
    status: c.status,
    business_address: address(c.business_street, c.business_postal_code, c.business_city),
    invoice_address: address(c.invoice_street, c.invoice_postal_code, c.invoice_city),
    invoice_email: c.invoice_email,
    e_invoice: flag(c.in_elma),
    contact_name: c.contact_name,
    contact_email: c.contact_email,
    contact_phone: c.contact_phone,
    email_domains: c.email_domains,
    version: c.version,
  };
}

/** A list that may have stopped at its limit: `total` is set (counted) only when it did. */
export interface LimitedRows<T> {
  rows: T[];
  total?: number;
}

export async function findCompanyRows(
  deps: Pick<WorkflowDeps, 'db'>,
  text: string,
  limit: number | null,
): Promise<LimitedRows<CompanyRow>> {
  if (text.trim() === '') throw new UsageError(message('company.search-empty'));
  const rows = (await findCompanies(deps.db.kysely, text, limit)).map(companyRow);
  if (limit === null || rows.length < limit) return { rows };
  return { rows, total: await countCompaniesLike(deps.db.kysely, text) };
}

export async function listCompanyRows(
  deps: Pick<WorkflowDeps, 'db'>,
  filter: CompanyListFilter,
): Promise<LimitedRows<CompanyRow>> {
  const rows = (await listCompanies(deps.db.kysely, filter)).map(companyRow);
  // Counted only when the page is full: a short page is the whole answer.
  if (filter.limit === null || rows.length < filter.limit) return { rows };
  return { rows, total: await countCompanies(deps.db.kysely, filter) };
}

export interface CompanyProfile extends CompanyRow {
  learners: number;
  created_at: string;
  updated_at: string;
  register_name: string | null;
  /** Coded phrases (this one and e_invoice_register): English in json/csv/yaml, the agent's language on screen. */
  register_status: Text;
  register_org_form: string | null;
  register_address: string | null;
  register_parent: string | null;
  e_invoice_register: Text;
}

export async function requireCompany(deps: Pick<WorkflowDeps, 'db'>, orgNumber: string): Promise<Company> {
  const company = await companyByOrgNumber(deps.db.kysely, orgNumber);
  if (!company) {
    throw new NotFoundError(message('company.not-customer', { org: formatOrgNumber(orgNumber) }), {
      hint: message('hint.lookup-or-register', { orgNumber }),
    });
  }
  return company;
}

export async function companyProfile(
  deps: Pick<WorkflowDeps, 'db'>,
  orgNumber: string,
): Promise<CompanyProfile> {
  const db = deps.db.kysely;
  const company = await requireCompany(deps, orgNumber);
  const facts = await registerFactsOf(db, orgNumber);
  const state = await registerStateOf(db);
  const unit = facts.unit;
  return {
    ...companyRow(company),
    learners: await learnerCount(db, company.id),
    created_at: company.created_at,
    updated_at: company.updated_at,
    register_name: unit?.name ?? null,
    register_status: unit
      ? unitStatusPhrase(unit)
      : state.brregDate === null
        ? message('register.status-no-extract')
        : message('register.status-not-in-extract', { extractDate: state.brregDate }),
    register_org_form: unit ? [unit.org_form, unit.org_form_name].filter(Boolean).join(' ') || null : null,
    register_address: unit ? address(unit.street, unit.postal_code, unit.city) : null,
    register_parent: unit?.parent_org_number ?? null,
    e_invoice_register: elmaHint(facts.inElma, state),
  };
}

export type CompanyPatch = Partial<Record<CompanyField, string | null>> & { status?: 'active' | 'inactive' };

export interface UpdateResult {
  before: CompanyRow;
  after: CompanyRow;
  changed: string[];
  warnings: Text[];
  dryRun: boolean;
}

/**
 * Changes a customer's details. Given values are parsed like a registration's; null clears an optional
 * field. The register rules apply to the result (an invoice e-mail stays required outside ELMA).
 */
export async function updateCompany(
  deps: WorkflowDeps,
  orgNumber: string,
  patch: CompanyPatch,
  options: { dryRun: boolean; label: FieldLabel },
): Promise<UpdateResult> {
  const issues: FieldIssue[] = [];
  const parsedPatch: Partial<Record<CompanyField, string | null>> = {};
  for (const field of COMPANY_FIELDS) {
    if (!(field in patch) || field === 'org_number') continue;
    const value = patch[field];
    if (value === null || value === undefined) {
      parsedPatch[field] = null;
      continue;
    }
    const result = FIELD_PARSERS[field](value);
    if (result.ok) parsedPatch[field] = result.value;
    else issues.push({ field, value, reason: result.error, ...(result.text ? { text: result.text } : {}) });
  }
  if (issues.length > 0) throw new UsageError(fieldIssuesText(issues, options.label));
  if (Object.keys(parsedPatch).length === 0 && patch.status === undefined) {
    throw new UsageError(message('company.nothing-to-change'));
  }
  const actor = deps.actor();
  const { result, dryRun } = await writeChange(
    deps.db,
    actor,
    { dryRun: options.dryRun },
    async (trx, audit) => {
      const company = await companyByOrgNumber(trx, orgNumber);
      if (!company)
        throw new NotFoundError(message('company.not-customer', { org: formatOrgNumber(orgNumber) }));
      const merged = { ...company, ...parsedPatch } as unknown as CompanyValues;
      const completeness = addressIssues(merged);
      if (completeness.length > 0) {
        throw new UsageError(fieldIssuesText(completeness, options.label));
      }
      const facts = await registerFactsOf(trx, orgNumber);
      const state = await registerStateOf(trx);
      // The stored company passed the registration check once; a status change in the register since
      // then is a warning here, not a reason to refuse the edit.
      const decision = applyRegister(merged, facts, state, { force: true });
      if (!decision.ok) {
        throw new UsageError(fieldIssuesText(decision.issues, options.label));
      }
      const fields = COMPANY_FIELDS.filter((f) => f !== 'org_number');
      const changes = companyChanges(
        { ...company, in_elma: flag(company.in_elma) },
        { ...decision.values, in_elma: decision.inElma },
        fields,
      );
      if (patch.status !== undefined && patch.status !== company.status) {
        changes.push({ field: 'status', old: company.status, new: patch.status });
      }
      if (changes.length === 0)
        return { before: company, after: company, changed: [], warnings: decision.warnings };
      const set: Record<string, unknown> = { updated_at: actor.now.toISOString() };
      for (const change of changes) {
        set[change.field] =
          change.field === 'status'
            ? patch.status
            : change.field === 'in_elma'
              ? decision.inElma
              : decision.values[change.field as CompanyField];
      }
      await updateCompanyVersioned(trx, company, set);
      audit({ action: 'companies.update', targetType: 'company', targetId: orgNumber, changes });
      const after = (await companyByOrgNumber(trx, orgNumber)) as Company;
      return { before: company, after, changed: changes.map((c) => c.field), warnings: decision.warnings };
    },
  );
  return {
    before: companyRow(result.before),
    after: companyRow(result.after),
    changed: result.changed,
    warnings: result.warnings.filter((w) => w.code !== 'register.registered-anyway'),
    dryRun,
  };
}
