// `kursdesk companies register`: make a company a customer from its request (W7), checked against
// the Brønnøysund and ELMA extracts; a company that already is one gives exit 4 and its record.
import type { Command } from 'commander';
import { z } from 'zod';
import { readInputFile } from '../../context/input-file.js';
import { COMPANY_FIELDS, type CompanyField, FIELD_PARSERS } from '../../domain/companies/fields.js';
import { alreadyCustomerReply, registeredReply } from '../../domain/companies/replies.js';
import { text as coded } from '../../domain/messages/index.js';
import { orgNumberNotice, orgNumberShown, parseOrgNumber } from '../../domain/org-number.js';
import type { Lang } from '../../domain/replies.js';
import { noticeIn, UsageError } from '../../errors.js';
import { render } from '../../output/render.js';
import { quotedName } from '../../output/terminal-text.js';
import { requiredValue } from '../input.js';
import { renderRecordWithReply, replyOption } from '../reply.js';
import { examples, forTickets, type Runner } from '../runner.js';
import { companyView, flagFor } from './view.js';

type RegisterOptions = Partial<Record<string, string>> & {
  from?: string;
  force?: boolean;
  dryRun?: boolean;
  reply?: Lang;
};

const text = z.string().optional();
const address = z.object({ street: text, postal_code: text, city: text }).strict().optional();
/** The request file: the fields by their names, or grouped as contact / invoice_address / business_address. */
const RequestFile = z
  .object({
    ...Object.fromEntries(COMPANY_FIELDS.map((f) => [f, text])),
    email_domains: z.union([z.string(), z.array(z.string())]).optional(),
    contact: z.object({ name: text, email: text, phone: text }).strict().optional(),
    invoice_address: address,
    business_address: address,
  })
  .strict();

/** A registration request is a few hundred bytes; a file far larger is the wrong file. */
const REQUEST_FILE_LIMIT = 1024 * 1024;

/** The request file's text: UTF-8 (a byte-order mark is dropped) or UTF-16 with its mark, as Windows saves. */
function requestText(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

function readRequest(path: string): Partial<Record<CompanyField, string>> {
  const shown = `--from ${quotedName(path)}`;
  const bytes = readInputFile(path, { what: 'a JSON file', maxBytes: REQUEST_FILE_LIMIT });
  if (bytes.length > REQUEST_FILE_LIMIT)
    throw new UsageError(
      coded('register-file.too-large', { shown, megabytes: REQUEST_FILE_LIMIT / 1024 / 1024 }),
    );
  const text = requestText(bytes);
  if (text === undefined) throw new UsageError(coded('register-file.not-utf8', { shown }));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // The parser's own message quotes the text around the fault, which may be personal data.
    const at = /position (\d+)/.exec((error as Error).message)?.[1];
    const line = at === undefined ? undefined : text.slice(0, Number(at)).split('\n').length;
    throw new UsageError(coded('register-file.not-json', { shown, line }));
  }
  const parsed = RequestFile.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.join('.') || undefined;
    throw new UsageError(coded('register-file.not-a-request', { path, where, reason: first?.message }));
  }
  const r = parsed.data as Record<string, unknown> & z.infer<typeof RequestFile>;
  const raw: Partial<Record<CompanyField, string>> = {};
  for (const f of COMPANY_FIELDS) if (typeof r[f] === 'string') raw[f] = r[f] as string;
  if (Array.isArray(r.email_domains)) raw.email_domains = r.email_domains.join(',');
  if (r.contact?.name) raw.contact_name = r.contact.name;
  if (r.contact?.email) raw.contact_email = r.contact.email;
  if (r.contact?.phone) raw.contact_phone = r.contact.phone;
  for (const [group, prefix] of [
    [r.invoice_address, 'invoice'],
    [r.business_address, 'business'],
  ] as const) {
    if (group?.street) raw[`${prefix}_street`] = group.street;
    if (group?.postal_code) raw[`${prefix}_postal_code`] = group.postal_code;
    if (group?.city) raw[`${prefix}_city`] = group.city;
  }
  return raw;
}

const camel = (field: string) => field.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

