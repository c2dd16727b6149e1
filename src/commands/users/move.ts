import { type Command, Option } from 'commander';
import type { Ctx } from '../../context/context.js';
import { IMPORT_ENCODINGS, type ImportEncoding, MAX_IMPORT_BYTES } from '../../domain/completion-import.js';
import { parseEmail, parseInvoiceReference } from '../../domain/learner.js';
import { text as coded, textIn } from '../../domain/messages/index.js';
import type { ReplyLang } from '../../domain/replies/catalogue.js';
import { agentLang, noticeIn, UsageError, UserError } from '../../errors.js';
import { progressBar } from '../../output/progress.js';
import { openRejectsFile } from '../../output/rejects-csv.js';
import { renderDocument } from '../../output/render.js';
import { quotedName } from '../../output/terminal-text.js';
import type { BulkMoveReport, LearnerMove } from '../../workflows/move-employer.js';
import { companyValue } from '../company-input.js';
import { changeApproval } from '../confirm.js';
import {
  EXPECT_VERSION_OPTION,
  expectedVersion,
  LEARNER_ARGUMENT,
  learnerArgument,
  optionalValue,
  readListInput,
} from '../input.js';
import { addressed, renderRecordWithReply, replyOption, replyToOption } from '../reply.js';
import { examples, forTickets, type Runner } from '../runner.js';
import { profileView } from './view.js';

interface MoveOptions {
  to?: string;
  from?: string;
  file?: string;
  invoiceRef?: string;
  email?: string;
  expectVersion?: string;
  keepGood?: boolean;
  errors?: string;
  encoding: ImportEncoding;
  dryRun?: boolean;
  reply?: ReplyLang;
  replyTo?: string;
}

/** Reasons printed on stderr before the rest are only counted (--errors gets them all). */
const SHOWN = 20;

