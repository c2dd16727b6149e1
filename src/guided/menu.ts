// The guided mode: the FAQ's questions as a menu, in the agent's language. Each entry runs its flow;
// an error the agent can act on is shown and the menu comes back, and Ctrl-C ends it all (exit 130).
// The guided mode speaks and writes bokmål or English (the languages mails exist in).
import { type Text, text } from '../domain/messages/index.js';
import type { TriageResult } from '../domain/triage/types.js';
import { CancelledError, UserError } from '../errors.js';
import { forgotEmail, linkFor, newLoginEmail } from './flows/account.js';
import { cannotFindCourse, courseFull } from './flows/courses.js';
import { changedEmployer, companyNotListed } from './flows/employer.js';
import { faqQuestion } from './flows/faq.js';
import { certificate, stillNeeded } from './flows/learning.js';
import { personalData } from './flows/privacy.js';
import { accountType, newHmsCard } from './flows/profile.js';
import { registerLearner } from './flows/register.js';
import { pastedTicket } from './flows/ticket.js';
import { type Session, said } from './session.js';

export interface Entry {
  key: string;
  /** The FAQ question, as the learner would ask it (coded: guided-labels.menu-*). */
  label: Text;
  run(s: Session): Promise<void>;
}

export interface GuideOptions {
  /**
   * Reads a pasted ticket (W18). Given by the command once the triage workflow is there; without it the
   * menu has no "paste a ticket" entry.
   */
  readTicket?: (raw: string) => Promise<TriageResult>;
}

export function entries(options: GuideOptions): Entry[] {
  const list: Entry[] = [
    {
      key: 'W1',
      label: text('guided-labels.menu-forgot-email'),
      run: forgotEmail,
    },
    {
      key: 'W2',
      label: text('guided-labels.menu-no-activation'),
      run: linkFor,
    },
    { key: 'W3', label: text('guided-labels.menu-forgot-password'), run: linkFor },
    { key: 'W5', label: text('guided-labels.menu-changed-employer'), run: changedEmployer },
    {
      key: 'W4',
      label: text('guided-labels.menu-new-login-email'),
      run: newLoginEmail,
    },
    {
      key: 'W7',
      label: text('guided-labels.menu-company-not-listed'),
      run: companyNotListed,
    },
    {
      key: 'W10',
      label: text('guided-labels.menu-account-type'),
      run: (s) => accountType(s),
    },
    { key: 'W11', label: text('guided-labels.menu-new-hms-card'), run: newHmsCard },
    { key: 'W12', label: text('guided-labels.menu-cannot-find-course'), run: cannotFindCourse },
    {
      key: 'W13',
      label: text('guided-labels.menu-course-full'),
      run: courseFull,
    },
    {
      key: 'W14',
      label: text('guided-labels.menu-still-needed'),
      run: stillNeeded,
    },
    { key: 'W15', label: text('guided-labels.menu-certificate'), run: certificate },
    { key: 'W16', label: text('guided-labels.menu-register-learner'), run: registerLearner },
    {
      key: 'W20',
      label: text('guided-labels.menu-personal-data'),
      run: personalData,
    },
  ];
  const { readTicket } = options;
  if (readTicket)
    list.push({
      key: 'W18',
      label: text('guided-labels.menu-paste-ticket'),
      run: (s) => pastedTicket(s, readTicket, list),
    });
  // After the paste entry, which keeps its place in the menu.
  list.push({
    key: 'FAQ',
    label: text('guided-labels.menu-other-faq'),
    run: faqQuestion,
  });
  return list;
}

/** Runs the menu until the agent quits. Returns the exit code. */
export async function runGuide(s: Session, options: GuideOptions): Promise<number> {
  const menu = entries(options);
  s.note(said(s, text('guided-says.guided-mode-choose-question-ticket')));
  let last: string | undefined;
  for (;;) {
    const key = await s.term.select<string>(
      said(s, text('guided-says.what-ticket-about')),
      [
        ...menu.map((e) => ({ value: e.key, name: said(s, e.label) })),
        { value: 'quit', name: said(s, text('guided-says.quit')) },
      ],
      last,
    );
    if (key === 'quit') return 0;
    last = key;
    const entry = menu.find((e) => e.key === key);
    if (!entry) continue;
    try {
      await entry.run(s);
    } catch (error) {
      if (error instanceof CancelledError || !(error instanceof UserError)) throw error;
      // The workflow refused (not found, conflict, policy): nothing was written; say why and go on. The
      // hint (often a command to run) gets a line of its own, so it is never broken across two.
      s.warn(error.messageIn(s.lang));
      const hint = error.hintIn(s.lang);
      if (hint) s.note(`  ${said(s, text('guided-says.next'))}: ${hint}`);
    }
  }
}
