// Reading a CSV list with a header line into records and known columns: an instructor's result list
// (completion-import.ts) and an HR list of employees to move (employer-moves.ts). A structural problem
// (broken quoting, an oversized row, no header, two columns meaning the same) is an error for the whole
// file, naming its line; what each row means is left to the caller.
import { CsvError, type Info, parse } from 'csv-parse/sync';
import { text as coded, type Text } from './messages/index.js';
import { type ParseResult, refused } from './parse-result.js';

/** `;` (Norwegian Excel), `,` or tab: whichever the header line has most of, outside quotes. */
export function sniffDelimiter(text: string): string {
  const header = text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '';
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const [ch, n] of counts) if (n > (counts.get(best) ?? 0)) best = ch;
  return best;
}

function structuralMessage(error: CsvError, maxRecordBytes: number): Text {
  const line = typeof error.lines === 'number' ? error.lines : undefined;
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return coded('csv.quote-not-closed', { line });
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return coded('csv.quote-not-doubled', { line });
    case 'CSV_MAX_RECORD_SIZE':
      return coded('csv.row-too-large', { line, kib: maxRecordBytes / 1024 });
    default:
      return coded('csv.unreadable', { line, message: error.message });
  }
}

export interface CsvTableOptions<F extends string> {
  /** Header names a spreadsheet may use, folded (lower case; spaces, `_` and `-` removed). */
  headerNames: Readonly<Record<string, F>>;
  /** Whether `.` is folded away from header names too. */
  foldDots: boolean;
  maxRecordBytes: number;
}

export interface CsvTable<F extends string> {
  delimiter: string;
  /** The header line's cells as written. */
  header: string[];
  /** The known field of each column, by position. */
  columns: (F | undefined)[];
  /** Columns that were not understood and so are left out. */
  ignoredColumns: string[];
  /** The data rows, each with its line in the file (header = line 1). */
  body: { record: string[]; line: number }[];
}

/** Parses the text into a header and data rows; structural problems are errors. */
export function readCsvTable<F extends string>(
  text: string,
  options: CsvTableOptions<F>,
): ParseResult<CsvTable<F>> {
  const delimiter = sniffDelimiter(text);
  let records: { record: string[]; info: Info }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: options.maxRecordBytes,
    }) as unknown as { record: string[]; info: Info }[];
  } catch (error) {
    if (error instanceof CsvError) return refused(structuralMessage(error, options.maxRecordBytes));
    throw error;
  }
  const [header, ...body] = records;
  if (!header) return refused(coded('list.empty'));
  const fold = options.foldDots ? /[\s_.-]+/g : /[\s_-]+/g;
  const columns: (F | undefined)[] = [];
  const ignoredColumns: string[] = [];
  for (const name of header.record) {
    const field = options.headerNames[name.trim().toLowerCase().replace(fold, '')];
    if (field && columns.includes(field))
      return refused(coded('list.two-columns-same-field', { field, name: name.trim() }));
    columns.push(field);
    if (!field && name.trim() !== '') ignoredColumns.push(name.trim());
  }
  return {
    ok: true,
    value: {
      delimiter,
      header: header.record,
      columns,
      ignoredColumns,
      body: body.map(({ record, info }) => ({ record, line: info.lines })),
    },
  };
}

/** A row's cell of a field, trimmed; undefined when the file has no such column. */
export function cellOf<F extends string>(table: CsvTable<F>, record: string[], field: F): string | undefined {
  const index = table.columns.indexOf(field);
  return index < 0 ? undefined : (record[index] ?? '').trim();
}
