// W6: reading an HR list of employees to move to another employer (CSV) into rows. Nothing here touches
// the database; the workflow resolves the learners and companies afterwards.
import { cellOf, readCsvTable } from './csv-table.js';
import { parseInvoiceReference } from './learner.js';
import { text as coded, type Notice } from './messages/index.js';
import { type ParseResult, refused } from './parse-result.js';

/** A list larger than this is not a company's staff: split it. */
export const MAX_MOVE_LIST_BYTES = 5 * 1024 * 1024;
const MAX_RECORD_BYTES = 16 * 1024;

export type MoveListField = 'learner' | 'id' | 'email' | 'invoice_reference';

/** Header names an HR spreadsheet may use, folded (lower case; `_`, `-`, `.` and spaces removed: foldDots). */
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
  /** Coded where the parser has it, so the agent reads it in their language. */
  reason: Notice;
}

export interface MoveList {
  rows: MoveListRow[];
  problems: MoveListProblem[];
  ignoredColumns: string[];
  delimiter: string;
  /** Data rows in the file, good and bad. */
  total: number;
}

/**
 * Parses a list of employees to move: a header naming a learner column (id, e-mail or either) and an
 * optional invoice reference column. A structural problem (no such column, broken quoting) is an error
 * for the whole file; a bad cell is a problem of its row.
 */
export function parseMoveList(text: string): ParseResult<MoveList> {
  const read = readCsvTable(text, {
    headerNames: HEADER_NAMES,
    foldDots: true,
    maxRecordBytes: MAX_RECORD_BYTES,
  });
  if (!read.ok) return read;
  const table = read.value;
  const { delimiter, header, columns, ignoredColumns, body } = table;
  if (!columns.some((c) => c === 'learner' || c === 'id' || c === 'email')) {
    return refused(coded('list.moves-no-learner-column', { header: header.join(delimiter) }));
  }
  if (body.length === 0) return refused(coded('list.header-no-rows'));

  const rows: MoveListRow[] = [];
  const problems: MoveListProblem[] = [];
  for (const { record, line } of body) {
    const cell = (field: MoveListField) => cellOf(table, record, field) ?? '';
    const selectors = (['id', 'email', 'learner'] as const).map(cell).filter((v) => v !== '');
    if (selectors.length === 0) {
      problems.push({
        line,
        learner: '',
        column: 'learner',
        value: '',
        reason: coded('move-list.no-learner'),
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
          reason: ref.text ?? ref.error,
        });
        continue;
      }
      invoiceReference = ref.value;
    }
    rows.push({ line, selectors, invoiceReference });
  }
  return { ok: true, value: { rows, problems, ignoredColumns, delimiter, total: body.length } };
}
