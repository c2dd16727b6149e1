// `kursdesk units unenrol`: W13, give a seat (or a waitlist place) back; a freed seat goes to the first waiting.
import type { Command } from 'commander';
import { text as coded } from '../../domain/messages/index.js';
import { noticeIn } from '../../errors.js';
import { changeApproval } from '../confirm.js';
import { addressed, renderRecordWithReply } from '../reply.js';
import { examples, type Runner } from '../runner.js';
import { learnerOnUnitCommand, notePromotions, type SeatOptions, seatRequest } from './common.js';

export function register(parent: Command, run: Runner): void {
  learnerOnUnitCommand(
    parent,
    'unenrol',
    'cancel a seat or a waitlist place; a freed seat goes at once to the first on the waitlist, who is mailed',
    'show who would get the seat, but write nothing',
  )
    .addHelpText(
      'after',
      `
The seat is given to the first on the waitlist in the same transaction, and the e-mail that tells them waits in the outbox (kursdesk mail send delivers it). Unenrolling someone from the waitlist only takes them out of the queue; those behind move up.

Exit codes: 3 unknown learner or unit, or the learner is not on the unit; 4 the unit has started.
${examples(
  'kursdesk units unenrol petterlunde@banesignal.test 17 --ticket SUP-5121',
  'kursdesk units unenrol 4 17 --lang en --dry-run',
  'kursdesk units unenrol 9 17 --ticket SUP-5123 --reply en   # and the answer to paste',
)}`,
    )
    .action(async (learner: string, unitText: string, options: SeatOptions, command: Command) =>
      run(command, async (ctx) => {
        const request = await seatRequest(ctx, learner, unitText, options);
        const { unenrol } = await import('../../workflows/units.js');
        const { planApproveApply } = await import('../../db/write-gate.js');
        const released = await planApproveApply(
          (dryRun) => unenrol(request.deps, request.learner, request.unit, { ...request.options, dryRun }),
          {
            dryRun: request.options.dryRun,
            approval: changeApproval(ctx),
            describe: (planned) => ({
              summary: coded('plan.unenrol', {
                learner: planned.learner,
                was: planned.was,
                unit: planned.unit,
                course: planned.course,
              }),
              details: [
                ...planned.promoted.map((p) => coded('plan.unenrol-promoted', { learner: p.learner })),
                planned.was === 'enrolled' && planned.promoted.length === 0
                  ? coded('plan.unenrol-seats-left', { seats: planned.seats_left })
                  : coded('plan.unenrol-waiting', { waiting: planned.waitlist }),
                coded('plan.unenrol-final'),
              ],
            }),
          },
        );
        let reply: string | undefined;
        if (options.reply) {
          const { unenrolledReply, firstNameOf } = await import('../../domain/replies/answers.js');
          reply = unenrolledReply(options.reply, {
            ...addressed({ firstName: firstNameOf(released.name) }, options.replyTo, released.name),
            course: { code: released.course, title: released.title, title_en: released.title_en },
            startsAt: released.starts_at,
            place: released.place,
            was: released.was,
          });
        }
        await renderRecordWithReply(
          ctx,
          {
            kind: 'record',
            record: { ...released, promoted: released.promoted.map((p) => p.learner) },
            fields: ['learner', 'unit', 'course', 'was', 'seats_left', 'waitlist', 'promoted'],
            idField: 'unit',
          },
          reply,
        );
        const taken = coded('note.seat-taken', {
          dryRun: released.dryRun,
          learner: released.learner,
          waitlist: released.was !== 'enrolled',
          unit: released.unit,
          course: released.course,
        });
        ctx.io.note(noticeIn(taken, ctx.env));
        notePromotions(ctx, released.unit, released.promoted, released.dryRun);
        return undefined;
      }),
    );
}
