// The outbox: messages waiting to be sent, claimed one at a time by whichever `mail send` gets there
// first. The claim is the only place the dialects differ: PostgreSQL skips rows another sender has
// locked, SQLite needs nothing more because BEGIN IMMEDIATE already lets one writer in at a time.
import type { Kysely } from 'kysely';
import type { OutboxMessage, Schema } from '../schema.js';
import type { Dialect } from '../target.js';

type Q = Kysely<Schema>;

export type OutboxStatus = OutboxMessage['status'];

export interface NewMessage {
  user_id: number | null;
  to_address: string;
  subject: string;
  body: string;
  kind: string;
  lang: 'nb' | 'en';
  created_at: string;
  link_token_id: number | null;
  sealed_token: string | null;
}

export async function insertMessage(db: Q, message: NewMessage): Promise<number> {
  const row = await db
    .insertInto('outbox')
    .values({ ...message, status: 'pending', attempts: 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function messageById(db: Q, id: number): Promise<OutboxMessage | undefined> {
  return db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface Claim {
  sender: string;
  now: string;
  /** Until when the claim holds; a claim older than this is reported, never silently taken over. */
  until: string;
  /** Only these messages (a link's own mail, sent right after issuing). */
  onlyIds?: readonly number[];
}

/**
 * Takes the oldest due message for this sender: pending, and due (no retry time, or one that has come).
 * Must run in a transaction. The conditional update makes a lost race harmless on any dialect: a row
 * that is no longer pending is not claimed twice.
 */
export async function claimNextMessage(
  trx: Q,
  dialect: Dialect,
  claim: Claim,
): Promise<OutboxMessage | undefined> {
  let candidate = trx
    .selectFrom('outbox')
    .select('id')
    .where('status', '=', 'pending')
    .where((eb) => eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', claim.now)]))
    .orderBy('id')
    .limit(1);
  if (claim.onlyIds)
    candidate = candidate.where('id', 'in', claim.onlyIds.length > 0 ? [...claim.onlyIds] : [-1]);
  if (dialect === 'postgres') candidate = candidate.forUpdate().skipLocked();
  const next = await candidate.executeTakeFirst();
  if (!next) return undefined;
  return trx
    .updateTable('outbox')
    .set((eb) => ({
      status: 'sending',
      claimed_by: claim.sender,
      claimed_until: claim.until,
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', '=', next.id)
    .where('status', '=', 'pending')
    .returningAll()
    .executeTakeFirst();
}

export type Outcome =
  | { status: 'sent'; sent_at: string; smtp_reply: string }
  | { status: 'pending'; next_attempt_at: string; last_error: string }
  | { status: 'failed'; last_error: string }
  /** Not sent because its link no longer works: failed for good, its sealed token erased. */
  | { status: 'withdrawn'; reason: string }
  /** Not attempted after all (this sender cannot open it): due again at once, the attempt not counted. */
  | { status: 'released'; last_error: string };

/** Records how this sender's attempt ended; false when the claim is no longer this sender's. */
export async function finishClaim(db: Q, id: number, sender: string, outcome: Outcome): Promise<boolean> {
  const common = { claimed_by: null, claimed_until: null };
  // A sent message's token is erased; a failed one keeps it sealed, so `mail retry` can still send it
  // while the link is valid (withdrawal erases it when the link dies).
  const query = db.updateTable('outbox');
  const update =
    outcome.status === 'sent'
      ? query.set({ ...common, ...outcome, sealed_token: null, last_error: null, next_attempt_at: null })
      : outcome.status === 'withdrawn'
        ? query.set({
            ...common,
            status: 'failed',
            last_error: `withdrawn: ${outcome.reason}`,
            sealed_token: null,
            next_attempt_at: null,
          })
        : outcome.status === 'released'
          ? query.set((eb) => ({
              ...common,
              status: 'pending',
              last_error: outcome.last_error,
              next_attempt_at: null,
              attempts: eb('attempts', '-', 1),
            }))
          : query.set({ ...common, ...outcome });
  const result = await update
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .where('claimed_by', '=', sender)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Takes back the unsent mails (waiting, or failed but retryable) of links that no longer work; their sealed tokens are erased. */
export async function withdrawMessagesOfLinks(
  db: Q,
  linkIds: readonly number[],
  reason: string,
): Promise<number[]> {
  if (linkIds.length === 0) return [];
  const rows = await db
    .updateTable('outbox')
    .set({ status: 'failed', last_error: `withdrawn: ${reason}`, sealed_token: null, next_attempt_at: null })
    .where('link_token_id', 'in', [...linkIds])
    .where((eb) =>
      eb.or([
        eb('status', '=', 'pending'),
        eb.and([eb('status', '=', 'failed'), eb('sealed_token', 'is not', null)]),
      ]),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

export interface MessageFilter {
  status?: OutboxStatus;
  userId?: number;
  /** null: every message (--all). */
  limit: number | null;
}

function messagesWhere(db: Q, filter: Omit<MessageFilter, 'limit'>) {
  let query = db.selectFrom('outbox');
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.userId !== undefined) query = query.where('user_id', '=', filter.userId);
  return query;
}

export async function listMessages(db: Q, filter: MessageFilter): Promise<OutboxMessage[]> {
  const query = messagesWhere(db, filter).selectAll().orderBy('id', 'desc');
  return (filter.limit === null ? query : query.limit(filter.limit)).execute();
}

export async function countMessages(db: Q, filter: Omit<MessageFilter, 'limit'>): Promise<number> {
  const row = await messagesWhere(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Messages whose sender stopped (crashed, killed) while sending: delivered or not, nobody knows. */
export async function abandonedClaims(db: Q, now: string): Promise<OutboxMessage[]> {
  return db
    .selectFrom('outbox')
    .selectAll()
    .where('status', '=', 'sending')
    .where('claimed_until', '<', now)
    .orderBy('id')
    .execute();
}

/** Puts a failed or abandoned message back in the queue, due now, with a fresh count of attempts. */
export async function requeueMessage(db: Q, id: number, from: OutboxStatus): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({ status: 'pending', attempts: 0, next_attempt_at: null, claimed_by: null, claimed_until: null })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** How many messages are waiting, and when the next one falls due (for the summary of `mail send`). */
export async function waitingSummary(
  db: Q,
  now: string,
): Promise<{ waiting: number; nextDue: string | null }> {
  const row = await db
    .selectFrom('outbox')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('next_attempt_at').as('next')])
    .where('status', '=', 'pending')
    .where('next_attempt_at', '>', now)
    .executeTakeFirstOrThrow();
  return { waiting: Number(row.n), nextDue: (row.next as string | null) ?? null };
}
