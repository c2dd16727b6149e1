// `kursdesk registry …`: the offline register extracts (W9): import Brønnøysund or ELMA files, look up.
import type { Command } from 'commander';
import { statInputFile } from '../../context/input-file.js';
import { parseDelimiter } from '../../domain/ingest/csv-records.js';
import { reviveText, text } from '../../domain/messages/index.js';
import { orgNumberNotice, parseOrgNumber } from '../../domain/org-number.js';
import { noticeIn, UsageError } from '../../errors.js';
import { formatCount, type Progress, progressBar, progressCounter } from '../../output/progress.js';
import { render } from '../../output/render.js';
import { quotedName } from '../../output/terminal-text.js';
import { companyValue } from '../company-input.js';
import { examples, type Runner } from '../runner.js';

function fileInfo(path: string): { modified: Date | undefined; size: number | undefined } {
  if (path === '-') return { modified: undefined, size: undefined };
  // A pipe, a folder or a device is refused here, before the reader would wait on it.
  const stat = statInputFile(path, {
    what: 'a register extract',
    stdinDash: true,
    maxBytes: 0,
  });
  return { modified: stat.mtime, size: stat.size };
}

export function register(parent: Command, run: Runner): void {
  const registry = parent
    .command('registry')
    .description('register extracts: import Brønnøysund and ELMA files, look an org number up offline')
    .addHelpText(
      'after',
      '\nRun kursdesk registry <verb> --help for the options and examples of each verb.\n',
    );

  registry
    .command('import')
    .description(
      'replace an extract: brreg (Enhetsregisteret units, CSV or JSON) or elma (Peppol participants)',
    )
    .argument('<register>', 'brreg or elma')
    .argument(
      '<files...>',
      "files, gzipped or not ('-' for stdin); for brreg give main units and subunits together",
    )
    .option('--date <yyyy-mm-dd>', "the extract's date (default: the export's own date, else the file's)")
    .option('--delimiter <char>', "CSV delimiter: ',', ';' or tab (default: detected)")
    .option('--dry-run', 'read and check everything, then roll back')
    .addHelpText(
      'after',
      examples(
        'kursdesk registry import brreg enheter_alle.csv.gz underenheter_alle.csv.gz',
        'kursdesk registry import brreg enheter_alle.json.gz --date 2026-11-24',
        'kursdesk registry import elma directory-export-participants.json',
      ),
    )
    .action(
      async (
        source: string,
        files: string[],
        options: { date?: string; delimiter?: string; dryRun?: boolean },
        command: Command,
      ) =>
        run(command, async (ctx) => {
          if (source !== 'brreg' && source !== 'elma')
            throw new UsageError(text('registry.bad-register', { given: source }));
          if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) {
            throw new UsageError(text('option.not-iso-date', { option: '--date', value: options.date }));
          }
          const delimiter = options.delimiter === undefined ? undefined : parseDelimiter(options.delimiter);
          if (options.delimiter !== undefined && !delimiter)
            throw new UsageError(text('option.bad-delimiter', { given: options.delimiter }));
          if (files.filter((f) => f === '-').length > 1) throw new UsageError(text('registry.stdin-twice'));
          if (files.includes('-') && ctx.io.stdinIsTTY) throw new UsageError(text('registry.stdin-terminal'));
          const infos = files.map((f) => ({
            name: f === '-' ? 'stdin' : quotedName(f),
            path: f,
            ...fileInfo(f),
          }));
          const { importRegister } = await import('../../workflows/registry/import.js');
          let bar: Progress = progressCounter(ctx.io, '');
          let total = 0;
          let current = '';
          let skippedShown = 0;
          const report = await (async () => {
            try {
              return await importRegister(
                await ctx.deps(),
                source,
                infos.map((f) => ({
                  name: f.name,
                  modified: f.modified,
                  source:
                    f.path === '-'
                      ? { kind: 'stream' as const, stream: ctx.io.stdin }
                      : { kind: 'file' as const, path: f.path },
                })),
                {
                  dryRun: options.dryRun === true,
                  ...(options.date ? { extractDate: options.date } : {}),
                  ...(delimiter ? { delimiter } : {}),
                  ...(ctx.env.KURSDESK_IMPORT_WORKER === '0' ? { worker: false as const } : {}),
                },
                {
                  header(file, header) {
                    bar.stop();
                    current = file;
                    const size = infos.find((i) => i.name === file)?.size;
                    total = size ?? 0;
                    bar =
                      size === undefined
                        ? progressCounter(ctx.io, `loading ${file}`)
                        : progressBar(ctx.io, `loading ${file}`);
                    if (header.subunits !== undefined)
                      ctx.io.note(
                        noticeIn(
                          text('note.registry-file-kind', {
                            file,
                            subunits: header.subunits,
                            format: header.format,
                          }),
                          ctx.env,
                        ),
                      );
                  },
                  skipped(file, issue) {
                    if (skippedShown++ < 10) {
                      // Coded in the worker, so said in the agent's language; English where it is not.
                      const reason = issue.text ? reviveText(issue.text) : issue.reason;
                      const skipped = { file, line: issue.line, reason };
                      ctx.io.warn(noticeIn(text('warning.registry-row-skipped', skipped), ctx.env));
                    }
                  },
                  progress(file, done) {
                    if (file === current) bar.update(done.bytes, total, `${formatCount(done.records)} rows`);
                  },
                },
              );
            } finally {
              bar.stop();
            }
          })();
          await render(ctx, {
            kind: 'list',
            rows: report.files.map((f) => ({
              ...f,
              register: report.register,
              extract_date: report.extract_date,
            })),
            columns: ['file', 'content', 'format', 'loaded', 'skipped'],
            idField: 'file',
          });
          const done = report.committed
            ? text('note.registry-current', {
                register: report.register,
                extractDate: report.extract_date,
                rows: report.rows,
              })
            : text('note.registry-dry-run', { rows: report.rows });
          ctx.io.note(noticeIn(done, ctx.env));
          return undefined;
        }),
    );

  registry
    .command('lookup')
    .description(
      'look a company up in the loaded extracts by org number or name: form, address, status, e-invoicing',
    )
    .argument('<orgnr>', 'organisation number (spaces and NO…MVA allowed) or a name')
    .addHelpText(
      'after',
      examples(
        'kursdesk registry lookup 913556208',
        'kursdesk registry lookup Malmbanen',
        'kursdesk registry lookup "NO 913 556 208 MVA" --format json | jq .status',
      ),
    )
    .action(async (orgnr: string, _options: unknown, command: Command) =>
      run(command, async (ctx) => {
        const org = (await companyValue(ctx, { flag: '<orgnr>', raw: orgnr, among: 'register' })) as string;
        const parsed = parseOrgNumber(org);
        const firstDigit = parsed.ok ? orgNumberNotice(parsed.value) : undefined;
        if (firstDigit) ctx.io.warn(noticeIn(firstDigit, ctx.env));
        const { lookupOrgNumber } = await import('../../workflows/registry/lookup.js');
        const found = await lookupOrgNumber({ db: await ctx.db() }, org);
        await render(ctx, {
          kind: 'record',
          record: found,
          fields: [
            'org_number',
            'name',
            'org_form',
            'unit',
            'parent_org_number',
            'business_address',
            'status_text',
            'e_invoice',
            'customer',
            'extract_date',
          ],
          idField: 'org_number',
        });
        return undefined;
      }),
    );
}
