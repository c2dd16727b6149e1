// Renders what a workflow returned in the format the user chose. Data goes to stdout only; the shape of
// json/yaml/csv output is the view's field names, so scripts can rely on them.
import type { Ctx, Format } from '../context/context.js';
import { isInstantText, mapInstants, osloDateTime, osloIso } from '../domain/local-time.js';
import { text as coded, type Lang, type Notice, Text, textIn } from '../domain/messages/index.js';
import { maskNationalIdShapesIn } from '../domain/national-id.js';
import { agentLang, noticeIn, UsageError } from '../errors.js';
import { formatCount } from './count.js';
import { type ColumnRoles, planTable } from './table-layout.js';
import { escapeControls } from './terminal-text.js';
import { wrapWords } from './wrap.js';

export type Row = Record<string, unknown>;

export interface ListView {
  kind: 'list';
  /** Plain records (interfaces welcome); read as string-keyed rows. */
  rows: readonly object[];
  /** Fields shown by default in table/csv, in order. json/yaml show every field of the row. */
  columns: string[];
  /** The field printed by --format ids. */
  idField: string;
  /** Said on stderr when there are no rows (table format only). */
  emptyNote?: Notice;
  /** How each column behaves when the terminal is narrow (see table-layout.ts); unnamed ones by name. */
  roles?: ColumnRoles;
  /** How many rows there are in all, when the list stopped at a limit: the "showing N of M" note. */
  total?: number;
  /** Whose record words these are (see Words). */
  words?: Words;
}

export interface RecordView {
  kind: 'record';
  record: object;
  /** Fields shown by default in table/csv, in order. */
  fields: string[];
  idField: string;
  /** Named lists shown under the record (for example histories). */
  sections?: { title: Notice; key: string; view: ListView }[];
  /** Whose record words these are (see Words). */
  words?: Words;
}

/**
 * Whose record words a view holds: `account` says an account's status and type, the search evidence
 * and a duplicate pair's reason as the desk says them (pending: ikke aktivert), where the same field
 * elsewhere (the outbox's pending) means something else, and labels its record lines and the evidence
 * under a candidate in the agent's language. Screens only; the record keeps its words and keys.
 */
export type Words = 'account';

export type View = ListView | RecordView;

function pick(row: Row, fields: string[]): Row {
  const out: Row = {};
  for (const f of fields) out[f] = row[f] ?? null;
  return out;
}

function selectedFields(
  ctx: Ctx,
  available: string[],
  wanted: string[] | undefined,
  defaults: string[],
): string[] {
  if (!wanted) return defaults;
  // A field name typed like a national ID is the agent's typing read back: masked, valid or mistyped.
  const unknown = wanted.filter((f) => !available.includes(f)).map(maskNationalIdShapesIn);
  if (unknown.length > 0) {
    // After a committed change a usage error would say nothing was done, and a retry would repeat the
    // change: the result is shown with the fields that exist instead, under a warning.
    if (!ctx.changeCommitted()) throw new UsageError(coded('option.unknown-fields', { unknown, available }));
    ctx.io.warn(noticeIn(coded('option.unknown-fields-done', { unknown, available }), ctx.env));
    const known = wanted.filter((f) => available.includes(f));
    return known.length > 0 ? known : defaults;
  }
  return wanted;
}

function fieldsOf(rows: Row[], defaults: string[]): string[] {
  const all = new Set(defaults);
  for (const row of rows) for (const key of Object.keys(row)) all.add(key);
  return [...all];
}

/**
 * A value as text for a person, in the agent's language: booleans as yes/no (ja/nei), lists joined,
 * records as JSON, instants in Oslo time as that language writes them (local-time's osloDateTime).
 */
export function cellText(value: unknown, lang: Lang = 'en'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return coded('view.yes-no', { value }).in(lang);
  if (value instanceof Text) return value.in(lang);
  if (Array.isArray(value)) return value.map((v) => cellText(v, lang)).join(', ');
  if (typeof value === 'string') return isInstantText(value) ? osloDateTime(value, lang) : value;
  if (typeof value === 'object') return JSON.stringify(mapInstants(value, (t) => osloDateTime(t, lang)));
  return String(value);
}

/**
 * A cell as a terminal shows it: on one line unless the layout allows more, controls escaped; a record
 * word (`passed`, `open`, `1 year`) in the agent's language, by the field that holds it.
 */
