// How the guided mode shows a result: short labelled lines that fit an 80-column terminal, times in
// Norwegian local time (src/domain/local-time.ts), and the reply between rulers so it is easy to copy.
// The guided mode speaks and writes bokmål or English (the languages mails exist in).
import type { MailLang as Lang } from '../domain/link-mail.js';
import { osloDate } from '../domain/local-time.js';
import type { ReplyLang } from '../domain/replies/catalogue.js';
import { keepTogether } from '../domain/replies/keep-together.js';
import { REPLY_WIDTH, wrapLines, wrapWords } from '../output/wrap.js';

export const WIDTH = 80;

/**
 * A calendar day for a result line, or `–` when there is none (a card never registered, a course that
 * never expires); the formatting itself is local-time's.
 */
export function dayOrDash(day: string | null | undefined, lang: Lang): string {
  return day ? osloDate(day, lang) : '–';
}

/** Cuts a text to a width, marking the cut. */
function cut(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/**
 * The whole texts behind the cuts `clip` made since the last table, by the cut text (null when two texts
 * were cut to the same one). A flow clips its cells to a fixed width before it knows the line; `table`
 * gives a cell back its whole text when the line has room, and cuts only when the line is truly full.
 */
const wholeOf = new Map<string, string | null>();
const WHOLE_KEPT = 1000;

/** Cuts a text to a width, marking the cut (a table cell cut this way gets its room back in `table`). */
export function clip(text: string, width: number): string {
  const shown = cut(text, width);
  if (shown !== text) {
    if (wholeOf.size >= WHOLE_KEPT) wholeOf.clear();
    const known = wholeOf.get(shown);
    wholeOf.set(shown, known === undefined || known === text ? text : null);
  }
  return shown;
}

/** Labelled lines (`label  value`), the labels padded to one column, long values wrapped under themselves. */
export function facts(rows: readonly (readonly [string, string | number | null | undefined])[]): string {
  const shown = rows.filter(([, v]) => v !== undefined);
  const pad = Math.max(...shown.map(([k]) => k.length), 0) + 2;
  const lines = shown.flatMap(([k, v]) =>
    wrapWords(v === null ? '–' : String(v).replace(/\s+/g, ' ').trim(), WIDTH - 2 - pad).map(
      (part, i) => `  ${(i === 0 ? k : '').padEnd(pad)}${part}`,
    ),
  );
  return `${lines.join('\n')}\n`;
}

/**
 * Rows of a small table: columns padded to their widest cell, within 80 columns. A cell a flow clipped is
 * shown whole while the line has room; when it has not, the widest of the clipped columns (the ones the
 * flow marked as the least needed) gives way first, never below the width the flow clipped it to.
 */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: { wholeLast?: boolean } = {},
): string {
  // The least a clipped column keeps: what the flow gave it (its header at least); -1 when not clipped.
  const floors = header.map(() => -1);
  const whole = rows.map((r) =>
    r.map((c, i) => {
      const text = wholeOf.get(c);
      if (text === undefined || text === null) return c;
      floors[i] = Math.max(floors[i] ?? -1, c.length, header[i]?.length ?? 0);
      return text;
    }),
  );
  wholeOf.clear();
  const widths = header.map((h, i) => Math.max(h.length, ...whole.map((r) => (r[i] ?? '').length)));
  // The columns that must fit in the line: all of them, or those before a last one kept whole.
  const fitted = options.wholeLast ? header.length - 1 : header.length;
  const room = options.wholeLast ? WIDTH - 2 : WIDTH;
  let excess = 2 + widths.slice(0, fitted).reduce((a, b) => a + b + 2, 0) - 2 - room;
  while (excess > 0) {
    let widest = -1;
    for (let i = 0; i < fitted; i++) {
      const w = widths[i] ?? 0;
      if (w > (floors[i] ?? -1) && (floors[i] ?? -1) >= 0 && (widest < 0 || w > (widths[widest] ?? 0)))
        widest = i;
    }
    if (widest < 0) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
    excess -= 1;
  }
  const cells = whole.map((r) => r.map((c, i) => (floors[i] === -1 ? c : cut(c, widths[i] ?? c.length))));
  const line = (cells: readonly string[]) => {
    const padded = cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)));
    if (!options.wholeLast) return cut(`  ${padded.join('  ')}`, WIDTH);
    // The last column is what the agent copies (an e-mail address): never cut, even past 80 columns,
    // where the terminal folds it and copying still gives it whole. Only the columns before it are cut.
    return `${cut(`  ${padded.slice(0, -1).join('  ')}`, WIDTH - 2)}  ${padded.at(-1) ?? ''}`;
  };
  return `${[line(header), ...cells.map(line)].join('\n')}\n`;
}

/** A heading line for a result. */
export function heading(text: string): string {
  return `\n${cut(text, WIDTH)}\n`;
}

/**
 * The reply to paste, between rulers; the rulers say which language it is in, in the agent's words (an
 * English agent answering in bokmål reads 'reply (bokmål)').
 */
const REPLY_LABELS: Record<Lang, Record<ReplyLang, string>> = {
  nb: { nb: ' svar (bokmål) ', nn: ' svar (nynorsk) ', en: ' reply (English) ' },
  en: { nb: ' reply (bokmål) ', nn: ' reply (nynorsk) ', en: ' reply (English) ' },
};

export function replyBlock(reply: string, lang: ReplyLang, agentLang: Lang = 'nb'): string {
  const label = REPLY_LABELS[agentLang][lang];
  const top = `──${label}${'─'.repeat(WIDTH - 2 - label.length)}`;
  // Wrapped at spaces, so the terminal's edge splits no word (an address, a date) of what is copied.
  // A date keeps together (no-break spaces): '8.' never ends a line with 'januar' starting the next.
  return `\n${top}\n${wrapLines(keepTogether(reply.trimEnd()), REPLY_WIDTH)}\n${'─'.repeat(WIDTH)}\n`;
}

/** The name a reply greets: the first of the given names. */
export function firstName(names: string): string {
  return names.trim().split(/\s+/)[0] ?? names;
}
