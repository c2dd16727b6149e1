// `kursdesk mail …`: the outbox and its delivery over SMTP.
import type { Command } from 'commander';
import { nounHelp, type Runner } from '../runner.js';
import { registerList } from './list.js';
import { registerRetry } from './retry.js';
import { registerSend } from './send.js';

export function register(parent: Command, run: Runner): void {
  const mail = parent
    .command('mail')
    .description('the outbox of e-mails kursdesk sends (links, waitlist seats): send, list, retry')
    .addHelpText(
      'after',
      nounHelp(
        'mail',
        [
          ['"the e-mail never came" (with SMTP set)', 'mail list --user <learner>'],
          ['a message that failed', 'mail retry <id>, then mail send'],
        ],
        'kursdesk mail list --status failed',
        'kursdesk mail list --user 42 --format json',
      ),
    );
  registerSend(mail, run);
  registerList(mail, run);
  registerRetry(mail, run);
}
