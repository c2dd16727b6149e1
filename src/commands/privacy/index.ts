// `kursdesk privacy …`: W20, a person's requests about their data, and retention.
import type { Command } from 'commander';
import { nounHelp, type Runner } from '../runner.js';
import { registerErase } from './erase.js';
import { registerExport } from './export.js';
import { registerRetention } from './retention.js';

export function register(parent: Command, run: Runner): void {
  const privacy = parent
    .command('privacy')
    .description('personal data requests: what we store about a learner (export) and deleting it (erase)')
    .addHelpText(
      'after',
      nounHelp(
        'privacy',
        [
          ['"what do you store about me?"', 'privacy export <learner> --out <file>'],
          ['"delete me"', 'privacy erase <learner> --ticket … --reason …'],
        ],
        'kursdesk privacy export kari.nordmann@banesignal.test --out kari.json --ticket SUP-5120 --reply nb',
        "kursdesk privacy erase 42 --ticket SUP-5121 --reason 'erasure requested by e-mail' --dry-run",
      ),
    );
  registerExport(privacy, run);
  registerErase(privacy, run);
  registerRetention(privacy, run);
}
