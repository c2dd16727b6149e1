// `kursdesk reports …`: lists for planners and follow-up mailings (`--format csv`). One verb a file.
import type { Command } from 'commander';
import type { Runner } from '../runner.js';
import { registerExpiring } from './expiring.js';
import { registerHms } from './hms.js';

export function register(parent: Command, run: Runner): void {
  const reports = parent
    .command('reports')
    .description('lists for planners and mailings: expiring qualifications, HMS cards due')
    .addHelpText(
      'after',
      '\nRun kursdesk reports <verb> --help for the options and examples of each verb.\n',
    );
  registerExpiring(reports, run);
  registerHms(reports, run);
}
