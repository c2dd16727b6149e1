// `kursdesk privacy retention`: the nightly clean-up. Inactive accounts are anonymised as `privacy erase`
// does, old mail bodies and dead link rows are purged. Exit 0 when done (or nothing was due).
import type { Command } from 'commander';
import { text as coded } from '../../domain/messages/index.js';
import { DEFAULT_RETENTION, parsePeriod } from '../../domain/privacy.js';
import { noticeIn } from '../../errors.js';
import { progressBar } from '../../output/progress.js';
import { render } from '../../output/render.js';
import { confirmDestructive } from '../confirm.js';
import { optionalValue } from '../input.js';
import { examples, type Runner } from '../runner.js';

export function registerRetention(privacy: Command, run: Runner): void {
  privacy
    .command('retention')
    .description(
      'anonymise accounts inactive for a period (default 5y) and purge mail bodies (90d) and dead link rows (30d)',
    )
    .option(
      '--inactive <period>',
      'no login, enrolment, completion or change for this long: 5y, 18m, 400d',
      '5y',
    )
    .option('--mail-bodies <period>', 'clear bodies of mail sent or given up this long ago', '90d')
    .option('--links <period>', 'delete used, revoked or expired link rows this old', '30d')
    .option('--dry-run', 'list what is due, but write nothing')
    .addHelpText(
      'after',
      examples(
        'kursdesk privacy retention --inactive 5y --dry-run',
        'kursdesk privacy retention --inactive 5y --yes --quiet --format json   # nightly job',
      ),
    )
    .action(
      async (
        options: { inactive: string; mailBodies: string; links: string; dryRun?: boolean },
        command: Command,
      ) =>
        run(command, async (ctx) => {
          const periods = {
            inactive:
              optionalValue({ flag: '--inactive', raw: options.inactive, parse: parsePeriod }) ??
              DEFAULT_RETENTION.inactive,
            mailBodies:
              optionalValue({ flag: '--mail-bodies', raw: options.mailBodies, parse: parsePeriod }) ??
              DEFAULT_RETENTION.mailBodies,
            links:
              optionalValue({ flag: '--links', raw: options.links, parse: parsePeriod }) ??
              DEFAULT_RETENTION.links,
          };
          const dryRun = options.dryRun === true;
          const deps = await ctx.deps();
          const { applyRetention } = await import('../../workflows/privacy.js');
          if (!dryRun) {
            const preview = await applyRetention(deps, { periods, dryRun: true });
            if (preview.candidates.length > 0)
              await confirmDestructive(
                ctx,
                coded('confirm.erase-inactive', { count: preview.candidates.length }),
                'privacy retention',
              );
          }
          const bar = progressBar(ctx.io, 'erasing');
          const result = await applyRetention(deps, {
            periods,
            dryRun,
            onProgress: (done, total) => bar.update(done, total, `learner ${done}/${total}`),
          });
          bar.stop();
          await render(ctx, {
            kind: 'list',
            rows: result.candidates,
            columns: ['id', 'last_activity'],
            idField: 'id',
            emptyNote: coded('empty.none-inactive'),
          });
          const done = coded('note.retention-done', {
            dryRun,
            accounts: result.candidates.length,
            since: result.inactive_since.slice(0, 10),
            erased: result.erased,
            mailBodies: result.mail_bodies_purged,
            linkRows: result.link_rows_purged,
          });
          ctx.io.note(noticeIn(done, ctx.env));
          return undefined;
        }),
    );
}
