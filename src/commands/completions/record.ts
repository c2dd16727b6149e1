// `kursdesk results record`: one learner passed (or failed) one course on one day.
import type { Command } from 'commander';
import { isoDate } from '../../context/clock.js';
import { parseCompletionDate, parseCourseCode, parseScore, parseUnitId } from '../../domain/learning.js';
import { text as coded } from '../../domain/messages/index.js';
import { noticeIn, UsageError } from '../../errors.js';
import { render } from '../../output/render.js';
import { LEARNER_ARGUMENT, learnerArgument, optionalValue } from '../input.js';
import { examples, type Runner } from '../runner.js';

interface RecordOptions {
  date?: string;
  passed?: boolean;
  failed?: boolean;
  unit?: string;
  score?: string;
  dryRun?: boolean;
}

export const COMPLETION_FIELDS = [
  'id',
  'learner_id',
  'name',
  'course',
  'unit_id',
  'completed_on',
  'result',
  'score',
  'expires_on',
  'status',
];

export function registerRecord(completions: Command, run: Runner): void {
  completions
    .command('record')
    .description(
      'record a passed or failed course; a time-limited qualification gets its expiry from the course',
    )
    .argument('<learner>', LEARNER_ARGUMENT)
    .argument('<course>', 'course code, e.g. SIK-101')
    .option('--date <date>', 'completion date (05.03.2026, 2026-03-05); default with --unit: its last day')
    .option('--passed', 'the learner passed')
    .option('--failed', 'the learner did not pass')
    .option('--unit <id>', 'the course unit (classroom run) it was taken in')
    .option('--score <percent>', 'the score, 0–100')
    .option('--dry-run', 'check everything and show the result, but write nothing')
    .addHelpText(
      'after',
      examples(
        'kursdesk results record kari.nordmann@banesignal.test SIK-100 --date 05.03.2026 --passed --ticket SUP-2291',
        'kursdesk results record 42 SV-300 --unit 7 --failed --score 48',
      ),
    )
    .action(async (learner: string, courseText: string, options: RecordOptions, command: Command) =>
      run(command, async (ctx) => {
        const today = isoDate(ctx.clock.now());
        if (options.passed === options.failed) {
          throw new UsageError(coded(options.passed ? 'record.passed-and-failed' : 'record.missing-result'));
        }
        const courseCode = optionalValue({
          flag: '<course>',
          raw: courseText,
          parse: parseCourseCode,
        }) as string;
        const date = optionalValue({
          flag: '--date',
          raw: options.date,
          parse: (t) => parseCompletionDate(t, today),
        });
        const unitId = optionalValue({ flag: '--unit', raw: options.unit, parse: parseUnitId });
        const score = optionalValue({ flag: '--score', raw: options.score, parse: parseScore }) ?? null;
        const selector = await learnerArgument(ctx, learner);
        const { recordCompletion } = await import('../../workflows/completions.js');
        const recorded = await recordCompletion(
          await ctx.deps(),
          { learner: selector, courseCode, date, passed: options.passed === true, unitId, score },
          { dryRun: options.dryRun === true },
        );
        for (const warning of recorded.warnings) ctx.io.warn(noticeIn(warning, ctx.env));
        await render(ctx, {
          kind: 'record',
          record: recorded.completion,
          fields: COMPLETION_FIELDS,
          idField: 'id',
        });
        const c = recorded.completion;
        const done = coded('note.completion-recorded', {
          dryRun: recorded.dryRun,
          name: c.name,
          result: c.result,
          course: c.course,
          on: c.completed_on,
          expiresOn: c.expires_on,
        });
        ctx.io.note(noticeIn(done, ctx.env));
        return undefined;
      }),
    );
}
