// The one rule for asking before a change that cannot be undone: in a terminal the plan is shown on
// stderr and the agent answers; --yes answers for scripts; without a terminal and without --yes nothing
// is changed and the command says so (exit 2, naming --yes). The write gate's planApproveApply runs the
// plan and the change; this supplies the answer.
import type { Ctx } from '../context/context.js';
import type { ChangeApproval, ChangePlan } from '../db/write-gate.js';
import { text as coded } from '../domain/messages/index.js';
import { CancelledError, UsageError } from '../errors.js';

/** How many detail lines a plan shows before "… and N more". */
const SHOWN_DETAILS = 15;

export function changeApproval(ctx: Pick<Ctx, 'yes' | 'prompter' | 'io'>): ChangeApproval {
  return {
    needed: !ctx.yes,
    approve: async (plan: ChangePlan) => {
      if (!ctx.prompter.canPrompt) {
        throw new UsageError(coded('confirm.needed', { summary: plan.summary }), {
          hint: coded('hint.add-yes-or-dry-run'),
        });
      }
      ctx.io.err(`This will ${plan.summary}:\n`);
      for (const line of plan.details.slice(0, SHOWN_DETAILS)) ctx.io.err(`  ${line}\n`);
      if (plan.details.length > SHOWN_DETAILS)
        ctx.io.err(
          `  … and ${plan.details.length - SHOWN_DETAILS} more (--dry-run --format csv lists all)\n`,
        );
      if (!(await ctx.prompter.confirm(`${capitalised(plan.summary)}?`, false)))
        throw new CancelledError('nothing was changed');
    },
  };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** For work outside the write gate (db reset, fixture loads): the same rule, with a plan of one line. */
export async function confirmDestructive(
  ctx: Pick<Ctx, 'yes' | 'prompter' | 'io'>,
  question: string,
  what: string,
): Promise<void> {
  if (ctx.yes) return;
  if (!ctx.prompter.canPrompt) {
    throw new UsageError(coded('confirm.destructive-needed', { what }));
  }
  if (!(await ctx.prompter.confirm(question, false))) throw new CancelledError('nothing was changed');
}
