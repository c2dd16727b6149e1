// `kursdesk companies …`: customer companies (employers): register, import, find, show, list, update.
import type { Command } from 'commander';
import type { Runner } from '../runner.js';
import { registerImport } from './import.js';
import { registerRecords } from './records.js';
import { registerRegister } from './register.js';

export function register(parent: Command, run: Runner): void {
  const companies = parent
    .command('companies')
    .description('customer companies: register, import, find, show, list, update')
    .addHelpText(
      'after',
      '\nRun kursdesk companies <verb> --help for the options and examples of each verb.\n',
    );
  registerRegister(companies, run);
  registerImport(companies, run);
  registerRecords(companies, run);
}
