// `kursdesk courses …`: the course catalogue (W12).
import type { Command } from 'commander';
import type { Runner } from '../runner.js';
import { registerList } from './list.js';
import { registerSearch } from './search.js';
import { registerShow } from './show.js';
import { registerWhyHidden } from './why-hidden.js';

export function register(parent: Command, run: Runner): void {
  const courses = parent
    .command('courses')
    .description('the course catalogue: search, show, list, why-hidden')
    .addHelpText(
      'after',
      '\nRun kursdesk courses <verb> --help for the options and examples of each verb.\n',
    );
  registerSearch(courses, run);
  registerShow(courses, run);
  registerList(courses, run);
  registerWhyHidden(courses, run);
}
