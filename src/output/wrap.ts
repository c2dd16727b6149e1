// Text laid out for a terminal of a given width, shared by every view that prints more than a table:
// prose wrapped at spaces, table cells wrapped to their column, and command lines wrapped between shell
// words with a ` \` continuation, so a wrapped command still pastes as one.
//
// A word longer than the room (one rule for the whole tool, chosen by what the agent does with it):
// - prose (help, guided facts, headings, record values, replies, triage notes): the word stays whole on a
//   line of its own, even past the width. An e-mail address, a link or a command is copied from there,
//   and a cut or an inserted break would copy wrong; the terminal folds the long line without changing it.
// - a table cell (`longWords: 'break'`): the column's width is the table's, so the word is broken into
//   pieces of the cell's width, nothing dropped and no ellipsis. The columns an agent copies from (ids,
//   names, e-mail addresses, dates) are never narrower than their longest value (table-layout.ts), so
//   this reaches only the notes and evidence columns.
// Widths count UTF-16 code units (String.length), as padEnd and the table layout do: æ, ø and å count
// one each. East Asian wide characters and combining marks are not measured anywhere in the tool.
/** Lines of a plain-text reply: what a mail client shows without reflowing (RFC 5322's 78). */
export const REPLY_WIDTH = 78;

/** How wide a reply is wrapped in a terminal of `columns`: the mail width, or less on a narrow screen. */
export function replyWidth(columns: number): number {
  return Math.max(40, Math.min(columns, REPLY_WIDTH));
}

/** What a word longer than the room becomes: whole on a line of its own (prose) or cut into pieces. */
export type LongWords = 'keep' | 'break';

/**
 * One line of text in lines of at most `width` characters, broken at spaces; continuation lines start
 * with `indent` (counted in the width). Leading spaces are the line's own indentation, kept on its first
 * line; the spaces at a break are dropped. A word longer than the room is kept whole (`'keep'`, prose)
 * or broken into pieces of the room (`'break'`, table cells): see the rule at the top of this file.
 */
export function wrapWords(
  text: string,
  width: number,
  indent = '',
  options: { longWords?: LongWords } = {},
): string[] {
  const lines: string[] = [];
  let line = /^ */.exec(text)?.[0] ?? '';
  const room = () => Math.max(1, width - (lines.length === 0 ? 0 : indent.length));
  const breakLine = () => {
    lines.push(line.trimEnd());
    line = '';
  };
  for (const word of text.slice(line.length).split(' ')) {
    const empty = line.trim() === '';
    if (!empty && line.length + 1 + word.length > room()) breakLine();
    // After a break the next line starts at its first word (runs of spaces fold into the break).
    if (word === '' && line === '' && lines.length > 0) continue;
    let rest = word;
    if (options.longWords === 'break') {
      while (line.length + rest.length > room()) {
        const cut = room() - line.length;
        line += rest.slice(0, cut);
        rest = rest.slice(cut);
        breakLine();
      }
    }
    line = line.trim() === '' ? `${line}${rest}` : `${line} ${rest}`;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : `${indent}${l}`));
}

/**
 * A text of several lines (a reply) with each line wrapped to `width` at spaces; blank lines and the
 * lines that fit are kept as they are.
 */
export function wrapLines(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      if (line.length <= width) return [line];
      // A list item (`- …`, `• …`, `1. …`) continues under its text, not under its mark.
      const mark = /^\s*(?:[-•*]|\d+[.)])\s+/.exec(line)?.[0] ?? '';
      return wrapWords(line, width, ' '.repeat(mark.length)).map((l) => l.trimEnd());
    })
    .join('\n');
}

/** Where a shell would split a command line: each unquoted space followed by a word. */
export function shellBreakPoints(line: string): number[] {
  const points: number[] = [];
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
    } else if (ch === ' ' && line[i + 1] !== ' ' && line[i + 1] !== undefined) {
      points.push(i);
    }
  }
  return points;
}

/**
 * A shell command in lines of at most `width` characters, each but the last ending in ` \` and the
 * continuations starting with `indent`. It breaks before an option where it can, so a flag stays beside
 * its value, else between any two shell words; never inside quotes. `preferOptions: false` takes the
 * last word break that fits; `minCut` keeps every break past that column (by default only the
 * continuation lines keep their indent).
 */
export function wrapCommand(
  command: string,
  width: number,
  indent = '    ',
  options: { preferOptions?: boolean; minCut?: number } = {},
): string[] {
  const lines: string[] = [];
  let rest = command;
  while (rest.length > width) {
    const floor = options.minCut ?? (lines.length === 0 ? 0 : indent.length);
    const points = shellBreakPoints(rest).filter((p) => p > floor && p <= width - 2);
    // Before an option, so a flag stays beside its value (a short line is the lesser evil).
    const cut =
      (options.preferOptions === false ? undefined : points.filter((p) => rest.startsWith(' -', p)).at(-1)) ??
      points.at(-1);
    if (cut === undefined) break;
    lines.push(`${rest.slice(0, cut)} \\`);
    rest = `${indent}${rest.slice(cut + 1)}`;
  }
  lines.push(rest);
  return lines;
}
