// `kursdesk units list`: units with their seats left and waitlists, soonest first.
import type { Command } from 'commander';
import { isoDate } from '../../context/clock.js';
import { parseDate } from '../../domain/dates.js';
import { parseCourseCode } from '../../domain/learning.js';
import { text as coded } from '../../domain/messages/index.js';
import { UsageError } from '../../errors.js';
import { render } from '../../output/render.js';
import { optionalValue } from '../input.js';
import { examples, type Runner } from '../runner.js';

interface ListOptions {
  course?: string;
  from?: string;
  to?: string;
  place?: string;
  available?: boolean;
}

export function registerList(units: Command, run: Runner): void {
  units
    .command('list')
    .description('list units with capacity, seats left and waitlist length, sorted by start')
    .option('--course <code>', 'units of this course')
    .option('--from <date>', 'starting on or after this date (default: today)')
    .option('--to <date>', 'starting on or before this date')
    .option('--place <text>', 'the place contains this text (any case)')
    .option('--available', 'only units a learner can book now: scheduled, not started, with a free seat')
    .addHelpText(
      'after',
      `
state: open (seats left), full (new learners go on the waitlist), started, or cancelled.
${examples(
  'kursdesk units list --course SV-300',
  'kursdesk units list --available --place trondheim --from 2027-01-01 --to 31.03.2027',
  'kursdesk units list --from 2024-01-01 --format csv > units.csv',
)}`,
    )
    .action(async (options: ListOptions, command: Command) =>
      run(command, async (ctx) => {
        const today = isoDate(ctx.clock.now());
        const from = optionalValue({ flag: '--from', raw: options.from, parse: (t) => parseDate(t, today) });
        const to = optionalValue({ flag: '--to', raw: options.to, parse: (t) => parseDate(t, today) });
        if (to !== undefined && to < (from ?? today)) {
          throw new UsageError(coded('units.to-before-from', { to, from, today }));
        }
        const courseCode = optionalValue({ flag: '--course', raw: options.course, parse: parseCourseCode });
        const place = options.place?.trim();
        if (place === '') throw new UsageError(coded('option.empty', { flag: '--place' }));
        const { listUnits } = await import('../../workflows/units.js');
        const rows = await listUnits(await ctx.deps(), {
          ...(courseCode === undefined ? {} : { courseCode }),
          ...(from === undefined ? {} : { from }),
          ...(to === undefined ? {} : { to }),
          ...(place === undefined ? {} : { place }),
          available: options.available === true,
        });
        await render(ctx, {
          kind: 'list',
          rows,
          columns: [
            'unit',
            'course',
            'starts_at',
            'place',
            'capacity',
            'enrolled',
            'seats_left',
            'waitlist',
            'state',
          ],
          idField: 'unit',
          roles: { seats_left: 'key', capacity: 'low', enrolled: 'low', waitlist: 'normal', place: 'normal' },
          emptyNote: coded('empty.no-units', { course: courseCode }),
        });
        return undefined;
      }),
    );
}
