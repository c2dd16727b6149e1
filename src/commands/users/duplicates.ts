// `kursdesk users duplicates`: accounts that are probably one person, for clean-up.
import type { Command } from 'commander';
import { text as coded } from '../../domain/messages/index.js';
import { render } from '../../output/render.js';
import { wholeNumberOption } from '../input.js';
import { examples, type Runner } from '../runner.js';

export function registerDuplicates(users: Command, run: Runner): void {
  users
    .command('duplicates')
    .description(
      'list pairs of accounts that are probably the same person (same name and birth date, or a shared e-mail)',
    )
    .option('--limit <n>', 'at most this many pairs of each kind', '200')
    .addHelpText(
      'after',
      examples('kursdesk users duplicates', 'kursdesk users duplicates --format csv > duplicates.csv'),
    )
    .action(async (options: { limit: string }, command: Command) =>
      run(command, async (ctx) => {
        const limit = wholeNumberOption('--limit', options.limit, { min: 1 });
        const { probableDuplicatePairs } = await import('../../workflows/duplicates.js');
        const rows = await probableDuplicatePairs({ db: await ctx.db() }, limit);
        await render(ctx, {
          kind: 'list',
          rows,
          columns: [
            'first_id',
            'first_name',
            'first_email',
            'second_id',
            'second_name',
            'second_email',
            'birth_date',
            'reason',
          ],
          idField: 'first_id',
          emptyNote: coded('nbfind.no-probable-duplicates'),
          words: 'account',
        });
        return undefined;
      }),
    );
}
