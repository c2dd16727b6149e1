// What enrol, unenrol, waitlist and the units verbs share: the unit argument, the mail-language option,
// the learner-and-unit command line of enrol and unenrol, and the notes about learners who were given a
// freed seat.
import { type Command, Option } from 'commander';
import type { Ctx } from '../../context/context.js';
import type { LearnerSelector } from '../../domain/learner-selector.js';
import { parseUnitId } from '../../domain/learning.js';
import type { MailLang } from '../../domain/link-mail.js';
import { text as coded } from '../../domain/messages/index.js';
import type { ReplyLang } from '../../domain/replies/catalogue.js';
import { noticeIn } from '../../errors.js';
import type { WorkflowDeps } from '../../workflows/deps.js';
import { LEARNER_ARGUMENT, learnerArgument, optionalValue } from '../input.js';
import { replyOption, replyToOption } from '../reply.js';

export const UNIT_ARGUMENT = 'unit id, as kursdesk units list shows it';

export function unitIdArgument(raw: string): number {
  return optionalValue({ flag: '<unit>', raw, parse: parseUnitId }) as number;
}

export function langOption(): Option {
  return new Option(
    '--lang <lang>',
    "language of the mail to a learner who gets a freed seat (default: the language of that learner's last mail, else nb)",
  ).choices(['nb', 'en']);
}

export interface SeatOptions {
  lang?: MailLang;
  dryRun?: boolean;
  reply?: ReplyLang;
  replyTo?: string;
}

/** A command taking a learner and a unit, --lang and --dry-run: enrol and unenrol. */
export function learnerOnUnitCommand(
  parent: Command,
  name: string,
  description: string,
  dryRunHelp: string,
): Command {
  return parent
    .command(name)
    .description(description)
    .argument('<learner>', LEARNER_ARGUMENT)
    .argument('<unit>', UNIT_ARGUMENT)
    .addOption(langOption())
    .option('--dry-run', dryRunHelp)
    .addOption(replyOption())
    .addOption(replyToOption());
}

/** The arguments of enrol and unenrol, checked (the unit first), with what their workflows need. */
export async function seatRequest(
  ctx: Ctx,
  learner: string,
  unitText: string,
  options: SeatOptions,
): Promise<{
  deps: WorkflowDeps;
  learner: LearnerSelector;
  unit: number;
  options: { dryRun: boolean; lang: MailLang | undefined };
}> {
  const unit = unitIdArgument(unitText);
  return {
    deps: await ctx.deps(),
    learner: await learnerArgument(ctx, learner),
    unit,
    options: { dryRun: options.dryRun === true, lang: options.lang },
  };
}

export function notePromotions(
  ctx: Pick<Ctx, 'io' | 'env'>,
  unit: number,
  promoted: readonly { learner: number; email: string; message: number; lang: string }[],
  dryRun: boolean,
): void {
  for (const p of promoted) {
    const given = coded('note.seat-promoted', {
      dryRun,
      unit,
      learner: p.learner,
      message: p.message,
      lang: p.lang,
      email: p.email,
    });
    ctx.io.note(noticeIn(given, ctx.env));
  }
}
