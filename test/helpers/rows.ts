// Rows inserted directly, for tests that need a company or a learner without going through a workflow.
import type { Kysely } from 'kysely';
import type { Company, NewCompany, NewUser, Schema, User } from '../../src/db/schema.js';
import { TEST_NOW } from './cli.js';

export async function insertCompany(db: Kysely<Schema>, values: Partial<NewCompany> = {}): Promise<Company> {
  return db
    .insertInto('companies')
    .values({
      org_number: '988077917',
      name: 'Bygg og Anlegg AS',
      created_at: TEST_NOW,
      updated_at: TEST_NOW,
      ...values,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A learner row; its national-ID hash is a placeholder unless given. */
export async function insertLearnerRow(db: Kysely<Schema>, values: Partial<NewUser> = {}): Promise<User> {
  const email = values.email ?? 'kari@firma.no';
  return db
    .insertInto('users')
    .values({
      given_names: 'Kari',
      family_name: 'Nordmann',
      birth_date: '1986-10-15',
      email,
      national_id_hash: `placeholder-hash-${email}`,
      national_id_mask: '151086 *****',
      national_id_kind: 'fnr',
      account_type: 'free',
      status: 'active',
      created_at: TEST_NOW,
      updated_at: TEST_NOW,
      ...values,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A learner row employed at `values.employer_id`, with the open employment period that goes with it. */
export async function insertEmployee(
  db: Kysely<Schema>,
  values: Partial<NewUser> & { employer_id: number },
  startedOn = '2020-01-01',
): Promise<User> {
  const user = await insertLearnerRow(db, values);
  await db
    .insertInto('employment_history')
    .values({
      user_id: user.id,
      company_id: values.employer_id,
      invoice_reference: null,
      started_on: startedOn,
    })
    .execute();
  return user;
}

/** An address the learner used before (a closed period in the e-mail history). */
export async function insertEarlierEmail(db: Kysely<Schema>, userId: number, email: string): Promise<void> {
  await db
    .insertInto('email_history')
    .values({
      user_id: userId,
      email,
      local_part: email.slice(0, email.lastIndexOf('@')),
      valid_from: '2019-01-01T00:00:00.000Z',
      valid_to: TEST_NOW,
    })
    .execute();
}

/** An enrolment's unit and status, by its id. */
export async function enrolmentById(db: Kysely<Schema>, id: number) {
  return db
    .selectFrom('enrolments')
    .select(['unit_id', 'status'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

/** How many rows a table holds. */
export async function countRows(db: Kysely<Schema>, table: keyof Schema): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  return Number(row?.n);
}
