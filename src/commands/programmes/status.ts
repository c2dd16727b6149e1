// `kursdesk programmes status`: every item of each programme a learner is assigned, and what is left.
import type { Command } from 'commander';
import type { ReplyLang } from '../../domain/replies/catalogue.js';
import { renderDocumentWithReply, replyOption } from '../reply.js';
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
    .addHelpText(
      'after',
      forTickets('what do I still need for my programme?') +
        examples(
          'kursdesk programmes status kari.nordmann@banesignal.test',
          'kursdesk programmes status 42 --programme OL-SV --format json',
          'kursdesk programmes status 42 --reply nb   # what remains, as the answer to paste',
        ),
    )
    .action(async (learner: string, options: { programme?: string; reply?: ReplyLang }, command: Command) =>
      run(command, async (ctx) => {
        const { parseLearnerSelector } = await import('../../workflows/learners.js');
        const { programmeStatus, normaliseProgrammeCode } = await import('../../workflows/programmes.js');
        const selector = parseLearnerSelector(learner);
        const only = options.programme === undefined ? undefined : normaliseProgrammeCode(options.programme);
        const result = await programmeStatus(await ctx.deps(), selector, only);
        const rows = result.programmes.flatMap((p) => p.items.map((i) => ({ programme: p.programme, ...i })));
        const heading = [
          `${result.learner.name} (learner ${result.learner.id}, ${result.learner.account_type} account)`,
        ];
        for (const p of result.programmes) {
          const s = p.standing;
          heading.push(
            `${p.programme} ${p.title}: ${s.complete ? `complete${s.approved_until ? `, approved until ${s.approved_until}` : ''}` : `${s.missing} missing, ${s.expired} expired`}${p.due_on ? `; due ${p.due_on}` : ''}`,
          );
        }
        if (result.programmes.length === 0) {
          ctx.io.note(
            `${heading[0]}: no programme assigned (kursdesk programmes assign ${learner} <programme>)`,
          );
        }
        let reply: string | undefined;
        if (options.reply) {
          const { programmeStatusReply, firstNameOf } = await import('../../domain/replies/answers.js');
          const { programmeFacts } = await import('../../workflows/reply-facts.js');
          reply = programmeStatusReply(options.reply, {
            firstName: firstNameOf(result.learner.name),
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
            emptyNote: 'nothing to show',
          },
          result.programmes.length > 0 ? heading : [],
          reply,
        );
        return undefined;
      }),
    );
}
