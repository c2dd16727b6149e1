// People of a W1 rule test: a database per dialect with the companies given, a learner of our own made
// through createLearner (a synthetic national ID for the birth date), and `users find` as the workflow
// runs it. Shared by the W1 rule tests so each states only its people and what it expects.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Db } from '../../src/db/connect.js';
import type { Dialect } from '../../src/db/target.js';
import { parseNationalId, syntheticNationalId } from '../../src/domain/national-id.js';
import { markDatabase } from '../../src/workflows/database.js';
import { findAccount } from '../../src/workflows/find-account.js';
import { createLearner } from '../../src/workflows/learners.js';
import { openTestDatabase, type TestDatabase } from './databases.js';
import { testDeps } from './deps.js';
import { insertCompany } from './rows.js';

export interface FindRequest {
  name: string;
  birthDate?: string;
  emails?: string[];
  employer?: string;
}

export interface TestLearner {
  given: string;
  family: string;
  birthDate: string;
  email: string;
  accountType?: 'free' | 'full';
  employer?: string;
  invoiceReference?: string;
}

/**
 * An active learner made through createLearner, with a synthetic national ID for the birth date: `next`
 * gives individual numbers until one makes a valid ID. A free account with no employer unless told.
 */
export async function createTestLearner(db: Db, next: () => number, person: TestLearner): Promise<number> {
  let number: string | null = null;
  while (!number) number = syntheticNationalId(person.birthDate, next());
  const parsed = parseNationalId(number, { allowSynthetic: true, today: '2026-11-25' });
  if (!parsed.ok) throw new Error(parsed.error);
  const created = await createLearner(
    testDeps(db),
    {
      givenNames: person.given,
      familyName: person.family,
      birthDate: undefined,
      email: person.email,
      nationalId: parsed.value,
      hmsCard: 'H123456',
      accountType: person.accountType ?? 'free',
      status: 'active',
      employerOrgNumber: person.employer,
      invoiceReference: person.invoiceReference,
      phone: undefined,
    },
    { dryRun: false },
  );
  return created.profile.id;
}

/**
 * Opens a test database for the describe block, reset and marked before each test, with `companies`
 * (org number → name); `db` is the open connection once the block runs.
 */
export function useFindDatabase(
  dialect: Dialect,
  companies: Record<string, string> = {},
): { readonly db: Db } {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await t.reset();
    await markDatabase(t.db, testDeps(t.db).actor(), 'test');
    for (const [org_number, name] of Object.entries(companies))
      await insertCompany(t.db.kysely, { org_number, name });
  });
  return {
    get db() {
      return t.db;
    },
  };
}

/** A useFindDatabase with the W1 rule tests' learners and `users find`. */
export function useFindPeople(dialect: Dialect, companies: Record<string, string>, firstIndividual: number) {
  const t = useFindDatabase(dialect, companies);
  let individual = firstIndividual;

  /** An active full-catalogue learner at `employer`, born `birthDate`, logging in with `email`. */
  const learner = (given: string, family: string, birthDate: string, email: string, employer: string) =>
    createTestLearner(t.db, () => individual++, {
      given,
      family,
      birthDate,
      email,
      accountType: 'full',
      employer,
      invoiceReference: 'PO-1',
    });

  const find = (request: FindRequest) =>
    findAccount(testDeps(t.db), {
      name: request.name,
      ...(request.birthDate ? { birthDate: request.birthDate } : {}),
      emails: request.emails ?? [],
      ...(request.employer ? { employerOrgNumbers: [request.employer] } : {}),
      limit: 10,
    });

  return { learner, find, deps: () => testDeps(t.db) };
}
