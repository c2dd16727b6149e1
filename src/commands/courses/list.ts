// `kursdesk courses list`: the catalogue, optionally one category or kind.
import { type Command, Option } from 'commander';
import { text as coded } from '../../domain/messages/index.js';
import { render } from '../../output/render.js';
import { examples, type Runner } from '../runner.js';

interface ListOptions {
  category?: string;
  kind?: string;
  all?: boolean;
}

export function registerList(courses: Command, run: Runner): void {
  courses
    .command('list')
    .description('list the active courses (with --all also those no longer offered)')
    .option('--category <name>', 'only this category (any case), e.g. Sikkerhet')
    .addOption(
      new Option('--kind <kind>', 'only this kind').choices(['e-learning', 'classroom', 'exam', 'practical']),
    )
    .option('--all', 'include inactive courses')
    .addHelpText(
      'after',
      examples(
        'kursdesk courses list',
        'kursdesk courses list --kind classroom --format csv',
        'kursdesk courses list --all --format ids',
      ),
    )
    .action(async (options: ListOptions, command: Command) =>
      run(command, async (ctx) => {
        const { listCourses } = await import('../../workflows/catalogue.js');
        const rows = await listCourses(
          { db: await ctx.db() },
          {
            ...(options.category ? { category: options.category } : {}),
            ...(options.kind ? { kind: options.kind } : {}),
            includeInactive: options.all === true,
          },
        );
        await render(ctx, {
          kind: 'list',
          rows,
          columns: [
            'code',
            'title',
            'category',
            'kind',
            'paid',
            'visible_to',
            'validity_months',
            ...(options.all ? ['active'] : []),
          ],
          idField: 'code',
          emptyNote: coded('note.no-course'),
        });
        return undefined;
      }),
    );
}
