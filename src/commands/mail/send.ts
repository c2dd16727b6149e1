// `kursdesk mail send`: deliver the outbox through SMTP; safe to run from several places at once.
import type { Command } from 'commander';
import { text as coded, type Notice } from '../../domain/messages/index.js';
import { noticeIn } from '../../errors.js';
import { mailSetup, senderName } from '../../mail/setup.js';
import { render } from '../../output/render.js';
import { wholeNumberOption } from '../input.js';
import { examples, type Runner } from '../runner.js';
import { MAIL_ENVIRONMENT_HELP } from './setup.js';

export function registerSend(mail: Command, run: Runner): void {
  mail
    .command('send')
    .description(
      'send the due messages of the outbox; exit 1 when any attempt failed (it stays queued for a retry)',
    )
    .option('--limit <n>', 'at most this many messages in this run', '200')
    .option('--dry-run', 'list the messages that are due, but send nothing')
    .addHelpText(
      'after',
      `
Each message is claimed before it is sent, so two mail send runs (two agents, or a timer and an agent) never send the same one. A failed attempt keeps the message queued with the server's error and a pause that doubles after each attempt; after the last attempt it is failed (kursdesk mail retry puts it back). A message whose link was replaced, revoked or has expired is withdrawn instead of sent. If a run is killed while sending, its message stays "sending": it may have gone out, so it is reported and not sent again until an agent has checked and runs mail retry.

${MAIL_ENVIRONMENT_HELP}
${examples('kursdesk mail send', 'kursdesk mail send --dry-run', 'kursdesk mail send --limit 20 --format json')}`,
    )
    .action(async (options: { limit: string; dryRun?: boolean }, command: Command) =>
      run(command, async (ctx) => {
        const limit = wholeNumberOption('--limit', options.limit, { min: 1, max: 10_000 });
        const setup = mailSetup(ctx);
        const { deliverOutbox, dueMessages } = await import('../../workflows/mail.js');
        const deps = await ctx.deps();
        const say = (notice: Notice) => noticeIn(notice, ctx.env);
        if (options.dryRun) {
          const due = await dueMessages(deps, limit);
          await render(ctx, {
            kind: 'list',
            rows: due,
            columns: ['id', 'created_at', 'to_address', 'subject', 'attempts', 'last_error'],
            idField: 'id',
            emptyNote: coded('note.mail-none-due-dry'),
          });
          if (due.length > 0)
            ctx.io.note(
              say(coded('note.mail-would-send', { count: due.length, server: setup.smtp.display })),
            );
          return undefined;
        }
        const { smtpMailer } = await import('../../mail/smtp.js');
        const mailer = await smtpMailer(setup.smtp);
        let report: Awaited<ReturnType<typeof deliverOutbox>>;
        try {
          report = await deliverOutbox(deps, mailer, {
            sender: senderName(ctx),
            from: setup.from,
            settings: setup.settings,
            limit,
          });
        } finally {
          mailer.close();
        }
        await render(ctx, {
          kind: 'list',
          rows: report.rows,
          columns: ['id', 'to_address', 'outcome', 'attempts', 'detail', 'next_attempt_at'],
          idField: 'id',
          emptyNote: coded('note.mail-none-due'),
        });
        const count = (outcome: string) => report.rows.filter((r) => r.outcome === outcome).length;
        if (report.rows.length > 0 || report.waiting > 0) {
          const sent = {
            sent: count('sent'),
            retry: count('retry'),
            failed: count('failed'),
            withdrawn: count('withdrawn'),
            waiting: report.waiting,
            next: report.nextDue ?? undefined,
          };
          ctx.io.note(say(coded('note.mail-sent', sent)));
        }
        for (const row of report.rows.filter((r) => r.outcome === 'withdrawn')) {
          ctx.io.warn(
            say(coded('note.mail-withdrawn', { id: row.id, to: row.to_address, detail: row.detail })),
          );
        }
        for (const stuck of report.abandoned) {
          const claim = { id: stuck.id, sender: stuck.claimed_by, until: stuck.claimed_until };
          ctx.io.warn(say(coded('note.mail-stuck', claim)));
        }
        if (report.stopped) {
          ctx.io.warn(say(coded('note.mail-stopped', { reason: report.stopped })));
          return 1;
        }
        const failed = report.rows.filter((r) => r.outcome === 'retry' || r.outcome === 'failed');
        if (failed.length > 0) {
          ctx.io.warn(
            say(coded('note.mail-not-delivered', { count: failed.length, detail: failed[0]!.detail })),
          );
          return 1;
        }
        return undefined;
      }),
    );
}
