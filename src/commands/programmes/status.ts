// `kursdesk programmes status`: every item of each programme a learner is assigned, and what is left.
import type { Command } from 'commander';
import { text as coded, type Notice } from '../../domain/messages/index.js';
import { maskNationalIdShapesIn } from '../../domain/national-id.js';
import { nextStepText } from '../../domain/programmes.js';
import type { ReplyLang } from '../../domain/replies/catalogue.js';
import { agentLang, noticeIn } from '../../errors.js';
import { addressed, renderDocumentWithReply, replyOption, replyToOption } from '../reply.js';
import { examples, forTickets, type Runner } from '../runner.js';

export function registerStatus(programmes: Command, run: Runner): void {
  programmes
    .command('status')
    .description(
      'where a learner stands in each assigned programme: passed (valid until), missing, expired; classroom items say whether a date is booked',
    )
    .argument('<learner>', 'learner id, e-mail (current or earlier) or national ID')
    .option('--programme <code>', 'only this programme')
    .addOption(replyOption())
    .addOption(replyToOption())
    .addHelpText(
      'after',
      forTickets('what do I still need for my programme?') +
        examples(
          'kursdesk programmes status kari.nordmann@banesignal.test',
          'kursdesk programmes status 42 --programme OL-SV --format json',
          'kursdesk programmes status 42 --reply nb   # what remains, as the answer to paste',
        ),
    )
    .action(
      async (
        learner: string,
        options: { programme?: string; reply?: ReplyLang; replyTo?: string },
        command: Command,
      ) =>
        run(command, async (ctx) => {
          const { parseLearnerSelector } = await import('../../workflows/learners.js');
          const { programmeStatus, normaliseProgrammeCode } = await import('../../workflows/programmes.js');
          const selector = parseLearnerSelector(learner);
          const only =
            options.programme === undefined ? undefined : normaliseProgrammeCode(options.programme);
          const result = await programmeStatus(await ctx.deps(), selector, only);
          // A bokmål table says the next step in bokmål (with its dates); csv and json keep the record's words.
          const nbTable = ctx.format === 'table' && agentLang(ctx.env) === 'nb';
          const rows = result.programmes.flatMap((p) =>
            p.items.map((i) => ({
              programme: p.programme,
              ...i,
              ...(nbTable ? { next: nextStepText(i.step, 'nb') } : {}),
            })),
          );
          const said = (notice: Notice) => noticeIn(notice, ctx.env);
          const who = coded('programmes.status-learner', {
            name: result.learner.name,
            id: result.learner.id,
            accountType: result.learner.account_type,
          });
          const heading = [said(who)];
          for (const p of result.programmes) {
            const s = p.standing;
            heading.push(
              said(
                coded('programmes.status-standing', {
                  programme: p.programme,
                  title: p.title,
                  complete: s.complete,
                  approvedUntil: s.approved_until ?? null,
                  missing: s.missing,
                  expired: s.expired,
                  dueOn: p.due_on,
                }),
              ),
            );
          }
          if (result.programmes.length === 0) {
            ctx.io.note(
              said(
                coded('programmes.none-assigned', { heading: who, learner: maskNationalIdShapesIn(learner) }),
              ),
            );
          }
          let reply: string | undefined;
          if (options.reply) {
            const { programmeStatusReply, firstNameOf } = await import('../../domain/replies/answers.js');
            const { programmeFacts } = await import('../../workflows/reply-facts.js');
            reply = programmeStatusReply(options.reply, {
              ...addressed(
                { firstName: firstNameOf(result.learner.name) },
                options.replyTo,
                result.learner.name,
              ),
              programmes: programmeFacts(result),
            });
          }
          await renderDocumentWithReply(
            ctx,
            result,
            {
              kind: 'list',
              rows,
              columns: ['programme', 'position', 'course', 'title', 'kind', 'status', 'valid_until', 'next'],
              idField: 'course',
              emptyNote: coded('programmes.nothing-to-show'),
            },
            result.programmes.length > 0 ? heading : [],
            reply,
          );
          return undefined;
        }),
    );
}
