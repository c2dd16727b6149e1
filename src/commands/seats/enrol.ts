// `kursdesk units enrol`: W13, a seat on a unit, or a place on its waitlist when it is full.
import type { Command } from 'commander';
import { text as coded } from '../../domain/messages/index.js';
import { noticeIn } from '../../errors.js';
import { addressed, renderRecordWithReply } from '../reply.js';
import { examples, forTickets, type Runner } from '../runner.js';
import { learnerOnUnitCommand, notePromotions, type SeatOptions, seatRequest } from './common.js';

export function register(parent: Command, run: Runner): void {
  learnerOnUnitCommand(
    parent,
    'enrol',
    'book a learner on a unit; when it is full, put them on its waitlist and say their place',
    'run every check and show the outcome, but write nothing',
  )
    .addHelpText(
      'after',
      `
The learner must be able to book the unit: their account type must see the course, a paid course needs an employer to invoice (the enrolment is invoiced to it), the account must not be disabled, and the unit must be scheduled and not started. A refusal names the reason and the command that fixes it.

Exit codes: 3 unknown learner or unit; 4 already on the unit (seat or waitlist), or the unit is cancelled or in the past; 5 the learner may not book it (account type, no employer, disabled).
${forTickets('please book me on the course', 'the course is full')}${examples(
  'kursdesk units enrol lars.bjerke@banesignal.test 18 --ticket SUP-5120',
  'kursdesk units enrol 301 17 --dry-run   # full: she would join the waitlist',
  'kursdesk units enrol 42 17 --ticket SUP-5122 --reply nb   # and the answer to paste (seat or waitlist place)',
)}`,
    )
    .action(async (learner: string, unitText: string, options: SeatOptions, command: Command) =>
      run(command, async (ctx) => {
        const request = await seatRequest(ctx, learner, unitText, options);
        const { enrol } = await import('../../workflows/units.js');
        const booked = await enrol(request.deps, request.learner, request.unit, request.options);
        for (const warning of booked.warnings) ctx.io.warn(noticeIn(warning, ctx.env));
        notePromotions(ctx, booked.unit, booked.promoted, booked.dryRun);
        let reply: string | undefined;
        if (options.reply) {
          const { enrolledReply } = await import('../../domain/replies/answers.js');
          const { enrolledFacts } = await import('../../workflows/reply-facts.js');
          reply = enrolledReply(
            options.reply,
            addressed(enrolledFacts(booked), options.replyTo, booked.name),
          );
        }
        await renderRecordWithReply(
          ctx,
          {
            kind: 'record',
            record: booked,
            fields: [
              'learner',
              'name',
              'unit',
              'course',
              'starts_at',
              'place',
              'status',
              'position',
              'seats_left',
              'waitlist',
              'invoice_to',
            ],
            idField: 'unit',
          },
          reply,
        );
        const seat = {
          dryRun: booked.dryRun,
          learner: booked.learner,
          unit: booked.unit,
          course: booked.course,
        };
        const what =
          booked.status === 'enrolled'
            ? coded('note.seat-booked', { ...seat, left: booked.seats_left })
            : coded('note.seat-waitlisted', { ...seat, position: booked.position });
        ctx.io.note(noticeIn(what, ctx.env));
        return undefined;
      }),
    );
}
