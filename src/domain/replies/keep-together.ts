// A reply wrapped for a terminal is copied into an e-mail as it is shown: a long date broken after its
// day ("8." at the end of one line, "januar 2027" on the next) reads badly there, and so does a portal
// label broken inside its «» («Oppdater» on one line, «brukerkonto» on the next), which the learner must
// find on the screen as one piece. The spaces inside these units become no-break spaces, which a wrapper
// breaking at spaces never splits and which a mail client shows as ordinary spaces.

const NBSP = '\u00a0';

const NB_MONTHS = 'januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember';
const EN_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/**
 * `8. januar 2027`, `8. januar`, `8 January 2027`, `kl. 09:00`, a quoted portal label `«Har du glemt
 * passordet?»` and its English meaning in brackets `("Forgot your password?")`: the units that must stay
 * on one line. Labels and meanings are short (the FAQ's longest is under 40 characters); a longer quote
 * is left to wrap.
 */
const UNBREAKABLE = new RegExp(
  [
    `\\b\\d{1,2}\\. (?:${NB_MONTHS})(?: \\d{4})?\\b`,
    `\\b\\d{1,2} (?:${EN_MONTHS})(?: \\d{4})?\\b`,
    `\\bkl\\. \\d{1,2}[:.]\\d{2}\\b`,
    '«[^»\\n]{1,40}»',
    '\\("[^"\\n]{1,40}"\\)',
  ].join('|'),
  'g',
);

/** The text with the spaces inside its written-out dates, clock times and quoted labels made no-break. */
export function keepTogether(text: string): string {
  return text.replace(UNBREAKABLE, (unit) => unit.replaceAll(' ', NBSP));
}