export function registerRegister(companies: Command, run: Runner): void {
  const command = companies
    .command('register')
    .description('register a company as a customer from its request; refuses deleted and bankrupt units')
    .argument('<orgnr>', 'organisation number (spaces and NO…MVA allowed)');
  for (const field of COMPANY_FIELDS) {
    if (field === 'org_number') continue;
    command.option(`${flagFor(field)} <value>`, field.replaceAll('_', ' '));
  }
  command
    .option('--from <request.json>', 'read the request from a JSON file (flags override it)')
    .option('--force', 'register even when the extract says deleted, closed down, bankrupt or unknown')
    .option('--dry-run', 'check everything and show the record, but write nothing')
    .addOption(replyOption('the requester'))
    .addHelpText(
      'after',
      forTickets('our company is not in the list when I register') +
        examples(
          'kursdesk companies register 913556208 --contact-name "Per Lie" --contact-email per.lie@malmbanen.test --contact-phone "912 34 567" --invoice-email faktura@malmbanen.test --ticket SUP-2211',
          'kursdesk companies register "NO 912 348 342 MVA" --from request.json --invoice-email faktura@nordlys-spor.example --reply nb',
          'kursdesk companies register 913556208   # in a terminal: asks for what is missing',
        ),
    )
    .action(async (orgnr: string, options: RegisterOptions, cmd: Command) =>
      run(cmd, async (ctx) => {
        const org = parseOrgNumber(orgnr);
        if (!org.ok)
          throw new UsageError(
            coded('option.org-number-refused', {
              shown: orgNumberShown(orgnr),
              reason: org.text ?? org.error,
            }),
          );
        const firstDigit = orgNumberNotice(org.value);
        if (firstDigit) ctx.io.warn(noticeIn(firstDigit, ctx.env));
        const raw: Partial<Record<CompanyField, string>> = options.from ? readRequest(options.from) : {};
        const fileOrg = raw.org_number === undefined ? undefined : parseOrgNumber(raw.org_number);
        if (fileOrg && (!fileOrg.ok || fileOrg.value !== org.value)) {
          throw new UsageError(
            coded('register-file.other-org-number', {
              path: String(options.from),
              given: raw.org_number ?? '',
              orgNumber: org.value,
            }),
          );
        }
        raw.org_number = org.value;
        for (const field of COMPANY_FIELDS) {
          const value = options[camel(field)];
          if (field !== 'org_number' && typeof value === 'string') raw[field] = value;
        }
        const { registrationContext, registerCompany, alreadyCustomer } = await import(
          '../../workflows/companies/register.js'
        );
        const { companyRow } = await import('../../workflows/companies/records.js');
        const deps = await ctx.deps();
        const known = await registrationContext(deps, org.value);
        const replyFacts = (c: {
          name: string;
          org_number: string;
          contact_name: string | null;
          invoice_email: string | null;
          invoice_street: string | null;
          invoice_postal_code: string | null;
          invoice_city: string | null;
        }) => ({
          contactName: c.contact_name,
          companyName: c.name,
          orgNumber: c.org_number,
          invoiceEmail: c.invoice_email,
          invoiceAddress: c.invoice_street
            ? `${c.invoice_street}, ${c.invoice_postal_code} ${c.invoice_city}`
            : null,
        });
        if (known.existing) {
          await renderRecordWithReply(
            ctx,
            companyView(companyRow(known.existing)),
            options.reply && alreadyCustomerReply(options.reply, replyFacts(known.existing)),
          );
          throw alreadyCustomer(known.existing, ctx.clock.now());
        }
        if (ctx.prompter.canPrompt) {
          if (known.facts.unit)
            ctx.io.note(noticeIn(coded('note.register-unit', { name: known.facts.unit.name }), ctx.env));
          const ask = async (field: CompanyField, question: string) => {
            raw[field] = await requiredValue(ctx, {
              flag: flagFor(field),
              question,
              raw: raw[field],
              parse: FIELD_PARSERS[field],
            });
          };
          if (!known.facts.unit) await ask('name', 'Company name');
          await ask('contact_name', 'Contact person');
          await ask('contact_email', "Contact person's e-mail");
          await ask('contact_phone', "Contact person's phone");
          if (!known.facts.inElma)
            await ask('invoice_email', 'Invoice e-mail (not in ELMA, so invoices go by e-mail)');
        }
        const result = await registerCompany(deps, raw, {
          dryRun: options.dryRun === true,
          force: options.force === true,
          label: flagFor,
        });
        if (result.status === 'exists') {
          await render(ctx, companyView(companyRow(result.company)));
          throw alreadyCustomer(result.company, ctx.clock.now());
        }
        for (const warning of result.warnings) ctx.io.warn(noticeIn(warning, ctx.env));
        await renderRecordWithReply(
          ctx,
          companyView(companyRow(result.company)),
          options.reply && registeredReply(options.reply, replyFacts(result.company)),
        );
        const { name, org_number: orgNumber } = result.company;
        const done = result.dryRun
          ? coded('note.register-would')
          : coded('note.registered', { name, orgNumber });
        ctx.io.note(noticeIn(done, ctx.env));
        return undefined;
      }),
    );
}
