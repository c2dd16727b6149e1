// `kursdesk courses why-hidden`: why a learner does not see, or cannot book, a course, and what fixes it.
import type { Command } from 'commander';
import { parseCourseCode } from '../../domain/learning.js';
import { text as coded, textIn } from '../../domain/messages/index.js';
import type { ReplyLang } from '../../domain/replies/catalogue.js';
import { agentLang, noticeIn } from '../../errors.js';
import { optionalValue, requiredValue } from '../input.js';
import { addressed, renderDocumentWithReply, replyOption, replyToOption } from '../reply.js';
import { examples, forTickets, type Runner } from '../runner.js';

interface WhyHiddenOptions {
  user?: string;
  reply?: ReplyLang;
  replyTo?: string;
}

export function registerWhyHidden(courses: Command, run: Runner): void {
  courses
    .command('why-hidden')
    .description(
      'explain why a learner does not see or cannot book a course: account type, inactive, no unit, every unit full, already passed',
    )
    .argument('<course>', 'course code, e.g. SV-300')
    .option('--user <learner>', 'learner id, e-mail (current or earlier) or national ID')
    .addOption(replyOption())
    .addOption(replyToOption())
    .addHelpText(
      'after',
      `
Verdicts: hidden (the learner does not see the course), cannot-book (they see it but cannot book it now), visible (nothing stands in the way). Each reason comes with the command that fixes it, when support can fix it. Exit 0 in every case; 3 for an unknown course or learner.
${forTickets("I can't find the course")}${examples(
  'kursdesk courses why-hidden SV-300 --user hanne.moe86@epost.test',
  'kursdesk courses why-hidden KL-200 --user 42 --reply nb --ticket SUP-4410',
  'kursdesk courses why-hidden SIK-100 --user 42 --format json | jq .reasons',
)}`,
    )
    .action(async (codeText: string, options: WhyHiddenOptions, command: Command) =>
      run(command, async (ctx) => {
        const code = optionalValue({ flag: '<course>', raw: codeText, parse: parseCourseCode }) as string;
        const { parseLearnerSelector } = await import('../../workflows/learners.js');
        const learnerText = await requiredValue(ctx, {
          flag: '--user',
          question: 'Learner (id, e-mail or national ID)',
          raw: options.user,
          parse: (t) =>
            t.trim() === '' ? { ok: false, error: 'the learner is empty' } : { ok: true, value: t.trim() },
        });
        const selector = parseLearnerSelector(learnerText);
        const { whyHidden } = await import('../../workflows/catalogue.js');
        const result = await whyHidden(await ctx.deps(), { code, learner: selector, learnerText });
        const verdictLine = coded('why-hidden.heading', {
          verdict: result.verdict,
          course: result.course,
          name: result.learner.name,
          id: result.learner.id,
          accountType: result.learner.account_type,
        });
        // The table's line in the agent's language; other formats' stderr note stays the record's English.
        const heading = textIn(verdictLine, agentLang(ctx.env));
        let reply: string | undefined;
        if (options.reply) {
          const { courseAccessReply } = await import('../../domain/replies/courses.js');
          reply = courseAccessReply(options.reply, result, {
            ...addressed({ firstName: result.learner.first_name }, options.replyTo, result.learner.name),
            course: result.course_facts,
            targetType: result.target_type,
          });
          // The letter tells the learner; the agent still has the fix to run, also when reading only stderr.
          for (const r of result.reasons)
            if (r.fix) ctx.io.note(noticeIn(coded('note.to-do', { fix: r.fix }), ctx.env));
        }
        const document = {
          verdict: result.verdict,
          course: result.course,
          title: result.title,
          learner: {
            id: result.learner.id,
            name: result.learner.name,
            account_type: result.learner.account_type,
            status: result.learner.status,
          },
          // Coded: English in json, csv and yaml as always; the agent's language on screen.
          reasons: result.reasons.map((r, i) => ({
            reason: r.code,
            effect: coded('why-hidden.effect', { effect: r.effect }),
            explanation: coded('why-hidden.explanation', { en: r.text, nb: result.texts_nb[i] ?? r.text }),
            fix: r.fix,
          })),
        };
        await renderDocumentWithReply(
          ctx,
          document,
          {
            kind: 'list',
            rows: document.reasons,
            columns: ['reason', 'effect', 'explanation', 'fix'],
            idField: 'reason',
            emptyNote: coded('empty.nothing-hides-course'),
          },
          [heading],
          reply,
        );
        if (ctx.format !== 'table') ctx.io.note(verdictLine.in('en'));
        return undefined;
      }),
    );
}
