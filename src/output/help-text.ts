// Help text that fits an 80-column terminal. Commander wraps descriptions only while the option column
// leaves 40 columns, and never the text added after it (notes, examples); this wraps what is left.
import { wrapCommand, wrapWords } from './wrap.js';

/** Help lines are kept under 80 columns whatever the terminal's width, as the conventions promise. */
export const HELP_WIDTH = 79;

/** Where an unquoted ` #` comment starts in a command line, if it has one. */
function commentStart(line: string): number | undefined {
  let quote: string | undefined;
  for (let i = 1; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '#' && line[i - 1] === ' ') return i;
  }
  return undefined;
}

/**
 * An example command (`  $ kursdesk …`) over several lines with `\` continuations, broken only
 * between shell words so it still pastes into a shell as one command.
 */
function wrapExample(line: string, width: number): string[] {
  const comment = commentStart(line);
  if (comment !== undefined) {
    // A `\` inside a comment would end the command there: the comment goes on a line of its own above.
    const lead = line.slice(0, line.indexOf('$'));
    return [
      ...wrapProse(`${lead}# ${line.slice(comment + 1).trim()}`, width),
      ...wrapExample(line.slice(0, comment).trimEnd(), width),
    ];
  }
  const indent = `${' '.repeat(line.indexOf('$') + 2)}  `;
  return wrapCommand(line, width, indent, { preferOptions: false, minCut: indent.length });
}

/** Prose and `term  description` rows: continuation lines line up under the description. */
function wrapProse(line: string, width: number): string[] {
  const column = /^(\s*\S.*?\s{2,})\S/.exec(line);
  let hang = column ? column[1]!.length : (/^\s*/.exec(line)?.[0].length ?? 0);
  // A description pushed far right by a long term reads better wrapped under the term.
  if (hang > width - 30) hang = (/^\s*/.exec(line)?.[0].length ?? 0) + 4;
  return wrapWords(line, width, ' '.repeat(hang));
}

export function wrapHelpText(text: string, width = HELP_WIDTH): string {
  return text
    .split('\n')
    .flatMap((line) => {
      if (line.length <= width) return [line];
      return /^\s*\$ /.test(line) ? wrapExample(line, width) : wrapProse(line, width);
    })
    .join('\n');
}
