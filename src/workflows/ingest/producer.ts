// The parsing side of an import: bytes in (a file or stdin, gzipped or not), checked rows out in
// batches. The same code runs in the worker thread and, when no worker is available, in the main
// thread; either way it never touches the database.
import { createHash } from 'node:crypto';
import { pipeline, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import {
  compileRowChecker,
  fieldForHeader,
  planColumns,
  type RowChecker,
  type RowIssue,
} from '../../domain/companies/import-rows.js';
import { CopyLineBuffer } from '../../domain/ingest/copy-text.js';
import {
  type ByteLines,
  type CsvLineReader,
  createCsvRecordReader,
  type Delimiter,
  detectDelimiter,
} from '../../domain/ingest/csv-records.js';
import { IntMap } from '../../domain/ingest/int-map.js';
import { createJsonElementReader, type JsonElementReader } from '../../domain/ingest/json-elements.js';
import {
  createTextDecoder,
  type EncodingGuess,
  guessEncoding,
  InputProblem,
  isGzip,
  type TextDecoderStream,
} from '../../domain/ingest/text-decoding.js';
import { text as coded, type Text } from '../../domain/messages/index.js';
import { type BrregRow, brregRowFromJson, planBrregCsv, skippedRow } from '../../domain/registry/brreg.js';
import { participantFromJson, participantRow, planPeppolCsv } from '../../domain/registry/peppol.js';
import type { IngestBatch, IngestEvent, IngestHeader, IngestOptions } from './protocol.js';

export interface IngestSink {
  emit(event: IngestEvent): void;
  /** A promise while the writer is behind (the reader then waits), else undefined. */
  ready(): Promise<void> | undefined;
}

/** The byte path keeps at most this much of a line that has not ended; a longer one is read as text. */
const MAX_TAIL = 1 << 20;

/** Register files keep at most this many row warnings; the rest are only counted. */
const MAX_REGISTER_ISSUES = 1000;

class BatchBuilder {
  /** The rows so far, each followed by a newline; built by concatenation, which V8 does far more
   * cheaply than Array#join of thousands of rows. */
  private text = '';
  private values: (string | null)[][] = [];
  /** Company rows in the copy form (COPY text bytes); undefined in the values form. */
  private readonly copy: CopyLineBuffer | undefined;
  private offsets: Int32Array;
  private lines: Int32Array;
  private orgs: Int32Array;
  private flags: Uint8Array;
  private issues: RowIssue[] = [];
  private count = 0;
  private length = 0;

  constructor(
    private readonly capacity: number,
    copyForm = false,
  ) {
    this.copy = copyForm ? new CopyLineBuffer(capacity * 160) : undefined;
    this.offsets = new Int32Array(capacity + 1);
    this.lines = new Int32Array(capacity);
    this.orgs = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  get issueCount(): number {
    return this.issues.length;
  }

  add(text: string, line: number, org: number, flags: number): void {
    this.text += `${text}\n`;
    this.length += text.length + 1;
    this.offsets[this.count + 1] = this.length;
    this.addRow(line, org, flags);
  }

  /** The copy form's buffer, for a row written into it by the checker (then addCopied). */
  get copyLines(): CopyLineBuffer | undefined {
    return this.copy;
  }

  /** A row the checker wrote into copyLines itself. */
  addCopied(line: number, org: number, flags: number): void {
    this.offsets[this.count + 1] = (this.copy as CopyLineBuffer).length;
    this.addRow(line, org, flags);
  }

  addValues(values: (string | null)[], line: number, org: number, flags: number): void {
    if (this.copy) {
      this.copy.writeValues(values);
      this.offsets[this.count + 1] = this.copy.length;
    } else this.values.push(values);
    this.addRow(line, org, flags);
  }

  private addRow(line: number, org: number, flags: number): void {
    const i = this.count++;
    this.lines[i] = line;
    this.orgs[i] = org;
    this.flags[i] = flags;
  }

  refuse(issues: RowIssue[]): void {
    for (const issue of issues) this.issues.push(issue);
  }

  /** The batch so far (its typed arrays are handed over, to be transferred) and a fresh one. */
  take(records: number, bytes: number): IngestBatch {
    const n = this.count;
    const batch: IngestBatch = {
      type: 'batch',
      text: this.text,
      values: this.values,
      copy: this.copy ? this.copy.take() : EMPTY_BYTES,
      offsets: this.offsets.subarray(0, n + 1),
      lines: this.lines.subarray(0, n),
      orgs: this.orgs.subarray(0, n),
      flags: this.flags.subarray(0, n),
      issues: this.issues,
      records,
      bytes,
    };
    this.text = '';
    this.values = [];
    this.issues = [];
    this.count = 0;
    this.length = 0;
    this.offsets = new Int32Array(this.capacity + 1);
    this.lines = new Int32Array(this.capacity);
    this.orgs = new Int32Array(this.capacity);
    this.flags = new Uint8Array(this.capacity);
    return batch;
  }
}

const EMPTY_BYTES = new Uint8Array(0);

interface Core {
  write(bytes: Buffer): void;
  end(): { records: number; meta: Record<string, string>; skipped: number };
}

/** Compressed formats other than gzip, by their first bytes: named so the user knows what to unpack. */
const OTHER_COMPRESSION: readonly [string, readonly number[]][] = [
  ['bzip2', [0x42, 0x5a, 0x68]],
  ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['zstd', [0x28, 0xb5, 0x2f, 0xfd]],
  ['7-Zip', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
];

/**
 * The encoding of a register file, or why it is not text: a register import reads CSV or JSON, plain
 * or gzipped, so "not CSV text" would mislead; the refusal says what the bytes are and what is read.
 * The company import keeps the text decoder's own words (it reads CSV only).
 */
function guessRegisterEncoding(chunk: Buffer, options: IngestOptions, gzip: boolean): EncodingGuess {
  if (options.kind === 'companies') return guessEncoding(chunk, options.encoding);
  const takes =
    options.kind === 'brreg'
      ? 'registry import brreg reads a Brønnøysund unit file, CSV or JSON, plain or gzip-compressed (.gz)'
      : 'registry import elma reads a Peppol participants export, CSV or JSON, plain or gzip-compressed (.gz)';
  const compressed = gzip
    ? undefined
    : OTHER_COMPRESSION.find(([, magic]) => magic.every((b, i) => chunk[i] === b))?.[0];
  if (compressed !== undefined)
    throw new InputProblem(`the file is ${compressed}-compressed, which is not read: ${takes}`, undefined);
  try {
    return guessEncoding(chunk, options.encoding);
  } catch (error) {
    if (!(error instanceof InputProblem) || !/binary|zip file/.test(error.reason)) throw error;
    const what = gzip
      ? 'the file is gzip-compressed, but what it holds is binary data, not text'
      : /zip file/.test(error.reason)
        ? 'the file is a zip archive (or an Excel workbook), not gzip'
        : 'the file is binary data: neither text nor gzip-compressed';
    throw new InputProblem(`${what}; ${takes}`, undefined);
  }
}

const SAME_ORG_AGAIN = coded('registry-row.same-org-again');

function createCore(options: IngestOptions, sink: IngestSink, gzip: boolean, progress: () => number): Core {
  let guess: EncodingGuess | undefined;
  let decoder: TextDecoderStream | undefined;
  let head = '';
  let format: 'csv' | 'json' | undefined;
  let csv: CsvLineReader | undefined;
  let json: JsonElementReader | undefined;
  let records = 0;
  let skipped = 0;
  let headerSeen = false;
  const batch = new BatchBuilder(
    options.batchRows,
    options.kind === 'companies' && options.rowForm === 'copy',
  );
  const seen = new IntMap();
  let checker: RowChecker | undefined;
  /** Register CSV rows; null means a row to skip silently (another country's participant). */
  let registerRow: ((record: readonly string[]) => BrregRow | null) | undefined;

  const header = (fields: Partial<IngestHeader>): void => {
    sink.emit({
      type: 'header',
      format: format ?? 'csv',
      gzip,
      encoding: guess?.encoding ?? 'utf-8',
      encodingHow: guess?.how ?? 'given',
      delimiter: undefined,
      columns: [],
      present: [],
      ignored: [],
      subunits: undefined,
      ...fields,
    });
  };

  const flushIfFull = () => {
    if (batch.size >= options.batchRows || batch.issueCount >= options.batchRows) {
      sink.emit(batch.take(records, progress()));
    }
  };

  /** A register row: kept once per org number; problems become warnings (the file stays usable). */
  const addRegisterRow = (row: BrregRow, line: number) => {
    records++;
    if (row.ok) {
      if (seen.get(row.org) !== undefined) {
        if (skipped++ < MAX_REGISTER_ISSUES)
          batch.refuse([
            {
              line,
              column: '',
              value: String(row.org),
              reason: SAME_ORG_AGAIN.in('en'),
              text: SAME_ORG_AGAIN,
            },
          ]);
      } else {
        seen.set(row.org, line);
        batch.add(row.text, line, row.org, 0);
      }
    } else if (skipped++ < MAX_REGISTER_ISSUES) {
      batch.refuse([{ line, column: '', value: '', reason: row.reason, text: row.why }]);
    }
    flushIfFull();
  };

  const onCsvRecord = (fields: string[], line: number) => {
    if (!headerSeen) {
      headerSeen = true;
      startCsv(fields);
      return;
    }
    if (checker) {
      records++;
      const result = checker.check(fields, line);
      if (result.ok) batch.addValues(result.values, line, result.org, result.flags);
      else batch.refuse(result.issues);
      flushIfFull();
      return;
    }
    const row = registerRow?.(fields);
    if (row === null) records++;
    else if (row) addRegisterRow(row, line);
  };

  const startCsv = (headers: string[]) => {
    const delimiter = csvDelimiter;
    if (options.kind === 'companies') {
      const planned = planColumns(headers);
      if (!planned.ok) throw new InputProblem(planned.problems.join('; '), 1, planned.text);
      checker = compileRowChecker(planned.plan);
      header({
        format: 'csv',
        delimiter,
        columns: planned.plan.headers,
        present: planned.plan.present,
        ignored: planned.plan.ignored,
      });
      return;
    }
    if (options.kind === 'brreg') {
      const planned = planBrregCsv(headers);
      if (!planned.ok) throw new InputProblem(planned.problem, 1);
      registerRow = planned.plan.row;
      header({ format: 'csv', delimiter, columns: headers, subunits: planned.plan.subunits });
      return;
    }
    const planned = planPeppolCsv(headers);
    if (!planned.ok) throw new InputProblem(planned.problem, 1);
    const { id, name } = planned;
    registerRow = (record) => {
      const row = participantRow(record[id] ?? '', name === undefined ? null : (record[name] ?? null));
      if (row.ok) return row;
      return row.skip === 'invalid' ? skippedRow(row.why) : null;
    };
    header({ format: 'csv', delimiter, columns: headers });
  };

  let csvDelimiter: Delimiter | undefined;

  // A JSON export is often one line: a skipped element is named by its place in the array as well.
  let jsonElements = 0;
  const onJsonElement = (value: unknown, line: number) => {
    const element = ++jsonElements;
    const skip = (why: Text) =>
      addRegisterRow(skippedRow(coded('registry-row.json-element', { element, reason: why })), line);
    if (options.kind === 'brreg') {
      const row = brregRowFromJson(value);
      if (row.ok) addRegisterRow(row, line);
      else skip(row.why);
      return;
    }
    const participant = participantFromJson(value);
    if (!participant.ok) {
      skip(participant.why);
      return;
    }
    const row = participantRow(participant.id, participant.name);
    if (!row.ok && row.skip === 'foreign') {
      records++;
      return;
    }
    if (row.ok) addRegisterRow(row, line);
    else skip(row.why);
  };

  const decide = (text: string) => {
    const firstChar = text.trimStart()[0];
    if (firstChar === undefined) throw new InputProblem('the file is empty', 1);
    if (firstChar === '[' || firstChar === '{') {
      if (options.kind === 'companies') {
        throw new InputProblem(
          'this is JSON; the company import reads CSV (a header row, then one company a row)',
          1,
        );
      }
      format = 'json';
      json = createJsonElementReader(options.kind === 'elma' ? 'participants' : undefined, onJsonElement);
      header({ format: 'json' });
      return;
    }
    format = 'csv';
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    const known =
      options.kind === 'companies'
        ? (h: string) => fieldForHeader(h) !== undefined
        : (h: string) => /^(organisasjonsnummer|navn|participant id)$/i.test(h);
    csvDelimiter = options.delimiter ?? detectDelimiter(firstLine, known);
    csv = createCsvRecordReader(csvDelimiter, onCsvRecord);
  };

  const feed = (text: string) => {
    if (format === 'csv') csv?.write(text);
    else json?.write(text);
  };

  // The byte path (company rows in the copy form, UTF-8): whole lines go to the CSV reader as bytes,
  // and the usual row is checked and written as COPY text without being decoded (checkBytes).
  const byteLane = options.kind === 'companies' && options.rowForm === 'copy';
  /** Bytes after the last line feed, read with the next chunk. */
  let tail: Buffer | undefined;
  const lines: ByteLines = {
    line(bytes, starts, ends, count, line) {
      const target = batch.copyLines;
      if (!checker || !target || !checker.checkBytes(bytes, starts, ends, count, line, target)) return false;
      records++;
      batch.addCopied(line, checker.accepted.org, checker.accepted.flags);
      flushIfFull();
      return true;
    },
    decode: (bytes, start, end) => (decoder as TextDecoderStream).decode(bytes.subarray(start, end)),
    skipped: (n) => {
      if (n > 0) (decoder as TextDecoderStream).skipLines(n);
    },
  };
  /** Whole lines: read as bytes, or as text while part of a character is held from text read before. */
  const readWhole = (whole: Buffer) => {
    if ((decoder as TextDecoderStream).holding) feed((decoder as TextDecoderStream).decode(whole));
    else (csv as CsvLineReader).writeLines(whole, lines);
  };
  const writeLines = (chunk: Buffer) => {
    let from = 0;
    if (tail !== undefined) {
      const first = chunk.indexOf(10);
      if (first === -1) {
        // No line ends here either: kept for the next chunk, or, past a bound, read as text (which
        // refuses a record that never ends).
        const joined = Buffer.concat([tail, chunk]);
        tail = undefined;
        if (joined.length <= MAX_TAIL) tail = joined;
        else feed((decoder as TextDecoderStream).decode(joined));
        return;
      }
      // The line begun in the last chunk, joined alone (the rest of the chunk is read where it is).
      const joined = Buffer.concat([tail, chunk.subarray(0, first + 1)]);
      tail = undefined;
      readWhole(joined);
      from = first + 1;
    }
    const last = chunk.lastIndexOf(10);
    if (last >= from) readWhole(chunk.subarray(from, last + 1));
    const rest = Math.max(from, last + 1);
    if (rest < chunk.length) {
      if (chunk.length - rest > MAX_TAIL) feed((decoder as TextDecoderStream).decode(chunk.subarray(rest)));
      else tail = chunk.subarray(rest);
    }
  };

  return {
    write(chunk) {
      if (!guess) {
        guess = guessRegisterEncoding(chunk, options, gzip);
        decoder = createTextDecoder(guess);
      }
      if (byteLane && headerSeen && checker && guess.encoding === 'utf-8') {
        writeLines(chunk);
        return;
      }
      const text = (decoder as TextDecoderStream).decode(chunk);
      if (format === undefined) {
        head += text;
        if (text.includes('\n') || head.length >= 65536) {
          const all = head;
          head = '';
          decide(all);
          feed(all);
        }
        return;
      }
      feed(text);
    },
    end() {
      if (!guess) throw new InputProblem('the file is empty', 1);
      if (tail !== undefined) {
        const rest = tail;
        tail = undefined;
        feed((decoder as TextDecoderStream).decode(rest));
      }
      const last = (decoder as TextDecoderStream).end();
      if (format === undefined) {
        const all = head + last;
        decide(all);
        feed(all);
      } else if (last.length > 0) feed(last);
      if (format === 'csv') {
        csv?.end();
        if (!headerSeen) throw new InputProblem('the file is empty', 1);
      } else json?.end();
      if (records === 0) {
        const what =
          options.kind === 'companies' ? 'company rows' : options.kind === 'brreg' ? 'units' : 'participants';
        throw new InputProblem(
          format === 'csv' ? `the file has a header but no ${what}` : `the file holds no ${what}`,
          format === 'csv' ? 2 : 1,
        );
      }
      if (batch.size > 0 || batch.issueCount > 0) sink.emit(batch.take(records, progress()));
      return { records, meta: json?.meta ?? {}, skipped };
    },
  };
}

function asBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk));
}

