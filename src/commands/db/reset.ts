// `kursdesk db reset`: empty every data table (the schema, settings and audit log stay).
import type { Command } from 'commander';
import { text as coded } from '../../domain/messages/index.js';
import { noticeIn } from '../../errors.js';
import { render } from '../../output/render.js';
import { confirmDestructive } from '../confirm.js';
import { examples, type Runner } from '../runner.js';

export function registerReset(db: Command, run: Runner): void {
  db.command('reset')
    .description(
      'empty every data table in one transaction; the schema, the database settings and the audit log stay',
    )
    .option('--dry-run', 'show what would be removed, change nothing')
    .addHelpText(
      'after',
      examples(
        'kursdesk db reset --db ./demo.db',
        'kursdesk db reset --yes --db postgres://ci@127.0.0.1/ci && kursdesk fixtures load demo --db postgres://ci@127.0.0.1/ci',
        'kursdesk db reset --dry-run --format json',
      ),
    )
    .action(async (options: { dryRun?: boolean }, command: Command) =>
      run(command, async (ctx) => {
        const dryRun = options.dryRun === true;
        const workflow = await import('../../workflows/fixtures/reset.js');
        const deps = { db: await ctx.db(), clock: ctx.clock, actor: ctx.actor, secret: ctx.secret };
        if (!dryRun) {
          const counts = await workflow.dataRowCounts(deps);
          const rows = Object.values(counts).reduce((a, b) => a + b, 0);
          await confirmDestructive(
            ctx,
            coded('confirm.empty-database', {
              target: ctx.dbTarget.display,
              rows,
              learners: counts.users ?? 0,
            }),
            coded('confirm.reset-what'),
          );
        }
        const result = await workflow.resetDatabase(deps, { dryRun });
        await render(ctx, {
          kind: 'list',
          rows: result.removed,
          columns: ['table', 'rows'],
          idField: 'table',
        });
        const total = result.removed.reduce((sum, r) => sum + r.rows, 0);
        ctx.io.note(noticeIn(coded('note.reset', { dryRun: result.dryRun, rows: total }), ctx.env));
        return undefined;
      }),
    );
}
