// `kursdesk links revoke`: close a learner's open links (a link sent to the wrong place, a worried learner).
import { type Command, Option } from 'commander';
import { LINK_KINDS, type LinkKind } from '../../domain/link-tokens.js';
import { text as coded } from '../../domain/messages/index.js';
import { noticeIn } from '../../errors.js';
import { render } from '../../output/render.js';
import { changeApproval } from '../confirm.js';
import { LEARNER_ARGUMENT, learnerArgument } from '../input.js';
import { examples, type Runner } from '../runner.js';

export function registerRevoke(links: Command, run: Runner): void {
  links
    .command('revoke')
    .description("revoke a learner's open links and take back their unsent e-mails (audited)")
    .argument('<learner>', LEARNER_ARGUMENT)
    .addOption(new Option('--kind <kind>', 'only links of this kind').choices([...LINK_KINDS]))
    .option('--dry-run', 'show what would be revoked, but write nothing')
    .addHelpText(
      'after',
      examples(
        'kursdesk links revoke 42 --ticket SUP-4502',
        'kursdesk links revoke kari.nordmann@banesignal.test --kind reset --dry-run',
      ),
    )
    .action(async (learner: string, options: { kind?: LinkKind; dryRun?: boolean }, command: Command) =>
      run(command, async (ctx) => {
        const { revokeLinks } = await import('../../workflows/links.js');
        const { planApproveApply } = await import('../../db/write-gate.js');
        const deps = await ctx.deps();
        const selector = await learnerArgument(ctx, learner);
        const result = await planApproveApply(
          (dryRun) => revokeLinks(deps, selector, { kind: options.kind }, { dryRun }),
          {
            dryRun: options.dryRun === true,
            approval: changeApproval(ctx),
            describe: (planned) =>
              planned.revoked.length === 0
                ? null
                : {
                    summary: coded('plan.revoke-links', {
                      count: planned.revoked.length,
                      learner: planned.learner,
                    }),
                    details: [
                      coded('plan.revoke-links-list', { links: planned.revoked.map(String) }),
                      coded('plan.revoke-links-withdrawn', { count: planned.withdrawnMessages.length }),
                      coded('plan.revoke-links-final'),
                    ],
                  },
          },
        );
        const record = {
          learner: result.learner,
          revoked: result.revoked,
          withdrawn_messages: result.withdrawnMessages,
        };
        await render(ctx, { kind: 'record', record, fields: Object.keys(record), idField: 'learner' });
        const done =
          result.revoked.length === 0
            ? coded('note.links-none-open', { learner: result.learner })
            : coded('note.links-revoked', {
                dryRun: result.dryRun,
                count: result.revoked.length,
                learner: result.learner,
                withdrawn: result.withdrawnMessages.length,
              });
        ctx.io.note(noticeIn(done, ctx.env));
        return undefined;
      }),
    );
}
