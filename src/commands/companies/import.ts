// `kursdesk companies import`: accounting's spreadsheet of customers (W8), all or nothing by default.
import { type Command, Option } from 'commander';
import { statInputFile } from '../../context/input-file.js';
import { type Delimiter, parseDelimiter } from '../../domain/ingest/csv-records.js';
import { parseEncodingName, type TextEncodingName } from '../../domain/ingest/text-decoding.js';
import { text as coded, type Notice, reviveText } from '../../domain/messages/index.js';
import { noticeIn, UsageError } from '../../errors.js';
import { formatCount, progressBar, progressCounter } from '../../output/progress.js';
import { openRejectsFile, type RejectsFile } from '../../output/rejects-csv.js';
import { render } from '../../output/render.js';
import { quotedName } from '../../output/terminal-text.js';
import { examples, type Runner } from '../runner.js';

interface ImportOptions {
  dryRun?: boolean;
  keepGood?: boolean;
  force?: boolean;
  errors?: string;
  encoding?: string;
  delimiter?: string;
}

/** Reasons printed on stderr before the rest are only counted (all of them go to --errors). */
const SHOWN = 20;

export function registerImport(companies: Command, run: Runner): void {
  companies
    .command('import')
    .description(
      'import customers from CSV: created, updated or unchanged by org number; exit 1 when any row is refused',
    )
    .argument('<file>', "CSV file, gzipped or not, or '-' for stdin")
    .option('--dry-run', 'do all the checks and report what would change, but write nothing')
    .option('--keep-good', 'commit the good rows even when some are refused (default: all or nothing)')
    .option('--force', 'accept units the extract says are deleted, closed down, bankrupt or unknown')
    .option('--errors <file>', 'write refused rows to this CSV (line, column, value, reason; safe for Excel)')
    .addOption(new Option('--encoding <name>', 'utf-8, windows-1252 or utf-16le (default: detected)'))
    .addOption(new Option('--delimiter <char>', "',', ';' or tab (default: detected from the header)"))
    .addHelpText(
      'after',
      `\nColumns (by header name, any order; Norwegian names work too): org_number (Organisasjonsnummer), name (Navn), contact_name (Kontaktperson), contact_email (Kontakt e-post), contact_phone (Kontakttelefon) are required; invoice_street/invoice_postal_code/invoice_city (Fakturaadresse, Faktura postnummer, Faktura poststed), invoice_email (Faktura e-post; required unless the company is in ELMA), email_domains (E-postdomener) and business_street/_postal_code/_city (used when the register does not know the unit) are optional.
Exit codes: 0 every row created, updated or unchanged; 1 a row refused (nothing written unless --keep-good) or the file unusable (nothing written); 2 a bad option; 3 no such file.
${examples(
  'kursdesk companies import nye-kunder.csv --dry-run',
  'kursdesk companies import nye-kunder.csv --keep-good --errors avviste.csv --ticket ACC-301',
  'gunzip -c kunder.csv.gz | kursdesk companies import - --encoding windows-1252 --format json',
)}`,
    )
    .action(async (file: string, options: ImportOptions, command: Command) =>
      run(command, async (ctx) => {
        const say = (notice: Notice) => noticeIn(notice, ctx.env);
        let encoding: TextEncodingName | undefined;
        if (options.encoding !== undefined) {
          encoding = parseEncodingName(options.encoding);
          if (!encoding) throw new UsageError(coded('option.bad-encoding', { given: options.encoding }));
        }
        let delimiter: Delimiter | undefined;
        if (options.delimiter !== undefined) {
          delimiter = parseDelimiter(options.delimiter);
          if (!delimiter) throw new UsageError(coded('option.bad-delimiter', { given: options.delimiter }));
        }
        let size: number | undefined;
        if (file === '-' && ctx.io.stdinIsTTY) throw new UsageError(coded('companies-import.stdin-terminal'));
        // A pipe, a folder or a device is refused here, before the reader would wait on it.
        if (file !== '-')
          size = statInputFile(file, {
            what: 'a CSV file',
            stdinDash: true,
            maxBytes: 0,
          }).size;
        const shown = file === '-' ? 'stdin' : quotedName(file);
        const { importCompanies } = await import('../../workflows/companies/import.js');
        const progress =
          size === undefined
            ? progressCounter(ctx.io, 'importing stdin')
            : progressBar(ctx.io, `importing ${shown}`);
        let rejects: RejectsFile | undefined;
        let shownIssues = 0;
        let shownWarnings = 0;
        let report: Awaited<ReturnType<typeof importCompanies>>;
        try {
          report = await importCompanies(
            await ctx.deps(),
            file === '-' ? { kind: 'stream', stream: ctx.io.stdin } : { kind: 'file', path: file },
            {
              fileName: shown,
              dryRun: options.dryRun === true,
              keepGood: options.keepGood === true,
              force: options.force === true,
              ...(encoding ? { encoding } : {}),
              ...(delimiter ? { delimiter } : {}),
              ...(ctx.env.KURSDESK_IMPORT_WORKER === '1' ? { worker: true } : {}),
              measure: ctx.env.KURSDESK_IMPORT_TIMINGS === '1',
            },
            {
              header(h) {
                if (h.encodingHow === 'not utf-8')
                  ctx.io.note(say(coded('note.import-not-utf8', { file: shown })));
                if (h.ignored.length > 0)
                  ctx.io.note(
                    say(coded('note.import-ignoring-columns', { file: shown, columns: h.ignored })),
                  );
                if (options.errors) rejects = openRejectsFile(options.errors, h.delimiter ?? ',');
              },
              issue(issue) {
                rejects?.write(issue);
                if (shownIssues++ < SHOWN) {
                  const column = issue.column ? ` ${issue.column}:` : '';
                  // Coded in the worker where the check has it, so said in the agent's language.
                  const reason = issue.text ? say(reviveText(issue.text)) : issue.reason;
                  ctx.io.err(`${shown}:${issue.line}:${column} ${reason}\n`);
                }
              },
              warning(text) {
                if (shownWarnings++ < SHOWN) ctx.io.warn(say(text));
              },
              progress(done) {
                progress.update(done.bytes, size ?? 0, `${formatCount(done.records)} rows`);
              },
            },
          );
        } finally {
          progress.stop();
          await rejects?.close();
        }
        if (shownIssues > SHOWN) {
          ctx.io.err(
            `… and ${shownIssues - SHOWN} more${options.errors ? ` (all in ${options.errors})` : ' (--errors FILE lists them all)'}\n`,
          );
        }
        if (shownWarnings > SHOWN)
          ctx.io.warn(say(coded('note.more-warnings', { count: shownWarnings - SHOWN })));
        // For the benchmark (KURSDESK_IMPORT_TIMINGS=1): one machine-readable line on stderr.
        if (report.timings) {
          const memory = process.memoryUsage();
          const mb = (n: number) => Math.round(n / 1048576);
          const extra = {
            worker: report.parsed_in_worker,
            heap_mb: mb(memory.heapTotal),
            external_mb: mb(memory.external),
          };
          ctx.io.err(`timings ${JSON.stringify({ ...report.timings, ...extra })}\n`);
        }
        await render(ctx, {
          kind: 'record',
          record: { ...report, delimiter: report.delimiter === '\t' ? 'tab' : report.delimiter },
          fields: [
            'file',
            'rows',
            'created',
            'updated',
            'unchanged',
            'rejected',
            'warnings',
            'committed',
            'encoding',
            'delimiter',
          ],
          idField: 'file',
        });
        if (report.rejected > 0 && !report.committed && !options.keepGood) {
          ctx.io.note(say(coded('note.import-refused-rows', { count: report.rejected })));
        } else if (report.dry_run) ctx.io.note(say(coded('note.dry-run-nothing-written')));
        return report.rejected > 0 ? 1 : 0;
      }),
    );
}
