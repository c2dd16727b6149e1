// `kursdesk links list`: a learner's links, newest first, and how each reached the learner.
import type { Command } from 'commander';
import { text as coded } from '../../domain/messages/index.js';
import { render } from '../../output/render.js';
import { LEARNER_ARGUMENT, learnerArgument } from '../input.js';
import { examples, type Runner } from '../runner.js';

export function registerList(links: Command, run: Runner): void {
  links
    .command('list')
    .description(
      "a learner's links, newest first: kind, status, times, who issued it and how it was delivered",
    )
    .argument('<learner>', LEARNER_ARGUMENT)
    .addHelpText(
      'after',
      examples('kursdesk links list 42', 'kursdesk links list kari.nordmann@banesignal.test --format json'),
    )
    .action(async (learner: string, _options: unknown, command: Command) =>
      run(command, async (ctx) => {
        const { listLinks } = await import('../../workflows/links.js');
        const result = await listLinks(await ctx.deps(), await learnerArgument(ctx, learner));
        await render(ctx, {
          kind: 'list',
          rows: result.links,
          columns: [
            'link',
            'kind',
            'status',
            'created_at',
            'expires_at',
            'used_at',
            'superseded_by',
            'issued_by',
            'delivery',
          ],
          idField: 'link',
          emptyNote: coded('empty.no-links', { learner: result.learner }),
        });
        return undefined;
      }),
    );
}
