// The facts replies need, taken from workflow results: shared by the commands' --reply and by
// answerTicket, so both say the same thing about the same result.
import type { ProgrammeFacts } from '../domain/replies/answers.js';
import type { LearnerProgrammes } from './programmes.js';

export function programmeFacts(result: LearnerProgrammes): ProgrammeFacts[] {
  return result.programmes.map((p) => ({
    code: p.programme,
    title: p.title,
    complete: p.standing.complete,
    approvedUntil: p.standing.approved_until,
    items: p.items.map((i) => ({
      course: { code: i.course, title: i.title, title_en: null },
      kind: i.kind,
      status: i.status,
      validUntil: i.valid_until,
      ...(i.booking
        ? {
            booking: {
              startsAt: i.booking.starts_at,
              place: i.booking.place,
              status: i.booking.status,
              position: i.booking.position,
            },
          }
        : {}),
    })),
  }));
}
