// Queries about the offline register extracts (Brønnøysund units, ELMA/Peppol participants).
import type { Kysely } from 'kysely';
import type { RegisterFacts, RegisterState, RegisterUnit } from '../../domain/companies/register-rules.js';
import { type BrregUnit, flag, type Schema } from '../schema.js';
import { nameContains } from './companies.js';

type Q = Kysely<Schema>;

/** Register units whose name contains `fragment`, main units first, for a look-up by name. */
export async function registerUnitsNamed(
  db: Q,
  fragment: string,
  limit: number,
): Promise<{ org_number: string; name: string; city: string | null }[]> {
  return db
    .selectFrom('brreg_units')
    .select(['org_number', 'name', 'city'])
    .where(nameContains('name', fragment))
    .orderBy('is_subunit')
    .orderBy('name')
    .orderBy('org_number')
    .limit(limit)
    .execute();
}

export async function currentExtracts(db: Q) {
  return db
    .selectFrom('register_extracts')
    .select(['id', 'source', 'extract_date', 'file_name', 'row_count', 'imported_at'])
    .where('current', '=', true)
    .execute();
}

export async function registerStateOf(db: Q): Promise<RegisterState> {
  const rows = await currentExtracts(db);
  const date = (source: 'brreg' | 'elma') => {
    const row = rows.find((r) => r.source === source);
    return row ? (row.extract_date ?? row.imported_at.slice(0, 10)) : null;
  };
  return { brregDate: date('brreg'), elmaDate: date('elma') };
}

export function toRegisterUnit(row: Omit<BrregUnit, 'extract_id'>): RegisterUnit {
  return {
    org_number: row.org_number,
    name: row.name,
    org_form: row.org_form,
    org_form_name: row.org_form_name,
    is_subunit: flag(row.is_subunit),
    parent_org_number: row.parent_org_number,
    street: row.street,
    postal_code: row.postal_code,
    city: row.city,
    bankrupt: flag(row.bankrupt),
    under_liquidation: flag(row.under_liquidation),
    compulsory_dissolution: flag(row.compulsory_dissolution),
    deleted_on: row.deleted_on,
    closed_on: row.closed_on,
  };
}

/** The register's facts about one organisation number. */
export async function registerFactsOf(db: Q, orgNumber: string): Promise<RegisterFacts> {
  const unit = await db
    .selectFrom('brreg_units')
    .selectAll()
    .where('org_number', '=', orgNumber)
    .executeTakeFirst();
  const listed = await db
    .selectFrom('elma_participants')
    .select('identifier')
    .where('org_number', '=', orgNumber)
    .executeTakeFirst();
  return { unit: unit ? toRegisterUnit(unit) : null, inElma: listed !== undefined };
}

export async function subunitCount(db: Q, orgNumber: string): Promise<number> {
  const row = await db
    .selectFrom('brreg_units')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parent_org_number', '=', orgNumber)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
