// A reply wrapped for a terminal is copied into an e-mail as it is shown: a long date broken after its
// day ("8." at the end of one line, "januar 2027" on the next) reads badly there. The spaces inside a
// written-out date (and a clock time's "kl. 09:00") become no-break spaces, which a wrapper breaking at
// spaces never splits and which a mail client shows as ordinary spaces.

const NBSP = '\u00a0';

const NB_MONTHS = 'januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember';
const EN_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** `8. januar 2027`, `8. januar`, `8 January 2027`, `kl. 09:00`: the units that must stay on one line. */
const UNBREAKABLE = new RegExp(
  `\\b\\d{1,2}\\. (?:${NB_MONTHS})(?: \\d{4})?\\b|\\b\\d{1,2} (?:${EN_MONTHS})(?: \\d{4})?\\b|\\bkl\\. \\d{1,2}[:.]\\d{2}\\b`,
  'g',
);

/** The text with the spaces inside its written-out dates and clock times made no-break spaces. */
export function keepDatesTogether(text: string): string {
  return text.replace(UNBREAKABLE, (unit) => unit.replaceAll(' ', NBSP));
}
