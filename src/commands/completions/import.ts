import { type Command, Option } from 'commander';
import { IMPORT_ENCODINGS, type ImportEncoding, MAX_IMPORT_BYTES } from '../../domain/completion-import.js';
import { parseUnitId } from '../../domain/learning.js';
import { text as coded } from '../../domain/messages/index.js';
import { noticeIn, UserError } from '../../errors.js';
import { render } from '../../output/render.js';
import { quotedName } from '../../output/terminal-text.js';
import { optionalValue, readListInput } from '../input.js';
import { examples, type Runner } from '../runner.js';

interface ImportOptions {
  unit?: string;
  encoding: ImportEncoding;
  dryRun?: boolean;
}

export function registerImport(completions: Command, run: Runner): void {
  completions
    .command('import')
    .description(
      'import a result list (CSV: learner, result, and course/unit/date/score as needed); any bad row and nothing is written',
    )
    .argument(
      '<csv>',
      "the result list ('-' reads stdin); columns learner (id, e-mail or national ID), result (passed/failed or bestått/ikke bestått), course, unit, date, score",
    )
    .option('--unit <id>', 'every row is of this course unit (course and date may then be left out)')
    .addOption(
      new Option('--encoding <encoding>', "the file's text encoding")
        .choices(IMPORT_ENCODINGS as unknown as string[])
        .default('utf-8'),
    )
    .option('--dry-run', 'check every row and report, but write nothing')
    .addHelpText(
      'after',
      examples(
        'kursdesk results import resultater-enhet-17.csv --unit 17 --ticket SUP-3120',
        'kursdesk results import results.csv --dry-run',
        'kursdesk results import eksport.csv --encoding windows-1252 --format json',
      ),
    )
    .action(async (file: string, options: ImportOptions, command: Command) =>
      run(command, async (ctx) => {
        const unitId = optionalValue({ flag: '--unit', raw: options.unit, parse: parseUnitId });
        const { importCompletions } = await import('../../workflows/completions.js');
        const bytes = await readListInput(ctx, file, MAX_IMPORT_BYTES);
        const report = await importCompletions(
          await ctx.deps(),
          { fileName: file === '-' ? 'stdin' : quotedName(file), bytes, encoding: options.encoding, unitId },
          { dryRun: options.dryRun === true },
        );
        if (report.ignored_columns.length > 0) {
          const columns = report.ignored_columns;
          ctx.io.warn(noticeIn(coded('note.columns-not-understood', { columns }), ctx.env));
        }
        if (report.state === 'failed') {
          await render(ctx, {
            kind: 'list',
            // The table is read by the agent, in their language; json, csv and yaml keep the English
            // scripts read.
            rows: report.problems.map(({ text, ...p }) => ({
              file: report.file,
              ...p,
              error: ctx.format === 'table' && text ? noticeIn(text, ctx.env) : p.error,
            })),
            columns: ['file', 'line', 'column', 'error'],
            idField: 'line',
          });
          throw new UserError(
            coded('completions-import.rejected', {
              file: report.file,
              rejected: report.rejected,
              rows: report.rows,
            }),
            1,
            { hint: coded('hint.fix-and-import-again') },
          );
        }
        const { problems: _p, ...summary } = report;
        await render(ctx, {
          kind: 'record',
          record: summary,
          fields: ['file', 'rows', 'recorded', 'unchanged', 'rejected', 'dry_run', 'state'],
          idField: 'file',
        });
        const done = coded('note.completions-recorded', {
          dryRun: report.dry_run,
          recorded: report.recorded,
          file: report.file,
          unchanged: report.unchanged,
        });
        ctx.io.note(noticeIn(done, ctx.env));
        return undefined;
      }),
    );
}
