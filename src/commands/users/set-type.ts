// `kursdesk users set-type`: W10, change the account type, asking for the fields the new type requires.
import { type Command, Option } from 'commander';
import { type DriverDetails, parseDepot, parseLicence } from '../../domain/driver-details.js';
import {
  ACCOUNT_TYPES,
  type AccountType,
  parseChoice,
  parseInvoiceReference,
  typeNeedsEmployer,
} from '../../domain/learner.js';
import type { MailLang } from '../../domain/link-mail.js';
import { text as coded } from '../../domain/messages/index.js';
import type { ReplyLang } from '../../domain/replies/catalogue.js';
import { noticeIn } from '../../errors.js';
import { companyValue } from '../company-input.js';
import { changeApproval } from '../confirm.js';
import { LEARNER_ARGUMENT, learnerArgument, optionalValue, requiredValue } from '../input.js';
import { addressed, renderRecordWithReply, replyOption, replyToOption } from '../reply.js';
import { examples, forTickets, type Runner } from '../runner.js';
import { profileView } from './view.js';

interface SetTypeOptions {
  employer?: string;
  invoiceRef?: string;
  depot?: string;
  licence?: string;
  cancelPaid?: boolean;
  lang?: MailLang;
  dryRun?: boolean;
  reply?: ReplyLang;
  replyTo?: string;
}