/**
 * Reads `source` to the end and emits header, batches and end to the sink. Bad input throws
 * InputProblem; the caller turns it into a failure event.
 */
export async function runIngest(
  source: AsyncIterable<unknown>,
  options: IngestOptions,
  sink: IngestSink,
): Promise<void> {
  const hash = createHash('sha256');
  let rawBytes = 0;
  const raw = source[Symbol.asyncIterator]();
  const first = await raw.next();
  if (first.done) throw new InputProblem('the file is empty', 1);
  const firstChunk = asBuffer(first.value);
  const gzip = isGzip(firstChunk);
  async function* hashed(): AsyncGenerator<Buffer> {
    let chunk: Buffer | undefined = firstChunk;
    while (chunk !== undefined) {
      hash.update(chunk);
      rawBytes += chunk.length;
      yield chunk;
      const next = await raw.next();
      chunk = next.done ? undefined : asBuffer(next.value);
    }
  }
  let bytes: AsyncIterable<unknown> = hashed();
  if (gzip) {
    const gunzip = createGunzip();
    pipeline(Readable.from(hashed()), gunzip, () => {});
    bytes = gunzip;
  }
  const core = createCore(options, sink, gzip, () => rawBytes);
  try {
    for await (const chunk of bytes) {
      core.write(asBuffer(chunk));
      const wait = sink.ready();
      if (wait) await wait;
    }
  } catch (error) {
    if (gzip && (error as { code?: string }).code?.startsWith('Z_')) {
      throw new InputProblem(`the gzip data is damaged (${(error as Error).message})`, undefined);
    }
    throw error;
  }
  const done = core.end();
  sink.emit({
    type: 'end',
    records: done.records,
    bytes: rawBytes,
    sha256: hash.digest('hex'),
    meta: done.meta,
  });
}

/** Runs runIngest and reports a problem as a failure event instead of throwing. */
export async function runIngestReporting(
  source: AsyncIterable<unknown>,
  options: IngestOptions,
  sink: IngestSink,
): Promise<void> {
  try {
    await runIngest(source, options, sink);
  } catch (error) {
    if (error instanceof InputProblem)
      sink.emit({
        type: 'failure',
        reason: error.reason,
        line: error.line,
        internal: false,
        ...(error.text ? { text: error.text } : {}),
      });
    else
      sink.emit({
        type: 'failure',
        reason: error instanceof Error ? (error.stack ?? error.message) : String(error),
        line: undefined,
        internal: true,
      });
  }
}
