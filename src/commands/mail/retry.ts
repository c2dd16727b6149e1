// `kursdesk mail retry`: put a failed or abandoned message back in the queue.
import type { Command } from 'commander';
import { text as coded } from '../../domain/messages/index.js';
import { noticeIn, UsageError } from '../../errors.js';
import { examples, type Runner } from '../runner.js';

export function registerRetry(mail: Command, run: Runner): void {
  mail
    .command('retry')
    .description(
      'queue a failed message again, or one left "sending" by a run that stopped (check it did not arrive first)',
    )
    .argument('<id...>', 'outbox message ids')
    .addHelpText(
      'after',
      examples('kursdesk mail retry 1', 'kursdesk mail retry 1 --ticket SUP-4600 && kursdesk mail send'),
    )
    .action(async (ids: string[], _options: unknown, command: Command) =>
      run(command, async (ctx) => {
        const numbers = ids.map((id) => {
          if (!/^\d{1,10}$/.test(id) || Number(id) < 1)
            throw new UsageError(coded('mail.bad-id', { given: id }));
          return Number(id);
        });
        const { retryMessage } = await import('../../workflows/mail.js');
        const deps = await ctx.deps();
        for (const id of numbers) {
          const done = await retryMessage(deps, id);
          ctx.io.note(noticeIn(coded('note.mail-queued-again', { id: done.id, from: done.from }), ctx.env));
        }
        return undefined;
      }),
    );
}
