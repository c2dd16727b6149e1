// `kursdesk reports …`: reports for planners and companies.
import type { Command } from 'commander';
import type { Runner } from '../runner.js';
import { registerExpiring } from './expiring.js';

export function register(parent: Command, run: Runner): void {
  const reports = parent
    .command('reports')
    .description('reports for planning')
    .addHelpText(
      'after',
      '\nRun kursdesk reports <verb> --help for the options and examples of each verb.\n',
    );
  registerExpiring(reports, run);
}
