// The guided mode's menu as the tests drive it in a pseudo-terminal: which entry is where, how one is
// chosen, and the questions that open the flows the tests walk (in bokmål unless `guide --lang en`).
import { KEYS, type TerminalRun } from '../helpers/pty.js';

/** The menu's entries in order, as the keys that reach them from the first. */
export const MENU = {
  forgotEmail: 0,
  forgotPassword: 2,
  changedEmployer: 3,
  companyNotListed: 5,
  pasteTicket: 14,
};

/** The menu's question, and the learner picker's, in each language. */
export const ASK = {
  menu: 'Hva gjelder saken?',
  menuEn: 'What is the ticket about?',
  learner: 'Bruker (navn, e-post, id, fødselsnr.)',
  learnerEn: 'Learner (name, e-mail, id, national ID)',
};

export function choose(run: TerminalRun, index: number): void {
  run.write(KEYS.down.repeat(index) + KEYS.enter);
}

/** Waits for the menu (`menu`: its question), chooses `entry` and waits for the flow's first `question`. */
export async function openEntry(
  run: TerminalRun,
  entry: number,
  question: string,
  menu = ASK.menu,
): Promise<void> {
  await run.waitFor(menu);
  choose(run, entry);
  await run.waitFor(question);
}

/** Types the start of a learner's name or address in the picker and takes the learner it offers. */
export async function pickLearner(run: TerminalRun, typed: string, offered: string): Promise<void> {
  run.write(typed);
  await run.waitFor(offered);
  run.write(KEYS.enter);
}
