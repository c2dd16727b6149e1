// `kursdesk privacy erase`: a learner becomes anonymous in one audited transaction (an erasure request).
import type { Command } from 'commander';
import { text as coded } from '../../domain/messages/index.js';
import { noticeIn, UsageError } from '../../errors.js';
import { render } from '../../output/render.js';
import { confirmDestructive } from '../confirm.js';
import { keptFreeText, LEARNER_ARGUMENT, learnerArgument } from '../input.js';
import { examples, forTickets, type Runner } from '../runner.js';

export function registerErase(privacy: Command, run: Runner): void {
  privacy
    .command('erase')
    .description(
      'anonymise a learner for good: names, e-mails, birth date, HMS card, mail, links; certificates revoked (needs --ticket and --reason)',
    )
    .argument('<learner>', LEARNER_ARGUMENT)
    .option('--reason <text>', 'why, without naming the person (kept in the audit log)')
    .option('--dry-run', 'show what would go, but write nothing')
    .addHelpText(
      'after',
      forTickets('delete my account') +
        examples(
          "kursdesk privacy erase kari.nordmann@banesignal.test --ticket SUP-5121 --reason 'erasure requested by e-mail' --dry-run",
          "kursdesk privacy erase 42 --ticket SUP-5121 --reason 'erasure requested by e-mail' --yes",
        ),
    )
    .action(async (learner: string, options: { reason?: string; dryRun?: boolean }, command: Command) =>
      run(command, async (ctx) => {
        if (!ctx.ticket) throw new UsageError(coded('erase.missing-ticket'));
        // Free text that is kept (kept in the audit log) and printed: a national ID typed into it is masked.
        const reason = options.reason === undefined ? undefined : keptFreeText(options.reason);
        if (!reason) throw new UsageError(coded('erase.missing-reason'));
        if (reason.length > 200) throw new UsageError(coded('option.reason-too-long', { max: 200 }));
        const dryRun = options.dryRun === true;
        const selector = await learnerArgument(ctx, learner);
        const deps = await ctx.deps();
        const { eraseLearner } = await import('../../workflows/privacy.js');
        if (!dryRun) {
          const { resolveLearner } = await import('../../workflows/learners.js');
          const { user } = await resolveLearner(deps, selector);
          if (!user.erased_at)
            await confirmDestructive(
              ctx,
              coded('confirm.erase-learner', { learner: user.id }),
              'privacy erase',
            );
        }
        const result = await eraseLearner(deps, selector, { reason, dryRun });
        const rows = Object.entries(result.removed ?? {}).map(([what, rows]) => ({ what, rows }));
        await render(ctx, { kind: 'list', rows, columns: ['what', 'rows'], idField: 'what' });
        if (!result.erased) {
          const already = { learner: result.learner_id, on: result.already_erased_at?.slice(0, 10) };
          ctx.io.note(noticeIn(coded('note.already-erased', already), ctx.env));
          return undefined;
        }
        const erased = { dryRun: result.dryRun, learner: result.learner_id, kept: result.kept };
        ctx.io.note(noticeIn(coded('note.erased', erased), ctx.env));
        return undefined;
      }),
    );
}
