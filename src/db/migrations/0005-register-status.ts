// What the support desk needs from the registers beyond 0003: the legal form's name, compulsory
// dissolution (a status of its own, besides bankruptcy and liquidation) and a subunit's closure date.
import type { Kysely } from 'kysely';
import type { Dialect } from '../target.js';
import { booleanType, dateType } from './_columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema.alterTable('brreg_units').addColumn('org_form_name', 'text').execute();
  await db.schema
    .alterTable('brreg_units')
    .addColumn('compulsory_dissolution', booleanType(dialect), (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema.alterTable('brreg_units').addColumn('closed_on', dateType(dialect)).execute();
}
