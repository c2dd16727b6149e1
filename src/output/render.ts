// Renders what a workflow returned in the format the user chose. Data goes to stdout only; the shape of
// json/yaml/csv output is the view's field names, so scripts can rely on them.
import type { Ctx, Format } from '../context/context.js';
import { UsageError } from '../errors.js';

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
  emptyNote?: string;
}

export interface RecordView {
  kind: 'record';
  record: object;
  /** Fields shown by default in table/csv, in order. */
  fields: string[];
  idField: string;
  /** Named lists shown under the record (for example histories). */
  sections?: { title: string; key: string; view: ListView }[];
}

export type View = ListView | RecordView;

function pick(row: Row, fields: string[]): Row {
  const out: Row = {};
  for (const f of fields) out[f] = row[f] ?? null;
  return out;
}

function selectedFields(available: string[], wanted: string[] | undefined, defaults: string[]): string[] {
  if (!wanted) return defaults;
  const unknown = wanted.filter((f) => !available.includes(f));
  if (unknown.length > 0) {
    throw new UsageError(
      `--fields: unknown field ${unknown.map((f) => `'${f}'`).join(', ')}; available: ${available.join(', ')}`,
    );
  }
  return wanted;
}

function fieldsOf(rows: Row[], defaults: string[]): string[] {
  const all = new Set(defaults);
  for (const row of rows) for (const key of Object.keys(row)) all.add(key);
  return [...all];
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.map(cellText).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function csvCell(value: unknown): string {
  // A list of records (audit changes) joined with commas could not be read back; as JSON it can.
  const records = Array.isArray(value) && value.some((v) => typeof v === 'object' && v !== null);
  const text = records ? JSON.stringify(value) : cellText(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: Row[], fields: string[]): string {
  const lines = [fields.join(',')];
  for (const row of rows) lines.push(fields.map((f) => csvCell(row[f])).join(','));
  return `${lines.join('\n')}\n`;
}

function alignedText(rows: Row[], fields: string[]): string {
  const cells = [fields, ...rows.map((row) => fields.map((f) => cellText(row[f]).replace(/\s+/g, ' ')))];
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

const NARROWEST_COLUMN = 8;

/**
 * Column widths (cell padding included) that fit a terminal `columns` wide: the widest columns give
 * way first, and their text wraps. Returns undefined when the table fits as it is.
 */
export function fittedColumnWidths(natural: readonly number[], columns: number): number[] | undefined {
  const budget = columns - (natural.length + 1); // one border left of each column, one at the end
  const widths = [...natural];
  let total = widths.reduce((sum, w) => sum + w, 0);
  if (total <= budget) return undefined;
  while (total > budget) {
    const widest = Math.max(...widths);
    if (widest <= NARROWEST_COLUMN) break;
    widths[widths.indexOf(widest)] = widest - 1;
    total -= 1;
  }
  return widths;
}

async function boxedTable(rows: Row[], fields: string[], ctx: Ctx): Promise<string> {
  const { default: Table } = await import('cli-table3');
  const cells = rows.map((row) => fields.map((f) => cellText(row[f])));
  const natural = fields.map(
    (f, i) =>
      Math.max(f.length, ...cells.map((r) => Math.max(...(r[i] ?? '').split('\n').map((l) => l.length)))) + 2,
  );
  const colWidths = fittedColumnWidths(natural, ctx.io.columns);
  const color = ctx.io.color;
  // Colour is decided here (ctx.io), not by cli-table3's own terminal detection, which follows the process
  // environment (CI=true, a pipe) rather than the streams kursdesk writes to.
  const table = new Table({
    head: fields.map((f) => (color ? `\u001b[36m${f}\u001b[39m` : f)),
    style: { head: [], border: [] },
    ...(colWidths ? { colWidths, wordWrap: true } : {}),
  });
  for (const row of cells) table.push(row);
  return `${table.toString()}\n`;
}

async function keyValueTable(record: Row, fields: string[], ctx: Ctx): Promise<string> {
  const width = Math.max(...fields.map((f) => f.length));
  const label = (f: string) => (ctx.io.color ? `\u001b[1m${f.padEnd(width)}\u001b[0m` : f.padEnd(width));
  return `${fields.map((f) => `${label(f)}  ${cellText(record[f])}`).join('\n')}\n`;
}

async function tableText(rows: Row[], fields: string[], ctx: Ctx): Promise<string> {
  return ctx.io.stdoutIsTTY ? boxedTable(rows, fields, ctx) : alignedText(rows, fields);
}

function dataOf(view: View, fields: string[] | undefined): unknown {
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
  const out = (text: string) => ctx.io.out(text);
  if (view.kind === 'list') {
    const rows = view.rows as Row[];
    const available = fieldsOf(rows, view.columns);
    const fields = selectedFields(available, ctx.fields, view.columns);
    switch (format) {
      case 'count':
        return out(`${rows.length}\n`);
      case 'ids':
        return out(rows.map((r) => `${cellText(r[view.idField])}\n`).join(''));
      case 'json':
        return out(`${JSON.stringify(dataOf(view, ctx.fields), null, 2)}\n`);
      case 'yaml':
        return out(await yamlText(dataOf(view, ctx.fields)));
      case 'csv':
        return out(toCsv(rows, fields));
      case 'table':
        if (rows.length === 0) {
          ctx.io.note(view.emptyNote ?? 'nothing found');
          return;
        }
        return out(await tableText(rows, fields, ctx));
    }
  }
  const record = view.record as Row;
  const available = fieldsOf([record], view.fields);
  const fields = selectedFields(available, ctx.fields, view.fields);
  switch (format) {
    case 'count':
      return out('1\n');
    case 'ids':
      return out(`${cellText(record[view.idField])}\n`);
    case 'json':
      return out(`${JSON.stringify(dataOf(view, ctx.fields), null, 2)}\n`);
    case 'yaml':
      return out(await yamlText(dataOf(view, ctx.fields)));
    case 'csv':
      return out(toCsv([record], fields));
    case 'table': {
      let text = await keyValueTable(record, fields, ctx);
      if (!ctx.fields) {
        for (const section of view.sections ?? []) {
          text += `\n${section.title}\n`;
          const rows = section.view.rows as Row[];
          text += rows.length === 0 ? '  (none)\n' : await tableText(rows, section.view.columns, ctx);
        }
      }
      return out(text);
    }
  }
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
    ctx.io.out(
      `${JSON.stringify(ctx.fields ? { ...document, [listKey(document, list)]: dataOf(list, ctx.fields) } : document, null, 2)}\n`,
    );
    return;
  }
  if (ctx.format === 'yaml') {
    const { stringify } = await import('yaml');
    ctx.io.out(stringify(document));
    return;
  }
  if (ctx.format === 'table' && heading.length > 0) ctx.io.out(`${heading.join('\n')}\n\n`);
  await render(ctx, list);
}

function listKey(document: object, list: ListView): string {
  const entry = Object.entries(document).find(([, value]) => value === list.rows);
  return entry?.[0] ?? 'rows';
}
