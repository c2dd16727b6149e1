// The one place the guided mode turns a result into the answer to paste. Every text comes from the reply
// catalogue through the same builders the `--reply` commands use, so the agent gets the same answer in
// the guided mode as from the command line.
import {
  alreadyCustomerReply,
  type RegistrationReplyFacts,
  registeredReply,
} from '../domain/companies/replies.js';
import type { AccessVerdict } from '../domain/course-access.js';
import type { Verdict } from '../domain/identity-match.js';
import {
  emailChangedReply,
  enrolledReply,
  hmsRecordedReply,
  learnerRegisteredReply,
  moreInfoReply,
  movedReply,
  passedCoursesReply,
  personalDataErasedReply,
  personalDataExportReply,
  personalDataReply,
  programmeStatusReply,
  registrationRequirementsReply,
  typeChangedReply,
  unitRequestedReply,
} from '../domain/replies/answers.js';
import { fill, type ReplyLang as Lang } from '../domain/replies/catalogue.js';
import { type CourseReplyFacts, courseAccessReply } from '../domain/replies/courses.js';
import { type LinkReplyFacts, linkReply } from '../domain/replies/links.js';
import { type FindAccountReplyFacts, findAccountReply } from '../domain/replies.js';

type FactsOf<F extends (lang: Lang, facts: never) => string> = Parameters<F>[1];

export type GuidedReply =
  | { topic: 'find-account'; verdict: Verdict; facts: FindAccountReplyFacts }
  | { topic: 'link'; facts: LinkReplyFacts }
  | { topic: 'course-access'; verdict: AccessVerdict; facts: CourseReplyFacts }
  | { topic: 'company-registered' | 'company-exists'; facts: RegistrationReplyFacts }
  | { topic: 'email-changed'; facts: FactsOf<typeof emailChangedReply> }
  | { topic: 'employer-moved'; facts: FactsOf<typeof movedReply> }
  | { topic: 'hms-updated'; facts: FactsOf<typeof hmsRecordedReply> }
  | { topic: 'type-changed'; facts: FactsOf<typeof typeChangedReply> }
  | { topic: 'booked'; facts: FactsOf<typeof enrolledReply> }
  | { topic: 'unit-requested'; facts: FactsOf<typeof unitRequestedReply> }
  | { topic: 'programmes'; facts: FactsOf<typeof programmeStatusReply> }
  | { topic: 'certificates'; facts: FactsOf<typeof passedCoursesReply> }
  | { topic: 'registered-learner'; facts: FactsOf<typeof learnerRegisteredReply> }
  | { topic: 'more-info'; facts: FactsOf<typeof moreInfoReply> }
  | { topic: 'personal-data'; facts: FactsOf<typeof personalDataReply> }
  | { topic: 'personal-data-erased'; facts: FactsOf<typeof personalDataErasedReply> }
  | { topic: 'personal-data-exported'; facts: FactsOf<typeof personalDataExportReply> }
  | { topic: 'registration-requirements'; facts: FactsOf<typeof registrationRequirementsReply> }
  /** An answer composed elsewhere (`triage --answer`'s) in every reply language. */
  | { topic: 'composed'; texts: Record<Lang, string> };

export function replyText(reply: GuidedReply, lang: Lang): string {
  switch (reply.topic) {
    case 'find-account':
      return findAccountReply(lang, reply.verdict, reply.facts);
    case 'link':
      return linkReply(lang, reply.facts);
    case 'course-access':
      return courseAccessReply(lang, reply.verdict, reply.facts);
    case 'company-registered':
      return registeredReply(lang, reply.facts);
    case 'company-exists':
      return alreadyCustomerReply(lang, reply.facts);
    case 'email-changed':
      return emailChangedReply(lang, reply.facts);
    case 'employer-moved':
      return movedReply(lang, reply.facts);
    case 'hms-updated':
      return hmsRecordedReply(lang, reply.facts);
    case 'type-changed':
      return typeChangedReply(lang, reply.facts);
    case 'booked':
      return enrolledReply(lang, reply.facts);
    case 'unit-requested':
      return unitRequestedReply(lang, reply.facts);
    case 'programmes':
      return programmeStatusReply(lang, reply.facts);
    case 'certificates':
      return passedCoursesReply(lang, reply.facts);
    case 'registered-learner':
      return learnerRegisteredReply(lang, reply.facts);
    case 'more-info':
      return moreInfoReply(lang, reply.facts);
    case 'personal-data':
      return personalDataReply(lang, reply.facts);
    case 'personal-data-erased':
      return personalDataErasedReply(lang, reply.facts);
    case 'personal-data-exported':
      return personalDataExportReply(lang, reply.facts);
    case 'registration-requirements':
      return registrationRequirementsReply(lang, reply.facts);
    case 'composed':
      return reply.texts[lang];
  }
}

/**
 * The reply with the catalogue's "do not send your national ID by e-mail" paragraph right after its
 * greeting: for a ticket that held one. `person`: the ID was of someone the writer asks about.
 */
export function withNationalIdWarning(
  reply: string,
  lang: Lang,
  person?: string,
  /** Written by someone for a person they do not name: the writer is asked for name and birth date. */
  unnamed = false,
): string {
  const warning = unnamed
    ? fill('about.national-id.warning-unnamed', lang, {})
    : person === undefined
      ? fill('national-id.warning', lang, {})
      : fill('about.national-id.warning', lang, { person });
  const cut = reply.indexOf('\n\n');
  return cut < 0
    ? `${warning}\n\n${reply}`
    : `${reply.slice(0, cut + 2)}${warning}\n\n${reply.slice(cut + 2)}`;
}
