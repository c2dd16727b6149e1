// A small world for the seat tests: two employers (one no longer a customer), courses seen by different
// account types, units in the future, in the past and cancelled, and learners of every kind.
import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import type { Schema } from '../../src/db/schema.js';
import type { CliRun } from '../helpers/cli.js';
import { insertCourse, insertUnit } from '../helpers/learning.js';
import { insertCompany, insertLearnerRow } from '../helpers/rows.js';

export const EMPLOYER = '988077917';
export const FORMER_CUSTOMER = '974760673';

export interface World {
  employer: number;
  former: number;
  /** SV-300: paid classroom course for full accounts; unit `full` has 2 seats. */
  units: {
    small: number;
    roomy: number;
    past: number;
    cancelled: number;
    driverOnly: number;
    openToAll: number;
  };
  learners: {
    full: number;
    free: number;
    driver: number;
    disabled: number;
    pending: number;
    formerStaff: number;
  };
}

export async function learnerRow(
  db: Kysely<Schema>,
  email: string,
  values: Parameters<typeof insertLearnerRow>[1] = {},
): Promise<number> {
  const [given, family] = email.split('@')[0]!.split('.');
  const row = await insertLearnerRow(db, {
    email,
    given_names: given ? given[0]!.toUpperCase() + given.slice(1) : 'Kari',
    family_name: family ? family[0]!.toUpperCase() + family.slice(1) : 'Nordmann',
    ...values,
  });
  return row.id;
}

/** `count` learners with full accounts at the employer: learner1@bygg.no … */
export async function fullLearners(
  db: Kysely<Schema>,
  employer: number,
  count: number,
  prefix = 'learner',
): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 1; i <= count; i++)
    ids.push(
      await learnerRow(db, `${prefix}${i}.bygg@bygg.no`, { account_type: 'full', employer_id: employer }),
    );
  return ids;
}

export async function buildWorld(db: Kysely<Schema>, options: { year?: number } = {}): Promise<World> {
  const year = options.year ?? 2027;
  const employer = (await insertCompany(db, { org_number: EMPLOYER, name: 'Bygg og Anlegg AS' })).id;
  const former = (
    await insertCompany(db, { org_number: FORMER_CUSTOMER, name: 'Vei og Bane AS', status: 'inactive' })
  ).id;
  const guard = await insertCourse(db, {
    code: 'SV-300',
    title: 'Sikkerhetsvakt – grunnopplæring',
    title_en: 'Track safety guard – basic training',
    paid: true,
    visible_to: 'full',
  });
  const driving = await insertCourse(db, {
    code: 'FØR-500',
    title: 'Førerutdanning',
    paid: true,
    visible_to: 'driver',
  });
  const firstAid = await insertCourse(db, {
    code: 'FHJ-120',
    title: 'Førstehjelp',
    paid: true,
    visible_to: 'free,full,driver',
  });
  await insertCourse(db, { code: 'SIK-100', title: 'Grunnleggende sikkerhet', kind: 'e-learning' });
  const at = (month: string) => ({
    starts_at: `${year}-${month}-11T07:00:00.000Z`,
    ends_at: `${year}-${month}-15T15:00:00.000Z`,
  });
  const units = {
    small: (await insertUnit(db, guard.id, { ...at('01'), place: 'Jernbaneskolen, Oslo', capacity: 2 })).id,
    roomy: (await insertUnit(db, guard.id, { ...at('02'), place: 'Marienborg, Trondheim', capacity: 10 })).id,
    past: (await insertUnit(db, guard.id, { place: 'Ålesund', capacity: 10 })).id,
    cancelled: (
      await insertUnit(db, guard.id, { ...at('03'), place: 'Hamar', capacity: 10, status: 'cancelled' })
    ).id,
    driverOnly: (await insertUnit(db, driving.id, { ...at('04'), place: 'Bodø', capacity: 10 })).id,
    openToAll: (await insertUnit(db, firstAid.id, { ...at('05'), place: 'Ålesund', capacity: 10 })).id,
  };
  const learners = {
    full: await learnerRow(db, 'kari.nordmann@bygg.no', { account_type: 'full', employer_id: employer }),
    free: await learnerRow(db, 'ingrid.haugen@epost.no', { account_type: 'free' }),
    driver: await learnerRow(db, 'ola.hansen@bygg.no', {
      account_type: 'driver',
      employer_id: employer,
      driver_details: '{"licence":"F4410982","depot":"Narvik"}',
    }),
    disabled: await learnerRow(db, 'hilde.strom@bygg.no', {
      account_type: 'full',
      employer_id: employer,
      status: 'disabled',
    }),
    pending: await learnerRow(db, 'per.lunde@bygg.no', {
      account_type: 'full',
      employer_id: employer,
      status: 'pending',
    }),
    formerStaff: await learnerRow(db, 'siri.myklebust@veibane.no', {
      account_type: 'full',
      employer_id: former,
    }),
  };
  return { employer, former, units, learners };
}

export async function enrolmentRows(db: Kysely<Schema>, unitId: number) {
  return db
    .selectFrom('enrolments')
    .select(['id', 'user_id', 'status', 'queued_at', 'invoice_company_id'])
    .where('unit_id', '=', unitId)
    .orderBy('id')
    .execute();
}

export async function countRows(
  db: Kysely<Schema>,
  table: 'enrolments' | 'audit_log' | 'outbox' | 'unit_requests',
) {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Everything the seat commands can change, to show a refused command left it as it was. */
export async function snapshot(db: Kysely<Schema>) {
  return {
    enrolments: await db.selectFrom('enrolments').selectAll().orderBy('id').execute(),
    units: await db.selectFrom('course_units').selectAll().orderBy('id').execute(),
    users: await db.selectFrom('users').selectAll().orderBy('id').execute(),
    outbox: await countRows(db, 'outbox'),
    audit: await countRows(db, 'audit_log'),
    requests: await countRows(db, 'unit_requests'),
  };
}

/**
 * Runs a command that must be refused with `code` and a message matching `text` (with `oneLine`, one
 * line only): nothing on stdout, and nothing the seat commands can change changed.
 */
export async function expectRefused(
  db: Kysely<Schema>,
  command: () => Promise<CliRun>,
  code: number,
  text: RegExp,
  options: { oneLine?: boolean } = {},
): Promise<CliRun> {
  const before = await snapshot(db);
  const run = await command();
  expect(run.code, run.stderr).toBe(code);
  expect(run.stderr).toMatch(text);
  if (options.oneLine) expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stdout).toBe('');
  expect(await snapshot(db)).toEqual(before);
  return run;
}
