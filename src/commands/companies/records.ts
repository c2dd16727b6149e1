// `kursdesk companies find | show | list | update`: customers as support looks them up and corrects them.
import { type Command, Option } from 'commander';
import { COMPANY_FIELDS, type CompanyField } from '../../domain/companies/fields.js';
import { text as coded } from '../../domain/messages/index.js';
import { orgNumberShown, parseOrgNumber } from '../../domain/org-number.js';
import { noticeIn, UsageError } from '../../errors.js';
import { render } from '../../output/render.js';
import { searchText, wholeNumberOption } from '../input.js';
import { examples, type Runner } from '../runner.js';
import { companyListView, companyView, flagFor, profileView } from './view.js';

function orgArgument(text: string): string {
  const org = parseOrgNumber(text);
  if (!org.ok)
    throw new UsageError(
      coded('option.org-number-refused', { shown: orgNumberShown(text), reason: org.text ?? org.error }),
    );
  return org.value;
}

function positive(name: string, text: string | undefined, fallback: number, min = 1): number {
  if (text === undefined) return fallback;
  return wholeNumberOption(name, text, { min });
}

/** Every company field but the org number, which identifies the company and never changes. */
const UPDATABLE: readonly CompanyField[] = COMPANY_FIELDS.filter((f) => f !== 'org_number');

export function registerRecords(companies: Command, run: Runner): void {
  companies
    .command('find')
    .description('find customers by part of the name or the start of the org number')
    .argument('<text>', 'name fragment or org number digits (at most 200 characters)')
    .option('--limit <n>', 'at most this many (default 50)')
    .option('--all', 'every match (no --limit)')
    .addHelpText(
      'after',
      examples(
        'kursdesk companies find fjellbrudd',
        'kursdesk companies find 9123 --format ids',
        "kursdesk companies find 'sønn' --format json",
      ),
    )
    .action(async (text: string, options: { limit?: string; all?: boolean }, command: Command) =>
      run(command, async (ctx) => {
        const { findCompanyRows } = await import('../../workflows/companies/records.js');
        const found = await findCompanyRows(
          { db: await ctx.db() },
          searchText(text),
          options.all ? null : positive('--limit', options.limit, 50),
        );
        await render(
          ctx,
          companyListView(
            found.rows,
            coded('empty.no-customer-matches', { query: orgNumberShown(text) }),
            found.total,
          ),
        );
        return undefined;
      }),
    );

  companies
    .command('show')
    .description("one customer, with its number of learners and the registers' data")
    .argument('<orgnr>', 'organisation number')
    .addHelpText(
      'after',
      examples(
        'kursdesk companies show 912837459',
        'kursdesk companies show "912 837 459" --format json | jq .learners',
      ),
    )
    .action(async (orgnr: string, _options: unknown, command: Command) =>
      run(command, async (ctx) => {
        const { companyProfile } = await import('../../workflows/companies/records.js');
        await render(ctx, profileView(await companyProfile({ db: await ctx.db() }, orgArgument(orgnr))));
        return undefined;
      }),
    );

  companies
    .command('list')
    .description('list customers by name')
    .addOption(
      new Option('--status <status>', 'only active or inactive ones').choices(['active', 'inactive']),
    )
    .option('--not-in-elma', 'only those invoiced by e-mail (not listed in ELMA)')
    .option('--limit <n>', 'at most this many (default 100)')
    .option('--all', 'every company (no --limit)')
    .option('--offset <n>', 'skip this many first')
    .addHelpText(
      'after',
      examples(
        'kursdesk companies list',
        'kursdesk companies list --not-in-elma --format csv > epostfaktura.csv',
        'kursdesk companies list --status inactive --format count',
      ),
    )
    .action(
      async (
        options: {
          status?: 'active' | 'inactive';
          notInElma?: boolean;
          limit?: string;
          all?: boolean;
          offset?: string;
        },
        command: Command,
      ) =>
        run(command, async (ctx) => {
          const { listCompanyRows } = await import('../../workflows/companies/records.js');
          const listed = await listCompanyRows(
            { db: await ctx.db() },
            {
              ...(options.status ? { status: options.status } : {}),
              notInElma: options.notInElma === true,
              limit: options.all ? null : positive('--limit', options.limit, 100),
              offset: positive('--offset', options.offset, 0, 0),
            },
          );
          await render(ctx, companyListView(listed.rows, coded('empty.no-customers'), listed.total));
          return undefined;
        }),
    );

  const update = companies
    .command('update')
    .description('change a customer: invoice address and e-mail, contact person, domains, status')
    .argument('<orgnr>', 'organisation number');
  for (const field of UPDATABLE) update.option(`${flagFor(field)} <value>`, field.replaceAll('_', ' '));
  update
    .option('--clear-invoice-address', 'invoices go to the business address again')
    .option('--clear-invoice-email', 'no invoice e-mail (only for companies in ELMA)')
    .option('--clear-email-domains', 'forget the e-mail domains')
    .addOption(new Option('--status <status>', 'active or inactive').choices(['active', 'inactive']))
    .option('--dry-run', 'check and show the result, but write nothing')
    .addHelpText(
      'after',
      examples(
        'kursdesk companies update 988102342 --invoice-email faktura@vestlandets-kontaktledning.test --ticket ACC-88',
        'kursdesk companies update 919203471 --contact-name "Per Lie" --contact-email per.lie@ofoten-jernbaneservice.test --contact-phone 93456781',
        'kursdesk companies update 910673858 --status inactive --dry-run',
      ),
    )
    .action(async (orgnr: string, options: Record<string, string | boolean | undefined>, command: Command) =>
      run(command, async (ctx) => {
        const patch: Partial<Record<CompanyField, string | null>> & { status?: 'active' | 'inactive' } = {};
        for (const field of UPDATABLE) {
          const value = options[field.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())];
          if (typeof value === 'string') patch[field] = value;
        }
        if (options.clearInvoiceAddress) {
          patch.invoice_street = null;
          patch.invoice_postal_code = null;
          patch.invoice_city = null;
        }
        if (options.clearInvoiceEmail) patch.invoice_email = null;
        if (options.clearEmailDomains) patch.email_domains = null;
        if (options.status === 'active' || options.status === 'inactive') patch.status = options.status;
        const { updateCompany } = await import('../../workflows/companies/records.js');
        const result = await updateCompany(await ctx.deps(), orgArgument(orgnr), patch, {
          dryRun: options.dryRun === true,
          label: flagFor,
        });
        for (const warning of result.warnings) ctx.io.warn(noticeIn(warning, ctx.env));
        await render(ctx, companyView(result.after));
        const done =
          result.changed.length === 0
            ? coded('note.company-unchanged')
            : coded('note.company-changed', { dryRun: result.dryRun, fields: result.changed });
        ctx.io.note(noticeIn(done, ctx.env));
        return undefined;
      }),
    );
}
