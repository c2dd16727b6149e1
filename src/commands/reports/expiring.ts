// `kursdesk reports expiring`: qualifications that run out soon, for refresher planning and mailings.
import type { Command } from 'commander';
import { text as coded } from '../../domain/messages/index.js';
import { parsePeriod } from '../../domain/programmes.js';
import { noticeIn } from '../../errors.js';
import { renderDocument } from '../../output/render.js';
import { companyValue } from '../company-input.js';
import { DURATION_HELP, durationOption } from '../grammar.js';
import { optionalValue } from '../input.js';
import { examples, type Runner } from '../runner.js';

interface ExpiringOptions {
  within: string;
  expired?: string;
  employer?: string;
  programme?: string;
}

export function registerExpiring(reports: Command, run: Runner): void {
  reports
    .command('expiring')
    .description(
      "qualifications (each learner's latest pass of a time-limited course) that expire within a period; a later pass renews",
    )
    .addOption(durationOption('--within <period>', 'how far ahead: 90d, 12w, 6mo, 1y', '90d'))
    .addOption(
      durationOption(
        '--expired <period>',
        'also those that lapsed within this period back and were not renewed, e.g. 30d',
      ),
    )
    .option('--employer <company>', "only this company's employees (org number or name)")
    .option('--programme <code>', 'only the courses of this programme, for learners assigned it')
    .addHelpText(
      'after',
      `
Each row is one learner and course: the latest passed completion decides, so someone who has passed the course again is not listed. state is expiring (days_left ≥ 0, the last valid day) or expired. Sorted by expiry date, then name.
${DURATION_HELP}
${examples(
  'kursdesk reports expiring --within 90d',
  'kursdesk reports expiring --within 6mo --employer 912837459 --format csv > fornyelse.csv',
  'kursdesk reports expiring --within 60d --expired 30d --programme OL-SV --format count',
)}`,
    )
    .action(async (options: ExpiringOptions, command: Command) =>
      run(command, async (ctx) => {
        const within = optionalValue({ flag: '--within', raw: options.within, parse: parsePeriod })!;
        const expiredWithin = optionalValue({ flag: '--expired', raw: options.expired, parse: parsePeriod });
        const orgNumber = await companyValue(ctx, { flag: '--employer', raw: options.employer });
        const { normaliseProgrammeCode } = await import('../../workflows/programmes.js');
        const programmeCode =
          options.programme === undefined ? undefined : normaliseProgrammeCode(options.programme);
        const { expiringReport } = await import('../../workflows/expiring.js');
        const report = await expiringReport(await ctx.deps(), {
          within,
          expiredWithin,
          orgNumber,
          programmeCode,
        });
        const heading = noticeIn(
          coded('heading.expiring', {
            count: report.qualifications.length,
            from: report.from,
            to: report.to,
            within,
            lapsedWithin: expiredWithin,
            employer: report.employer,
            programme: report.programme,
          }),
          ctx.env,
        );
        await renderDocument(
          ctx,
          report,
          {
            kind: 'list',
            rows: report.qualifications,
            columns: [
              'expires_on',
              'days_left',
              'state',
              'name',
              'email',
              'employer',
              'course',
              'title',
              'learner_id',
            ],
            idField: 'learner_id',
            emptyNote: coded('empty.no-expiring'),
          },
          [heading],
        );
        if (ctx.format !== 'table') ctx.io.note(heading);
        return undefined;
      }),
    );
}
