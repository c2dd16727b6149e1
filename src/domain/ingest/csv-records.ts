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
  /** The next piece of the decoded text (cut anywhere between characters). */
  write(text: string): void;
  end(): void;
}

/** What the byte path of the reader (writeLines) hands simple lines to, and how it decodes the rest. */
export interface ByteLines {
  /**
   * A simple line's record, at a record boundary, with its start line: its fields are the bytes from
   * starts[i] to ends[i] (i < count), quotes taken off. True when taken; false to have the fields
   * decoded and handed over as text records are.
   */
  line(bytes: Buffer, starts: Int32Array, ends: Int32Array, count: number, line: number): boolean;
  /** Decodes bytes of the file (the file's own decoder: it checks them and counts their lines). */
  decode(bytes: Buffer, start: number, end: number): string;
  /** `lines` whole lines were read from the bytes without decode(). */
  skipped(lines: number): void;
}

/** The reader that also takes whole lines of UTF-8 bytes. */
export interface CsvLineReader extends CsvRecordReader {
  /**
   * The next whole lines of the file as UTF-8 bytes (`bytes` ends in a line feed). While the reader is
   * at a record boundary and the record delimiter is known to be LF or CRLF, each simple line goes to
   * `lines.line` as field ranges: a line whose every value is plain, or quoted whole with no quote
   * inside, with no carriage return but a CRLF's, within the quick path's size bound. From the first
   * line that is not simple, the rest is decoded and read as text. Same records, lines and problems as
   * write() of the decoded text (test/companies/csv-differential.test.ts).
   */
  writeLines(bytes: Buffer, lines: ByteLines): void;
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
 * Reads decoded text as CSV and calls `onRecord(fields, startLine)` for each record, the header
 * included. Throws InputProblem for malformed CSV (those break the file, not a row). The records, their
 * lines and the problems are csv-parse's (see createCsvParseReader); the reading is our own, several
 * times cheaper, because the import spends most of its parsing thread here.
 */
export function createCsvRecordReader(
  delimiter: Delimiter,
  onRecord: (fields: string[], line: number) => void,
  maxRecordBytes = MAX_RECORD_BYTES,
): CsvLineReader {
  return new FastCsvReader(delimiter, onRecord, maxRecordBytes);
}

/**
 * The same through csv-parse itself (its parser api driven directly, no stream machinery per record):
 * the reference that createCsvRecordReader is tested against.
 */
export function createCsvParseReader(
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
    write: (text) => run(Buffer.from(text, 'utf8'), false),
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

/** What stops a CSV file: csv-parse's error code and the line the wrapper names. */
interface CsvFault {
  code: string;
  /** The line where the broken record starts (for unclosed quotes and oversized records). */
  recordStart: number;
  /** The line csv-parse was on when it stopped. */
  at: number;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/** The general path stops this many characters before the end of a chunk (not at the end of input). */
const LOOKAHEAD = 3;

/**
 * Our own reader of the CSV dialect the import uses, on decoded text: a plain line (no quote, no
 * carriage return inside, not near the size bound) is split at once with String#split; anything else
 * goes through a character-by-character walk that follows csv-parse's rules for our options exactly
 * (quotes doubled inside quoted values, the record delimiter taken from the first line break, empty
 * lines skipped, the size bound counted as csv-parse counts it, and its way of counting lines). csv-parse
 * stays the reference: test/companies/csv-differential.test.ts compares the two on generated CSV.
 */
class FastCsvReader implements CsvLineReader {
  private pending = '';
  private readonly delimiterCode: number;
  /** The record delimiter, discovered at the first line break outside quotes as csv-parse does. */
  private rd: '' | '\n' | '\r\n' | '\r' = '';
  /** csv-parse's info.lines and info.empty_lines as they stand before the next unread character. */
  private lines = 1;
  private emptyLines = 0;
  private previousEnd = 0;
  private previousEmpty = 0;

  constructor(
    private readonly delimiter: Delimiter,
    private readonly onRecord: (fields: string[], line: number) => void,
    private readonly maxRecordBytes: number,
  ) {
    this.delimiterCode = delimiter.charCodeAt(0);
  }

  write(text: string): void {
    this.run(this.pending.length === 0 ? text : this.pending + text, false);
  }

  end(): void {
    this.run(this.pending, true);
  }

  /** Field ranges of the line writeLines is on (grown for wider lines). */
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);

  writeLines(bytes: Buffer, lane: ByteLines): void {
    const length = bytes.length;
    const rd = this.rd;
    let pos = 0;
    /** Lines read here and not yet counted by the decoder. */
    let passed = 0;
    if (this.pending.length === 0 && (rd === '\n' || rd === '\r\n')) {
      const plainLimit = this.maxRecordBytes / 3;
      const delimiter = this.delimiterCode;
      while (pos < length) {
        const nl = bytes.indexOf(LF, pos);
        if (nl === -1) break;
        let contentEnd = nl;
        if (rd === '\r\n') {
          if (nl === pos || bytes[nl - 1] !== CR) break;
          contentEnd = nl - 1;
        }
        if (contentEnd === pos) {
          // An empty line: skipped, counted.
          this.emptyLines++;
          this.lines++;
          passed++;
          pos = nl + 1;
          continue;
        }
        if (contentEnd - pos > plainLimit) break;
        const count = this.frame(bytes, pos, contentEnd, delimiter);
        // Not simple (a quote inside a value, a carriage return, a line break inside quotes): text from here.
        if (count < 0) break;
        const start = this.startLine();
        if (lane.line(bytes, this.starts, this.ends, count, start)) {
          this.previousEnd = this.lines;
          this.previousEmpty = this.emptyLines;
          passed++;
        } else {
          lane.skipped(passed);
          // Its line feed is not decoded: counted with the next.
          passed = 1;
          this.push(this.decodeFields(bytes, pos, contentEnd, count, lane));
        }
        this.lines++;
        pos = nl + 1;
      }
    }
    lane.skipped(passed);
    if (pos < length) this.write(lane.decode(bytes, pos, length));
  }

  /** The fields of a simple line as text: split as the quick path splits, or value by value if quoted. */
  private decodeFields(bytes: Buffer, start: number, end: number, count: number, lane: ByteLines): string[] {
    let quoted = false;
    for (let i = 0; i < count && !quoted; i++)
      if ((this.starts[i] as number) > start && bytes[(this.starts[i] as number) - 1] === QUOTE)
        quoted = true;
    if (!quoted) return lane.decode(bytes, start, end).split(this.delimiter);
    const fields: string[] = [];
    for (let i = 0; i < count; i++)
      fields.push(lane.decode(bytes, this.starts[i] as number, this.ends[i] as number));
    return fields;
  }

  /**
   * Splits a line (no line feed in it) into its values' ranges if it is simple; the number of values,
   * or -1 when it is not (the text path then reads it, with its rules and problems).
   */
  private frame(bytes: Buffer, pos: number, end: number, delimiter: number): number {
    let count = 0;
    let i = pos;
    for (;;) {
      if (count === this.starts.length) {
        const starts = new Int32Array(count * 2);
        const ends = new Int32Array(count * 2);
        starts.set(this.starts);
        ends.set(this.ends);
        this.starts = starts;
        this.ends = ends;
      }
      if (i < end && bytes[i] === QUOTE) {
        // Quoted whole: up to the next quote, which must end the value (no quote inside, no line break).
        const close = bytes.indexOf(QUOTE, i + 1);
        if (close === -1 || close >= end) return -1;
        for (let k = i + 1; k < close; k++) if (bytes[k] === CR) return -1;
        this.starts[count] = i + 1;
        this.ends[count] = close;
        count++;
        i = close + 1;
        if (i === end) return count;
        if (bytes[i] !== delimiter) return -1;
        i++;
        continue;
      }
      const from = i;
      for (; i < end; i++) {
        const c = bytes[i] as number;
        if (c === delimiter) break;
        if (c === QUOTE || c === CR) return -1;
      }
      this.starts[count] = from;
      this.ends[count] = i;
      count++;
      if (i === end) return count;
      i++;
    }
  }

  private startLine(): number {
    return this.previousEnd + 1 + (this.emptyLines - this.previousEmpty);
  }

  private push(fields: string[]): void {
    const start = this.startLine();
    this.previousEnd = this.lines;
    this.previousEmpty = this.emptyLines;
    this.onRecord(fields, start);
  }

  private run(text: string, end: boolean): void {
    const length = text.length;
    const delimiter = this.delimiter;
    const plainLimit = this.maxRecordBytes / 3;
    let pos = 0;
    let nextQuote = -2;
    let nextCr = -2;
    while (pos < length) {
      const rd = this.rd;
      if (rd === '\n' || rd === '\r\n') {
        const nl = text.indexOf('\n', pos);
        if (nl === -1 && !end) break;
        if (nl !== -1) {
          const contentEnd = rd === '\n' ? nl : nl - 1;
          if (contentEnd >= pos && (rd === '\n' || text.charCodeAt(contentEnd) === CR)) {
            if (contentEnd === pos) {
              // An empty line: skipped, counted.
              this.emptyLines++;
              this.lines++;
              pos = nl + 1;
              continue;
            }
            if (nextQuote !== -1 && nextQuote < pos) nextQuote = text.indexOf('"', pos);
            if (nextCr !== -1 && nextCr < pos) nextCr = text.indexOf('\r', pos);
            if (
              (nextQuote === -1 || nextQuote > nl) &&
              (nextCr === -1 || nextCr >= contentEnd) &&
              contentEnd - pos <= plainLimit
            ) {
              this.push(text.slice(pos, contentEnd).split(delimiter));
              this.lines++;
              pos = nl + 1;
              continue;
            }
          }
        }
      }
      const next = this.general(text, pos, end);
      if (next < 0) break;
      pos = next;
    }
    this.pending = pos >= length ? '' : text.slice(pos);
    // A record still unfinished after this much text is refused here: the plain path waits for a line
    // break, so a 50 MB line would otherwise pile up (and be copied again with every chunk) until the
    // parsing thread runs out of memory. The bound is on the raw text, delimiters and quotes included,
    // so it is never below csv-parse's own (which counts the values' bytes only).
    if (!end && this.pending.length > Math.max(4 * this.maxRecordBytes, 1 << 20)) {
      throw csvFault({ code: 'CSV_MAX_RECORD_SIZE', recordStart: this.startLine(), at: this.lines });
    }
  }

  /**
   * One record (or empty line) from `pos`, csv-parse's way; returns where the next begins, or -1 when
   * the text ends first and more is to come (the record is then read again from its start).
   */
  private general(text: string, pos: number, end: boolean): number {
    const length = text.length;
    const delimiter = this.delimiterCode;
    const max = this.maxRecordBytes;
    let rd = this.rd;
    let lines = this.lines;
    const record: string[] = [];
    let recordLength = 0;
    let field = '';
    let fieldBytes = 0;
    let run = -1;
    let quoting = false;
    let wasQuoting = false;
    let escaping = false;
    const fail = (code: string, at: number): never => {
      throw csvFault({ code, recordStart: this.startLine(), at });
    };
    const rdAt = (i: number): number => {
      if (rd === '') return 0;
      const c = text.charCodeAt(i);
      if (rd === '\n') return c === LF ? 1 : 0;
      if (rd === '\r') return c === CR ? 1 : 0;
      return c === CR && text.charCodeAt(i + 1) === LF ? 2 : 0;
    };
    const discover = (i: number): number => {
      const c = text.charCodeAt(i);
      if (c === CR) {
        rd = text.charCodeAt(i + 1) === LF ? '\r\n' : '\r';
        return rd.length;
      }
      if (c === LF) {
        rd = '\n';
        return 1;
      }
      return 0;
    };
    const endField = (i: number) => {
      if (run >= 0) field += text.slice(run, i);
      record.push(field);
      recordLength += field.length;
      field = '';
      fieldBytes = 0;
      run = -1;
      wasQuoting = false;
    };
    let i = pos;
    for (;;) {
      if (i >= length) {
        if (!end) return -1;
        if (quoting) fail('CSV_QUOTE_NOT_CLOSED', lines);
        if (wasQuoting || record.length > 0 || fieldBytes > 0) {
          endField(i);
          this.rd = rd;
          this.lines = lines;
          this.push(record);
        }
        return length;
      }
      if (!end && length - i < LOOKAHEAD) return -1;
      const c = text.charCodeAt(i);
      if (escaping) escaping = false;
      else {
        if (quoting && c === QUOTE && i + 1 < length && text.charCodeAt(i + 1) === QUOTE) {
          // The first of two quotes inside a quoted value: dropped, the second is kept.
          if (run >= 0) field += text.slice(run, i);
          run = -1;
          escaping = true;
          i++;
          continue;
        }
        if (!quoting && rd === '') discover(i);
        if (c === QUOTE) {
          if (quoting) {
            const after = text.charCodeAt(i + 1);
            const atDelimiter = after === delimiter;
            const atRecordEnd = rd === '' ? discover(i + 1) !== 0 : rdAt(i + 1) !== 0;
            if (i + 1 >= length || after === 0 || atDelimiter || atRecordEnd) {
              if (run >= 0) field += text.slice(run, i);
              run = -1;
              quoting = false;
              wasQuoting = true;
              i++;
              continue;
            }
            fail('CSV_INVALID_CLOSING_QUOTE', lines);
          } else {
            if (fieldBytes !== 0) fail('INVALID_OPENING_QUOTE', lines);
            quoting = true;
            i++;
            continue;
          }
        }
        if (!quoting) {
          const rdLength = rdAt(i);
          if (rdLength !== 0) {
            this.rd = rd;
            if (!wasQuoting && record.length === 0 && fieldBytes === 0) {
              this.emptyLines++;
              this.lines = lines + 1;
              return i + rdLength;
            }
            endField(i);
            this.lines = lines;
            this.push(record);
            this.lines = lines + 1;
            return i + rdLength;
          }
          if (c === delimiter) {
            endField(i);
            i++;
            continue;
          }
        }
      }
      // A character of the value: csv-parse checks the bound before each of its UTF-8 bytes.
      let units = 1;
      let bytes = 1;
      if (c >= 0x80) {
        if (c < 0x800) bytes = 2;
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < length) {
          const low = text.charCodeAt(i + 1);
          if (low >= 0xdc00 && low <= 0xdfff) {
            units = 2;
            bytes = 4;
          } else bytes = 3;
        } else bytes = 3;
      }
      if (recordLength + fieldBytes + bytes - 1 > max) fail('CSV_MAX_RECORD_SIZE', lines);
      if (c === LF || c === CR) lines++;
      if (run < 0) run = i;
      fieldBytes += bytes;
      i += units;
    }
  }
}

function csvFault(fault: CsvFault): InputProblem | Error {
  return csvProblem({ code: fault.code } as CsvError, fault.recordStart, fault.at);
}
