// `kursdesk reports …`: lists for follow-up mailings. One verb a file.
import type { Command } from 'commander';
import type { Runner } from '../runner.js';
import { registerHms } from './hms.js';

export function register(parent: Command, run: Runner): void {
  const reports = parent
    .command('reports')
    .description('follow-up lists for mailings (--format csv)')
    .addHelpText(
      'after',
      '\nRun kursdesk reports <verb> --help for the options and examples of each verb.\n',
    );
  registerHms(reports, run);
}
