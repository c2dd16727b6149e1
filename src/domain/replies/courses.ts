// The answer to "I can't find the course" / "there are no dates" / "the course is full" (W12), from the
// reasons course-access found and the catalogue's texts. It tells the learner what support did or will
// do, never the commands themselves.
import type { AccessReason, AccessVerdict } from '../course-access.js';
import { osloLongDate } from '../local-time.js';
import { composeAbout, type Paragraph, paragraph, type ReplyLang } from './catalogue.js';

export interface CourseReplyFacts {
  firstName: string | undefined;
  /** Said to someone writing about the learner (HR, a parent): the learner's full name. */
  person?: string;
  course: { code: string; title: string; title_en: string | null };
  /** The account type that would see the course (for the account-type reason). */
  targetType: string | undefined;
}

/** "SV-300 Sikkerhetsvakt – grunnopplæring", with the English title in English when there is one. */
export function courseName(lang: ReplyLang, c: CourseReplyFacts['course']): string {
  const title = lang === 'en' && c.title_en ? c.title_en : c.title;
  return title ? `${c.code} ${title}` : c.code;
}

function reasonParagraph(
  lang: ReplyLang,
  reason: AccessReason,
  facts: CourseReplyFacts,
  course: string,
): Paragraph {
  switch (reason.code) {
    case 'inactive':
      return paragraph('W12.inactive', { course });
    case 'account-type':
      if (facts.targetType === 'full') return paragraph('W12.paid', { course });
      if (facts.targetType === 'driver') return paragraph('W12.driver', { course });
      return paragraph('W12.type', { course });
    case 'account-status':
      return paragraph('W12.not-activated', {});
    case 'passed-valid':
      return reason.valid_until
        ? paragraph('W12.passed-until', { course, until: osloLongDate(reason.valid_until, lang) })
        : paragraph('W12.passed', { course });
    case 'already-booked':
      return paragraph(reason.on_waitlist ? 'W12.booked-waitlist' : 'W12.booked', { course });
    case 'no-unit':
      return paragraph('W12.no-unit', { course });
    case 'all-full':
      return paragraph('W12.all-full', { course });
  }
}

export function courseAccessReply(lang: ReplyLang, verdict: AccessVerdict, facts: CourseReplyFacts): string {
  const course = courseName(lang, facts.course);
  const parts =
    verdict.reasons.length === 0
      ? [paragraph('W12.visible', { course, code: facts.course.code })]
      : verdict.reasons.map((reason) => reasonParagraph(lang, reason, facts, course));
  return composeAbout(lang, facts.firstName, facts.person, parts);
}
