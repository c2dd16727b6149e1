// W7: "our company is not in the list". Checks the request against the registers (number, name,
// status, address, e-invoicing) and registers the company as a customer, or reports the customer
// that already has the number (exit 4 with its record).
import { isoDate } from '../../context/clock.js';
import { companyByOrgNumber, insertCompany } from '../../db/queries/companies.js';
import { registerFactsOf, registerStateOf } from '../../db/queries/registry.js';
import type { Company } from '../../db/schema.js';
import { writeChange } from '../../db/write-gate.js';
import { auditValue } from '../../domain/companies/changes.js';
import {
  COMPANY_FIELDS,
  type CompanyField,
  type FieldIssue,
  parseCompanyValues,
} from '../../domain/companies/fields.js';
import {
  applyRegister,
  type RegisterFacts,
  type RegisterState,
} from '../../domain/companies/register-rules.js';
import { type Text, text } from '../../domain/messages/index.js';
import { ConflictError, PolicyError, UsageError } from '../../errors.js';
import type { WorkflowDeps } from '../deps.js';

export interface RegistrationContext {
  orgNumber: string;
  existing: Company | undefined;
  facts: RegisterFacts;
  state: RegisterState;
}

/** What the registers and the customer list say about a number, before any question is asked. */
export async function registrationContext(
  deps: Pick<WorkflowDeps, 'db'>,
  orgNumber: string,
): Promise<RegistrationContext> {
  const db = deps.db.kysely;
  return {
    orgNumber,
    existing: await companyByOrgNumber(db, orgNumber),
    facts: await registerFactsOf(db, orgNumber),
    state: await registerStateOf(db),
  };
}

export type RawCompany = Partial<Record<CompanyField, string>>;

export type RegistrationResult =
  | { status: 'created'; company: Company; warnings: Text[]; dryRun: boolean }
  | { status: 'exists'; company: Company };

/**
 * How the command names a field in messages (a flag, or a key of the request file); the guided mode
 * names it in the agent's language.
 */
export type FieldLabel = (field: CompanyField) => string | Text;

/** Field issues as one line: `label: reason; label: reason`, each reason coded where it can be. */
export function fieldIssuesText(issues: readonly FieldIssue[], label: FieldLabel): Text {
  return text('company.field-issues', {
    issues: issues.map((i) => ({ label: label(i.field), reason: i.text ?? i.reason })),
  });
}

function issuesError(issues: readonly FieldIssue[], label: FieldLabel): UsageError | PolicyError {
  const message = fieldIssuesText(issues, label);
  const refusal = issues.some((i) => i.field === 'org_number' && i.reason.includes('--force'));
  return refusal ? new PolicyError(message) : new UsageError(message);
}

export async function registerCompany(
  deps: WorkflowDeps,
  raw: RawCompany,
  options: { dryRun: boolean; force: boolean; label: FieldLabel },
): Promise<RegistrationResult> {
  const parsed = parseCompanyValues(raw, ['org_number', 'contact_name', 'contact_email', 'contact_phone']);
  if (!parsed.ok) throw issuesError(parsed.issues, options.label);
  const actor = deps.actor();
  const now = actor.now.toISOString();
  const result = await writeChange(deps.db, actor, { dryRun: options.dryRun }, async (trx, audit) => {
    const existing = await companyByOrgNumber(trx, parsed.values.org_number);
    if (existing) return { status: 'exists' as const, company: existing };
    const facts = await registerFactsOf(trx, parsed.values.org_number);
    const state = await registerStateOf(trx);
    const decision = applyRegister(parsed.values, facts, state, { force: options.force });
    if (!decision.ok) throw issuesError(decision.issues, options.label);
    if (state.brregDate === null) {
      decision.warnings.push(text('register.no-brreg-extract'));
    }
    const values = {
      ...decision.values,
      name: decision.values.name as string,
      in_elma: decision.inElma,
      status: 'active' as const,
      created_at: now,
      updated_at: now,
    };
    const id = await insertCompany(trx, values, deps.db.dialect);
    audit({
      action: 'companies.register',
      targetType: 'company',
      targetId: values.org_number,
      changes: [...COMPANY_FIELDS, 'in_elma' as const]
        .filter((f) => values[f] !== null)
        .map((f) => ({ field: f, old: null, new: auditValue(f, values[f]) })),
    });
    const company = (await trx
      .selectFrom('companies')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow()) as Company;
    return { status: 'created' as const, company, warnings: decision.warnings };
  });
  if (result.result.status === 'exists') return result.result;
  return { ...result.result, dryRun: result.dryRun };
}

export function alreadyCustomer(company: Company, today: Date): ConflictError {
  return new ConflictError(
    text('company.already-customer', {
      name: company.name,
      orgNumber: company.org_number,
      date: isoDate(new Date(company.created_at)) || isoDate(today),
    }),
    { hint: text('hint.show-or-update-company', { orgNumber: company.org_number }) },
  );
}
