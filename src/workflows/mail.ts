// Delivering the outbox: claim one due message at a time (two senders never get the same one), open
// the link it carries, hand it to SMTP, and record the server's answer — sent, or waiting for a retry
// with a growing pause, or failed after the last attempt. A message whose link no longer works is
// withdrawn, not sent. A claim abandoned mid-send is reported and left alone: it may have gone out,
// and sending it again could deliver it twice.

import type { Ctx } from '../context/context.js';
import { linkById } from '../db/queries/links.js';
import {
  abandonedClaims,
  claimNextMessage,
  countMessages,
  finishClaim,
  listMessages,
  messageById,
  type OutboxStatus,
  type Outcome,
  requeueMessage,
  waitingSummary,
} from '../db/queries/outbox.js';
import type { OutboxMessage } from '../db/schema.js';
import { type Actor, writeChange } from '../db/write-gate.js';
import { bodyForAgents, fillToken, TOKEN_PLACEHOLDER } from '../domain/link-mail.js';
import { hashLinkToken, linkStatus } from '../domain/link-tokens.js';
import { type MailSettings, nextAttemptAt } from '../domain/mail-settings.js';
import { text } from '../domain/messages/index.js';
import { maskEmail } from '../domain/personal-data.js';
import { unsealToken } from '../domain/sealed-token.js';
import { ConflictError, NotFoundError } from '../errors.js';
import { mailSetup, senderName } from '../mail/setup.js';
import type { WorkflowDeps } from './deps.js';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  messageId: string;
}

/** What delivery needs from an SMTP client; `send` throws with the server's answer when it refuses. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<{ reply: string }>;
  close(): void;
}

export interface DeliveryRequest {
  /** Who claims the messages: agent, host and process, so a stuck claim can be traced. */
  sender: string;
  from: string;
  settings: Pick<MailSettings, 'maxAttempts' | 'retryBaseMs'>;
  limit: number;
  /** Only these messages (a link's mail, sent right after issuing it). */
  onlyIds?: readonly number[];
}

export type DeliveryOutcome = 'sent' | 'retry' | 'failed' | 'withdrawn';

export interface DeliveryRow {
  id: number;
  to_address: string;
  subject: string;
  outcome: DeliveryOutcome;
  attempts: number;
  /** The server's reply (sent) or the error (retry, failed), or why it was withdrawn. */
  detail: string;
  next_attempt_at: string | null;
}

export interface DeliveryReport {
  rows: DeliveryRow[];
  /** Claims older than their lease: the sender stopped mid-send. */
  abandoned: { id: number; claimed_by: string | null; claimed_until: string | null }[];
  /** Messages waiting for a later retry. */
  waiting: number;
  nextDue: string | null;
  /** Why the run stopped before the queue was empty, if it did. */
  stopped: string | undefined;
}

/** How long a claim holds: longer than the SMTP timeouts together, so a live sender never loses its claim. */
const LEASE_MS = 5 * 60_000;

/** Deliveries are the desk's machinery, not an agent's decision on a learner: no ticket needed. */
function deliveryActor(deps: WorkflowDeps): Actor {
  return { ...deps.actor(), requireTicket: false };
}

/**
 * The text to send, or why not: its link died (withdraw), or this kursdesk cannot open the sealed token
 * because its KURSDESK_SECRET is not the one the link was issued with (stop: no other message would
 * open either, and none of them should pay an attempt for a misconfigured sender).
 */
async function preparedText(
  deps: WorkflowDeps,
  message: OutboxMessage,
  now: Date,
): Promise<{ text: string; token?: string } | { withdraw: string } | { stop: string }> {
  if (message.link_token_id === null) {
    // A link's mail whose link row is gone (the learner was erased) must not go out with a placeholder.
    const carriedLink = message.sealed_token !== null || message.body.includes(TOKEN_PLACEHOLDER);
    return carriedLink ? { withdraw: 'its link no longer exists' } : { text: message.body };
  }
  const link = await linkById(deps.db.kysely, message.link_token_id);
  if (!link) return { withdraw: `link ${message.link_token_id} no longer exists` };
  const status = linkStatus(link, now);
  if (status !== 'valid') return { withdraw: `link ${link.id} is ${status}` };
  const token =
    message.sealed_token === null ? undefined : unsealToken(deps.secret(), link.id, message.sealed_token);
  if (token === undefined || hashLinkToken(token) !== link.token_hash) {
    return {
      stop: "cannot open the link's sealed token: this kursdesk's KURSDESK_SECRET is not the one the link was issued with",
    };
  }
  return { text: fillToken(message.body, token), token };
}

function messageIdFor(message: OutboxMessage, from: string): string {
  const domain = from.slice(from.lastIndexOf('@') + 1).replace(/>$/, '');
  return `<kursdesk.outbox.${message.id}.${Date.parse(message.created_at)}@${domain}>`;
}

