// `kursdesk certificates issue`: the PDF certificate of a passed course, for one learner or a whole unit.

import { basename } from 'node:path';
import { type Command, Option } from 'commander';
import { parseCourseCode, parseUnitId } from '../../domain/learning.js';
import { text as coded } from '../../domain/messages/index.js';
import type { ReplyLang } from '../../domain/replies/catalogue.js';
import { noticeIn, UsageError, UserError } from '../../errors.js';
import { CERTIFICATE_LANGUAGES, type CertificateLanguage } from '../../output/certificate-text.js';
import { render } from '../../output/render.js';
import { LEARNER_ARGUMENT, learnerArgument, optionalValue } from '../input.js';
import { addressed, renderRecordWithReply, replyOption, replyToOption } from '../reply.js';
import { examples, forTickets, type Runner } from '../runner.js';
import { certificateSettings, signingKeys } from './keys.js';

interface IssueOptions {
  unit?: string;
  lang: CertificateLanguage;
  out?: string;
  dryRun?: boolean;
  reply?: ReplyLang;
  replyTo?: string;
}

const ISSUED_COLUMNS = ['number', 'name', 'course', 'completed_on', 'expires_on', 'status', 'action', 'file'];

export function registerIssue(certificates: Command, run: Runner): void {
  certificates
    .command('issue')
    .description(
      'print the certificate of a passed course as an A4 PDF with a signed verification code and QR code; issuing again prints the same certificate',
    )
    .argument('[learner]', LEARNER_ARGUMENT)
    .argument('[course]', 'course code, e.g. SIK-100')
    .option('--unit <id>', 'instead of one learner: everyone who passed this course unit')
    .addOption(
      new Option('--lang <lang>', 'language of the certificate')
        .choices(CERTIFICATE_LANGUAGES as unknown as string[])
        .default('nb'),
    )
    .option('--out <path>', "a .pdf file, a folder (default: the current folder), or '-' for stdout")
    .option('--dry-run', 'check and list what would be issued, but sign, store and print nothing')
    .addOption(replyOption('the learner, naming the file to attach (one learner only)'))
    .addOption(replyToOption())
    .addHelpText(
      'after',
      forTickets('I need my course certificate') +
        examples(
          'kursdesk certificates issue 301 SIK-100 --out kursbevis-301.pdf --ticket SUP-3121 --reply nb   # attach the file to the reply',
          'kursdesk certificates issue 42 TRA-090 --lang en --out - > certificate.pdf',
          'kursdesk certificates issue --unit 5 --out kursbevis/enhet-5/ --ticket SUP-3120',
        ),
    )
    .action(
      async (
        learner: string | undefined,
        courseText: string | undefined,
        options: IssueOptions,
        command: Command,
      ) =>
        run(command, async (ctx) => {
          const unitId = optionalValue({ flag: '--unit', raw: options.unit, parse: parseUnitId });
          if (unitId !== undefined && options.reply !== undefined)
            throw new UsageError(coded('issue.reply-needs-one'));
          if (unitId !== undefined && (learner !== undefined || courseText !== undefined)) {
            throw new UsageError(coded('issue.unit-and-learner'));
          }
          if (unitId === undefined && (learner === undefined || courseText === undefined)) {
            throw new UsageError(
              coded(learner === undefined ? 'issue.missing-learner' : 'issue.missing-course'),
            );
          }
          const dryRun = options.dryRun === true;
          const settings = { ...certificateSettings(ctx.env), lang: options.lang };
          const { prepareTarget, pathFor, shownPath, writeWhole } = await import(
            '../../output/certificate-files.js'
          );
          // Checked before anything is signed or stored: an unwritable place changes nothing.
          const target = dryRun
            ? undefined
            : prepareTarget(options.out, { many: unitId !== undefined, stdoutIsTTY: ctx.io.stdoutIsTTY });
          const keys = await signingKeys(ctx);
          const deps = await ctx.deps();
          const workflow = await import('../../workflows/certificates.js');
          const issuance =
            unitId !== undefined
              ? await workflow.issueForUnit(deps, unitId, keys, settings, { dryRun })
              : await workflow.issueForLearner(
                  deps,
                  {
                    learner: await learnerArgument(ctx, learner as string),
                    courseCode: optionalValue({
                      flag: '<course>',
                      raw: courseText,
                      parse: parseCourseCode,
                    }) as string,
                  },
                  keys,
                  settings,
                  { dryRun },
                );
          for (const warning of issuance.warnings) ctx.io.warn(noticeIn(warning, ctx.env));

          const rows = issuance.certificates.map((c) => ({ ...c, file: null as string | null }));
          if (target) {
            const { printCertificates } = await import('../../output/certificate-printer.js');
            const total = issuance.pages.length;
            const { progressBar } = await import('../../output/progress.js');
            const bar = total > 1 ? progressBar(ctx.io, 'printing') : undefined;
            let written = 0;
            try {
              await printCertificates(issuance.pages, (i, pdf) => {
                const page = issuance.pages[i]!;
                if (target.kind === 'stdout') {
                  // A PDF is bytes; the stream takes them as they are.
                  ctx.io.out(pdf as unknown as string);
                  return;
                }
                const path = pathFor(target, page.content) as string;
                try {
                  writeWhole(path, pdf);
                } catch (error) {
                  if (!(error instanceof UserError)) throw error;
                  throw new UserError(
                    coded('issue.files-partly-written', { why: error.text ?? error.message, written, total }),
                    1,
                    { hint: coded('hint.print-again') },
                  );
                }
                rows[i]!.file = shownPath(path);
                written += 1;
                bar?.update(written, total, 'certificates');
              });
            } finally {
              bar?.stop();
            }
          }
          if (target?.kind === 'stdout') {
            for (const c of issuance.certificates)
              ctx.io.note(noticeIn(coded('note.certificate-line', c), ctx.env));
            return undefined;
          }
          if (unitId !== undefined) {
            await render(ctx, { kind: 'list', rows, columns: ISSUED_COLUMNS, idField: 'number' });
          } else {
            const issued = rows[0]!;
            let reply: string | undefined;
            if (options.reply) {
              const { certificateReply, firstNameOf } = await import('../../domain/replies/answers.js');
              reply = certificateReply(options.reply, {
                ...addressed({ firstName: firstNameOf(issued.name) }, options.replyTo, issued.name),
                course: { code: issued.course, title: '', title_en: null },
                file: issued.file ? basename(issued.file) : '[dry run: no file]',
                number: issued.number,
                expiredOn: issued.status === 'expired' ? issued.expires_on : null,
              });
            }
            await renderRecordWithReply(
              ctx,
              { kind: 'record', record: issued, fields: [...ISSUED_COLUMNS, 'link'], idField: 'number' },
              reply,
            );
          }
          const counts = ['new', 'reissued', 'sealed']
            .map((action) => ({ action, n: rows.filter((r) => r.action === action).length }))
            .filter((c) => c.n > 0);
          ctx.io.note(noticeIn(coded('issue.summary', { dryRun, total: rows.length, counts }), ctx.env));
          return undefined;
        }),
    );
}
