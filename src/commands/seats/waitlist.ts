// `kursdesk units waitlist`: W13, who waits for a seat on a unit, in the order seats will be given.
import type { Command } from 'commander';
import { text as coded } from '../../domain/messages/index.js';
import type { ReplyLang } from '../../domain/replies/catalogue.js';
import { NotFoundError, noticeIn, UsageError } from '../../errors.js';
import { render } from '../../output/render.js';
import { LEARNER_ARGUMENT, learnerArgument } from '../input.js';
import { addressed, renderDocumentWithReply, replyOption, replyToOption } from '../reply.js';
import { examples, forTickets, type Runner } from '../runner.js';
import { UNIT_ARGUMENT, unitIdArgument } from './common.js';

export function register(parent: Command, run: Runner): void {
  parent
    .command('waitlist')
    .description("show the waitlist of a unit with each learner's place (the first gets the next freed seat)")
    .argument('<unit>', UNIT_ARGUMENT)
    .option('--user <learner>', `with --reply: the waiting learner to tell their place (${LEARNER_ARGUMENT})`)
    .addOption(replyOption('the learner given with --user'))
    .addOption(replyToOption())
    .addHelpText(
      'after',
      `
Places follow the time each learner joined the queue (then the order the bookings were made); someone who leaves and comes back joins at the back. E-mail addresses are masked. Exit 3 for an unknown unit, or a --user who is not waiting for it.
${forTickets('where am I on the waitlist?')}${examples(
  'kursdesk units waitlist 17',
  'kursdesk units waitlist 17 --format csv',
  'kursdesk units waitlist 17 --user lars.bjerke@banesignal.test --reply nb   # tell him his place',
)}`,
    )
    .action(
      async (
        unitText: string,
        options: { user?: string; reply?: ReplyLang; replyTo?: string },
        command: Command,
      ) =>
        run(command, async (ctx) => {
          const unitId = unitIdArgument(unitText);
          if (options.reply !== undefined && options.user === undefined)
            throw new UsageError(coded('waitlist.reply-needs-user'));
          const { waitlist } = await import('../../workflows/units.js');
          const deps = await ctx.deps();
          const { unit, rows } = await waitlist(deps, unitId);
          const list = {
            kind: 'list' as const,
            rows,
            columns: ['position', 'learner', 'name', 'email', 'queued_at'],
            idField: 'learner',
            emptyNote: coded('empty.nobody-waiting', { unit: unit.unit }),
          };
          if (options.user !== undefined) {
            const { resolveLearner } = await import('../../workflows/learners.js');
            const { user } = await resolveLearner(deps, await learnerArgument(ctx, options.user));
            const mine = rows.find((r) => r.learner === user.id);
            if (!mine)
              throw new NotFoundError(coded('waitlist.not-on-list', { learner: user.id, unit: unit.unit }), {
                hint: coded('hint.learner-bookings', { learner: user.id, unit: unit.unit }),
              });
            let reply: string | undefined;
            if (options.reply) {
              const { waitlistPlaceReply, firstNameOf } = await import('../../domain/replies/answers.js');
              reply = waitlistPlaceReply(options.reply, {
                ...addressed(
                  { firstName: firstNameOf(user.given_names) },
                  options.replyTo,
                  `${user.given_names} ${user.family_name}`,
                ),
                course: { code: unit.course, title: unit.title, title_en: unit.title_en },
                startsAt: unit.starts_at,
                place: unit.place,
                position: mine.position,
              });
            }
            await renderDocumentWithReply(ctx, { unit, rows }, list, [], reply);
          } else {
            await render(ctx, list);
          }
          const seats = coded('note.unit-seats', {
            unit: unit.unit,
            course: unit.course,
            startsAt: unit.starts_at,
            place: unit.place,
            enrolled: unit.enrolled,
            capacity: unit.capacity,
            waitlist: unit.waitlist,
            state: unit.state,
          });
          ctx.io.note(noticeIn(seats, ctx.env));
          return undefined;
        }),
    );
}
