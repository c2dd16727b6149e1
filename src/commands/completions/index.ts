// `kursdesk results …` (formerly `completions`, still accepted): recording that learners completed courses (W15).
import type { Command } from 'commander';
import type { Runner } from '../runner.js';
import { registerImport } from './import.js';
import { registerRecord } from './record.js';

export function register(parent: Command, run: Runner): void {
  const completions = parent
    .command('results')
    .description("course results (completions): record one, import an instructor's result list")
    .addHelpText(
      'after',
      '\nRun kursdesk results <verb> --help for the options and examples of each verb.\nThe old name kursdesk completions still works.\n',
    );
  registerRecord(completions, run);
  registerImport(completions, run);
}
