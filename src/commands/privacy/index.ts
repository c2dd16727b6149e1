// `kursdesk privacy …`: W20, a person's requests about their data, and retention.
import type { Command } from 'commander';
import type { Runner } from '../runner.js';
import { registerErase } from './erase.js';
import { registerExport } from './export.js';
import { registerRetention } from './retention.js';

export function register(parent: Command, run: Runner): void {
  const privacy = parent
    .command('privacy')
    .description('personal data requests (W20): export, erase, retention')
    .addHelpText(
      'after',
      '\nRun kursdesk privacy <verb> --help for the options and examples of each verb.\n',
    );
  registerExport(privacy, run);
  registerErase(privacy, run);
  registerRetention(privacy, run);
}
