// `kursdesk users …`: learner accounts.
import type { Command } from 'commander';
import type { Runner } from '../runner.js';
import { registerCreate } from './create.js';
import { registerShow } from './show.js';

export function register(parent: Command, run: Runner): void {
  const users = parent
    .command('users')
    .description('learners: create, show')
    .addHelpText('after', '\nRun kursdesk users <verb> --help for the options and examples of each verb.\n');
  registerCreate(users, run);
  registerShow(users, run);
}
