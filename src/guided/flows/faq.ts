// The FAQ's questions answered by its text alone (how to register and which account type, no HMS card, a
// Firma-ID, Bane NOR staff, how to log in, changing a known password): nothing to look up or change, only
// the reply to paste, from the same catalogue entries `triage --answer` uses.

import { parseName } from '../../domain/learner.js';
import { type Text, text } from '../../domain/messages/index.js';
import { composeReply, type Paragraph, paragraph, type ReplyLang } from '../../domain/replies/catalogue.js';
import { askOptional, type Session, said, showReply } from '../session.js';

interface FaqAnswer {
  /** The question as the person asks it (coded: guided-labels.faq-*). */
  label: Text;
  paragraphs: readonly Paragraph[];
}

const ANSWERS: readonly FaqAnswer[] = [
  {
    label: text('guided-labels.faq-create-account'),
    paragraphs: [paragraph('registration.how-to', {}), paragraph('registration.requirements', {})],
  },
  {
    label: text('guided-labels.faq-no-hms-card'),
    paragraphs: [paragraph('registration.requirements', {})],
  },
  {
    label: text('guided-labels.faq-firma-id'),
    paragraphs: [paragraph('registration.firma-id', {})],
  },
  {
    label: text('guided-labels.faq-rail-staff'),
    paragraphs: [paragraph('registration.rail-staff', {})],
  },
  {
    label: text('guided-labels.faq-company-missing'),
    paragraphs: [paragraph('registration.company-missing', {})],
  },
  {
    label: text('guided-labels.faq-log-in'),
    paragraphs: [paragraph('login.how-to', {})],
  },
  {
    label: text('guided-labels.faq-change-password'),
    paragraphs: [paragraph('login.change-password', {})],
  },
  {
    label: text('guided-labels.faq-login-error'),
    paragraphs: [paragraph('login.technical', {})],
  },
];

export async function faqQuestion(s: Session): Promise<void> {
  const chosen = await s.term.select<FaqAnswer>(
    said(s, text('guided-says.what-does-person-ask')),
    ANSWERS.map((a) => ({ value: a, name: said(s, a.label) })),
  );
  const given = await askOptional(s, said(s, text('guided-says.first-name-greet-empty-none')), (typed) =>
    parseName(typed, said(s, text('guided-says.first-name'))),
  );
  const texts = {} as Record<ReplyLang, string>;
  for (const lang of ['nb', 'nn', 'en'] as const) texts[lang] = composeReply(lang, given, chosen.paragraphs);
  await showReply(s, { topic: 'composed', texts });
}
