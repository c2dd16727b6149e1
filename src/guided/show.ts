// How the guided mode shows a result: short labelled lines that fit an 80-column terminal, times in
// Norwegian local time (src/domain/local-time.ts), and the reply between rulers so it is easy to copy.
// The guided mode speaks and writes bokmål or English (the languages mails exist in).
import type { MailLang as Lang } from '../domain/link-mail.js';
import { osloDate } from '../domain/local-time.js';
import { text as coded } from '../domain/messages/index.js';
import type { ReplyLang } from '../domain/replies/catalogue.js';
import { keepTogether } from '../domain/replies/keep-together.js';
import { giveWay } from '../output/table-layout.js';
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
export function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
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
 * Rows of a small table: columns padded to their widest cell, within 80 columns. Cells are given whole;
 * `give` names the columns that may be cut when the line is full (a name, a title), each with the width
 * it keeps at least: the widest of them gives way first, one letter at a time, and only while the line
 * is over 80 columns. A line still too wide after that is cut at its end.
 */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: { wholeLast?: boolean; give?: Readonly<Record<number, number>> } = {},
): string {
  const natural = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  // A column not in `give` never gives way; one in it keeps its width from `give`, and its header whole.
  const floors = header.map((h, i) => Math.max(options.give?.[i] ?? Number.POSITIVE_INFINITY, h.length));
  // The columns that must fit in the line: all of them, or those before a last one kept whole.
  const fitted = options.wholeLast ? header.length - 1 : header.length;
  // A last column kept whole takes its room first ("  " before it): the others give way so the address
  // is not folded at the terminal's edge (it was, 'jon.knut.pedersen@jaeren-maskin.tes' / 't').
  const room = options.wholeLast ? WIDTH - 2 - (natural.at(-1) ?? 0) : WIDTH;
  const excess = natural.slice(0, fitted).reduce((a, b) => a + b + 2, 0) - room;
  const widths = [
    ...giveWay(natural.slice(0, fitted), floors.slice(0, fitted), excess),
    ...natural.slice(fitted),
  ];
  const cells = rows.map((r) => r.map((c, i) => (i < fitted ? clip(c, widths[i] ?? c.length) : c)));
  const line = (cells: readonly string[]) => {
    const padded = cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)));
    if (!options.wholeLast) return clip(`  ${padded.join('  ')}`, WIDTH);
    // The last column is what the agent copies (an e-mail address): never cut, even past 80 columns,
    // where the terminal folds it and copying still gives it whole. Only the columns before it are cut.
    return `${clip(`  ${padded.slice(0, -1).join('  ')}`, WIDTH - 2)}  ${padded.at(-1) ?? ''}`;
  };
  return `${[line(header), ...cells.map(line)].join('\n')}\n`;
}

/** A heading line for a result. */
export function heading(text: string): string {
  return `\n${clip(text, WIDTH)}\n`;
}

/**
 * The reply to paste, between rulers; the rulers say which language it is in, in the agent's words (an
 * English agent answering in bokmål reads 'reply (bokmål)').
 */
export function replyBlock(reply: string, lang: ReplyLang, agentLang: Lang = 'nb'): string {
  const label = coded('guided-labels.reply-ruler', { lang }).in(agentLang);
  const top = `──${label}${'─'.repeat(WIDTH - 2 - label.length)}`;
  // Wrapped at spaces, so the terminal's edge splits no word (an address, a date) of what is copied.
  // A date keeps together (no-break spaces): '8.' never ends a line with 'januar' starting the next.
  return `\n${top}\n${wrapLines(keepTogether(reply.trimEnd()), REPLY_WIDTH)}\n${'─'.repeat(WIDTH)}\n`;
}
