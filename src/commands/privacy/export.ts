// `kursdesk privacy export`: everything stored about one learner, as a JSON file for the person, with a
// short summary on stdout and (--reply) the covering answer to paste: after the summary in a table, as
// the document's `reply` field in json and yaml (stdout stays one document), as every --reply command does.
import { closeSync, writeSync } from 'node:fs';
import type { Command } from 'commander';
import { text as coded } from '../../domain/messages/index.js';
import { maskNationalIdShapesIn } from '../../domain/national-id.js';
import { noticeIn, UsageError } from '../../errors.js';
import { checkOutputFile, openOutputFile, outputFileError } from '../../output/output-file.js';
import { render } from '../../output/render.js';
import { LEARNER_ARGUMENT, learnerArgument } from '../input.js';
import { REPLY_CHOICES, renderDocumentWithReply } from '../reply.js';
import { examples, forTickets, type Runner } from '../runner.js';

export function registerExport(privacy: Command, run: Runner): void {
  privacy
    .command('export')
    .description('write everything stored about one learner to a JSON file (an access request; audited)')
    .argument('<learner>', LEARNER_ARGUMENT)
    .requiredOption('--out <file>', 'the JSON file to write (readable only by you)')
    .option('--reply <lang>', 'also print the covering answer: nb, nn or en')
    .addHelpText(
      'after',
      forTickets('what do you store about me?') +
        examples(
          'kursdesk privacy export kari.nordmann@banesignal.test --out kari.json --ticket SUP-5120 --reply nb',
          'kursdesk privacy export 42 --out /tmp/42.json --format json',
        ),
    )
    .action(async (learner: string, options: { out: string; reply?: string }, command: Command) =>
      run(command, async (ctx) => {
        const lang = REPLY_CHOICES.find((l) => l === options.reply);
        if (options.reply !== undefined && lang === undefined)
          throw new UsageError(coded('export.bad-reply', { given: options.reply.slice(0, 10) }));
        // The export is audited before the file is written: a destination that cannot take it is refused
        // first, so no audit entry tells of an export that never was.
        checkOutputFile('--out', options.out);
        const { exportPersonalData } = await import('../../workflows/privacy.js');
        const data = await exportPersonalData(await ctx.deps(), await learnerArgument(ctx, learner));
        const fd = openOutputFile('--out', options.out);
        try {
          writeSync(fd, `${JSON.stringify(data, null, 2)}\n`);
        } catch (error) {
          throw outputFileError('--out', options.out, error);
        } finally {
          closeSync(fd);
        }
        const counts = Object.entries(data)
          .filter(([, v]) => Array.isArray(v))
          .map(([section, v]) => ({ section, entries: (v as unknown[]).length }));
        const list = {
          kind: 'list' as const,
          rows: counts,
          columns: ['section', 'entries'],
          idField: 'section',
        };
        if (lang) {
          const { firstNameOf, personalDataExportReply } = await import('../../domain/replies/answers.js');
          const reply = personalDataExportReply(lang, {
            firstName: firstNameOf(data.account.given_names as string | undefined),
            file: options.out.split('/').pop() ?? '',
          });
          // With a reply, json and yaml get one document: the summary and the answer to paste.
          await renderDocumentWithReply(
            ctx,
            { learner_id: data.learner_id, file: options.out, sections: counts },
            list,
            [],
            reply,
          );
        } else {
          await render(ctx, list);
        }
        ctx.io.note(
          noticeIn(
            coded('note.privacy-exported', {
              learner: data.learner_id,
              // The file's name is the agent's input: eleven digits in it are shown as a national ID would be.
              out: maskNationalIdShapesIn(String(options.out)),
            }),
            ctx.env,
          ),
        );
        return undefined;
      }),
    );
}
