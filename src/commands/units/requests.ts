// `kursdesk units request` (a learner asks for a new unit) and `units requests` (the demand, for planners).
import type { Command } from 'commander';
import { parseCourseCode } from '../../domain/learning.js';
import { text as coded } from '../../domain/messages/index.js';
import { maskNationalIdShapesIn } from '../../domain/national-id.js';
import type { ParseResult } from '../../domain/parse-result.js';
import type { ReplyLang } from '../../domain/replies/catalogue.js';
import { noticeIn, UsageError } from '../../errors.js';
import { render } from '../../output/render.js';
import { LEARNER_ARGUMENT, learnerArgument, optionalValue } from '../input.js';
import { addressed, renderRecordWithReply, replyOption, replyToOption } from '../reply.js';
import { examples, forTickets, type Runner } from '../runner.js';

function parseText(what: string, max: number): (text: string) => ParseResult<string> {
  return (text) => {
    const value = text.normalize('NFC').trim().replace(/\s+/g, ' ');
    if (value === '') return { ok: false, error: `the ${what} is empty` };
    if (value.length > max) return { ok: false, error: `the ${what} is longer than ${max} characters` };
    if (/[\u0000-\u001f]/.test(value)) return { ok: false, error: `the ${what} contains control characters` };
    // Kept and shown to planners (and in replies): a national ID the learner wrote in it is masked.
    return { ok: true, value: maskNationalIdShapesIn(value) };
  };
}

export function registerRequest(units: Command, run: Runner): void {
  units
    .command('request')
    .description("record a learner's request for a new unit of a course (optionally at a place)")
    .argument('<course>', 'course code, e.g. SKI-610')
    .option('--user <learner>', LEARNER_ARGUMENT)
    .option('--place <text>', 'where the learner would take it')
    .option('--note <text>', 'what the learner wrote (how many, by when)')
    .option('--dry-run', 'check and show the request, but write nothing')
    .addOption(replyOption())
    .addOption(replyToOption())
    .addHelpText(
      'after',
      `
A request is recorded even when a unit has free seats, with a warning naming those units (the learner may not be able to travel there); offer them with kursdesk units enrol. One open request per learner, course and place (exit 4 for a second). Exit 3 unknown course or learner; 5 the learner's account type does not see the course (with the type change that fixes it).
${forTickets('there are no dates for the course')}${examples(
  "kursdesk units request SKI-610 --user kari.nordmann@banesignal.test --place Drammen --note 'Vi er fire som trenger kurset før mai' --ticket SUP-5130",
  'kursdesk units request SV-300 --user 315 --place Bergen',
  'kursdesk units request SKI-610 --user 42 --place Drammen --ticket SUP-5131 --reply nb   # and the answer to paste',
)}`,
    )
    .action(
      async (
        courseText: string,
        options: {
          user?: string;
          place?: string;
          note?: string;
          dryRun?: boolean;
          reply?: ReplyLang;
          replyTo?: string;
        },
        command: Command,
      ) =>
        run(command, async (ctx) => {
          const course = optionalValue({
            flag: '<course>',
            raw: courseText,
            parse: parseCourseCode,
          }) as string;
          if (options.user === undefined) throw new UsageError(coded('units.request-missing-user'));
          const place = optionalValue({
            flag: '--place',
            raw: options.place,
            parse: parseText('place', 100),
          });
          const note = optionalValue({ flag: '--note', raw: options.note, parse: parseText('note', 500) });
          const { requestUnit } = await import('../../workflows/units.js');
          const recorded = await requestUnit(
            await ctx.deps(),
            course,
            await learnerArgument(ctx, options.user),
            { place, note },
            { dryRun: options.dryRun === true },
          );
          if (recorded.open_units.length > 0) {
            const open = { course: recorded.course, learner: recorded.learner, units: recorded.open_units };
            ctx.io.warn(noticeIn(coded('note.units-with-free-seats', open), ctx.env));
          }
          let reply: string | undefined;
          if (options.reply) {
            const { unitRequestedReply } = await import('../../domain/replies/answers.js');
            const { unitRequestedFacts } = await import('../../workflows/reply-facts.js');
            reply = unitRequestedReply(
              options.reply,
              addressed(unitRequestedFacts(recorded), options.replyTo, recorded.name),
            );
          }
          await renderRecordWithReply(
            ctx,
            {
              kind: 'record',
              record: { ...recorded, open_units: recorded.open_units.map((u) => u.unit) },
              fields: ['request', 'learner', 'course', 'place', 'note', 'open_units'],
              idField: 'request',
            },
            reply,
          );
          const done = { dryRun: recorded.dryRun, request: recorded.request, course: recorded.course };
          ctx.io.note(noticeIn(coded('note.request-recorded', done), ctx.env));
          return undefined;
        }),
    );
}

export function registerRequests(units: Command, run: Runner): void {
  units
    .command('requests')
    .description('open requests for new units, summed per course and place, most wanted first')
    .option('--course <code>', 'requests for this course')
    .option('--place <text>', 'the place contains this text (any case)')
    .addHelpText(
      'after',
      `
upcoming_units and seats_left count the course's scheduled units that have not started, anywhere.
${examples('kursdesk units requests', 'kursdesk units requests --course SKI-610 --format json', 'kursdesk units requests --place oslo --format csv')}`,
    )
    .action(async (options: { course?: string; place?: string }, command: Command) =>
      run(command, async (ctx) => {
        const courseCode = optionalValue({ flag: '--course', raw: options.course, parse: parseCourseCode });
        const place = options.place?.trim();
        if (place === '') throw new UsageError(coded('option.empty', { flag: '--place' }));
        const { unitDemand } = await import('../../workflows/units.js');
        const rows = await unitDemand(await ctx.deps(), {
          ...(courseCode === undefined ? {} : { courseCode }),
          ...(place === undefined ? {} : { place }),
        });
        await render(ctx, {
          kind: 'list',
          rows,
          columns: [
            'course',
            'title',
            'place',
            'requests',
            'learners',
            'first_asked',
            'last_asked',
            'upcoming_units',
            'seats_left',
          ],
          idField: 'course',
          emptyNote: 'no open requests for new units',
        });
        return undefined;
      }),
    );
}
