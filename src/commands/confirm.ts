// The one rule for asking before a change that cannot be undone: in a terminal the plan is shown on
// stderr and the agent answers; --yes answers for scripts; without a terminal and without --yes nothing
// is changed and the command says so (exit 2, naming --yes). The write gate's planApproveApply runs the
// plan and the change; this supplies the answer.
import type { Ctx } from '../context/context.js';
import type { ChangeApproval, ChangePlan } from '../db/write-gate.js';
import { text as coded, type Notice } from '../domain/messages/index.js';
import { CancelledError, noticeIn, UsageError } from '../errors.js';

/** How many detail lines a plan shows before "… and N more". */
const SHOWN_DETAILS = 15;

export function changeApproval(ctx: Pick<Ctx, 'yes' | 'prompter' | 'io' | 'env'>): ChangeApproval {
  return {
    needed: !ctx.yes,
    approve: async (plan: ChangePlan) => {
      if (!ctx.prompter.canPrompt) {
        throw new UsageError(coded('confirm.needed', { summary: plan.summary }), {
          hint: coded('hint.add-yes-or-dry-run'),
        });
      }
      const said = (notice: Notice) => noticeIn(notice, ctx.env);
      ctx.io.err(`${said(coded('confirm.frame', { summary: plan.summary }))}\n`);
      for (const line of plan.details.slice(0, SHOWN_DETAILS)) ctx.io.err(`  ${said(line)}\n`);
      if (plan.details.length > SHOWN_DETAILS)
        ctx.io.err(
          `  ${said(coded('confirm.more-details', { more: plan.details.length - SHOWN_DETAILS }))}\n`,
        );
      if (!(await ctx.prompter.confirm(said(coded('confirm.question', { summary: plan.summary })), false)))
        throw new CancelledError(coded('confirm.nothing-changed'));
    },
  };
}

/** For work outside the write gate (db reset, fixture loads): the same rule, with a plan of one line. */
export async function confirmDestructive(
  ctx: Pick<Ctx, 'yes' | 'prompter' | 'io' | 'env'>,
  question: Notice,
  what: Notice,
): Promise<void> {
  if (ctx.yes) return;
  if (!ctx.prompter.canPrompt) {
    throw new UsageError(coded('confirm.destructive-needed', { what }));
  }
  if (!(await ctx.prompter.confirm(noticeIn(question, ctx.env), false)))
    throw new CancelledError(coded('confirm.nothing-changed'));
}
