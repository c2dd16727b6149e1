// Every CSV kursdesk writes (list output, exports, reject files) goes through here: csv-stringify does
// the quoting, and cells a spreadsheet would run as a formula are neutralised first.
import { stringify } from 'csv-stringify/sync';

// = + - @ start a formula in Excel, LibreOffice and Google Sheets; tab and CR (and LF, NUL) in front
// are stripped by some of them before the check (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r\n\0]/;

/** A text cell that cannot start a formula: a leading `'` makes the spreadsheet show it as text. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export type CsvCell = string | number | bigint | boolean | null | undefined;

export interface CsvOptions {
  delimiter?: string;
  /** Quote every cell (reject files, which Excel opens); by default only where needed. */
  quoted?: boolean;
  /** `\r\n` for files a spreadsheet opens; `\n` for stdout. */
  recordDelimiter?: '\n' | '\r\n';
}

/**
 * Rows of cells as CSV text. Strings are neutralised; numbers are not (a negative number is not a
 * formula, and a leading apostrophe would make it text).
 */
export function csvText(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const safe = rows.map((row) =>
    row.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell)),
  );
  return stringify(safe, {
    delimiter: options.delimiter ?? ',',
    quoted: options.quoted === true,
    record_delimiter: options.recordDelimiter === '\r\n' ? 'windows' : 'unix',
    cast: { boolean: (v) => (v ? 'yes' : 'no') },
  });
}
