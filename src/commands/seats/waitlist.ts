// `kursdesk units waitlist`: W13, who waits for a seat on a unit, in the order seats will be given.
import type { Command } from 'commander';
import { render } from '../../output/render.js';
import { examples, type Runner } from '../runner.js';
import { UNIT_ARGUMENT, unitIdArgument } from './common.js';

export function register(parent: Command, run: Runner): void {
  parent
    .command('waitlist')
    .description("show the waitlist of a unit with each learner's place (the first gets the next freed seat)")
    .argument('<unit>', UNIT_ARGUMENT)
    .addHelpText(
      'after',
      `
Places follow the time each learner joined the queue (then the order the bookings were made); someone
who leaves and comes back joins at the back. E-mail addresses are masked. Exit 3 for an unknown unit.
${examples('kursdesk units waitlist 17', 'kursdesk units waitlist 17 --format csv', 'kursdesk units waitlist 17 --format count')}`,
    )
    .action(async (unitText: string, _options: unknown, command: Command) =>
      run(command, async (ctx) => {
        const unitId = unitIdArgument(unitText);
        const { waitlist } = await import('../../workflows/units.js');
        const { unit, rows } = await waitlist(await ctx.deps(), unitId);
        await render(ctx, {
          kind: 'list',
          rows,
          columns: ['position', 'learner', 'name', 'email', 'queued_at'],
          idField: 'learner',
          emptyNote: `nobody is waiting for unit ${unit.unit}`,
        });
        ctx.io.note(
          `unit ${unit.unit} (${unit.course}, ${unit.starts_at.slice(0, 10)}, ${unit.place}): ${unit.enrolled} of ${unit.capacity} seats taken, ${unit.waitlist} waiting; ${unit.state}`,
        );
        return undefined;
      }),
    );
}
