// `kursdesk db …`: the schema and the database's own settings.
import type { Command } from 'commander';
import { text as coded } from '../../domain/messages/index.js';
import { noticeIn, UsageError } from '../../errors.js';
import { render } from '../../output/render.js';
import { examples, type Runner } from '../runner.js';
import { registerReset } from './reset.js';
import { registerRoles } from './roles.js';

export function register(parent: Command, run: Runner): void {
  const db = parent.command('db').description('database schema: migrate, status, mark, reset, roles');

  db.command('migrate')
    .description('apply pending schema migrations (all in one transaction)')
    .addHelpText(
      'after',
      examples('kursdesk db migrate --db postgres://kursdesk@db.internal/kursdesk', 'kursdesk db migrate'),
    )
    .action(async (_options: unknown, command: Command) =>
      run(command, async (ctx) => {
        const { applyMigrations } = await import('../../workflows/database.js');
        const { applied, states } = await applyMigrations(await ctx.rawDb('set-up'), ctx.clock.now());
        const done =
          applied.length === 0
            ? coded('note.schema-current', { version: states.length })
            : coded('note.migrations-applied', { names: applied });
        ctx.io.note(noticeIn(done, ctx.env));
        await render(ctx, {
          kind: 'list',
          rows: states.map((s) => ({ name: s.name, applied_at: s.appliedAt })),
          columns: ['name', 'applied_at'],
          idField: 'name',
        });
        return undefined;
      }),
    );

  db.command('status')
    .description('list migrations and whether each is applied; exit 1 when some are pending')
    .addHelpText('after', examples('kursdesk db status', 'kursdesk db status --format json'))
    .action(async (_options: unknown, command: Command) =>
      run(command, async (ctx) => {
        const { migrationStatus } = await import('../../db/migrate.js');
        const states = await migrationStatus(await ctx.rawDb());
        await render(ctx, {
          kind: 'list',
          rows: states.map((s) => ({
            name: s.name,
            applied_at: s.appliedAt,
            state: s.appliedAt ? 'applied' : 'pending',
          })),
          columns: ['name', 'state', 'applied_at'],
          idField: 'name',
        });
        const pending = states.filter((s) => !s.appliedAt).length;
        if (pending > 0) ctx.io.note(noticeIn(coded('note.migrations-pending', { count: pending }), ctx.env));
        return pending > 0 ? 1 : 0;
      }),
    );

  db.command('mark')
    .description(
      'mark the database as a test/demo database (synthetic national IDs allowed) or as production',
    )
    .argument('<kind>', 'test or production')
    .addHelpText(
      'after',
      examples('kursdesk db mark test --db ./demo.db', 'kursdesk db mark production --ticket OPS-12'),
    )
    .action(async (kind: string, _options: unknown, command: Command) =>
      run(command, async (ctx) => {
        if (kind !== 'test' && kind !== 'production')
          throw new UsageError(coded('db.bad-mark', { given: kind }));
        const { markDatabase } = await import('../../workflows/database.js');
        const result = await markDatabase(await ctx.db(), ctx.actor(), kind);
        ctx.io.note(noticeIn(coded('note.database-marked', result), ctx.env));
        return undefined;
      }),
    );

  registerReset(db, run);
  registerRoles(db, run);
}
