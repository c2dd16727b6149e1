// The one reader of a typed yes or no, shared by the command line's confirmation and the guided mode:
// an agent types j/ja/y/yes or n/nei/no (any case) whatever language the screen is in.
import type { Lang } from '../domain/messages/index.js';

/** The hint beside a yes/no question, the answer it shows once given, and the word for a wrong answer. */
export const YES_NO = {
  nb: { hintYes: 'J/n', hintNo: 'j/N', yes: 'Ja', no: 'Nei', invalid: 'svar j (ja) eller n (nei)' },
  en: { hintYes: 'Y/n', hintNo: 'y/N', yes: 'Yes', no: 'No', invalid: 'answer y (yes) or n (no)' },
} as const satisfies Record<Lang, Record<string, string>>;

/** A typed yes or no in bokmål or English; undefined for anything else (an empty answer included). */
export function yesOrNo(text: string): boolean | undefined {
  const word = text.trim().toLowerCase();
  if (/^(j|ja|y|yes)$/.test(word)) return true;
  if (/^(n|nei|no)$/.test(word)) return false;
  return undefined;
}

/** What an answer means: a yes or no as typed, the preselected answer for an empty one. */
export function answerOf(text: string, preselect: boolean): boolean {
  return yesOrNo(text) ?? preselect;
}

/** Anything but a yes, a no or nothing is asked again, with the words saying what to type. */
export function yesNoCheck(lang: Lang): (text: string) => string | true {
  return (text) => (yesOrNo(text) !== undefined || text.trim() === '' ? true : YES_NO[lang].invalid);
}