function shownCell(value: unknown, lang: Lang, field: string, words?: Words): string {
  const shown = cellText(value, lang);
  const code = words === 'account' ? 'nbfind.account-word' : 'record.word';
  const word = typeof value === 'string' && shown === value ? coded(code, { field, value }).in(lang) : shown;
  return escapeControls(word);
}

/**
 * A field's label where a person reads it (a record's `label  value` lines, the evidence under a
 * candidate): an account's labels in the agent's language; other views, and every header a script may
 * read, keep the field's name.
 */
function fieldLabel(field: string, lang: Lang, words?: Words): string {
  return words === 'account' ? coded('account.label', { field }).in(lang) : field;
}

function csvCell(value: unknown): string | number | bigint | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'bigint') return value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value instanceof Text) return value.in('en');
  if (typeof value === 'string') return isInstantText(value) ? osloIso(value) : value;
  // A list of records (audit changes) joined with commas could not be read back; as JSON it can.
  // (A list of coded messages is a list of words: joined, each in English.)
  const records =
    Array.isArray(value) && value.some((v) => typeof v === 'object' && v !== null && !(v instanceof Text));
  if (Array.isArray(value) && !records) return value.map((v) => String(csvCell(v) ?? '')).join(', ');
  return JSON.stringify(mapInstants(value, osloIso));
}

export async function toCsv(rows: Row[], fields: string[]): Promise<string> {
  // csv-stringify is loaded for CSV output only, not by every command that renders.
  const { csvText } = await import('./csv.js');
  return csvText([fields, ...rows.map((row) => fields.map((f) => csvCell(row[f])))]);
}

/** Piped table text: every column, nothing cut, aligned for people who read a file or a pager. */
function alignedText(rows: Row[], fields: string[], lang: Lang, words?: Words): string {
  const cells = [fields, ...rows.map((row) => fields.map((f) => shownCell(row[f], lang, f, words)))];
  const widths = fields.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return `${cells
    .map((r) =>
      r
        .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`;
}

interface TableText {
  text: string;
  /** Columns left out to fit the terminal. */
  hidden: string[];
}

/** A terminal table that fits `ctx.io.columns`, laid out by the view's column roles. */
async function boxedTable(
  rows: Row[],
  fields: string[],
  roles: ColumnRoles | undefined,
  ctx: Ctx,
  oneRowAsRecord: boolean,
  words?: Words,
): Promise<TableText> {
  const lang = agentLang(ctx.env);
  const cells = rows.map((row) =>
    Object.fromEntries(fields.map((f) => [f, shownCell(row[f], lang, f, words)])),
  );
  const natural: Record<string, number> = {};
  for (const f of fields) natural[f] = Math.max(f.length, ...cells.map((r) => (r[f] ?? '').length));
  const plan = planTable({
    fields,
    roles,
    natural,
    width: ctx.io.columns,
    keepAll: ctx.wide || ctx.fields !== undefined,
  });
  // One row reads best as a record: every field on its own line, nothing hidden or squeezed. (A
  // history of one row under a record stays a table: a record inside a record would read as one.)
  if (plan.shape === 'records' || (oneRowAsRecord && cells.length === 1)) {
    return { text: cells.map((r) => keyValueText(r, fields, ctx, lang, words)).join('\n'), hidden: [] };
  }
  const { default: Table } = await import('cli-table3');
  const color = ctx.io.color;
  // Colour is decided here (ctx.io), not by cli-table3's own terminal detection, which follows the process
  // environment (CI=true, a pipe) rather than the streams kursdesk writes to.
  // Cells are wrapped here, not by cli-table3, whose word wrapping cuts a word longer than its column
  // with "…": a wrapped value must stay whole, only spread over lines.
  // A cell's text is broken inside a word only when the word is wider than its column (wrap.ts).
  const wrapTo = (text: string, width: number) =>
    wrapWords(text, Math.max(1, width - 2), '', { longWords: 'break' }).join('\n');
  // A header wider than its wrapped column is wrapped too (cli-table3 would cut it with "…"), each line
  // coloured on its own.
  const headText = (f: string, i: number) =>
    wrapTo(f, plan.widths[i] ?? 0)
      .split('\n')
      .map((line) => (color ? `\u001b[36m${line}\u001b[39m` : line))
      .join('\n');
  const table = new Table({
    head: plan.columns.map(headText),
    style: { head: [], border: [] },
    colWidths: plan.widths,
    wordWrap: false,
  });
  const spanWidth = plan.widths.reduce((a, b) => a + b, 0) + plan.columns.length - 1;
  for (const row of cells) {
    table.push(plan.columns.map((f, i) => wrapTo(row[f] ?? '', plan.widths[i] ?? 0)));
    const evidence = plan.under
      .filter((f) => (row[f] ?? '') !== '')
      .map((f) => `${fieldLabel(f, lang, words)}: ${row[f]}`)
      .join('; ');
    if (evidence !== '') table.push([{ colSpan: plan.columns.length, content: wrapTo(evidence, spanWidth) }]);
  }
  return { text: `${table.toString()}\n`, hidden: plan.hidden };
}

