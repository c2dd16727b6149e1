// `kursdesk programmes …`: training programmes (opplæringsløp, W14).
import type { Command } from 'commander';
import type { Runner } from '../runner.js';
import { registerAssign } from './assign.js';
import { registerList } from './list.js';
import { registerShow } from './show.js';
import { registerStatus } from './status.js';

export function register(parent: Command, run: Runner): void {
  const programmes = parent
    .command('programmes')
    .description('training programmes: assign, status, list, show')
    .addHelpText(
      'after',
      '\nRun kursdesk programmes <verb> --help for the options and examples of each verb.\n',
    );
  registerAssign(programmes, run);
  registerStatus(programmes, run);
  registerList(programmes, run);
  registerShow(programmes, run);
}
