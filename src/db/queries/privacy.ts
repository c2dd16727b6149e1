// W20 queries: everything stored about one learner (for an access request), the anonymisation of one
// account (for erasure), and the rows retention looks at. Both dialects; the only dialect-specific step
// is compacting SQLite's full-text index so erased name terms leave its segments.
import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Schema } from '../schema.js';
import type { Dialect } from '../target.js';
import { emailHistoryOf, employmentHistoryOf } from './users.js';

type Q = Kysely<Schema>;

/** The reason a certificate of an erased learner carries; `certificates verify` recognises it. */
export const ERASED_REASON = 'erased on request';

export async function personalRecordsOf(db: Q, userId: number) {
  const [emails, employment, enrolments, unitRequests, programmes, completions, certificates, links, mail] =
    await Promise.all([
      emailHistoryOf(db, userId, 'asc'),
      employmentHistoryOf(db, userId, 'asc'),
      db
        .selectFrom('enrolments')
        .innerJoin('course_units', 'course_units.id', 'enrolments.unit_id')
        .innerJoin('courses', 'courses.id', 'course_units.course_id')
        .select([
          'enrolments.unit_id',
          'courses.code as course',
          'course_units.starts_at',
          'course_units.place',
          'enrolments.status',
          'enrolments.queued_at',
          'enrolments.enrolled_at',
          'enrolments.cancelled_at',
        ])
        .where('enrolments.user_id', '=', userId)
        .orderBy('enrolments.id')
        .execute(),
      db
        .selectFrom('unit_requests')
        .innerJoin('courses', 'courses.id', 'unit_requests.course_id')
        .select([
          'courses.code as course',
          'unit_requests.place',
          'unit_requests.note',
          'unit_requests.status',
        ])
        .select('unit_requests.created_at')
        .where('unit_requests.user_id', '=', userId)
        .orderBy('unit_requests.id')
        .execute(),
      db
        .selectFrom('programme_assignments')
        .innerJoin('programmes', 'programmes.id', 'programme_assignments.programme_id')
        .select([
          'programmes.code as programme',
          'programme_assignments.assigned_at',
          'programme_assignments.due_on',
        ])
        .where('programme_assignments.user_id', '=', userId)
        .orderBy('programme_assignments.id')
        .execute(),
      db
        .selectFrom('completions')
        .innerJoin('courses', 'courses.id', 'completions.course_id')
        .select([
          'courses.code as course',
          'completions.completed_on',
          'completions.passed',
          'completions.score',
          'completions.expires_on',
        ])
        .where('completions.user_id', '=', userId)
        .orderBy('completions.id')
        .execute(),
      db
        .selectFrom('certificates')
        .innerJoin('courses', 'courses.id', 'certificates.course_id')
        .select([
          'certificates.number',
          'courses.code as course',
          'certificates.issued_at',
          'certificates.revoked_at',
          'certificates.revoked_reason',
        ])
        .where('certificates.user_id', '=', userId)
        .orderBy('certificates.id')
        .execute(),
      // When links were issued and used; never the token or its hash.
      db
        .selectFrom('link_tokens')
        .select(['kind', 'created_at', 'expires_at', 'used_at', 'revoked_at'])
        .where('user_id', '=', userId)
        .orderBy('id')
        .execute(),
      db
        .selectFrom('outbox')
        .select(['to_address', 'subject', 'body', 'kind', 'status', 'created_at', 'sent_at'])
        .where('user_id', '=', userId)
        .orderBy('id')
        .execute(),
    ]);
  return { emails, employment, enrolments, unitRequests, programmes, completions, certificates, links, mail };
}

/** Audit entries about a learner: by user_id, or with the learner as their target. */
export async function auditEntriesAbout(db: Q, userId: number) {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('user_id', '=', userId),
        eb.and([eb('target_type', '=', 'user'), eb('target_id', '=', String(userId))]),
      ]),
    )
    .where('dry_run', '=', false)
    .orderBy('id')
    .execute();
}