/**
 * One record as `label  value` lines; long values wrap under themselves inside the terminal's width,
 * a word wider than that (an address, a link) whole on a line of its own.
 */
function keyValueText(
  record: Record<string, string>,
  fields: string[],
  ctx: Ctx,
  lang: Lang,
  words?: Words,
): string {
  const labels = Object.fromEntries(fields.map((f) => [f, fieldLabel(f, lang, words)]));
  const width = Math.max(...fields.map((f) => (labels[f] ?? f).length));
  const label = (f: string) => {
    const padded = (labels[f] ?? f).padEnd(width);
    return ctx.io.color ? `\u001b[1m${padded}\u001b[0m` : padded;
  };
  const room = ctx.io.stdoutIsTTY ? Math.max(20, ctx.io.columns - width - 2) : Number.POSITIVE_INFINITY;
  return `${fields
    .map((f) => `${label(f)}  ${wrapWords(record[f] ?? '', room).join(`\n${' '.repeat(width + 2)}`)}`)
    .join('\n')}\n`;
}

function recordCells(record: Row, fields: string[], lang: Lang, words?: Words): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f, shownCell(record[f], lang, f, words)]));
}

async function tableText(view: ListView, fields: string[], ctx: Ctx, section = false): Promise<TableText> {
  const rows = view.rows as Row[];
  if (!ctx.io.stdoutIsTTY)
    return { text: alignedText(rows, fields, agentLang(ctx.env), view.words), hidden: [] };
  return boxedTable(rows, fields, view.roles, ctx, !section, view.words);
}

/** Names what was left out to fit, and how to get it back (--fields picks a record's, not a section's). */
function hiddenNote(ctx: Ctx, hidden: string[], wideOnly = false): void {
  if (hidden.length === 0) return;
  ctx.io.note(noticeIn(coded('note.hidden-columns', { columns: ctx.io.columns, hidden, wideOnly }), ctx.env));
}

/** A list that stopped at its limit says so (on stderr, in every format), with the way to see more. */
function limitNote(ctx: Ctx, view: ListView): void {
  if (view.total === undefined || view.total <= view.rows.length) return;
  const shown = { shown: formatCount(view.rows.length), total: formatCount(view.total) };
  ctx.io.note(noticeIn(coded('note.showing-some', shown), ctx.env));
}

/** What json and yaml carry: the view's records, instants as ISO 8601 with the Oslo offset. */
function dataOf(view: View, fields: string[] | undefined): unknown {
  return mapInstants(rawDataOf(view, fields), osloIso);
}

function rawDataOf(view: View, fields: string[] | undefined): unknown {
  if (view.kind === 'list') return fields ? (view.rows as Row[]).map((r) => pick(r, fields)) : view.rows;
  if (fields) return pick(view.record as Row, fields);
  const data: Row = { ...view.record };
  for (const section of view.sections ?? []) data[section.key] = section.view.rows;
  return data;
}

async function yamlText(data: unknown): Promise<string> {
  // yaml is CommonJS: bundled into a chunk of its own it has only a default export, while Node and
  // vitest also offer the named ones. Take whichever shape arrives.
  const yaml = (await import('yaml')) as typeof import('yaml') & { default?: typeof import('yaml') };
  return (yaml.default ?? yaml).stringify(data);
}

export async function render(ctx: Ctx, view: View, format: Format = ctx.format): Promise<void> {
  await renderWithHeading(ctx, view, format, []);
}

