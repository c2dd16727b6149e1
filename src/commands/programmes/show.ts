// `kursdesk programmes show`: one programme's courses in order, with units that have seats.
import type { Command } from 'commander';
import { text as coded } from '../../domain/messages/index.js';
import { render } from '../../output/render.js';
import { examples, type Runner } from '../runner.js';

export function registerShow(programmes: Command, run: Runner): void {
  programmes
    .command('show')
    .description(
      'show a programme: its courses in order, and for classroom courses the coming units with seats',
    )
    .argument('<programme>', 'programme code, e.g. OL-SV')
    .addHelpText(
      'after',
      examples('kursdesk programmes show OL-SV', 'kursdesk programmes show ol-kl --format yaml'),
    )
    .action(async (code: string, _options: unknown, command: Command) =>
      run(command, async (ctx) => {
        const { showProgramme, normaliseProgrammeCode } = await import('../../workflows/programmes.js');
        const programme = await showProgramme(await ctx.deps(), normaliseProgrammeCode(code));
        await render(ctx, {
          kind: 'record',
          record: programme,
          fields: ['code', 'title', 'validity_months', 'assigned', 'description'],
          idField: 'code',
          sections: [
            {
              title: coded('view.programme-courses'),
              key: 'items',
              view: {
                kind: 'list',
                rows: programme.items,
                columns: ['position', 'course', 'title', 'kind', 'units_with_seats'],
                idField: 'course',
              },
            },
          ],
        });
        return undefined;
      }),
    );
}
