// What every command with --reply shares, so they all behave alike: the option (bokmål, nynorsk or
// English) and printing the reply after the command's normal output — a `── reply to send ──` section
// in a table, a `reply` field in json and yaml — so the agent's one command both shows what it found or
// did and gives the answer to paste. No command prints the reply instead of its output.
import { Option } from 'commander';
import type { Ctx } from '../context/context.js';
import { text } from '../domain/messages/index.js';
import type { ReplyLang } from '../domain/replies/catalogue.js';
import { keepTogether } from '../domain/replies/keep-together.js';
import { agentLang } from '../errors.js';
import { type ListView, type RecordView, render, renderDocument } from '../output/render.js';
import { replyWidth, wrapLines } from '../output/wrap.js';

export const REPLY_CHOICES: readonly ReplyLang[] = ['nb', 'nn', 'en'];

/** `--reply <lang>`: `who` is the person the answer goes to. */
export function replyOption(who = 'the learner'): Option {
  return new Option(
    '--reply <lang>',
    `also print the answer to send ${who}, after the result, in bokmål, nynorsk or English (texts: src/domain/replies/catalogue.ts)`,
  ).choices([...REPLY_CHOICES]);
}

/**
 * `--reply-to <name>`: the answer goes to someone who wrote about the learner (HR, a manager, a parent),
 * as `triage --answer` proposes for such a ticket. One option for every command with --reply.
 */
export function replyToOption(): Option {
  return new Option(
    '--reply-to <name>',
    "with --reply: the answer goes to <name>, who wrote about the learner (HR, a manager, a parent): it greets <name>, speaks of the learner by full name and shows the login masked ('' greets no one by name)",
  );
}

/** Whom a reply greets and whom it speaks of: the learner themselves, or a writer about them. */
export interface ReplyAudience {
  firstName: string | undefined;
  /** The learner's full name when the reply goes to someone else (--reply-to); else undefined. */
  person?: string;
}

/**
 * The greeting and the person for a learner's reply: without --reply-to the learner, greeted by
 * `learnerFirstName`; with it the writer, by the first of the names given (none for ''), about the learner.
 */
export function replyAudience(
  replyTo: string | undefined,
  learnerFullName: string,
  learnerFirstName: string | undefined,
): ReplyAudience {
  if (replyTo === undefined) return { firstName: learnerFirstName };
  const writer = replyTo.trim().split(/\s+/)[0];
  return { firstName: writer ? writer : undefined, person: learnerFullName.trim() };
}

/** A reply's facts addressed as --reply-to says: unchanged without it, else to the writer about `fullName`. */
export function addressed<T extends { firstName?: string }>(
  facts: T,
  replyTo: string | undefined,
  fullName: string,
): T & { person?: string } {
  if (replyTo === undefined) return facts;
  const { firstName, person } = replyAudience(replyTo, fullName, facts.firstName);
  const { firstName: _learner, ...rest } = facts;
  return { ...rest, ...(firstName ? { firstName } : {}), ...(person ? { person } : {}) } as T & {
    person?: string;
  };
}

/**
 * In a terminal the reply is wrapped at spaces, so the screen's edge splits no word (an address), nor a
 * date or a portal label (keepTogether); piped, each paragraph stays one line for the mail client to flow.
 */
export function replyAsShown(ctx: Ctx, reply: string): string {
  return ctx.io.stdoutIsTTY ? wrapLines(keepTogether(reply), replyWidth(ctx.io.columns)) : reply;
}

function printReplySection(ctx: Ctx, reply: string): void {
  const shown = replyAsShown(ctx, reply);
  // The heading is the agent's (bokmål when chosen), as triage --answer's is; the reply keeps its own --reply language.
  const heading = text('triage-screen.frame', { line: 'reply-to-send' }).in(agentLang(ctx.env));
  if (ctx.format === 'table') ctx.io.out(`\n${heading}\n\n${shown}`);
  else if (ctx.format !== 'json' && ctx.format !== 'yaml')
    ctx.io.note(text('note.reply-format', { format: ctx.format }).in(agentLang(ctx.env)));
}

/** A record, and after it the reply when there is one (json/yaml: as the record's `reply` field). */
export async function renderRecordWithReply(
  ctx: Ctx,
  view: RecordView,
  reply: string | undefined,
): Promise<void> {
  if (reply === undefined) return render(ctx, view);
  await render(ctx, { ...view, record: { ...view.record, reply } });
  printReplySection(ctx, reply);
}

/** A document with a list (renderDocument), and after it the reply (json/yaml: the document's `reply`). */
export async function renderDocumentWithReply(
  ctx: Ctx,
  document: object,
  list: ListView,
  heading: string[],
  reply: string | undefined,
): Promise<void> {
  if (reply === undefined) return renderDocument(ctx, document, list, heading);
  await renderDocument(ctx, { ...document, reply }, list, heading);
  printReplySection(ctx, reply);
}

/**
 * A command whose only output is the reply (replies ask, replies decline): the text as it is, or with
 * --format json or yaml one document `{ reply }`, so a script reads it like any other command's reply.
 */
export async function renderReplyOnly(ctx: Ctx, reply: string): Promise<void> {
  if (ctx.format === 'json' || ctx.format === 'yaml')
    return render(ctx, { kind: 'record', record: { reply }, fields: ['reply'], idField: 'reply' });
  ctx.io.out(replyAsShown(ctx, reply));
}
