// The FAQ's questions answered by its text alone (how to register and which account type, no HMS card, a
// Firma-ID, Bane NOR staff, how to log in, changing a known password): nothing to look up or change, only
// the reply to paste, from the same catalogue entries `triage --answer` uses.

import { parseName } from '../../domain/learner.js';
import { text } from '../../domain/messages/index.js';
import { composeReply, type Paragraph, paragraph, type ReplyLang } from '../../domain/replies/catalogue.js';
import { askOptional, type Session, said, showReply } from '../session.js';

interface FaqAnswer {
  label: { nb: string; en: string };
  paragraphs: readonly Paragraph[];
}

const ANSWERS: readonly FaqAnswer[] = [
  {
    label: {
      nb: 'Hvordan oppretter jeg en konto, og hvilken kontotype?',
      en: 'How do I create an account, and which account type?',
    },
    paragraphs: [paragraph('registration.how-to', {}), paragraph('registration.requirements', {})],
  },
  {
    label: { nb: 'Jeg har ikke HMS-kort', en: 'I have no HMS card' },
    paragraphs: [paragraph('registration.requirements', {})],
  },
  {
    label: { nb: 'Jeg blir bedt om Firma-ID', en: 'I am asked for a Firma-ID' },
    paragraphs: [paragraph('registration.firma-id', {})],
  },
  {
    label: {
      nb: 'Jeg er ansatt i Bane NOR: hvordan logger jeg inn?',
      en: 'I work at Bane NOR: how do I log in?',
    },
    paragraphs: [paragraph('registration.rail-staff', {})],
  },
  {
    label: {
      nb: 'Jeg finner ikke firmaet mitt når jeg registrerer meg',
      en: 'I cannot find my company when I register',
    },
    paragraphs: [paragraph('registration.company-missing', {})],
  },
  {
    label: { nb: 'Hvordan logger jeg inn? (brukernavnet)', en: 'How do I log in? (the user name)' },
    paragraphs: [paragraph('login.how-to', {})],
  },
  {
    label: { nb: 'Hvordan endrer jeg passordet?', en: 'How do I change my password?' },
    paragraphs: [paragraph('login.change-password', {})],
  },
  {
    label: { nb: 'Feilmelding når jeg logger inn', en: 'An error message when I log in' },
    paragraphs: [paragraph('login.technical', {})],
  },
];

export async function faqQuestion(s: Session): Promise<void> {
  const chosen = await s.term.select<FaqAnswer>(
    said(s, text('guided-says.what-does-person-ask')),
    ANSWERS.map((a) => ({ value: a, name: a.label[s.lang] })),
  );
  const given = await askOptional(s, said(s, text('guided-says.first-name-greet-empty-none')), (typed) =>
    parseName(typed, said(s, text('guided-says.first-name'))),
  );
  const texts = {} as Record<ReplyLang, string>;
  for (const lang of ['nb', 'nn', 'en'] as const) texts[lang] = composeReply(lang, given, chosen.paragraphs);
  await showReply(s, { topic: 'composed', texts });
}
