// `kursdesk users history`: a learner's learning history (W15): every completion, pass or fail, whether
// each qualification is still valid, and the certificates issued.
import type { Command } from 'commander';
import { text as coded } from '../../domain/messages/index.js';
import { noticeIn } from '../../errors.js';
import { renderDocument } from '../../output/render.js';
import { LEARNER_ARGUMENT, learnerArgument } from '../input.js';
import { examples, forTickets, type Runner } from '../runner.js';

export function registerHistory(users: Command, run: Runner): void {
  users
    .command('history')
    .description(
      'learning history: every completion, pass or fail, expiry, whether still valid, certificates',
    )
    .argument('<learner>', LEARNER_ARGUMENT)
    .addHelpText(
      'after',
      forTickets('which courses have I passed?', 'the course is not in my history') +
        examples(
          'kursdesk users history kari.nordmann@banesignal.test',
          'kursdesk users history 42 --format json | jq .valid_courses',
        ),
    )
    .action(async (learner: string, _options: unknown, command: Command) =>
      run(command, async (ctx) => {
        const { learnerHistory } = await import('../../workflows/learning-history.js');
        const { history, note } = await learnerHistory(await ctx.deps(), await learnerArgument(ctx, learner));
        if (note) ctx.io.note(noticeIn(note, ctx.env));
        const l = history.learner;
        await renderDocument(
          ctx,
          history,
          {
            kind: 'list',
            rows: history.completions,
            columns: [
              'completed_on',
              'course',
              'title',
              'result',
              'score',
              'expires_on',
              'status',
              'certificate',
            ],
            idField: 'completion_id',
            emptyNote: coded('empty.no-completions', { name: l.name }),
          },
          [
            noticeIn(
              coded('heading.learner-born', { name: l.name, id: l.id, birthDate: l.birth_date }),
              ctx.env,
            ),
            noticeIn(coded('heading.valid-now', { courses: history.valid_courses }), ctx.env),
          ],
        );
        const course = history.valid_courses[0];
        if (course !== undefined)
          ctx.io.note(
            `${noticeIn(coded('history.next-certificate'), ctx.env)}\nkursdesk certificates issue ${l.id} ${course} --out kursbevis.pdf --reply nb`,
          );
        return undefined;
      }),
    );
}
