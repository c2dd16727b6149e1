// Queries about companies (employers), shared by every workflow and both dialects.
import type { Kysely } from 'kysely';
import type { Company, Schema } from '../schema.js';

type Q = Kysely<Schema>;

export async function companyByOrgNumber(db: Q, orgNumber: string): Promise<Company | undefined> {
  return db.selectFrom('companies').selectAll().where('org_number', '=', orgNumber).executeTakeFirst();
}

export async function companyById(db: Q, id: number): Promise<Company | undefined> {
  return db.selectFrom('companies').selectAll().where('id', '=', id).executeTakeFirst();
}
