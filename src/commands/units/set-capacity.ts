// `kursdesk units set-capacity`: more seats go to the waitlist at once; fewer than enrolled is refused.
import type { Command } from 'commander';
import type { MailLang } from '../../domain/link-mail.js';
import { text as coded } from '../../domain/messages/index.js';
import type { ParseResult } from '../../domain/parse-result.js';
import { noticeIn } from '../../errors.js';
import { render } from '../../output/render.js';
import { optionalValue } from '../input.js';
import { examples, type Runner } from '../runner.js';
import { langOption, notePromotions, UNIT_ARGUMENT, unitIdArgument } from '../seats/common.js';

function parseCapacity(text: string): ParseResult<number> {
  const value = text.trim();
  if (!/^\d{1,5}$/.test(value))
    return { ok: false, error: `'${value}' is not a number of seats (a whole number, 0 or more)` };
  return { ok: true, value: Number(value) };
}

export function registerSetCapacity(units: Command, run: Runner): void {
  units
    .command('set-capacity')
    .description(
      'change the number of seats of a unit; new seats go to the waitlist at once (each learner mailed)',
    )
    .argument('<unit>', UNIT_ARGUMENT)
    .argument('<seats>', 'the new number of seats')
    .addOption(langOption())
    .option('--dry-run', 'show who would get a seat, but write nothing')
    .addHelpText(
      'after',
      `
A capacity below the number of learners already enrolled is refused (exit 4, naming the count):
unenrol learners first. A cancelled or started unit keeps its capacity (exit 4).
${examples(
  'kursdesk units set-capacity 17 15 --ticket PLAN-88',
  'kursdesk units set-capacity 17 14 --dry-run --format json',
)}`,
    )
    .action(
      async (
        unitText: string,
        seatsText: string,
        options: { lang?: MailLang; dryRun?: boolean },
        command: Command,
      ) =>
        run(command, async (ctx) => {
          const unit = unitIdArgument(unitText);
          const seats = optionalValue({ flag: '<seats>', raw: seatsText, parse: parseCapacity }) as number;
          const { setCapacity } = await import('../../workflows/units.js');
          const changed = await setCapacity(await ctx.deps(), unit, seats, {
            dryRun: options.dryRun === true,
            lang: options.lang,
          });
          await render(ctx, {
            kind: 'record',
            record: { ...changed, promoted: changed.promoted.map((p) => p.learner) },
            fields: [
              'unit',
              'course',
              'old_capacity',
              'capacity',
              'enrolled',
              'seats_left',
              'waitlist',
              'promoted',
            ],
            idField: 'unit',
          });
          if (changed.unchanged)
            ctx.io.note(noticeIn(coded('note.capacity-unchanged', { unit: changed.unit, seats }), ctx.env));
          else
            ctx.io.note(
              noticeIn(
                coded('note.capacity-changed', {
                  dryRun: changed.dryRun,
                  unit: changed.unit,
                  from: changed.old_capacity,
                  to: changed.capacity,
                }),
                ctx.env,
              ),
            );
          notePromotions(ctx, changed.unit, changed.promoted, changed.dryRun);
          return undefined;
        }),
    );
}