export function registerMove(users: Command, run: Runner): void {
  users
    .command('move')
    .description(
      'move a learner (or every learner of a company, or an HR list) to another employer that is an active customer',
    )
    .argument('[learner]', `${LEARNER_ARGUMENT}; leave out with --from or --file`)
    .option('--to <company>', 'the new employer, by org number or name (an active customer)')
    .option(
      '--invoice-ref <ref>',
      "reference on the new employer's invoices (printable, at most 60 characters)",
    )
    .option('--email <new>', 'also change the login e-mail (needs --ticket, as users set-email)')
    .option(...EXPECT_VERSION_OPTION)
    .option('--from <company>', 'bulk: move everyone employed at this company (org number or name)')
    .option(
      '--file <csv>',
      "bulk: move the learners of a CSV list (columns id and/or email, optional invoice_reference); '-' reads stdin",
    )
    .option(
      '--keep-good',
      'bulk: move the learners that can move even when some cannot (default: nobody moves)',
    )
    .option(
      '--errors <file>',
      'bulk with --file: write the refused rows to this CSV (line, column, value, reason)',
    )
    .addOption(
      new Option('--encoding <encoding>', "the list's text encoding")
        .choices(IMPORT_ENCODINGS as unknown as string[])
        .default('utf-8'),
    )
    .option('--dry-run', 'do the whole move and report it, then roll it back')
    .addOption(replyOption('the learner (one learner only)'))
    .addOption(replyToOption())
    .addHelpText(
      'after',
      `
The old employment period ends today and a new one starts; paid courses the learner is enrolled or waitlisted in that have not started yet are invoiced to the new employer from now on (they are listed).
Without --invoice-ref the old employer's invoice reference is dropped. A login e-mail on a domain of the old employer is warned about: the learner may lose that mailbox.
Bulk moves are one transaction, learners locked in id order; a learner already at the new employer is left as is (outcome unchanged; with another invoice reference it is refused); a row that cannot move (unknown learner, the same learner twice, a bad invoice reference, changed by another agent meanwhile) is listed with its reason, and then nobody moves unless --keep-good.
Exit codes: 0 moved, or already at that employer (nothing changed, nothing audited); 1 rows refused (bulk); 2 bad option or value, or already at that employer but with another --invoice-ref or --email; 3 learner or company not found (an unregistered new employer: register it first); 4 the learner was changed by someone else since it was read (nothing written); 5 the new employer is inactive, or --email without --ticket.
${forTickets('I changed employer', 'our company merged; here are our employees')}${examples(
  'kursdesk users move kari.nordmann@nordbane.test --to 919203471 --invoice-ref "Prosjekt 4411" --email kari.nordmann@ofoten.test --ticket SUP-2410',
  'kursdesk users move 42 --to 912837459 --ticket SUP-2411 --reply nb   # and the answer to paste',
  'kursdesk users move --file ansatte.csv --to 912837459 --keep-good --errors avviste.csv --ticket HR-88',
)}`,
    )
    .action(async (learner: string | undefined, options: MoveOptions, command: Command) =>
      run(command, async (ctx) => {
        const sources = [
          learner !== undefined,
          options.from !== undefined,
          options.file !== undefined,
        ].filter(Boolean);
        if (sources.length !== 1) {
          throw new UsageError(coded(sources.length === 0 ? 'move.no-source' : 'move.several-sources'));
        }
        const bulk = learner === undefined;
        if (bulk && options.email !== undefined) throw new UsageError(coded('move.email-bulk'));
        if (bulk && options.expectVersion !== undefined)
          throw new UsageError(coded('move.expect-version-bulk'));
        if (bulk && options.reply !== undefined) throw new UsageError(coded('move.reply-bulk'));
        if (!bulk && (options.keepGood || options.errors !== undefined))
          throw new UsageError(
            coded('move.bulk-flag-single', { flag: options.keepGood ? '--keep-good' : '--errors' }),
          );
        if (options.errors !== undefined && options.file === undefined)
          throw new UsageError(coded('move.errors-needs-file'));
        const to = (await companyValue(ctx, {
          flag: '--to',
          question: 'New employer (name or org number)',
          raw: options.to,
        })) as string;
        const invoiceReference = optionalValue({
          flag: '--invoice-ref',
          raw: options.invoiceRef,
          parse: parseInvoiceReference,
        });
        const deps = await ctx.deps();
        const dryRun = options.dryRun === true;

        if (!bulk) {
          const newEmail = optionalValue({ flag: '--email', raw: options.email, parse: parseEmail });
          const expectVersion = expectedVersion(options.expectVersion);
          const { moveLearner } = await import('../../workflows/move-employer.js');
          const move = await moveLearner(
            deps,
            await learnerArgument(ctx, learner),
            { to, invoiceReference, newEmail, expectVersion },
            { dryRun },
          );
          await renderMove(ctx, move, options.reply, options.replyTo);
          return undefined;
        }

        const { moveEmployees } = await import('../../workflows/move-employer.js');
        let source: Parameters<typeof moveEmployees>[1];
        if (options.from !== undefined) {
          source = {
            kind: 'employer',
            from: (await companyValue(ctx, { flag: '--from', raw: options.from })) as string,
          };
        } else {
          const file = options.file as string;
          const fileName = file === '-' ? 'stdin' : quotedName(file);
          const { decodeImportText } = await import('../../domain/completion-import.js');
          const { parseMoveList } = await import('../../domain/employer-moves.js');
          const text = decodeImportText(await readListInput(ctx, file, MAX_IMPORT_BYTES), options.encoding);
          if (!text.ok)
            throw new UserError(
              coded('move.file-refused', { file: fileName, reason: text.text ?? text.error }),
            );
          const list = parseMoveList(text.value);
          if (!list.ok)
            throw new UserError(
              coded('move.file-refused', { file: fileName, reason: list.text ?? list.error }),
            );
          if (list.value.ignoredColumns.length > 0)
            ctx.io.note(
              noticeIn(
                coded('move.ignoring-columns', { file: fileName, columns: list.value.ignoredColumns }),
                ctx.env,
              ),
            );
          source = { kind: 'list', fileName, ...list.value };
        }
        const move = async (asPlan: boolean) => {
          const bar = progressBar(ctx.io, 'moving learners');
          try {
            return await moveEmployees(
              deps,
              source,
              { to, invoiceReference, keepGood: options.keepGood === true, dryRun: asPlan },
              (done, total) => bar.update(done, total, 'learners'),
            );
          } finally {
            bar.stop();
          }
        };
        const { planApproveApply } = await import('../../db/write-gate.js');
        const report: BulkMoveReport = await planApproveApply(move, {
          dryRun,
          approval: changeApproval(ctx),
          describe: (planned) => {
            const movers = planned.learners.filter(
              (r) => r.outcome === 'would move' || r.outcome === 'moved',
            );
            // A plan that would be refused as a whole asks nothing: the real run refuses it the same way.
            if (movers.length === 0 || (planned.refused > 0 && !planned.kept_good)) return null;
            return {
              summary: coded('plan.move', {
                count: movers.length,
                source: planned.source,
                toName: planned.to_name,
                to: planned.to,
              }),
              details: [
                ...movers.map((r) =>
                  coded('plan.move-learner', {
                    learner: String(r.id ?? r.learner),
                    name: r.name || undefined,
                    from: (source.kind === 'list' && r.from) || undefined,
                  }),
                ),
                ...(planned.refused > 0 ? [coded('plan.move-refused-rows', { count: planned.refused })] : []),
                ...(planned.enrolments_reinvoiced > 0
                  ? [
                      coded('plan.move-reinvoiced', {
                        count: planned.enrolments_reinvoiced,
                        toName: planned.to_name,
                      }),
                    ]
                  : []),
              ],
            };
          },
        });
        return reportBulk(ctx, report, options.errors);
      }),
    );
}

