// `kursdesk doctor`: is the database reachable, current and what kind is it; is the key set up.
import type { Command } from 'commander';
import { render } from '../output/render.js';
import { examples, type Runner } from './runner.js';

export function register(parent: Command, run: Runner): void {
  parent
    .command('doctor')
    .description(
      'check the database connection, schema version, row counts and key set-up; exit 1 on a problem',
    )
    .addHelpText(
      'after',
      examples('kursdesk doctor', 'kursdesk doctor --db postgres://postgres@127.0.0.1/test --format json'),
    )
    .action(async (_options: unknown, command: Command) =>
      run(command, async (ctx) => {
        const { doctorReport } = await import('../workflows/database.js');
        const report = await doctorReport(await ctx.rawDb());
        let keyState = 'ok';
        try {
          ctx.secret();
          keyState = ctx.env.KURSDESK_SECRET ? 'KURSDESK_SECRET' : 'key file';
        } catch (error) {
          keyState = `problem: ${(error as Error).message}`;
        }
        const record = {
          ...report,
          pending_migrations: report.pending_migrations.join(', ') || 'none',
          national_id_key: keyState,
          rows: undefined,
          ...Object.fromEntries(Object.entries(report.rows).map(([t, n]) => [`rows.${t}`, n])),
        };
        delete record.rows;
        await render(ctx, { kind: 'record', record, fields: Object.keys(record), idField: 'database' });
        const problems = report.pending_migrations.length > 0 || keyState.startsWith('problem');
        if (report.pending_migrations.length > 0) ctx.io.warn('pending migrations: run kursdesk db migrate');
        return problems ? 1 : 0;
      }),
    );
}
