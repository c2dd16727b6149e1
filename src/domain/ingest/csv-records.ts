// CSV records with the line each starts on, from csv-parse driven directly (no stream machinery per
// record): the delimiter chosen from the header line, records handed over as arrays, and csv-parse's
// errors turned into one plain sentence with the line where the broken record starts.
import { type CsvError, parse } from 'csv-parse';
import { InputProblem } from './text-decoding.js';

export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export function parseDelimiter(text: string): Delimiter | undefined {
  const t = text === '\\t' || text.toLowerCase() === 'tab' ? '\t' : text;
  return (DELIMITERS as readonly string[]).includes(t) ? (t as Delimiter) : undefined;
}

export function delimiterName(d: Delimiter): string {
  return d === '\t' ? 'tab' : d;
}

/**
 * Picks the delimiter that splits the header line into the most known column names (then the most
 * columns). Only the header decides, so a comma inside a data value cannot sway it.
 */
export function detectDelimiter(headerLine: string, isKnown: (name: string) => boolean): Delimiter {
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const names = headerLine.split(d).map((n) => n.trim().replace(/^"|"$/g, ''));
    const score = names.filter(isKnown).length * 1000 + (names.length > 1 ? names.length : 0);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

export interface CsvRecordReader {
  write(bytes: Buffer): void;
  end(): void;
}

interface ParserApi {
  parse(buf: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void): unknown;
}

interface ParserInfo {
  lines: number;
  empty_lines: number;
}

/** Records longer than this are refused: no row of ours needs it, and it bounds memory. */
export const MAX_RECORD_BYTES = 256 * 1024;

/**
 * Feeds UTF-8 bytes to csv-parse and calls `onRecord(fields, startLine)` for each record, the header
 * included. Throws InputProblem for malformed CSV (those break the file, not a row).
 */
export function createCsvRecordReader(
  delimiter: Delimiter,
  onRecord: (fields: string[], line: number) => void,
  maxRecordBytes = MAX_RECORD_BYTES,
): CsvRecordReader {
  const parser = parse({
    delimiter,
    bom: false,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: maxRecordBytes,
  });
  const api = (parser as unknown as { api: ParserApi }).api;
  const info = parser.info as unknown as ParserInfo;
  let previousEnd = 0;
  let previousEmpty = 0;
  const push = (record: string[]) => {
    const start = previousEnd + 1 + (info.empty_lines - previousEmpty);
    previousEnd = info.lines;
    previousEmpty = info.empty_lines;
    onRecord(record, start);
  };
  const close = () => {};
  const run = (bytes: Buffer | undefined, end: boolean) => {
    const error = api.parse(bytes, end, push, close);
    if (error)
      throw csvProblem(error as CsvError, previousEnd + 1 + (info.empty_lines - previousEmpty), info.lines);
  };
  return {
    write: (bytes) => run(bytes, false),
    end: () => run(undefined, true),
  };
}

function csvProblem(error: CsvError, recordStart: number, at: number): InputProblem | Error {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return new InputProblem(
        'a quoted value starts in the record on this line and its closing quote (") never comes',
        recordStart,
      );
    case 'CSV_MAX_RECORD_SIZE':
      return new InputProblem(
        `the record starting on this line is longer than ${MAX_RECORD_BYTES / 1024} KiB: a value that is far too long, or a quote (") that is never closed`,
        recordStart,
      );
    case 'CSV_INVALID_CLOSING_QUOTE':
      return new InputProblem(
        'a closing quote (") is followed by more text; inside a quoted value write a quote as two quotes ("")',
        at,
      );
    case 'INVALID_OPENING_QUOTE':
      return new InputProblem(
        'a quote (") appears inside an unquoted value; quote the whole value and double the inner quotes ("Hansen ""Bygg"" AS")',
        at,
      );
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return new InputProblem('text after a closing quote (")', at);
    default:
      return error;
  }
}
