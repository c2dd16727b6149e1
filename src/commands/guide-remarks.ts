// The guided mode's notes and warnings on stderr, laid out for the 80 columns its results use. A module
// of its own so that starting the CLI does not load the wrapping code.
import type { IO } from '../context/io.js';
import type { MailLang as Lang } from '../domain/link-mail.js';
import { text } from '../domain/messages/index.js';
import type { Session } from '../guided/session.js';
import { wrapWords } from '../output/wrap.js';

/** The guided mode's remarks are laid out for this many columns, as its results are. */
const REMARK_WIDTH = 80;

/**
 * The guided mode's notes and warnings on stderr, in its language, wrapped at spaces (never inside a
 * word) to fit 80 columns. A warning's first line carries the prefix io prints ("warning: ",
 * "advarsel: "), so it is wrapped to the room that prefix, in the guide's language, leaves.
 */
export function guideRemarks(io: Pick<IO, 'note' | 'warn'>, lang: Lang): Pick<Session, 'note' | 'warn'> {
  const fitLines = (said: string, lead: number) =>
    said
      .split('\n')
      .flatMap((line) =>
        line.length + lead <= REMARK_WIDTH ? [line] : wrapWords(line, REMARK_WIDTH - lead, '  '),
      )
      .join('\n');
  const prefix = text('note.warning', { warning: '' }).in(lang);
  return {
    note: (said) => io.note(fitLines(said, 0)),
    warn: (said) => io.warn(fitLines(said, prefix.length), lang),
  };
}