async function renderMove(
  ctx: Ctx,
  move: LearnerMove,
  replyLang: ReplyLang | undefined,
  replyTo?: string,
): Promise<void> {
  for (const warning of move.warnings) ctx.io.warn(noticeIn(warning, ctx.env));
  for (const note of move.notes) ctx.io.note(noticeIn(note, ctx.env));
  const view = profileView(move.profile);
  view.sections = [
    ...(view.sections ?? []),
    {
      title: coded('move.section-reinvoiced', { company: move.to.name }).in(agentLang(ctx.env)),
      key: 'enrolments_reinvoiced',
      view: {
        kind: 'list',
        rows: move.enrolments,
        columns: ['course', 'title', 'unit', 'starts_at', 'status', 'price_nok', 'invoiced_before_to'],
        idField: 'enrolment',
      },
    },
  ];
  let reply: string | undefined;
  if (replyLang) {
    const { movedReply } = await import('../../domain/replies/answers.js');
    const { movedFacts } = await import('../../workflows/reply-facts.js');
    reply = movedReply(
      replyLang,
      addressed(movedFacts(move), replyTo, `${move.profile.given_names} ${move.profile.family_name}`),
    );
  }
  await renderRecordWithReply(ctx, view, reply);
  if (move.unchanged) {
    ctx.io.note(
      noticeIn(
        coded('move.unchanged-one', {
          id: move.profile.id,
          name: move.to.name,
          orgNumber: move.to.org_number,
        }),
        ctx.env,
      ),
    );
    return;
  }
  const done = coded('move.done-one', {
    dryRun: move.dryRun,
    id: move.profile.id,
    from: move.from ? `${move.from.name} (${move.from.org_number})` : undefined,
    to: `${move.to.name} (${move.to.org_number})`,
    enrolments: move.enrolments.length,
    revokedLinks: move.revokedLinks,
  });
  ctx.io.note(noticeIn(done, ctx.env));
}

async function reportBulk(ctx: Ctx, report: BulkMoveReport, errorsFile: string | undefined): Promise<number> {
  const lang = agentLang(ctx.env);
  const refused = report.learners.filter((r) => r.outcome === 'refused');
  refused.slice(0, SHOWN).forEach((r) => {
    const reason = r.reason ?? '';
    const said =
      r.line === null
        ? coded('move.row-learner', { learner: r.id ?? r.learner, reason }).in(lang)
        : `${report.source}:${r.line}: ${r.column}: ${textIn(reason, lang)}`;
    ctx.io.err(`${said}\n`);
  });
  if (refused.length > SHOWN)
    ctx.io.err(`${coded('move.rows-more', { count: refused.length - SHOWN, errorsFile }).in(lang)}\n`);
  if (errorsFile) {
    const rejects = openRejectsFile(errorsFile, ',');
    for (const r of refused)
      rejects.write({
        line: r.line ?? 0,
        column: r.column ?? 'learner',
        value: r.value ?? r.learner,
        reason: textIn(r.reason ?? '', lang),
      });
    await rejects.close();
  }
  if (report.logins_on_old_domain > 0) {
    ctx.io.warn(
      noticeIn(coded('move.logins-on-old-domain', { count: report.logins_on_old_domain }), ctx.env),
    );
  }
  // A person's table says the reasons in the agent's language; json, yaml and csv keep the English.
  const learners = report.learners.map((r) => ({
    ...r,
    reason: r.reason === null ? null : ctx.format === 'table' ? textIn(r.reason, lang) : String(r.reason),
  }));
  await renderDocument(
    ctx,
    { ...report, learners },
    {
      kind: 'list',
      rows: learners,
      columns: [
        ...(report.learners.some((r) => r.line !== null) ? ['line'] : []),
        'learner',
        'id',
        'name',
        'from',
        'outcome',
        'enrolments_reinvoiced',
        'login_on_old_domain',
        'reason',
      ],
      idField: 'id',
      emptyNote: coded('empty.nobody-to-move', { source: report.source }),
    },
    [
      `${report.source} → ${report.to_name} (${report.to})`,
      coded('move.heading-counts', {
        rows: report.rows,
        movable: report.movable,
        moved: report.moved,
        refused: report.refused,
        reinvoiced: report.enrolments_reinvoiced,
      }).in(lang),
    ],
  );
  const stale = refused.some((r) => r.stale);
  const summary =
    report.rows === 0
      ? coded('move.nobody-employed', { source: report.source })
      : refused.length > 0 && !report.kept_good
        ? coded('move.bulk-refused', { refused: refused.length, stale })
        : report.dry_run
          ? coded('move.bulk-dry-run', { movable: report.movable, to: report.to_name })
          : coded('move.bulk-done', {
              moved: report.moved,
              to: report.to_name,
              reinvoiced: report.enrolments_reinvoiced,
              refused: refused.length,
            });
  ctx.io.note(noticeIn(summary, ctx.env));
  if (report.unchanged > 0)
    ctx.io.note(
      noticeIn(coded('move.bulk-unchanged', { count: report.unchanged, to: report.to_name }), ctx.env),
    );
  if (refused.length === 0) return 0;
  return stale ? 4 : 1;
}
