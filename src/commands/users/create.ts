// `kursdesk users create`: register a learner (W16), refusing a second account for the same person.

import { type Command, Option } from 'commander';
import { isoDate } from '../../context/clock.js';
import { parseBirthDate } from '../../domain/dates.js';
import {
  ACCOUNT_STATUSES,
  ACCOUNT_TYPES,
  type AccountType,
  parseChoice,
  parseEmail,
  parseHmsCardNumber,
  parseInvoiceReference,
  parseName,
  parsePhone,
  typeNeedsEmployer,
} from '../../domain/learner.js';
import { text as coded } from '../../domain/messages/index.js';
import { parseNationalId } from '../../domain/national-id.js';
import { noticeIn } from '../../errors.js';
import { render } from '../../output/render.js';
import { companyValue } from '../company-input.js';
import { optionalValue, readStdinValue, requiredValue } from '../input.js';
import { examples, forTickets, type Runner } from '../runner.js';
import { profileView } from './view.js';

interface CreateOptions {
  firstName?: string;
  lastName?: string;
  birthdate?: string;
  email?: string;
  nationalId?: string;
  hmsCard?: string;
  type?: string;
  status?: string;
  employer?: string;
  invoiceRef?: string;
  phone?: string;
  dryRun?: boolean;
}

export function registerCreate(users: Command, run: Runner): void {
  users
    .command('create')
    .description('register a learner; a national ID that already has an account is refused (exit 4)')
    .option('--first-name <names>', 'given name(s)')
    .option('--last-name <name>', 'family name')
    .option(
      '--birthdate <date>',
      'birth date (14.03.1985, 1985-03-14, 140385); default: from the national ID',
    )
    .option('--email <address>', 'e-mail address, the login name')
    .option(
      '--national-id <number|->',
      "fødselsnummer or D-number; '-' reads it from stdin (keeps it out of shell history)",
    )
    .option('--hms-card <number>', 'HMS card number (the number on the card, not the national ID)')
    .addOption(new Option('--type <type>', 'account type').choices(ACCOUNT_TYPES as unknown as string[]))
    .addOption(
      new Option('--status <status>', 'account status (default pending: must activate)').choices([
        'pending',
        'active',
      ]),
    )
    .option('--employer <company>', 'employer: org number or name (needed for full and driver accounts)')
    .option('--invoice-ref <ref>', "reference on the employer's invoices")
    .option('--phone <number>', 'phone number')
    .option('--dry-run', 'check everything and show the result, but write nothing')
    .addHelpText(
      'after',
      forTickets('please register our new apprentice') +
        examples(
          "kursdesk users create --first-name 'Kari-Anne' --last-name Nordmann --email kari@firma.no --national-id - --hms-card 1234567 --type free < fnr.txt",
          'kursdesk users create --first-name Ola --last-name Hansen --email ola@bygg.no --national-id - --hms-card 7654321 --type full --employer 912-837-459 --ticket SUP-1234 < fnr.txt',
          'kursdesk users create   # in a terminal: asks for each value',
        ),
    )
    .action(async (options: CreateOptions, command: Command) =>
      run(command, async (ctx) => {
        const today = isoDate(ctx.clock.now());
        const givenNames = await requiredValue(ctx, {
          flag: '--first-name',
          question: 'First name(s)',
          raw: options.firstName,
          parse: (t) => parseName(t, 'first name'),
        });
        const familyName = await requiredValue(ctx, {
          flag: '--last-name',
          question: 'Last name',
          raw: options.lastName,
          parse: (t) => parseName(t, 'last name'),
        });
        const email = await requiredValue(ctx, {
          flag: '--email',
          question: 'E-mail (login)',
          raw: options.email,
          parse: parseEmail,
        });
        const nationalId = await requiredValue(ctx, {
          flag: '--national-id',
          question: 'National ID (fødselsnummer or D-number)',
          raw: await readStdinValue(ctx, options.nationalId),
          secret: true,
          // Whether a synthetic number is allowed depends on the database; the workflow decides that.
          parse: (t) => parseNationalId(t, { allowSynthetic: true, today }),
        });
        const birthDate = optionalValue({
          flag: '--birthdate',
          raw: options.birthdate,
          parse: (t) => parseBirthDate(t, today),
        });
        const hmsCard = await requiredValue(ctx, {
          flag: '--hms-card',
          question: 'HMS card number',
          raw: options.hmsCard,
          parse: parseHmsCardNumber,
        });
        const accountType: AccountType =
          options.type !== undefined
            ? (options.type as AccountType)
            : ctx.prompter.canPrompt
              ? await ctx.prompter.select('Account type', [
                  { value: 'free', name: 'free: free e-learning only' },
                  { value: 'full', name: 'full: the whole catalogue (needs an employer)' },
                  { value: 'driver', name: 'driver: train-driver training (needs an employer)' },
                ])
              : 'free';
        const employerOrgNumber = typeNeedsEmployer(accountType)
          ? await companyValue(ctx, {
              flag: '--employer',
              question: 'Employer (name or org number)',
              raw: options.employer,
            })
          : await companyValue(ctx, { flag: '--employer', raw: options.employer });
        const status = optionalValue({
          flag: '--status',
          raw: options.status,
          parse: (t) => parseChoice(t, ACCOUNT_STATUSES, 'status'),
        });
        const { createLearner } = await import('../../workflows/learners.js');
        const deps = await ctx.deps();
        const created = await createLearner(
          deps,
          {
            givenNames,
            familyName,
            birthDate,
            email,
            nationalId,
            hmsCard,
            accountType,
            status: status ?? 'pending',
            employerOrgNumber,
            invoiceReference: optionalValue({
              flag: '--invoice-ref',
              raw: options.invoiceRef,
              parse: parseInvoiceReference,
            }),
            phone: optionalValue({ flag: '--phone', raw: options.phone, parse: parsePhone }),
          },
          { dryRun: options.dryRun === true },
        );
        for (const warning of created.warnings) ctx.io.warn(noticeIn(warning, ctx.env));
        await render(ctx, profileView(created.profile));
        const done = created.dryRun
          ? coded('note.learner-would-create')
          : coded('note.learner-created', { id: created.profile.id, status: created.profile.status });
        ctx.io.note(noticeIn(done, ctx.env));
        return undefined;
      }),
    );
}