function outcomeDetail(outcome: Outcome): { field: string; value: string } {
  switch (outcome.status) {
    case 'sent':
      return { field: 'smtp_reply', value: outcome.smtp_reply };
    case 'withdrawn':
      return { field: 'reason', value: outcome.reason };
    default:
      return { field: 'last_error', value: outcome.last_error };
  }
}

async function record(
  deps: WorkflowDeps,
  message: OutboxMessage,
  sender: string,
  outcome: Outcome,
  label: DeliveryOutcome,
): Promise<boolean> {
  const actor = deliveryActor(deps);
  const detail = outcomeDetail(outcome);
  const { result } = await writeChange(deps.db, actor, { dryRun: false }, async (trx, audit) => {
    const done = await finishClaim(trx, message.id, sender, outcome);
    if (done) {
      audit({
        action: `mail.${label}`,
        targetType: 'outbox',
        targetId: message.id,
        userId: message.user_id,
        changes: [
          {
            field: 'status',
            old: 'sending',
            new: outcome.status === 'withdrawn' ? 'failed' : outcome.status,
          },
          { field: 'to_address', old: null, new: maskEmail(message.to_address) },
          { field: 'attempts', old: null, new: message.attempts },
          { field: detail.field, old: null, new: detail.value },
        ],
      });
    }
    return done;
  });
  return result;
}

function withdrawal(row: DeliveryRow, reason: string): Outcome {
  row.outcome = 'withdrawn';
  row.detail = reason;
  return { status: 'withdrawn', reason };
}

/** One SMTP attempt; the outcome is sent, a retry after a pause, or failed once the attempts are used up. */
async function attempt(
  deps: WorkflowDeps,
  mailer: Mailer,
  request: DeliveryRequest,
  message: OutboxMessage,
  mail: { text: string; token?: string },
  row: DeliveryRow,
): Promise<Outcome> {
  // Whatever a server says goes to the outbox and the audit log: a token it echoed must not.
  const scrub = (text: string) => (mail.token ? text.split(mail.token).join('[token]') : text);
  try {
    const sent = await mailer.send({
      from: request.from,
      to: message.to_address,
      subject: message.subject,
      text: mail.text,
      messageId: messageIdFor(message, request.from),
    });
    row.detail = scrub(sent.reply);
    return { status: 'sent', sent_at: deps.clock.now().toISOString(), smtp_reply: row.detail };
  } catch (failure) {
    const error = scrub((failure as Error).message);
    row.detail = error;
    if (message.attempts >= request.settings.maxAttempts) {
      row.outcome = 'failed';
      return { status: 'failed', last_error: `${error} (gave up after ${message.attempts} attempts)` };
    }
    row.outcome = 'retry';
    row.next_attempt_at = nextAttemptAt(
      deps.clock.now(),
      message.attempts,
      request.settings.retryBaseMs,
    ).toISOString();
    return { status: 'pending', next_attempt_at: row.next_attempt_at, last_error: error };
  }
}

export async function deliverOutbox(
  deps: WorkflowDeps,
  mailer: Mailer,
  request: DeliveryRequest,
): Promise<DeliveryReport> {
  const rows: DeliveryRow[] = [];
  let stopped: string | undefined;
  for (let i = 0; i < request.limit; i++) {
    const now = deps.clock.now();
    const { result: message } = await writeChange(deps.db, deliveryActor(deps), { dryRun: false }, (trx) =>
      claimNextMessage(trx, deps.db.dialect, {
        sender: request.sender,
        now: now.toISOString(),
        until: new Date(now.getTime() + LEASE_MS).toISOString(),
        ...(request.onlyIds ? { onlyIds: request.onlyIds } : {}),
      }),
    );
    if (!message) break;
    const row: DeliveryRow = {
      id: message.id,
      to_address: message.to_address,
      subject: message.subject,
      outcome: 'sent',
      attempts: message.attempts,
      detail: '',
      next_attempt_at: null,
    };
    const prepared = await preparedText(deps, message, now);
    if ('stop' in prepared) {
      await writeChange(deps.db, deliveryActor(deps), { dryRun: false }, (trx) =>
        finishClaim(trx, message.id, request.sender, { status: 'released', last_error: prepared.stop }),
      );
      stopped = prepared.stop;
      break;
    }
    const outcome =
      'withdraw' in prepared
        ? withdrawal(row, prepared.withdraw)
        : await attempt(deps, mailer, request, message, prepared, row);
    if (!(await record(deps, message, request.sender, outcome, row.outcome))) {
      row.outcome = 'failed';
      row.detail = `the claim was taken over before the outcome (${row.detail}) could be recorded`;
    }
    rows.push(row);
  }
  const nowIso = deps.clock.now().toISOString();
  const abandoned = (await abandonedClaims(deps.db.kysely, nowIso)).map((m) => ({
    id: m.id,
    claimed_by: m.claimed_by,
    claimed_until: m.claimed_until,
  }));
  return { rows, abandoned, ...(await waitingSummary(deps.db.kysely, nowIso)), stopped };
}

