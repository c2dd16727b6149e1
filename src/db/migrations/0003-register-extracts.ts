// Offline copies of the public registers: Brønnøysund's Enhetsregisteret (main units and subunits)
// and the ELMA/Peppol list of e-invoice receivers, each tied to the extract it came from.
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../target.js';
import { booleanType, dateType, timestampType, withId } from './_columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = timestampType(dialect);
  const date = dateType(dialect);
  const bool = booleanType(dialect);

  await withId(db.schema.createTable('register_extracts'), dialect)
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('brreg', 'elma')`))
    .addColumn('extract_date', date)
    .addColumn('file_name', 'text')
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('imported_at', ts, (c) => c.notNull())
    .addColumn('current', bool, (c) => c.notNull().defaultTo(false))
    .execute();

  await db.schema
    .createTable('brreg_units')
    .addColumn('org_number', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('org_form', 'text')
    .addColumn('parent_org_number', 'text')
    .addColumn('is_subunit', bool, (c) => c.notNull())
    .addColumn('street', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('city', 'text')
    .addColumn('bankrupt', bool, (c) => c.notNull().defaultTo(false))
    .addColumn('under_liquidation', bool, (c) => c.notNull().defaultTo(false))
    .addColumn('deleted_on', date)
    .addColumn('extract_id', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('elma_participants')
    .addColumn('identifier', 'text', (c) => c.primaryKey())
    .addColumn('org_number', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('extract_id', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('elma_participants_org').on('elma_participants').column('org_number').execute();
}
