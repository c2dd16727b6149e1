// `kursdesk programmes assign`: give a learner, a company's staff or a list of learners a programme.
import type { Command } from 'commander';
import { isoDate } from '../../context/clock.js';
import { MAX_IMPORT_BYTES } from '../../domain/completion-import.js';
import { parseDate } from '../../domain/dates.js';
import { text as coded } from '../../domain/messages/index.js';
import { noticeIn, UsageError } from '../../errors.js';
import { renderDocument } from '../../output/render.js';
import { quotedName } from '../../output/terminal-text.js';
import { companyValue } from '../company-input.js';
import { changeApproval } from '../confirm.js';
import { optionalValue, readListInput } from '../input.js';
import { examples, type Runner } from '../runner.js';

interface AssignOptions {
  employer?: string;
  file?: string;
  due?: string;
  dryRun?: boolean;
}

export function registerAssign(programmes: Command, run: Runner): void {
  programmes
    .command('assign')
    .description(
      'assign a programme to a learner, everyone employed by a company (--employer) or a list (--file); already assigned learners are left as they are',
    )
    // Two optional arguments, sorted out in the action: commander fills the first declared one first.
    .usage('[options] <learner> <programme>  |  <programme> --employer <orgnr>  |  <programme> --file <csv>')
    .argument(
      '[learner]',
      'learner id, e-mail (current or earlier) or national ID; leave out with --employer or --file',
    )
    .argument('[programme]', 'programme code, e.g. OL-SV')
    .option('--employer <company>', 'everyone with an open account employed by this customer')
    .option(
      '--file <csv>',
      'a file with one learner (e-mail or id) per line, in the first column; a header line is skipped',
    )
    .option('--due <date>', 'when the programme should be completed (15.06.2027, 2027-06-15)')
    .option('--dry-run', 'check everything and show what would be assigned, but write nothing')
    .addHelpText(
      'after',
      `
Assigning does not book a classroom date: kursdesk programmes status shows what each learner still needs, including classroom items with no date booked. The whole assignment is one transaction; a list with an unknown learner assigns nobody and names the line.
${examples(
  'kursdesk programmes assign kari.nordmann@banesignal.test OL-SV --due 01.06.2027 --ticket SUP-5120',
  'kursdesk programmes assign OL-KL --employer 988102342 --dry-run',
  'kursdesk programmes assign OL-MAS --file nye-maskinforere.csv --ticket SUP-5121',
)}`,
    )
    .action(
      async (
        first: string | undefined,
        second: string | undefined,
        options: AssignOptions,
        command: Command,
      ) =>
        run(command, async (ctx) => {
          const today = isoDate(ctx.clock.now());
          const learnerText = second === undefined ? undefined : first;
          const programmeText = second ?? first;
          if (programmeText === undefined) throw new UsageError(coded('assign.missing-programme'));
          const sources = [
            learnerText !== undefined,
            options.employer !== undefined,
            options.file !== undefined,
          ].filter(Boolean).length;
          if (sources === 0) throw new UsageError(coded('assign.no-source'));
          if (sources > 1) throw new UsageError(coded('assign.several-sources'));
          const dueOn = optionalValue({ flag: '--due', raw: options.due, parse: (t) => parseDate(t, today) });
          const { normaliseProgrammeCode, assignProgramme } = await import('../../workflows/programmes.js');
          const programmeCode = normaliseProgrammeCode(programmeText);
          const { parseLearnerSelector } = await import('../../workflows/learners.js');
          let target: import('../../workflows/programmes.js').AssignTarget;
          if (learnerText !== undefined)
            target = { kind: 'learner', selector: parseLearnerSelector(learnerText) };
          else if (options.employer !== undefined)
            target = {
              kind: 'employer',
              orgNumber: (await companyValue(ctx, { flag: '--employer', raw: options.employer })) as string,
            };
          else {
            const fileName = options.file as string;
            const bytes = await readListInput(ctx, fileName, MAX_IMPORT_BYTES);
            target = { kind: 'file', fileName: fileName === '-' ? 'stdin' : quotedName(fileName), bytes };
          }
          const deps = await ctx.deps();
          const { planApproveApply } = await import('../../db/write-gate.js');
          const report = await planApproveApply(
            (dryRun) => assignProgramme(deps, { programmeCode, target, dueOn }, { dryRun }),
            {
              dryRun: options.dryRun === true,
              // One learner is no bulk change: only --employer and --file ask.
              approval: { ...changeApproval(ctx), needed: !ctx.yes && target.kind !== 'learner' },
              describe: (planned) => {
                const assigned = planned.learners.filter((l) => l.result === 'assigned');
                return assigned.length === 0
                  ? null
                  : {
                      summary: coded('plan.assign-programme', {
                        programme: planned.programme,
                        count: assigned.length,
                      }),
                      details: assigned.map((l) =>
                        coded('plan.assign-learner', { learner: l.learner_id, name: l.name }),
                      ),
                    };
              },
            },
          );
          for (const w of report.warnings) ctx.io.warn(noticeIn(w, ctx.env));
          const summary = coded('note.programme-assigned', {
            dryRun: report.dry_run,
            programme: report.programme,
            assigned: report.assigned,
            unchanged: report.unchanged,
          });
          await renderDocument(
            ctx,
            report,
            {
              kind: 'list',
              rows: report.learners,
              columns: ['learner_id', 'name', 'email', 'result', 'due_on'],
              idField: 'learner_id',
            },
            [noticeIn(summary, ctx.env)],
          );
          if (ctx.format !== 'table') ctx.io.note(noticeIn(summary, ctx.env));
          return undefined;
        }),
    );
}
