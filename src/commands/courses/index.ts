// `kursdesk courses …`: the course catalogue (W12).
import type { Command } from 'commander';
import { nounHelp, type Runner } from '../runner.js';
import { registerList } from './list.js';
import { registerSearch } from './search.js';
import { registerShow } from './show.js';
import { registerWhyHidden } from './why-hidden.js';

export function register(parent: Command, run: Runner): void {
  const courses = parent
    .command('courses')
    .description(
      'the course catalogue, and why a learner cannot find a course: search, show, list, why-hidden',
    )
    .addHelpText(
      'after',
      nounHelp(
        'courses',
        [
          ['"I can\'t find the course"', 'courses why-hidden <code> --user <learner>'],
          ['"is there a course on …?"', 'courses search <words>'],
          ['"when is the next date?"', 'courses show <code> (units with seats)'],
        ],
        'kursdesk courses why-hidden SV-300 --user hanne.moe86@epost.test --reply nb',
        'kursdesk courses search sikkerhetsvakt',
        'kursdesk courses show SV-300',
      ),
    );
  registerSearch(courses, run);
  registerShow(courses, run);
  registerList(courses, run);
  registerWhyHidden(courses, run);
}
