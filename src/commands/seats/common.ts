// What enrol, unenrol, waitlist and the units verbs share: the unit argument, the mail-language option
// and the notes about learners who were given a freed seat.
import { Option } from 'commander';
import type { Ctx } from '../../context/context.js';
import { parseUnitId } from '../../domain/learning.js';
import { optionalValue } from '../input.js';

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

export function notePromotions(
  ctx: Pick<Ctx, 'io'>,
  unit: number,
  promoted: readonly { learner: number; email: string; message: number; lang: string }[],
  dryRun: boolean,
): void {
  for (const p of promoted) {
    ctx.io.note(
      `${dryRun ? 'would give' : 'gave'} a freed seat on unit ${unit} to learner ${p.learner}, the first on the waitlist; ${dryRun ? 'a mail would be queued' : `mail ${p.message} (${p.lang}) queued`} for ${p.email} (deliver with kursdesk mail send)`,
    );
  }
}
