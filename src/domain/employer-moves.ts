// W6: reading an HR list of employees to move to another employer (CSV) into rows. Nothing here touches
// the database; the workflow resolves the learners and companies afterwards.
import { CsvError, type Info, parse } from 'csv-parse/sync';
import { sniffDelimiter } from './completion-import.js';
import { parseInvoiceReference } from './learner.js';
import type { ParseResult } from './parse-result.js';

/** A list larger than this is not a company's staff: split it. */
export const MAX_MOVE_LIST_BYTES = 5 * 1024 * 1024;
const MAX_RECORD_BYTES = 16 * 1024;

export type MoveListField = 'learner' | 'id' | 'email' | 'invoice_reference';

/** Header names an HR spreadsheet may use, folded (lower case; `_`, `-`, `.` and spaces removed). */
const HEADER_NAMES: Readonly<Record<string, MoveListField>> = {
  learner: 'learner',
  user: 'learner',
  bruker: 'learner',
  deltaker: 'learner',
  ansatt: 'learner',
  id: 'id',
  learnerid: 'id',
  userid: 'id',
  brukerid: 'id',
  email: 'email',
  epost: 'email',
  epostadresse: 'email',
  login: 'email',
  invoicereference: 'invoice_reference',
  invoiceref: 'invoice_reference',
  reference: 'invoice_reference',
  referanse: 'invoice_reference',
  fakturareferanse: 'invoice_reference',
  referansenummerforfakturering: 'invoice_reference',
};

export interface MoveListRow {
  line: number;
  /** The learner as written, in the order id, e-mail, learner column (only the non-empty ones). */
  selectors: string[];
  /** From the row; undefined when the cell is empty or the column absent. */
  invoiceReference: string | undefined;
}

export interface MoveListProblem {
  line: number;
  /** The learner as written (the first non-empty learner cell), for the report. */
  learner: string;
  column: string;
  value: string;
  reason: string;
}

export interface MoveList {
  rows: MoveListRow[];
  problems: MoveListProblem[];
  ignoredColumns: string[];
  delimiter: string;
  /** Data rows in the file, good and bad. */
  total: number;
}

function foldHeader(name: string): string {
  return name
    .replace(/^\ufeff/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_.-]+/g, '');
}

function structuralMessage(error: CsvError): string {
  const line = typeof error.lines === 'number' ? `line ${error.lines}: ` : '';
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return `${line}a quoted field is not closed (a " is missing)`;
  if (
    error.code === 'CSV_INVALID_CLOSING_QUOTE' ||
    error.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE'
  )
    return `${line}a quote (") inside a field must be doubled ("")`;
  if (error.code === 'CSV_MAX_RECORD_SIZE')
    return `${line}a row is larger than ${MAX_RECORD_BYTES / 1024} KiB`;
  return `${line}${error.message}`;
}

/**
 * Parses a list of employees to move: a header naming a learner column (id, e-mail or either) and an
 * optional invoice reference column. A structural problem (no such column, broken quoting) is an error
 * for the whole file; a bad cell is a problem of its row.
 */
export function parseMoveList(text: string): ParseResult<MoveList> {
  const delimiter = sniffDelimiter(text);
  let records: { record: string[]; info: Info }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: MAX_RECORD_BYTES,
    }) as unknown as { record: string[]; info: Info }[];
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, error: structuralMessage(error) };
    throw error;
  }
  const [header, ...body] = records;
  if (!header) return { ok: false, error: 'it is empty: expected a header line and one row per learner' };
  const columns: (MoveListField | undefined)[] = [];
  const ignoredColumns: string[] = [];
  for (const name of header.record) {
    const field = HEADER_NAMES[foldHeader(name)];
    if (field && columns.includes(field))
      return { ok: false, error: `line 1: two columns mean ${field} ('${name.trim()}' and an earlier one)` };
    columns.push(field);
    if (!field && name.trim() !== '') ignoredColumns.push(name.trim());
  }
  if (!columns.some((c) => c === 'learner' || c === 'id' || c === 'email')) {
    return {
      ok: false,
      error: `line 1: the header has no learner column (id, email or learner); it reads: ${header.record.join(delimiter)}`,
    };
  }
  if (body.length === 0) return { ok: false, error: 'it has a header but no rows' };

  const rows: MoveListRow[] = [];
  const problems: MoveListProblem[] = [];
  for (const { record, info } of body) {
    const line = info.lines;
    const cell = (field: MoveListField) => {
      const index = columns.indexOf(field);
      return index < 0 ? '' : (record[index] ?? '').trim();
    };
    const selectors = (['id', 'email', 'learner'] as const).map(cell).filter((v) => v !== '');
    if (selectors.length === 0) {
      problems.push({
        line,
        learner: '',
        column: 'learner',
        value: '',
        reason: 'no learner: give an id or e-mail',
      });
      continue;
    }
    const refText = cell('invoice_reference');
    let invoiceReference: string | undefined;
    if (refText !== '') {
      const ref = parseInvoiceReference(refText);
      if (!ref.ok) {
        problems.push({
          line,
          learner: selectors[0] ?? '',
          column: 'invoice_reference',
          value: refText,
          reason: ref.error,
        });
        continue;
      }
      invoiceReference = ref.value;
    }
    rows.push({ line, selectors, invoiceReference });
  }
  return { ok: true, value: { rows, problems, ignoredColumns, delimiter, total: body.length } };
}
