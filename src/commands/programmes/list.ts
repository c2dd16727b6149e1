// `kursdesk programmes list`: the programmes, their courses and how many learners have each.
import type { Command } from 'commander';
import { render } from '../../output/render.js';
import { examples, type Runner } from '../runner.js';

export function registerList(programmes: Command, run: Runner): void {
  programmes
    .command('list')
    .description('list the programmes with their courses and how many learners are assigned')
    .addHelpText('after', examples('kursdesk programmes list', 'kursdesk programmes list --format json'))
    .action(async (_options: unknown, command: Command) =>
      run(command, async (ctx) => {
        const { listProgrammes } = await import('../../workflows/programmes.js');
        const rows = await listProgrammes({ db: await ctx.db() });
        await render(ctx, {
          kind: 'list',
          rows,
          columns: ['code', 'title', 'validity_months', 'courses', 'assigned'],
          idField: 'code',
          emptyNote: 'no programmes',
        });
        return undefined;
      }),
    );
}