export function registerSetType(users: Command, run: Runner): void {
  users
    .command('set-type')
    .description('change the account type (free, full, driver) with the fields the new type requires')
    .argument('<learner>', LEARNER_ARGUMENT)
    .argument('<type>', `the new type: ${ACCOUNT_TYPES.join(', ')}`)
    .option(
      '--employer <company>',
      'employer to invoice paid courses to, by org number or name (full and driver; an active customer)',
    )
    .option('--invoice-ref <ref>', "reference on the employer's invoices")
    .option('--depot <place>', 'driver: the home depot or training location')
    .option('--licence <number>', "driver: the train-driver licence number ('none' while in training)")
    .option('--cancel-paid', 'cancel the bookings the new type may not keep; their seats go to the waitlists')
    .addOption(
      new Option('--lang <lang>', 'language of the mails to learners who get a cancelled seat').choices([
        'nb',
        'en',
      ]),
    )
    .option('--dry-run', 'check everything and show the result, but write nothing')
    .addOption(replyOption())
    .addOption(replyToOption())
    .addHelpText(
      'after',
      `
full and driver accounts see paid courses, which are invoiced to the employer: they need one. A learner without an employer gets the one given with --employer (it must be an active customer); a learner who has one keeps it (a new employer is kursdesk users move). A driver account also holds its driver details, stored as {"licence":"F4410982","depot":"Narvik"} (personal data, never shown or audited in full); they are cleared when the learner leaves the driver type. In a terminal, missing values are asked for; otherwise a missing one is an error naming its flag.

A change that would leave the learner booked on units the new type may not book (going down to free with seats on paid courses, for example) is refused with exit 4, listing them, unless --cancel-paid cancels them in the same change; each freed seat goes to the first on that unit's waitlist.

Exit codes: 2 a missing or malformed value, or no change; 3 unknown learner or company; 4 bookings in the way, a stale update, or an employer change (use users move); 5 an inactive employer.
${forTickets('I need the full catalogue', 'I am starting driver training')}${examples(
  'kursdesk users set-type 76 driver --depot Narvik --licence F4410982 --ticket SUP-5141',
  'kursdesk users set-type 42 free --cancel-paid --dry-run',
  'kursdesk users set-type hanne.moe86@epost.test full --employer 912837459 --ticket SUP-5142 --reply en   # and the answer to paste',
)}`,
    )
    .action(async (learner: string, typeText: string, options: SetTypeOptions, command: Command) =>
      run(command, async (ctx) => {
        const type = optionalValue({
          flag: '<type>',
          raw: typeText,
          parse: (t) => parseChoice(t, ACCOUNT_TYPES, 'account type'),
        }) as AccountType;
        const { startTypeChange, changeAccountType } = await import('../../workflows/set-type.js');
        const deps = await ctx.deps();
        const start = await startTypeChange(deps, await learnerArgument(ctx, learner));
        if (start.note) ctx.io.note(noticeIn(start.note, ctx.env));

        const employerOrgNumber =
          typeNeedsEmployer(type) && start.employer === null
            ? await companyValue(ctx, {
                flag: '--employer',
                question: `Employer, name or org number (a ${type} account's paid courses are invoiced to it)`,
                raw: options.employer,
              })
            : await companyValue(ctx, { flag: '--employer', raw: options.employer });
        let driver: DriverDetails | undefined;
        if (type === 'driver') {
          const depot =
            options.depot === undefined && start.driver
              ? start.driver.depot
              : await requiredValue(ctx, {
                  flag: '--depot',
                  question: 'Home depot or training location',
                  raw: options.depot,
                  parse: parseDepot,
                });
          const licence =
            options.licence !== undefined
              ? (optionalValue({ flag: '--licence', raw: options.licence, parse: parseLicence }) ?? null)
              : start.driver
                ? start.driver.licence
                : ctx.prompter.canPrompt
                  ? await requiredValue(ctx, {
                      flag: '--licence',
                      question: "Train-driver licence number ('none' while in training)",
                      raw: undefined,
                      parse: parseLicence,
                    })
                  : null;
          driver = { licence, depot };
        } else if (options.depot !== undefined || options.licence !== undefined) {
          ctx.io.warn(noticeIn(coded('note.driver-details-ignored', { type: String(type) }), ctx.env));
        }
        const request = {
          type,
          employerOrgNumber,
          invoiceReference: optionalValue({
            flag: '--invoice-ref',
            raw: options.invoiceRef,
            parse: parseInvoiceReference,
          }),
          driver,
          cancelPaid: options.cancelPaid === true,
          lang: options.lang,
        };
        const { planApproveApply } = await import('../../db/write-gate.js');
        // Only --cancel-paid makes this irreversible: cancelled seats go to the waitlists at once.
        const changed = await planApproveApply(
          (dryRun) => changeAccountType(deps, start, request, { dryRun }),
          {
            dryRun: options.dryRun === true,
            approval: { ...changeApproval(ctx), needed: !ctx.yes && options.cancelPaid === true },
            describe: (planned) =>
              planned.cancelled.length === 0
                ? null
                : {
                    summary: coded('plan.set-type-cancel', {
                      learner: planned.profile.id,
                      accountType: planned.profile.account_type,
                      cancelled: planned.cancelled.length,
                    }),
                    details: planned.cancelled.map((c) =>
                      coded('plan.set-type-cancelled-booking', {
                        was: c.was,
                        unit: c.unit,
                        course: c.course,
                        startsAt: c.starts_at,
                        promoted: c.promoted,
                      }),
                    ),
                  },
          },
        );
        let reply: string | undefined;
        if (options.reply) {
          const { typeChangedReply } = await import('../../domain/replies/answers.js');
          const { typeChangedFacts } = await import('../../workflows/reply-facts.js');
          reply = typeChangedReply(
            options.reply,
            addressed(
              typeChangedFacts(changed),
              options.replyTo,
              `${changed.profile.given_names} ${changed.profile.family_name}`,
            ),
          );
        }
        await renderRecordWithReply(ctx, profileView(changed.profile), reply);
        for (const c of changed.cancelled) {
          const cancelled = coded('note.booking-cancelled', {
            dryRun: changed.dryRun,
            waitlist: c.was !== 'enrolled',
            unit: c.unit,
            course: c.course,
            startsAt: c.starts_at,
            promoted: c.promoted,
          });
          ctx.io.note(noticeIn(cancelled, ctx.env));
        }
        const done = coded('note.type-changed', {
          dryRun: changed.dryRun,
          id: changed.profile.id,
          from: changed.oldType,
          to: changed.profile.account_type,
          employer: changed.profile.employer ?? null,
          orgNumber: changed.profile.employer_org_number ?? null,
        });
        ctx.io.note(noticeIn(done, ctx.env));
        return undefined;
      }),
    );
}
