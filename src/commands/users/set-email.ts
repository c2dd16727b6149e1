// `kursdesk users set-email`: W4, a new login e-mail for a learner whose identity support has verified.

import type { Command } from 'commander';
import { parseEmail } from '../../domain/learner.js';
import { text as coded, type Notice } from '../../domain/messages/index.js';
import { maskEmail } from '../../domain/personal-data.js';
import type { ReplyLang } from '../../domain/replies/catalogue.js';
import { noticeIn } from '../../errors.js';
import { LEARNER_ARGUMENT, learnerArgument, optionalValue } from '../input.js';
import { addressed, renderRecordWithReply, replyOption, replyToOption } from '../reply.js';
import { examples, forTickets, type Runner } from '../runner.js';
import { profileView } from './view.js';

export function registerSetEmail(users: Command, run: Runner): void {
  users
    .command('set-email')
    .description(
      'change the login e-mail (needs --ticket); the old address stays in the history and open links are revoked',
    )
    .argument('<learner>', LEARNER_ARGUMENT)
    .argument('<new-email>', 'the new login address')
    .option('--dry-run', 'check and show the result, but write nothing')
    .addOption(replyOption())
    .addOption(replyToOption())
    .addHelpText(
      'after',
      forTickets('I have a new e-mail address and cannot read the old one') +
        examples(
          'kursdesk users set-email kari.nordmann@nordbane.test kari.nordmann@nyfirma.test --ticket SUP-2291',
          'kursdesk users set-email 42 ola@gmail.com --ticket SUP-2301 --dry-run',
          'kursdesk users set-email 301 kari.nordmann@nyfirma.test --ticket SUP-2302 --reply nb   # and the answer to paste',
        ),
    )
    .action(
      async (
        learner: string,
        newEmail: string,
        options: { dryRun?: boolean; reply?: ReplyLang; replyTo?: string },
        command: Command,
      ) =>
        run(command, async (ctx) => {
          const email = optionalValue({ flag: '<new-email>', raw: newEmail, parse: parseEmail }) as string;
          const { changeLoginEmail } = await import('../../workflows/set-email.js');
          const change = await changeLoginEmail(
            await ctx.deps(),
            await learnerArgument(ctx, learner),
            email,
            {
              dryRun: options.dryRun === true,
            },
          );
          for (const warning of change.warnings) ctx.io.warn(noticeIn(warning, ctx.env));
          let reply: string | undefined;
          if (options.reply) {
            const { emailChangedReply, firstNameOf } = await import('../../domain/replies/answers.js');
            // To someone else (--reply-to) the new login is masked, as every third party sees a login.
            reply = emailChangedReply(options.reply, {
              ...addressed(
                { firstName: firstNameOf(change.profile.given_names) },
                options.replyTo,
                `${change.profile.given_names} ${change.profile.family_name}`,
              ),
              email: options.replyTo === undefined ? email : maskEmail(email),
              pending: change.profile.status === 'pending',
            });
          }
          await renderRecordWithReply(ctx, profileView(change.profile), reply);
          const say = (notice: Notice) => noticeIn(notice, ctx.env);
          const next = { user: change.profile.id, reply: options.reply ?? 'nb' };
          ctx.io.note(
            say(
              coded('note.login-changed', {
                dryRun: change.dryRun,
                user: change.profile.id,
                from: change.oldEmail,
                to: email,
                revoked: change.revokedLinks,
              }),
            ),
          );
          if (!change.dryRun && change.profile.status === 'pending') {
            // Never activated: no password to reset; the activation link is the next step, not an option.
            ctx.io.note(say(coded('note.login-next-activation', next)));
          } else if (!change.dryRun) {
            ctx.io.note(say(coded('note.login-next-password')));
            ctx.io.note(say(coded('note.login-next-reset', next)));
          }
          return undefined;
        }),
    );
}