export interface OutboxRow {
  id: number;
  created_at: string;
  to_address: string;
  subject: string;
  kind: string;
  lang: string;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: string | null;
  sent_at: string | null;
  last_error: string | null;
  smtp_reply: string | null;
  link: number | null;
  learner: number | null;
  /** The body as stored: a link's token is never shown. */
  body: string;
}

/** Messages the filter matches in all, for saying how many a limited list left out. */
export async function countOutbox(
  deps: Pick<WorkflowDeps, 'db'>,
  filter: { status?: OutboxStatus; userId?: number },
): Promise<number> {
  return countMessages(deps.db.kysely, filter);
}

export async function listOutbox(
  deps: Pick<WorkflowDeps, 'db'>,
  filter: { status?: OutboxStatus; userId?: number; limit: number | null },
): Promise<OutboxRow[]> {
  const messages = await listMessages(deps.db.kysely, filter);
  return messages.map((m) => ({
    id: m.id,
    created_at: m.created_at,
    to_address: m.to_address,
    subject: m.subject,
    kind: m.kind,
    lang: m.lang,
    status: m.status,
    attempts: m.attempts,
    next_attempt_at: m.next_attempt_at,
    sent_at: m.sent_at,
    last_error: m.last_error,
    smtp_reply: m.smtp_reply,
    link: m.link_token_id,
    learner: m.user_id,
    body: bodyForAgents(m.body),
  }));
}

/** Messages `mail send` would take now, without claiming them (--dry-run). */
export async function dueMessages(
  deps: Pick<WorkflowDeps, 'db' | 'clock'>,
  limit: number,
): Promise<OutboxRow[]> {
  const now = deps.clock.now().toISOString();
  const pending = await listOutbox(deps, { status: 'pending', limit: 10_000 });
  return pending
    .filter((m) => m.next_attempt_at === null || m.next_attempt_at <= now)
    .sort((a, b) => a.id - b.id)
    .slice(0, limit);
}

/**
 * Puts a message back in the queue: one that failed (retries used up), or one whose sender stopped
 * mid-send — after the agent has checked it did not arrive. A withdrawn message stays withdrawn: its
 * link no longer works, so a new link is needed instead.
 */
export async function retryMessage(
  deps: WorkflowDeps,
  id: number,
): Promise<{ id: number; from: OutboxStatus }> {
  const actor = deps.actor();
  const { result } = await writeChange(deps.db, actor, { dryRun: false }, async (trx, audit) => {
    const message = await messageById(trx, id);
    if (!message) throw new NotFoundError(text('mail.no-such-message', { id }));
    const now = actor.now.toISOString();
    if (message.status === 'sent')
      throw new ConflictError(text('mail.already-sent', { id, sentAt: message.sent_at }));
    if (message.status === 'pending')
      throw new ConflictError(text('mail.already-pending', { id }), { hint: 'kursdesk mail send' });
    if (message.status === 'sending' && (message.claimed_until ?? '') >= now) {
      throw new ConflictError(text('mail.being-sent', { id, by: message.claimed_by }));
    }
    if (message.status === 'failed' && message.link_token_id !== null && message.sealed_token === null) {
      throw new ConflictError(
        text('mail.withdrawn', { id, why: message.last_error?.replace(/^withdrawn: /, '') }),
        {
          hint:
            message.user_id === null ? undefined : text('hint.issue-new-link', { learner: message.user_id }),
        },
      );
    }
    if (!(await requeueMessage(trx, id, message.status)))
      throw new ConflictError(text('mail.changed-while-requeued', { id }));
    audit({
      action: 'mail.requeue',
      targetType: 'outbox',
      targetId: id,
      userId: message.user_id,
      changes: [
        { field: 'status', old: message.status, new: 'pending' },
        { field: 'attempts', old: message.attempts, new: 0 },
      ],
    });
    return { id, from: message.status };
  });
  return result;
}

/**
 * Sends one outbox message now, as `links issue --send` and the guided mode's "send the link now" do: the
 * SMTP setup from the environment, one delivery attempt for that message only. `error` says why it was
 * not sent (the server's refusal, or why delivery stopped) when it is known.
 */
export async function sendMessageNow(
  deps: WorkflowDeps,
  ctx: Pick<Ctx, 'env' | 'agent'>,
  messageId: number,
  settings?: MailSettings,
): Promise<{ sent: boolean; error?: string }> {
  const setup = mailSetup(ctx, settings);
  const { smtpMailer } = await import('../mail/smtp.js');
  const mailer = await smtpMailer(setup.smtp);
  try {
    const report = await deliverOutbox(deps, mailer, {
      sender: senderName(ctx),
      from: setup.from,
      settings: setup.settings,
      limit: 1,
      onlyIds: [messageId],
    });
    const row = report.rows[0];
    if (row?.outcome === 'sent') return { sent: true };
    const error = row ? row.detail : report.stopped;
    return error === undefined ? { sent: false } : { sent: false, error };
  } finally {
    mailer.close();
  }
}
