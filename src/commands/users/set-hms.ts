// `kursdesk users set-hms`: W11, the learner's new HMS card (a new one comes every second year).
import type { Command } from 'commander';
import { isoDate } from '../../context/clock.js';
import { parseDate } from '../../domain/dates.js';
import { parseHmsCardNumber } from '../../domain/learner.js';
import { text as coded } from '../../domain/messages/index.js';
import type { ReplyLang } from '../../domain/replies/catalogue.js';
import { noticeIn } from '../../errors.js';
import {
  EXPECT_VERSION_OPTION,
  expectedVersion,
  LEARNER_ARGUMENT,
  learnerArgument,
  optionalValue,
} from '../input.js';
import { addressed, renderRecordWithReply, replyOption, replyToOption } from '../reply.js';
import { examples, forTickets, type Runner } from '../runner.js';
import { profileView } from './view.js';

export function registerSetHms(users: Command, run: Runner): void {
  users
    .command('set-hms')
    .description("record a learner's new HMS card number and its issue date; the card is due two years later")
    .argument('<learner>', LEARNER_ARGUMENT)
    .argument('<number>', 'the card number: 4 to 20 letters and digits (spaces and hyphens are dropped)')
    .option('--issued <date>', 'the issue date printed on the card (default: today)')
    .option(...EXPECT_VERSION_OPTION)
    .option('--dry-run', 'check and show the result, but write nothing')
    .addOption(replyOption())
    .addOption(replyToOption())
    .addHelpText(
      'after',
      `
The number is kept as the card shows it, upper-cased; HMS card numbers have no public format or check digit, so only the characters and the length are checked, and a national ID is refused (never stored; the card's own number is printed on the card). Output shows the last three characters.
Exit codes: 0 recorded; 2 a bad number or date, or the same card again; 3 no such learner; 4 the learner was changed by someone else since it was read.
${forTickets('I got a new HMS card')}${examples(
  'kursdesk users set-hms 42 "HMS 4011 2233" --issued 03.11.2026 --ticket SUP-2502',
  'kursdesk users set-hms 42 40112233 --dry-run --format json',
  'kursdesk users set-hms 42 40112233 --ticket SUP-2503 --reply nb   # and the answer to paste',
)}`,
    )
    .action(
      async (
        learner: string,
        number: string,
        options: {
          issued?: string;
          expectVersion?: string;
          dryRun?: boolean;
          reply?: ReplyLang;
          replyTo?: string;
        },
        command: Command,
      ) =>
        run(command, async (ctx) => {
          const card = optionalValue({ flag: '<number>', raw: number, parse: parseHmsCardNumber }) as string;
          const today = isoDate(ctx.clock.now());
          const issuedOn = optionalValue({
            flag: '--issued',
            raw: options.issued,
            parse: (text) => parseDate(text, today),
          });
          const expectVersion = expectedVersion(options.expectVersion);
          const { setHmsCard } = await import('../../workflows/hms-cards.js');
          const change = await setHmsCard(
            await ctx.deps(),
            await learnerArgument(ctx, learner),
            { number: card, issuedOn, expectVersion },
            { dryRun: options.dryRun === true },
          );
          for (const warning of change.warnings) ctx.io.warn(noticeIn(warning, ctx.env));
          for (const note of change.notes) ctx.io.note(noticeIn(note, ctx.env));
          let reply: string | undefined;
          if (options.reply && change.profile.hms_card && change.profile.hms_card_renewal_due) {
            const { hmsRecordedReply, firstNameOf } = await import('../../domain/replies/answers.js');
            reply = hmsRecordedReply(options.reply, {
              ...addressed(
                { firstName: firstNameOf(change.profile.given_names) },
                options.replyTo,
                `${change.profile.given_names} ${change.profile.family_name}`,
              ),
              maskedCard: change.profile.hms_card,
              dueOn: change.profile.hms_card_renewal_due,
            });
          }
          await renderRecordWithReply(ctx, profileView(change.profile), reply);
          const recorded = coded('note.hms-recorded', {
            dryRun: change.dryRun,
            card: change.profile.hms_card,
            id: change.profile.id,
            previous: change.previous,
            due: change.profile.hms_card_renewal_due,
          });
          ctx.io.note(noticeIn(recorded, ctx.env));
          return undefined;
        }),
    );
}
