// Queries about companies (employers), shared by every workflow and both dialects.
import { type Kysely, sql, type Updateable } from 'kysely';
import { text as coded } from '../../domain/messages/index.js';
import { ConflictError } from '../../errors.js';
import type { CompaniesTable, Company, NewCompany, Schema } from '../schema.js';
import type { Dialect } from '../target.js';

type CompanyUpdate = Updateable<CompaniesTable>;

type Q = Kysely<Schema>;

export async function companyByOrgNumber(db: Q, orgNumber: string): Promise<Company | undefined> {
  return db.selectFrom('companies').selectAll().where('org_number', '=', orgNumber).executeTakeFirst();
}

export async function companyById(db: Q, id: number): Promise<Company | undefined> {
  return db.selectFrom('companies').selectAll().where('id', '=', id).executeTakeFirst();
}

/** `%`, `_` and `\` typed by the user match themselves. */
export function likePattern(fragment: string): string {
  return `%${fragment.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Companies whose name contains `fragment` (any case; SQLite folds only ASCII, so the fragment is
 * also tried in upper and lower case for æ, ø and å) or whose org number starts with its digits.
 */
function companiesLike(db: Q, fragment: string) {
  const digits = fragment.replace(/\s/g, '');
  let query = db.selectFrom('companies');
  if (/^\d{3,9}$/.test(digits)) {
    query = query.where('org_number', 'like', `${digits}%`);
  } else {
    query = query.where(nameContains('name', fragment));
  }
  return query;
}

/** null: no limit (--all). */
export async function findCompanies(db: Q, fragment: string, limit: number | null): Promise<Company[]> {
  const query = companiesLike(db, fragment).selectAll().orderBy('name').orderBy('org_number');
  return (limit === null ? query : query.limit(limit)).execute();
}

export async function countCompaniesLike(db: Q, fragment: string): Promise<number> {
  return countOf(companiesLike(db, fragment));
}

async function countOf(query: ReturnType<typeof companiesLike>): Promise<number> {
  const row = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** A case-insensitive name filter that also folds æ, ø and å on SQLite (see findCompanies). */
export function nameContains(column: string, fragment: string) {
  const lower = likePattern(fragment.trim().toLowerCase());
  const upper = likePattern(fragment.trim().toUpperCase());
  return sql<boolean>`(lower(${sql.ref(column)}) like ${lower} escape '\\' or upper(${sql.ref(column)}) like ${upper} escape '\\')`;
}

export interface CompanyListFilter {
  status?: 'active' | 'inactive';
  /** Only companies not listed in ELMA (invoiced by e-mail). */
  notInElma?: boolean;
  /** null: every row from the offset on (--all). */
  limit: number | null;
  offset: number;
}

function companiesWhere(db: Q, filter: Pick<CompanyListFilter, 'status' | 'notInElma'>) {
  let query = db.selectFrom('companies');
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.notInElma) query = query.where('in_elma', '=', false);
  return query;
}

export async function listCompanies(db: Q, filter: CompanyListFilter): Promise<Company[]> {
  const query = companiesWhere(db, filter).selectAll().orderBy('name').orderBy('org_number');
  // SQLite takes an offset only after a limit, and the dialects spell "no limit" differently: a limit
  // no table reaches serves both.
  return query
    .limit(filter.limit ?? Number.MAX_SAFE_INTEGER)
    .offset(filter.offset)
    .execute();
}

export async function countCompanies(
  db: Q,
  filter: Pick<CompanyListFilter, 'status' | 'notInElma'>,
): Promise<number> {
  return countOf(companiesWhere(db, filter));
}

export async function learnerCount(db: Q, companyId: number): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('employer_id', '=', companyId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * Inserts a registered company. On PostgreSQL a company import running beside the registration may hold
 * the same number in a row it has not committed: the insert would wait for the import while holding the
 * write lock the import takes at its end, a deadlock the server breaks by ending either of the two,
 * the import with it. So the insert waits for another's row only briefly, less than the server's
 * deadlock_timeout, and gives up as a conflict: the registration, not the import, is the one to retry.
 */
export async function insertCompany(db: Q, values: NewCompany, dialect: Dialect): Promise<number> {
  if (dialect === 'postgres')
    await sql`select set_config('lock_timeout',
      greatest(1, least(500, extract(epoch from current_setting('deadlock_timeout')::interval) * 500))::int || 'ms',
      true)`.execute(db);
  try {
    const row = await db.insertInto('companies').values(values).returning('id').executeTakeFirstOrThrow();
    return row.id;
  } catch (error) {
    if ((error as { code?: string }).code !== '55P03') throw error;
    throw new ConflictError(coded('company.being-imported', { orgNumber: values.org_number }), {
      hint: coded('hint.view-company-after-import', { orgNumber: values.org_number }),
    });
  }
}

/** Updates a company only if nobody changed it since it was read; a stale update is a conflict. */
export async function updateCompanyVersioned(
  db: Q,
  company: Pick<Company, 'id' | 'version' | 'org_number'>,
  patch: CompanyUpdate,
): Promise<void> {
  const result = await db
    .updateTable('companies')
    .set({ ...patch, version: company.version + 1 })
    .where('id', '=', company.id)
    .where('version', '=', company.version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return;
  throw new ConflictError(coded('stale.company', { orgNumber: company.org_number }), {
    hint: coded('hint.look-again-company', { orgNumber: company.org_number }),
  });
}
