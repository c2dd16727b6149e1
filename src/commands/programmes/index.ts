// `kursdesk programmes …`: training programmes (opplæringsløp, W14).
import type { Command } from 'commander';
import { nounHelp, type Runner } from '../runner.js';
import { registerAssign } from './assign.js';
import { registerList } from './list.js';
import { registerShow } from './show.js';
import { registerStatus } from './status.js';

export function register(parent: Command, run: Runner): void {
  const programmes = parent
    .command('programmes')
    .description(
      'training programmes (opplæringsløp) and what a learner still needs: assign, status, list, show',
    )
    .addHelpText(
      'after',
      nounHelp(
        'programmes',
        [
          ['"what do I still need?"', 'programmes status <learner>'],
          ['"give our new staff the programme"', 'programmes assign --employer | --file'],
          ['"what is in the programme?"', 'programmes show <code>'],
        ],
        'kursdesk programmes status kari.nordmann@banesignal.test --reply nb',
        'kursdesk programmes show OL-SV',
        'kursdesk programmes assign OL-KL --employer 988102342 --dry-run',
      ),
    );
  registerAssign(programmes, run);
  registerStatus(programmes, run);
  registerList(programmes, run);
  registerShow(programmes, run);
}
