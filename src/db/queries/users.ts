// Queries about learners and their histories, shared by every workflow and both dialects.
import type { Kysely } from 'kysely';
import { osloIsoDate } from '../../domain/local-time.js';
import { text } from '../../domain/messages/index.js';
import { ConflictError, PolicyError } from '../../errors.js';
import type { NewUser, Schema, User, UserUpdate } from '../schema.js';
import type { Dialect } from '../target.js';

type Q = Kysely<Schema>;

export async function userById(db: Q, id: number): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function userByEmail(db: Q, email: string): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

/** Learners who used this address earlier (it is no longer their login). */
export async function usersByEarlierEmail(db: Q, email: string): Promise<User[]> {
  return db
    .selectFrom('users')
    .selectAll('users')
    .where('users.id', 'in', (q) =>
      q.selectFrom('email_history').select('user_id').where('email', '=', email),
    )
    .where('users.email', '!=', email)
    .execute();
}

export async function userByNationalIdHash(db: Q, hash: string): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('national_id_hash', '=', hash).executeTakeFirst();
}

export async function insertUser(db: Q, values: NewUser): Promise<number> {
  const row = await db.insertInto('users').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Which way a history is listed: newest first for the desk's profile (the current row on top), oldest
 * first for an access request (the record read in the order it happened).
 */
export type HistoryOrder = 'asc' | 'desc';

/** The addresses a learner has had, ordered by when each became valid (ties by row id). */
export async function emailHistoryOf(db: Q, userId: number, order: HistoryOrder = 'desc') {
  return db
    .selectFrom('email_history')
    .select(['email', 'valid_from', 'valid_to'])
    .where('user_id', '=', userId)
    .orderBy('valid_from', order)
    .orderBy('id', order)
    .execute();
}

/** A learner's employers over time, ordered by start date (ties by row id). */
export async function employmentHistoryOf(db: Q, userId: number, order: HistoryOrder = 'desc') {
  return db
    .selectFrom('employment_history')
    .innerJoin('companies', 'companies.id', 'employment_history.company_id')
    .select([
      'companies.org_number',
      'companies.name as company',
      'employment_history.invoice_reference',
      'employment_history.started_on',
      'employment_history.ended_on',
    ])
    .where('employment_history.user_id', '=', userId)
    .orderBy('employment_history.started_on', order)
    .orderBy('employment_history.id', order)
    .execute();
}

/**
 * Updates a learner only if nobody changed it since it was read (its version is unchanged). A stale
 * update is a conflict that names the last change from the audit log.
 */
export async function updateUserVersioned(
  db: Q,
  user: Pick<User, 'id' | 'version'>,
  patch: UserUpdate,
): Promise<void> {
  const personal = PERSONAL_FIELDS.some((field) => patch[field] != null);
  let update = db
    .updateTable('users')
    .set({ ...patch, version: user.version + 1 })
    .where('id', '=', user.id)
    .where('version', '=', user.version);
  // Checked in the statement itself, so an erasure committed by another agent after this one read the
  // learner still wins: nobody's data goes back onto an account erased on request.
  if (personal) update = update.where('erased_at', 'is', null);
  const result = await update.executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return;
  if (personal) {
    const erased = await db
      .selectFrom('users')
      .select('erased_at')
      .where('id', '=', user.id)
      .executeTakeFirst();
    if (erased?.erased_at)
      throw new PolicyError(
        text('erase.learner-erased', { learner: user.id, day: osloIsoDate(erased.erased_at) }),
        { hint: text('hint.erased-register-again') },
      );
  }
  throw await staleLearnerError(db, user.id);
}

/** Fields that identify a person: an erased account never gets them back. */
const PERSONAL_FIELDS = [
  'given_names',
  'family_name',
  'birth_date',
  'email',
  'phone',
  'hms_card_number',
  'driver_details',
] as const satisfies readonly (keyof UserUpdate)[];

/** With --expect-version: a learner changed since the agent read it is a conflict, before any work. */
export async function checkExpectedVersion(
  db: Q,
  user: Pick<User, 'id' | 'version'>,
  expected: number | undefined,
): Promise<void> {
  if (expected !== undefined && user.version !== expected) throw await staleLearnerError(db, user.id);
}

/** The conflict of a stale learner change: who changed the learner last, and when (from the audit log). */
export async function staleLearnerError(db: Q, userId: number): Promise<ConflictError> {
  const last = await db
    .selectFrom('audit_log')
    .select(['agent', 'at', 'ticket', 'action'])
    .where('user_id', '=', userId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const by = last
    ? { agent: last.agent, at: last.at, ticket: last.ticket ?? null, action: last.action }
    : undefined;
  return new ConflictError(text('stale.learner', { id: userId, by }), {
    hint: text('hint.look-again-learner', { id: userId }),
    detail: { userId, changedBy: last?.agent ?? null, changedAt: last?.at ?? null },
  });
}

/**
 * Locks learners for a change of many (on PostgreSQL, `FOR UPDATE` in id order, so two bulk changes
 * never wait for each other crosswise); SQLite's BEGIN IMMEDIATE has already made the writer the only one.
 */
export async function lockLearnersInOrder(db: Q, dialect: Dialect, ids: readonly number[]): Promise<void> {
  if (dialect !== 'postgres') return;
  for (const chunk of chunks([...new Set(ids)].sort((a, b) => a - b))) {
    await db.selectFrom('users').select('id').where('id', 'in', chunk).orderBy('id').forUpdate().execute();
  }
}

/** Ids per `in (…)` list: well under both dialects' limits on bound parameters. */
export const ID_CHUNK = 1000;

/** The items in lists of at most ID_CHUNK, in order. */
export function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += ID_CHUNK) out.push(items.slice(i, i + ID_CHUNK));
  return out;
}

/** The learners employed at a company now, in id order. */
export async function learnersOfEmployer(db: Q, companyId: number): Promise<User[]> {
  return db.selectFrom('users').selectAll().where('employer_id', '=', companyId).orderBy('id').execute();
}

/** Records the name terms in the vocabulary used for typo expansion (existing terms are kept). */
export async function addNameTerms(db: Q, terms: readonly string[]): Promise<void> {
  if (terms.length === 0) return;
  await db
    .insertInto('name_terms')
    .values(terms.map((term) => ({ term })))
    .onConflict((oc) => oc.column('term').doNothing())
    .execute();
}

/** Opens an e-mail period for a learner (the current login is always in the history too). */
export async function addEmailHistory(db: Q, userId: number, email: string, from: string): Promise<void> {
  await db
    .insertInto('email_history')
    .values({
      user_id: userId,
      email,
      local_part: email.slice(0, email.lastIndexOf('@')),
      valid_from: from,
      valid_to: null,
    })
    .execute();
}
