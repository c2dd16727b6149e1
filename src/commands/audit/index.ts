// `kursdesk audit`: who changed what, when and for which ticket (W17); `audit verify` checks the chain.
import type { Command } from 'commander';
import { isoDate } from '../../context/clock.js';
import { parseDate } from '../../domain/dates.js';
import { instantBefore, parseDuration } from '../../domain/durations.js';
import { text as coded } from '../../domain/messages/index.js';
import { agentLang, NotFoundError, noticeIn, UsageError, UserError } from '../../errors.js';
import { render } from '../../output/render.js';
import { durationOption } from '../grammar.js';
import { learnerIdOption, wholeNumberOption } from '../input.js';
import { examples, type Runner } from '../runner.js';

interface AuditOptions {
  user?: string;
  by?: string;
  since?: string;
  action?: string;
  forTicket?: string;
  limit: string;
  all?: boolean;
}

/** A span back from now (7d, 12h, 30min, 1mo) or a date; returned as an ISO timestamp. */
export function parseSince(text: string, now: Date): string {
  // Digits alone are a date (140385), as --birthdate reads them; a span always has a unit here.
  if (!/^\d+$/.test(text.trim())) {
    const span = parseDuration(text);
    if (span.ok) return instantBefore(now, span.value).toISOString();
    if (/^\d+\s*[a-zåæø]+$/i.test(text.trim()))
      throw new UsageError(coded('option.refused', { option: '--since', reason: span.error }));
  }
  const date = parseDate(text, isoDate(now));
  if (!date.ok) throw new UsageError(coded('option.since-refused', { reason: date.text ?? date.error }));
  return `${date.value}T00:00:00.000Z`;
}

export function register(parent: Command, run: Runner): void {
  const audit = parent
    .command('audit')
    .description('list audit entries, newest last (filters combine)')
    .option('--user <learner>', 'entries about this learner (id, e-mail or national ID)')
    .option(
      '--by <name>',
      'entries made by this agent: the display name or the login (database role or OS user)',
    )
    .addOption(
      durationOption('--since <when>', 'from this date (2026-11-01) or a span back (7d, 12h, 30min, 1mo)'),
    )
    .option('--action <action>', 'this action or family, e.g. users.create or users')
    .option('--for-ticket <ref>', 'entries made for this ticket')
    .option('--limit <n>', 'at most this many (the newest)', '50')
    .option('--all', 'every matching entry (no --limit)')
    .addHelpText(
      'after',
      examples(
        'kursdesk audit --user kari.nordmann@banesignal.test',
        'kursdesk audit --by anna --since 7d --format csv',
        'kursdesk audit verify',
      ),
    )
    .action(async (options: AuditOptions, command: Command) =>
      run(command, async (ctx) => {
        const limit = options.all ? null : wholeNumberOption('--limit', options.limit, { min: 1 });
        const db = await ctx.db();
        const { auditSummary, countAudit, listAudit } = await import('../../workflows/audit.js');
        const userId = await learnerIdOption(ctx, { db, secret: ctx.secret }, options.user);
        const filter = {
          ...(userId === undefined ? {} : { userId }),
          ...(options.by === undefined ? {} : { agent: options.by }),
          ...(options.since === undefined ? {} : { since: parseSince(options.since, ctx.clock.now()) }),
          ...(options.action === undefined ? {} : { actionPrefix: options.action }),
          ...(options.forTicket === undefined ? {} : { ticket: options.forTicket }),
        };
        const listed = await listAudit({ db }, { ...filter, limit });
        // A bokmål table gives the times in the summaries as bokmål writes them; csv and json as before.
        const lang = agentLang(ctx.env);
        const rows =
          ctx.format === 'table' && lang !== 'en'
            ? listed.map((r) => ({ ...r, summary: auditSummary(r.changes, lang) }))
            : listed;
        // Counted only when the list is full: a short list is the whole answer.
        const total = limit !== null && rows.length >= limit ? await countAudit({ db }, filter) : undefined;
        await render(ctx, {
          kind: 'list',
          rows,
          columns: ['id', 'at', 'agent', 'login', 'ticket', 'action', 'target', 'summary'],
          idField: 'id',
          ...(total === undefined ? {} : { total }),
          roles: { action: 'key', ticket: 'normal', agent: 'normal', target: 'normal', summary: 'under' },
          emptyNote: coded('audit.none-match'),
        });
        return undefined;
      }),
    );

  audit
    .command('verify')
    .description(
      're-compute the hash chain; exit 1 naming the first entry that was edited or removed (with --anchor, also entries cut off from the end)',
    )
    .option(
      '--anchor <hash>',
      'a head printed earlier by `kursdesk audit anchor`: it must still be in the chain',
    )
    .addHelpText(
      'after',
      examples(
        'kursdesk audit verify',
        'kursdesk audit verify --anchor 3f1c…e9 --db postgres://anna@db.internal/kursdesk',
        'kursdesk audit verify --db postgres://kursdesk@db.internal/kursdesk',
      ),
    )
    .action(async (options: { anchor?: string }, command: Command) =>
      run(command, async (ctx) => {
        const anchor = options.anchor?.trim().toLowerCase();
        if (anchor !== undefined && !/^[0-9a-f]{64}$/.test(anchor))
          throw new UsageError(coded('audit.bad-anchor', { given: String(options.anchor) }));
        const { verifyAuditAgainst } = await import('../../workflows/audit.js');
        const result = await verifyAuditAgainst({ db: await ctx.db() }, anchor);
        if (result.brokenAt !== null) {
          throw new UserError(coded('audit.chain-broken', { at: result.brokenAt, checked: result.checked }));
        }
        if (anchor !== undefined && result.anchorAt === null) {
          throw new UserError(
            coded('audit.anchor-missing', { checked: result.checked, head: result.head?.id }),
          );
        }
        const intact = coded('audit.intact', {
          checked: result.checked,
          anchor: anchor === undefined ? null : { at: result.anchorAt, headId: result.head?.id ?? null },
        });
        ctx.io.out(`${intact.in(agentLang(ctx.env))}\n`);
        return undefined;
      }),
    );

  audit
    .command('anchor')
    .description(
      'print the head of the audit hash chain, to keep outside the database for audit verify --anchor',
    )
    .addHelpText(
      'after',
      examples(
        'kursdesk audit anchor',
        'kursdesk audit anchor --format json >> /var/log/kursdesk-anchors.jsonl',
        'kursdesk audit verify --anchor "$(kursdesk audit anchor)"',
      ),
    )
    .action(async (_options: unknown, command: Command) =>
      run(command, async (ctx) => {
        const { auditAnchor } = await import('../../workflows/audit.js');
        const head = await auditAnchor({ db: await ctx.db() });
        if (!head) throw new NotFoundError(coded('audit.empty'));
        if (ctx.formatGiven) {
          await render(ctx, { kind: 'record', record: head, fields: ['id', 'at', 'hash'], idField: 'hash' });
          return undefined;
        }
        ctx.io.out(`${head.hash}\n`);
        ctx.io.note(noticeIn(coded('note.audit-head', { id: head.id, at: head.at }), ctx.env));
        return undefined;
      }),
    );
}
