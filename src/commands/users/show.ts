// `kursdesk users show`: one learner, by id, e-mail (current or earlier) or national ID.
import type { Command } from 'commander';
import { isoDate } from '../../context/clock.js';
import { noticeIn } from '../../errors.js';
import { render } from '../../output/render.js';
import { LEARNER_ARGUMENT, learnerArgument } from '../input.js';
import { examples, type Runner } from '../runner.js';
import { profileView } from './view.js';

export function registerShow(users: Command, run: Runner): void {
  users
    .command('show')
    .description('show a learner: masked national ID, employer, type, status, HMS card age')
    .argument('<learner>', LEARNER_ARGUMENT)
    .option('--history', 'include the e-mail and employer history')
    .addHelpText(
      'after',
      examples(
        'kursdesk users show kari.nordmann@banesignal.test --history',
        'kursdesk users show 42 --format json | jq .status',
        'kursdesk users show - < fnr.txt   # a national ID, from stdin so it stays out of ps and the shell history',
      ),
    )
    .action(async (learner: string, options: { history?: boolean }, command: Command) =>
      run(command, async (ctx) => {
        const { resolveLearner, learnerProfile } = await import('../../workflows/learners.js');
        const selector = await learnerArgument(ctx, learner);
        const db = await ctx.db();
        const found = await resolveLearner({ db, secret: ctx.secret }, selector);
        if (found.note) ctx.io.note(noticeIn(found.note, ctx.env));
        const profile = await learnerProfile(db.kysely, found.user.id, isoDate(ctx.clock.now()), {
          history: options.history === true,
        });
        await render(ctx, profileView(profile));
        return undefined;
      }),
    );
}
