// Activation and reset links as stored: only the token's SHA-256, the kind, the times that decide its
// state, and which newer link replaced it. Closing links also takes back their unsent mail.
import type { Kysely } from 'kysely';
import type { LinkKind } from '../../domain/link-tokens.js';
import type { LinkToken, Schema, User } from '../schema.js';
import type { Dialect } from '../target.js';
import { withdrawMessagesOfLinks } from './outbox.js';

type Q = Kysely<Schema>;

/**
 * The learner, read again inside the change and (on PostgreSQL) locked until it commits, so two agents
 * issuing links for one learner take turns: the second sees the first one's link and supersedes it.
 * SQLite's BEGIN IMMEDIATE has already made the transaction the only writer.
 */
export async function lockLearner(trx: Q, dialect: Dialect, userId: number): Promise<User | undefined> {
  let query = trx.selectFrom('users').selectAll().where('id', '=', userId);
  if (dialect === 'postgres') query = query.forUpdate();
  return query.executeTakeFirst();
}

export interface NewLink {
  user_id: number;
  kind: LinkKind;
  token_hash: string;
  created_at: string;
  expires_at: string;
  issued_by: string;
}

export async function insertLink(db: Q, link: NewLink): Promise<LinkToken> {
  return db.insertInto('link_tokens').values(link).returningAll().executeTakeFirstOrThrow();
}

export async function linkByHash(db: Q, tokenHash: string): Promise<LinkToken | undefined> {
  return db.selectFrom('link_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export async function linkById(db: Q, id: number): Promise<LinkToken | undefined> {
  return db.selectFrom('link_tokens').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Links made for a learner since a moment (all kinds, whatever became of them): the rate limit counts these. */
export async function linksIssuedSince(db: Q, userId: number, since: string): Promise<number> {
  const row = await db
    .selectFrom('link_tokens')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface LinkWithDelivery extends LinkToken {
  message_id: number | null;
  message_status: string | null;
}

/** A learner's links, newest first, with the outbox message that carries each (none: handed to an agent). */
export async function linksOfLearner(db: Q, userId: number): Promise<LinkWithDelivery[]> {
  return db
    .selectFrom('link_tokens')
    .leftJoin('outbox', 'outbox.link_token_id', 'link_tokens.id')
    .selectAll('link_tokens')
    .select(['outbox.id as message_id', 'outbox.status as message_status'])
    .where('link_tokens.user_id', '=', userId)
    .orderBy('link_tokens.id', 'desc')
    .execute();
}

export interface CloseLinks {
  userId: number;
  now: string;
  /** The newer link that replaces them (recorded in superseded_by); absent for a plain revocation. */
  supersededBy?: number;
  /** Only links of this kind. */
  kind?: LinkKind;
  /** Why their unsent mails are withdrawn, for the outbox's last_error. */
  reason: string;
}

/**
 * Closes a learner's open links (unused, not revoked, not expired) and withdraws their unsent mail.
 * Returns the ids of the links closed and of the messages withdrawn.
 */
export async function closeOpenLinks(
  db: Q,
  close: CloseLinks,
): Promise<{ links: number[]; messages: number[] }> {
  let query = db
    .updateTable('link_tokens')
    // Never dated before the link was made, when this agent's clock is behind the one that made it.
    .set((eb) => ({
      revoked_at: eb
        .case()
        .when('created_at', '>', close.now)
        .then(eb.ref('created_at'))
        .else(close.now)
        .end(),
      superseded_by: close.supersededBy ?? null,
    }))
    .where('user_id', '=', close.userId)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', close.now);
  if (close.supersededBy !== undefined) query = query.where('id', '!=', close.supersededBy);
  if (close.kind) query = query.where('kind', '=', close.kind);
  const rows = await query.returning('id').execute();
  const links = rows.map((r) => r.id).sort((a, b) => a - b);
  return { links, messages: await withdrawMessagesOfLinks(db, links, close.reason) };
}

/**
 * Redeems a token in one statement: it succeeds for exactly one caller, and only while the link is
 * unused, not revoked or superseded, and not expired. (The portal's job; kursdesk has it for tests and
 * to state the rule where the links are made.)
 */
export async function redeemLink(db: Q, tokenHash: string, now: string): Promise<LinkToken | undefined> {
  return db
    .updateTable('link_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .returningAll()
    .executeTakeFirst();
}

/** The date-time 24 hours before `now`, as stored. */
export function dayBefore(now: Date): string {
  return new Date(now.getTime() - 24 * 3_600_000).toISOString();
}

export interface EmployerWithDomains {
  id: number;
  name: string;
  org_number: string;
  email_domains: string | null;
}

/** The learner's current employer and the ones in the history they have left, with their mail domains. */
export async function employersOfLearner(
  db: Q,
  user: Pick<User, 'id' | 'employer_id'>,
): Promise<{ current: EmployerWithDomains | undefined; former: EmployerWithDomains[] }> {
  const rows = await db
    .selectFrom('companies')
    .select(['companies.id', 'companies.name', 'companies.org_number', 'companies.email_domains'])
    .where((eb) =>
      eb.or([
        eb('companies.id', '=', user.employer_id ?? -1),
        eb(
          'companies.id',
          'in',
          eb.selectFrom('employment_history').select('company_id').where('user_id', '=', user.id),
        ),
      ]),
    )
    .orderBy('companies.id')
    .execute();
  return {
    current: rows.find((r) => r.id === user.employer_id),
    former: rows.filter((r) => r.id !== user.employer_id),
  };
}

/** Whether the login became `email` after `since`, replacing an earlier address (support corrected it). */
export async function loginChangedSince(
  db: Q,
  userId: number,
  email: string,
  since: string,
): Promise<boolean> {
  const rows = await db
    .selectFrom('email_history')
    .select(['email', 'valid_from', 'valid_to'])
    .where('user_id', '=', userId)
    .execute();
  const current = rows.find((r) => r.email === email && r.valid_to === null);
  return current !== undefined && current.valid_from > since && rows.some((r) => r.valid_to !== null);
}
