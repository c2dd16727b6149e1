// Addresses, links and host names blanked out of a text before its words are counted for language.
//
// It replaces each match of
//   \S*@\S+ | \bhttps?:\/\/\S+ | \bwww\.\S+ | \b[\w-]+(?:\.[\w-]+)*\.(?:no|com|…|io)\b   (flags gi)
// by one space, with the same matches, but in time linear in the text. That one regex backtracked
// at every position of a long run without spaces (`\S*@` scans to the run's end and back for each
// start; the host-name branch rescans a dotted chain from each of its words), so a hostile Subject or
// body line of 5 MB never finished. Here each whitespace-free run and each dotted chain is scanned a
// bounded number of times:
// - `\S*@\S+` matches at a run's first character whenever the run holds an '@' before its last
//   character, and then takes the whole run; if it fails there it fails at every later start too.
// - the host-name branch, tried at a start, can only end at the last segment of the start's dotted
//   chain that begins with a top-level domain; whether it matches or not, no later start in the same
//   chain can match (its candidate segments are a subset), so the chain is not tried again.

const HOST_END = /^(?:no|com|net|org|se|dk|fi|eu|pl|lt|de|uk|io)(?!\w)/i;
const LINK = /\bhttps?:\/\/\S+/iy;
const WWW = /\bwww\.\S+/iy;
const CHAIN = /[\w-]+(?:\.[\w-]+)*/y;
const RUN = /\S+/y;
const WORD = /\w/;
const SPACE = /\s/;

/** End of the host name the chain text matches from its start, or -1 when it matches none. */
function hostEnd(chain: string): number {
  let best = -1;
  let at = chain.indexOf('.');
  while (at !== -1) {
    const tld = HOST_END.exec(chain.slice(at + 1, at + 5));
    if (tld) best = at + 1 + tld[0].length;
    at = chain.indexOf('.', at + 1);
  }
  return best;
}

function isWord(text: string, at: number): boolean {
  return at >= 0 && at < text.length && WORD.test(text[at] as string);
}

/** The text with addresses, links and host names replaced by a space each (see the file's comment). */
export function hideAddresses(text: string): string {
  const out: string[] = [];
  let kept = 0; // text before this index is already in `out`
  let runEnd = 0; // end of the whitespace-free run the scan is in
  let chainDone = 0; // starts before this index lie in a chain the host-name branch has tried
  const blank = (from: number, to: number) => {
    out.push(text.slice(kept, from), ' ');
    kept = to;
  };
  let at = 0;
  while (at < text.length) {
    const c = text[at] as string;
    if (SPACE.test(c)) {
      at++;
      continue;
    }
    if (at >= runEnd) {
      // The first character of a run: the address branch either takes all of it or none of it.
      RUN.lastIndex = at;
      RUN.test(text);
      runEnd = RUN.lastIndex;
      // (An '@' before the run's last character; the run's own slice, so the search stays in it.)
      if (text.slice(at, runEnd - 1).includes('@')) {
        blank(at, runEnd);
        at = runEnd;
        continue;
      }
    }
    if (c === 'h' || c === 'H' || c === 'w' || c === 'W') {
      const link = c === 'h' || c === 'H' ? LINK : WWW;
      link.lastIndex = at;
      if (link.test(text)) {
        blank(at, link.lastIndex);
        at = link.lastIndex;
        continue;
      }
    }
    // `\b[\w-]`: a word character after a non-word one, or '-' after a word character.
    const startsHost =
      at >= chainDone && (c === '-' ? isWord(text, at - 1) : WORD.test(c) && !isWord(text, at - 1));
    if (startsHost) {
      CHAIN.lastIndex = at;
      CHAIN.test(text);
      chainDone = CHAIN.lastIndex;
      const end = hostEnd(text.slice(at, chainDone));
      if (end !== -1) {
        blank(at, at + end);
        at += end;
        continue;
      }
    }
    at++;
  }
  out.push(text.slice(kept));
  return out.join('');
}
