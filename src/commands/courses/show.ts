// `kursdesk courses show`: one course with its coming units (seats left, waitlist) and its programmes.
import type { Command } from 'commander';
import { parseCourseCode } from '../../domain/learning.js';
import { text as coded } from '../../domain/messages/index.js';
import { render } from '../../output/render.js';
import { optionalValue } from '../input.js';
import { examples, type Runner } from '../runner.js';

export function registerShow(courses: Command, run: Runner): void {
  courses
    .command('show')
    .description(
      'show a course: its coming units with seats left and waitlist, and the programmes it is part of',
    )
    .argument('<course>', 'course code, e.g. SV-300 (any case)')
    .addHelpText(
      'after',
      examples('kursdesk courses show SV-300', 'kursdesk courses show kl-200 --format json | jq .units'),
    )
    .action(async (codeText: string, _options: unknown, command: Command) =>
      run(command, async (ctx) => {
        const code = optionalValue({ flag: '<course>', raw: codeText, parse: parseCourseCode }) as string;
        const { showCourse } = await import('../../workflows/catalogue.js');
        const course = await showCourse(await ctx.deps(), code);
        await render(ctx, {
          kind: 'record',
          record: course,
          fields: [
            'code',
            'title',
            'title_en',
            'category',
            'kind',
            'paid',
            'price_nok',
            'visible_to',
            'validity_months',
            'active',
            'description',
          ],
          idField: 'code',
          sections: [
            {
              title: coded('view.coming-units'),
              key: 'units',
              view: {
                kind: 'list',
                rows: course.units,
                columns: [
                  'unit',
                  'starts_at',
                  'place',
                  'instructor',
                  'capacity',
                  'enrolled',
                  'seats_left',
                  'waitlist',
                  'status',
                ],
                idField: 'unit',
              },
            },
            {
              title: coded('view.course-programmes'),
              key: 'programmes',
              view: {
                kind: 'list',
                rows: course.programmes,
                columns: ['code', 'title', 'position'],
                idField: 'code',
              },
            },
          ],
        });
        return undefined;
      }),
    );
}
