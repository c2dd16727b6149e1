// The one reader of a typed yes or no, shared by the command line's confirmation and the guided mode:
// an agent types j/ja/y/yes or n/nei/no (any case) whatever language the screen is in.
import { type Lang, text } from '../domain/messages/index.js';

/** The hint beside a yes/no question (`y/N`, `j/N`), in the agent's language. */
export function yesNoHint(lang: Lang, preselect: boolean): string {
  return text('yes-no.hint', { preselect }).in(lang);
}

/** An answer as the question shows it once given (`Yes`, `Nei`). */
export function yesNoWord(lang: Lang, yes: boolean): string {
  return text('yes-no.answer', { yes }).in(lang);
}

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
  const invalid = text('yes-no.invalid').in(lang);
  return (typed) => (yesOrNo(typed) !== undefined || typed.trim() === '' ? true : invalid);
}
