// What the learner has done and still needs: W14 (programmes: what remains, including booking a
// classroom date) and W15 (course history and certificates).

import { isoDate } from '../../context/clock.js';
import { text } from '../../domain/messages/index.js';
import { nextStepText } from '../../domain/programmes.js';
import { replyToWords } from '../../domain/replies/answers.js';
import { shellWord } from '../../domain/shell-words.js';
import { wrapCommand } from '../../output/wrap.js';
import { pickLearner, replyVoice, type Session, said, showReply } from '../session.js';

/** ` --reply-to <writer>` when the pasted ticket was written about the learner (triage's writer). */
const replyTo = (s: Pick<Session, 'writer'>): string =>
  replyToWords(s.writer ?? undefined)
    .map((w) => ` ${shellWord(w)}`)
    .join('');

import { clip, dayOrDash, heading, table, WIDTH } from '../show.js';
import { enrolStep } from './courses.js';

export async function stillNeeded(s: Session): Promise<void> {
  const learner = await pickLearner(s);
  const { programmeStatus } = await import('../../workflows/programmes.js');
  const status = await programmeStatus(s.deps, { by: 'id', id: learner.id }, undefined);
  if (status.programmes.length === 0)
    s.out(heading(said(s, text('guided-asks.no-programmes', { name: learner.name }))));
  for (const p of status.programmes) {
    const standing = p.standing.complete
      ? said(s, text('guided-asks.approved', { until: p.standing.approved_until }))
      : said(
          s,
          text('guided-asks.to-do-expired', { missing: p.standing.missing, expired: p.standing.expired }),
        );
    s.out(heading(clip(`${p.programme} ${p.title} — ${standing}`, 80)));
    s.out(
      table(
        [said(s, text('guided-says.course')), 'status', said(s, text('guided-says.next-step'))],
        p.items.map((i) => [
          `${i.course} ${i.title}`,
          said(s, text('guided-labels.item-status', { status: i.status })),
          nextStepText(i.step, s.lang, 'table'),
        ]),
        { give: { 0: 28, 2: 38 } },
      ),
    );
  }
  const { programmeFacts } = await import('../../workflows/reply-facts.js');
  await showReply(s, {
    topic: 'programmes',
    facts: { ...replyVoice(s, learner.name), programmes: programmeFacts(status) },
  });
  // A classroom item with no date booked is the usual next step: book it now.
  const unbooked = status.programmes.flatMap((p) => p.items).filter((i) => i.step.kind === 'no-date');
  for (const item of unbooked) {
    if (await s.term.confirm(said(s, text('guided-asks.enrol-date-for', { course: item.course })), false))
      await enrolStep(s, learner, { code: item.course, title: item.title });
  }
}

export async function certificate(s: Session): Promise<void> {
  const learner = await pickLearner(s);
  const { learnerHistory } = await import('../../workflows/learning-history.js');
  const { history, englishTitles } = await learnerHistory(s.deps, { by: 'id', id: learner.id });
  s.out(heading(`${history.learner.name} (id ${history.learner.id})`));
  if (history.completions.length === 0) s.out(`  ${said(s, text('guided-says.no-completed-courses'))}\n`);
  else
    s.out(
      table(
        [
          said(s, text('guided-says.course')),
          said(s, text('guided-says.date')),
          said(s, text('guided-says.result')),
          said(s, text('guided-says.valid-until')),
          said(s, text('guided-says.certificate')),
        ],
        history.completions.map((c) => [
          `${c.course} ${c.title}`,
          dayOrDash(c.completed_on, s.lang),
          said(s, text('guided-labels.result', { result: c.result })),
          dayOrDash(c.expires_on, s.lang),
          c.certificate_status === 'revoked' ? said(s, text('guided-says.revoked')) : (c.certificate ?? '–'),
        ]),
        { give: { 0: 28 } },
      ),
    );
  // The course a pasted ticket asks about but the history has no pass of: said before the reply, which
  // lists only what was passed, so the agent does not send it as if it answered the question.
  const asked = s.hints?.courseCodes ?? [];
  const passedCodes = new Set(history.completions.filter((c) => c.result === 'passed').map((c) => c.course));
  const askedNotPassed = asked.filter((c) => !passedCodes.has(c));
  for (const code of askedNotPassed)
    s.warn(said(s, text('guided2.asked-course-not-passed', { course: code })));
  const { passedCourses } = await import('../../workflows/reply-facts.js');
  // The reply says so too, first: the person asked for that course.
  await showReply(s, {
    topic: 'certificates',
    facts: {
      ...replyVoice(s, learner.name),
      passed: passedCourses(history, isoDate(s.deps.clock.now()), englishTitles),
      askedNotPassed,
    },
  });
  // The PDF itself is made by the command (it signs and writes a file): one ready to paste per course,
  // with --reply for the answer that names the attachment.
  // A course whose certificate was revoked is not issued again for the same completion (the command
  // would refuse): it is named instead of offered.
  const latest = new Map<string, (typeof history.completions)[number]>();
  for (const c of history.completions)
    if (c.result === 'passed' && (latest.get(c.course)?.completed_on ?? '') <= c.completed_on)
      latest.set(c.course, c);
  const revoked = new Set(
    [...latest.values()].filter((c) => c.certificate_status === 'revoked').map((c) => c.course),
  );
  for (const code of history.valid_courses.filter((c) => revoked.has(c)))
    s.note(said(s, text('guided-asks.certificate-revoked', { course: code })));
  // The course the ticket asks for first, if it has a certificate to give.
  const valid = history.valid_courses
    .filter((c) => !revoked.has(c))
    .sort((a, b) => Number(asked.includes(b)) - Number(asked.includes(a)))
    .slice(0, 3);
  if (valid.length === 0) return;
  s.note(said(s, text('guided-says.certificate-pdf-attach')));
  const ticket = s.ticket ? ` --ticket ${shellWord(s.ticket)}` : '';
  for (const code of valid) {
    const command = `$ kursdesk certificates issue ${learner.id} ${code} --out kursbevis-${learner.id}-${code}.pdf${ticket} --reply ${s.replyLang}${replyTo(s)}`;
    s.note(
      wrapCommand(command, WIDTH - 2, '      ')
        .map((l) => `  ${l}`)
        .join('\n'),
    );
  }
}