export interface ErasedRows {
  email_history: number;
  outbox: number;
  link_tokens: number;
  unit_request_notes: number;
  certificates_revoked: number;
  certificates_unsealed: number;
  name_terms: number;
  audit_personal_values: number;
}

function count(result: { numDeletedRows?: bigint; numUpdatedRows?: bigint } | undefined): number {
  return Number(result?.numDeletedRows ?? result?.numUpdatedRows ?? 0);
}

/**
 * Makes one learner anonymous inside the caller's transaction. What the business must keep stays,
 * pointing at an account that no longer says who it was: enrolments (seat counts, invoices to the
 * employer), employment periods, programme assignments, completions and their dates.
 */
export async function anonymiseLearner(
  trx: Q,
  dialect: Dialect,
  userId: number,
  now: string,
): Promise<ErasedRows> {
  const user = await trx
    .selectFrom('users')
    .select(['email', 'search_name'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const earlier = await trx
    .selectFrom('email_history')
    .select('email')
    .where('user_id', '=', userId)
    .execute();
  const addresses = [...new Set([user.email, ...earlier.map((e) => e.email)])];

  // Mail to the person (sent or not), also any addressed to one of their addresses without a user id.
  const outbox = await trx
    .deleteFrom('outbox')
    .where((eb) => eb.or([eb('user_id', '=', userId), eb('to_address', 'in', addresses)]))
    .executeTakeFirst();
  const links = await trx.deleteFrom('link_tokens').where('user_id', '=', userId).executeTakeFirst();
  const emails = await trx.deleteFrom('email_history').where('user_id', '=', userId).executeTakeFirst();
  const notes = await trx
    .updateTable('unit_requests')
    .set({ note: null })
    .where('user_id', '=', userId)
    .where('note', 'is not', null)
    .executeTakeFirst();
  const revoked = await trx
    .updateTable('certificates')
    // Never dated before the issue, when this agent's clock is behind the one that issued it (as
    // certificates revoke and closeOpenLinks date theirs).
    .set((eb) => ({
      revoked_at: eb.case().when('issued_at', '>', now).then(eb.ref('issued_at')).else(now).end(),
      revoked_reason: ERASED_REASON,
    }))
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  // The signed content names the holder; the signature over it could confirm a guessed name with the
  // public key, so both go. The number, course and dates stay for `certificates verify`.
  const unsealed = await trx
    .updateTable('certificates')
    .set({ payload: null, signature: 'erased' })
    .where('user_id', '=', userId)
    .executeTakeFirst();

  await trx
    .updateTable('users')
    .set((eb) => ({
      // Letters only, like any name, so a dump of the database still loads.
      given_names: 'Erased',
      family_name: 'Learner',
      birth_date: '1900-01-01',
      email: `erased-${userId}@erased.invalid`,
      phone: null,
      // Random, so it can never match a real number's hash, yet unique and in the stored shape (a dump
      // and a reload of the database still work).
      national_id_hash: randomBytes(32).toString('hex'),
      national_id_mask: '****** *****',
      hms_card_number: null,
      hms_card_registered_on: null,
      driver_details: null,
      invoice_reference: null,
      password_set_at: null,
      status: 'disabled',
      search_name: '',
      erased_at: now,
      updated_at: now,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', userId)
    .execute();

  // Name terms only this learner had leave the vocabulary used for typo expansion.
  let terms = 0;
  for (const term of new Set(user.search_name.split(' ').filter(Boolean))) {
    const used = await trx
      .selectFrom('users')
      .select('id')
      .where((eb) =>
        eb.or([
          eb('search_name', '=', term),
          eb('search_name', 'like', `${term} %`),
          eb('search_name', 'like', `% ${term}`),
          eb('search_name', 'like', `% ${term} %`),
        ]),
      )
      .limit(1)
      .executeTakeFirst();
    if (!used) terms += count(await trx.deleteFrom('name_terms').where('term', '=', term).executeTakeFirst());
  }

  const auditValues = await trx
    .deleteFrom('audit_personal')
    .where((eb) =>
      eb.or([
        eb('user_id', '=', userId),
        eb(
          'audit_id',
          'in',
          eb
            .selectFrom('audit_log')
            .select('id')
            .where('target_type', '=', 'user')
            .where('target_id', '=', String(userId)),
        ),
      ]),
    )
    .executeTakeFirst();

  if (dialect === 'sqlite') {
    // FTS5 records a deletion as a marker in a new segment; merging all segments drops the old terms.
    await sql`insert into users_name_fts(users_name_fts) values ('optimize')`.execute(trx);
  }
  return {
    email_history: count(emails),
    outbox: count(outbox),
    link_tokens: count(links),
    unit_request_notes: count(notes),
    certificates_revoked: count(revoked),
    certificates_unsealed: count(unsealed),
    name_terms: terms,
    audit_personal_values: count(auditValues),
  };
}

/**
 * Live accounts with no sign of activity since `since`: no login set or link used, no enrolment, no
 * completion and no change to the account itself.
 */
export async function inactiveLearners(
  db: Q,
  since: string,
): Promise<{ id: number; last_activity: string }[]> {
  const rows = await db
    .selectFrom('users')
    .select(['users.id', 'users.updated_at', 'users.created_at', 'users.password_set_at'])
    .select((eb) => [
      eb
        .selectFrom('enrolments')
        .select((e) => e.fn.max('queued_at').as('m'))
        .whereRef('enrolments.user_id', '=', 'users.id')
        .as('last_enrolment'),
      eb
        .selectFrom('completions')
        .select((e) => e.fn.max('recorded_at').as('m'))
        .whereRef('completions.user_id', '=', 'users.id')
        .as('last_completion'),
      eb
        .selectFrom('link_tokens')
        .select((e) => e.fn.max('used_at').as('m'))
        .whereRef('link_tokens.user_id', '=', 'users.id')
        .as('last_login'),
    ])
    .where('users.erased_at', 'is', null)
    .orderBy('users.id')
    .execute();
  const result: { id: number; last_activity: string }[] = [];
  for (const r of rows) {
    const dates = [
      r.updated_at,
      r.created_at,
      r.password_set_at,
      r.last_enrolment,
      r.last_completion,
      r.last_login,
    ]
      .filter((d): d is string => typeof d === 'string' && d !== '')
      .map((d) => new Date(d).toISOString());
    const last = dates.sort().at(-1) ?? r.created_at;
    if (last < since) result.push({ id: r.id, last_activity: last });
  }
  return result;
}

/** Bodies of delivered or withdrawn mail older than `before` are cleared (the row stays as a record). */
export async function purgeMailBodies(trx: Q, before: string): Promise<number> {
  return count(
    await trx
      .updateTable('outbox')
      .set({ body: '', smtp_reply: null, sealed_token: null })
      .where('status', 'in', ['sent', 'failed'])
      .where('created_at', '<', before)
      .where('body', '!=', '')
      .executeTakeFirst(),
  );
}

/** Used, revoked or expired link rows older than `before` are deleted (mail pointing at them first lets go). */
export async function purgeDeadLinks(trx: Q, before: string, now: string): Promise<number> {
  const dead = trx
    .selectFrom('link_tokens')
    .select('id')
    .where('created_at', '<', before)
    .where((eb) =>
      eb.or([eb('used_at', 'is not', null), eb('revoked_at', 'is not', null), eb('expires_at', '<', now)]),
    );
  await trx.updateTable('outbox').set({ link_token_id: null }).where('link_token_id', 'in', dead).execute();
  await trx
    .updateTable('link_tokens')
    .set({ superseded_by: null })
    .where('superseded_by', 'in', dead)
    .execute();
  return count(await trx.deleteFrom('link_tokens').where('id', 'in', dead).executeTakeFirst());
}
