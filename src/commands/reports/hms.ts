// `kursdesk reports hms`: W11, learners whose HMS card is overdue or due soon, for a reminder mailing.
import type { Command } from 'commander';
import { parseDueWindow } from '../../domain/hms-cards.js';
import { text as coded } from '../../domain/messages/index.js';
import { noticeIn } from '../../errors.js';
import { renderDocument } from '../../output/render.js';
import { companyValue } from '../company-input.js';
import { DURATION_HELP, durationOption, hiddenAlias } from '../grammar.js';
import { optionalValue } from '../input.js';
import { examples, type Runner } from '../runner.js';

export function registerHms(reports: Command, run: Runner): void {
  reports
    .command('hms')
    .description('learners whose HMS card is overdue or due for renewal soon (a card is valid two years)')
    .addOption(
      durationOption('--within <period>', 'how far ahead to look: 60d, 8w or 2mo (0d: overdue only)', '60d'),
    )
    .addOption(hiddenAlias('--due-within <period>', 'within'))
    .option('--employer <company>', "only this company's learners (org number or name)")
    .option('--missing', 'also list learners with no card (or no issue date) on record, after the rest')
    .addHelpText(
      'after',
      `
Disabled accounts are left out. Rows are sorted by due date (overdue first); state is overdue, due or missing; days_left is negative for an overdue card. The card number is masked (last three characters):
a reminder needs the name, the e-mail and the due date, not the number.
${DURATION_HELP}
${examples(
  'kursdesk reports hms --within 60d',
  'kursdesk reports hms --within 2mo --employer 912837459 --format csv > hms-purring.csv',
  'kursdesk reports hms --within 0d --missing --format count',
)}`,
    )
    .action(async (options: { within: string; employer?: string; missing?: boolean }, command: Command) =>
      run(command, async (ctx) => {
        const window = optionalValue({ flag: '--within', raw: options.within, parse: parseDueWindow });
        const employer = await companyValue(ctx, { flag: '--employer', raw: options.employer });
        const { hmsCardsDue } = await import('../../workflows/hms-cards.js');
        const report = await hmsCardsDue(await ctx.deps(), {
          window: window ?? { amount: 60, unit: 'd' },
          employerOrgNumber: employer,
          missing: options.missing === true,
        });
        const overdue = report.rows.filter((r) => r.state === 'overdue').length;
        const missing = report.rows.filter((r) => r.state === 'missing').length;
        await renderDocument(
          ctx,
          report,
          {
            kind: 'list',
            rows: report.rows,
            columns: [
              'id',
              'name',
              'email',
              'employer',
              'hms_card',
              'registered_on',
              'due_on',
              'days_left',
              'state',
            ],
            idField: 'id',
            emptyNote: coded('empty.no-hms-due', { until: report.until, employer: report.employer }),
          },
          [
            noticeIn(
              coded('heading.hms-due', {
                until: report.until,
                employer: report.employer,
                today: report.today,
              }),
              ctx.env,
            ),
          ],
        );
        if (report.rows.length > 0)
          ctx.io.note(
            noticeIn(
              coded('note.hms-due-summary', {
                learners: report.rows.length,
                overdue,
                due: report.rows.length - overdue - missing,
                until: report.until,
                missing: options.missing ? missing : undefined,
              }),
              ctx.env,
            ),
          );
        return undefined;
      }),
    );
}
