// Quoting for the kursdesk command lines the desk suggests (triage next steps, ticket answers), so an
// agent can paste them into sh, bash or zsh and each fact arrives as exactly one word. Pure.

/** Characters no POSIX shell gives a meaning to inside a word: such a word needs no quotes. */
const PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * One shell word that stands for `text`: as it is when plain, else in single quotes (inside which
 * nothing is special), each `'` written as `'\''` — close, an escaped quote, reopen.
 */
export function shellWord(text: string): string {
  return PLAIN_WORD.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}