async function renderWithHeading(ctx: Ctx, view: View, format: Format, heading: string[]): Promise<void> {
  const out = (text: string) => ctx.io.out(text);
  if (view.kind === 'list') {
    const rows = view.rows as Row[];
    const available = fieldsOf(rows, view.columns);
    const fields = selectedFields(ctx, available, ctx.fields, view.columns);
    switch (format) {
      case 'count':
        out(`${rows.length}\n`);
        break;
      case 'ids':
        out(rows.map((r) => `${cellText(r[view.idField])}\n`).join(''));
        break;
      case 'json':
        out(`${JSON.stringify(dataOf(view, ctx.fields ? fields : undefined), null, 2)}\n`);
        break;
      case 'yaml':
        out(await yamlText(dataOf(view, ctx.fields ? fields : undefined)));
        break;
      case 'csv':
        out(await toCsv(rows, fields));
        break;
      case 'table': {
        const head = headingText(heading, ctx);
        if (rows.length === 0) {
          if (head) out(head);
          ctx.io.note(noticeIn(view.emptyNote ?? coded('note.nothing-found'), ctx.env));
          return;
        }
        const table = await tableText(view, fields, ctx);
        ctx.io.page(head + table.text);
        hiddenNote(ctx, table.hidden);
        break;
      }
    }
    limitNote(ctx, view);
    return;
  }
  const record = view.record as Row;
  const available = fieldsOf([record], view.fields);
  const fields = selectedFields(ctx, available, ctx.fields, view.fields);
  switch (format) {
    case 'count':
      return out('1\n');
    case 'ids':
      return out(`${cellText(record[view.idField])}\n`);
    case 'json':
      return out(`${JSON.stringify(dataOf(view, ctx.fields ? fields : undefined), null, 2)}\n`);
    case 'yaml':
      return out(await yamlText(dataOf(view, ctx.fields ? fields : undefined)));
    case 'csv':
      return out(await toCsv([record], fields));
    case 'table': {
      const lang = agentLang(ctx.env);
      let text =
        headingText(heading, ctx) +
        keyValueText(recordCells(record, fields, lang, view.words), fields, ctx, lang, view.words);
      const hidden: string[] = [];
      if (!ctx.fields) {
        for (const section of view.sections ?? []) {
          text += `\n${escapeControls(textIn(section.title, lang))}\n`;
          const rows = section.view.rows as Row[];
          if (rows.length === 0) {
            text += `  ${coded('view.section-empty').in(lang)}\n`;
            continue;
          }
          const table = await tableText(section.view, section.view.columns, ctx, true);
          text += table.text;
          hidden.push(...table.hidden.filter((f) => !hidden.includes(f)));
        }
      }
      ctx.io.page(text);
      hiddenNote(ctx, hidden, true);
      return;
    }
  }
}

function headingText(heading: string[], ctx: Ctx): string {
  if (heading.length === 0) return '';
  const room = ctx.io.stdoutIsTTY ? ctx.io.columns : Number.POSITIVE_INFINITY;
  return `${heading.flatMap((line) => wrapWords(escapeControls(line), room)).join('\n')}\n\n`;
}

/**
 * A result that is more than a list (a verdict with candidates, a summary with rows): json and yaml get
 * the whole document; the other formats get the list, and a table is preceded by the heading lines.
 */
export async function renderDocument(
  ctx: Ctx,
  document: object,
  list: ListView,
  heading: string[] = [],
): Promise<void> {
  if (ctx.format === 'json') {
    const whole = ctx.fields
      ? { ...document, [listKey(document, list)]: rawDataOf(list, ctx.fields) }
      : document;
    ctx.io.out(`${JSON.stringify(mapInstants(whole, osloIso), null, 2)}\n`);
    limitNote(ctx, list);
    return;
  }
  if (ctx.format === 'yaml') {
    ctx.io.out(await yamlText(mapInstants(document, osloIso)));
    limitNote(ctx, list);
    return;
  }
  await renderWithHeading(ctx, list, ctx.format, ctx.format === 'table' ? heading : []);
}

function listKey(document: object, list: ListView): string {
  const entry = Object.entries(document).find(([, value]) => value === list.rows);
  return entry?.[0] ?? 'rows';
}
