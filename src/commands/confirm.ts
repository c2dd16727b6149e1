// Asking before destroying data: a question in a terminal, --yes otherwise. Without a terminal and
// without --yes the command stops with a usage error that names --yes, before anything is touched.
import type { Ctx } from '../context/context.js';
import { CancelledError, UsageError } from '../errors.js';

export async function confirmDestructive(
  ctx: Pick<Ctx, 'yes' | 'prompter'>,
  question: string,
  what: string,
): Promise<void> {
  if (ctx.yes) return;
  if (!ctx.prompter.canPrompt) {
    throw new UsageError(
      `${what} needs confirmation: add --yes (stdin is not a terminal, so kursdesk cannot ask)`,
    );
  }
  if (!(await ctx.prompter.confirm(question, false))) throw new CancelledError('nothing was changed');
}
