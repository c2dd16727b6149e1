// `kursdesk mail list`: the outbox, newest first; a link's token is never shown.
import { type Command, Option } from 'commander';
import { render } from '../../output/render.js';
import { hiddenAlias, USER_FLAG } from '../grammar.js';
import { learnerIdOption, wholeNumberOption } from '../input.js';
import { examples, type Runner } from '../runner.js';

interface ListOptions {
  status?: 'pending' | 'sending' | 'sent' | 'failed';
  user?: string;
  limit: string;
  all?: boolean;
}

export function registerList(mail: Command, run: Runner): void {
  mail
    .command('list')
    .description('the outbox, newest first: recipient, status, attempts, the next retry and the last error')
    .addOption(
      new Option('--status <status>', 'only messages in this state').choices([
        'pending',
        'sending',
        'sent',
        'failed',
      ]),
    )
    .option(USER_FLAG, "only this learner's messages (id, e-mail or national ID)")
    .addOption(hiddenAlias('--learner <learner>', 'user'))
    .option('--limit <n>', 'at most this many', '50')
    .option('--all', 'every message (no --limit)')
    .addHelpText(
      'after',
      `
json and yaml include each body and the SMTP server's reply; a link's token shows as a placeholder.
${examples('kursdesk mail list --status pending', 'kursdesk mail list --user 42 --format json', 'kursdesk mail list --status failed --format csv')}`,
    )
    .action(async (options: ListOptions, command: Command) =>
      run(command, async (ctx) => {
        const limit = options.all ? null : wholeNumberOption('--limit', options.limit, { min: 1 });
        const db = await ctx.db();
        const userId = await learnerIdOption(ctx, { db, secret: ctx.secret }, options.user);
        const { countOutbox, listOutbox } = await import('../../workflows/mail.js');
        const filter = {
          ...(options.status ? { status: options.status } : {}),
          ...(userId === undefined ? {} : { userId }),
        };
        const rows = await listOutbox({ db }, { ...filter, limit });
        const total = limit !== null && rows.length >= limit ? await countOutbox({ db }, filter) : undefined;
        await render(ctx, {
          kind: 'list',
          rows,
          columns: [
            'id',
            'created_at',
            'to_address',
            'kind',
            'status',
            'attempts',
            'next_attempt_at',
            'sent_at',
            'last_error',
          ],
          idField: 'id',
          ...(total === undefined ? {} : { total }),
          emptyNote: 'the outbox has no such messages',
        });
        return undefined;
      }),
    );
}
