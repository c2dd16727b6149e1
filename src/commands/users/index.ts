// `kursdesk users …`: learner accounts.
import type { Command } from 'commander';
import type { Runner } from '../runner.js';
import { registerCreate } from './create.js';
import { registerDuplicates } from './duplicates.js';
import { registerFind } from './find.js';
import { registerHistory } from './history.js';
import { registerMove } from './move.js';
import { registerSetEmail } from './set-email.js';
import { registerSetHms } from './set-hms.js';
import { registerSetType } from './set-type.js';
import { registerShow } from './show.js';

export function register(parent: Command, run: Runner): void {
  const users = parent
    .command('users')
    .description('learners: create, show, find, set-email, set-type, move, set-hms, duplicates, history')
    .addHelpText('after', '\nRun kursdesk users <verb> --help for the options and examples of each verb.\n');
  registerCreate(users, run);
  registerShow(users, run);
  registerFind(users, run);
  registerSetEmail(users, run);
  registerSetType(users, run);
  registerMove(users, run);
  registerSetHms(users, run);
  registerDuplicates(users, run);
  registerHistory(users, run);
}
