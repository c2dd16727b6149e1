// `kursdesk mail …`: the outbox and its delivery over SMTP.
import type { Command } from 'commander';
import type { Runner } from '../runner.js';
import { registerList } from './list.js';
import { registerRetry } from './retry.js';
import { registerSend } from './send.js';

export function register(parent: Command, run: Runner): void {
  const mail = parent
    .command('mail')
    .description('the outbox: send, list, retry')
    .addHelpText('after', '\nRun kursdesk mail <verb> --help for the options and examples of each verb.\n');
  registerSend(mail, run);
  registerList(mail, run);
  registerRetry(mail, run);
}
