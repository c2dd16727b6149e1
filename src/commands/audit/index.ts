// `kursdesk audit`: who changed what, when and for which ticket (W17); `audit verify` checks the chain.
import type { Command } from 'commander';
import { isoDate } from '../../context/clock.js';
import { parseDate } from '../../domain/dates.js';
import { instantBefore, parseDuration } from '../../domain/durations.js';
import { UsageError, UserError } from '../../errors.js';
import { render } from '../../output/render.js';
import { durationOption } from '../grammar.js';
import { learnerArgument } from '../input.js';
import { examples, type Runner } from '../runner.js';

interface AuditOptions {
  user?: string;
  by?: string;
  since?: string;
  action?: string;
  forTicket?: string;
  limit: string;
}

/** A span back from now (7d, 12h, 30min, 1mo) or a date; returned as an ISO timestamp. */
export function parseSince(text: string, now: Date): string {
  // Digits alone are a date (140385), as --birthdate reads them; a span always has a unit here.
  if (!/^\d+$/.test(text.trim())) {
    const span = parseDuration(text);
    if (span.ok) return instantBefore(now, span.value).toISOString();
    if (/^\d+\s*[a-zåæø]+$/i.test(text.trim())) throw new UsageError(`--since: ${span.error}`);
  }
  const date = parseDate(text, isoDate(now));
  if (!date.ok) throw new UsageError(`--since: ${date.error}, or a span like 7d, 12h, 30min`);
  return `${date.value}T00:00:00.000Z`;
}

export function register(parent: Command, run: Runner): void {
  const audit = parent
    .command('audit')
    .description('list audit entries, newest last (filters combine)')
    .option('--user <learner>', 'entries about this learner (id, e-mail or national ID)')
    .option('--by <agent>', 'entries made by this agent')
    .addOption(
      durationOption('--since <when>', 'from this date (2026-11-01) or a span back (7d, 12h, 30min, 1mo)'),
    )
    .option('--action <action>', 'this action or family, e.g. users.create or users')
    .option('--for-ticket <ref>', 'entries made for this ticket')
    .option('--limit <n>', 'at most this many (the newest)', '50')
    .addHelpText(
      'after',
      examples(
        'kursdesk audit --user kari@firma.no',
        'kursdesk audit --by anna --since 7d --format csv',
        'kursdesk audit verify',
      ),
    )
    .action(async (options: AuditOptions, command: Command) =>
      run(command, async (ctx) => {
        const limit = Number(options.limit);
        if (!Number.isInteger(limit) || limit < 1)
          throw new UsageError(`--limit must be a whole number ≥ 1; got '${options.limit}'`);
        const db = await ctx.db();
        const { listAudit } = await import('../../workflows/audit.js');
        let userId: number | undefined;
        if (options.user !== undefined) {
          const { resolveLearner } = await import('../../workflows/learners.js');
          userId = (
            await resolveLearner({ db, secret: ctx.secret }, await learnerArgument(ctx, options.user))
          ).user.id;
        }
        const rows = await listAudit(
          { db },
          {
            ...(userId === undefined ? {} : { userId }),
            ...(options.by === undefined ? {} : { agent: options.by }),
            ...(options.since === undefined ? {} : { since: parseSince(options.since, ctx.clock.now()) }),
            ...(options.action === undefined ? {} : { actionPrefix: options.action }),
            ...(options.forTicket === undefined ? {} : { ticket: options.forTicket }),
            limit,
          },
        );
        await render(ctx, {
          kind: 'list',
          rows,
          columns: ['id', 'at', 'agent', 'ticket', 'action', 'target', 'summary'],
          idField: 'id',
          emptyNote: 'no audit entries match',
        });
        return undefined;
      }),
    );

  audit
    .command('verify')
    .description('re-compute the hash chain; exit 1 naming the first entry that was edited or removed')
    .addHelpText(
      'after',
      examples(
        'kursdesk audit verify',
        'kursdesk audit verify --db postgres://kursdesk@db.internal/kursdesk',
      ),
    )
    .action(async (_options: unknown, command: Command) =>
      run(command, async (ctx) => {
        const { verifyAudit } = await import('../../workflows/audit.js');
        const result = await verifyAudit({ db: await ctx.db() });
        if (result.brokenAt !== null) {
          throw new UserError(
            `audit log chain broken at entry ${result.brokenAt} (after ${result.checked} good entries): an entry was edited or removed`,
          );
        }
        ctx.io.out(`audit log intact: ${result.checked} entries\n`);
        return undefined;
      }),
    );
}
