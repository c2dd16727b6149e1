// What the parsing side of an import tells the writing side, whether it runs in a worker thread or in
// the same thread: first the header (what the file turned out to be), then batches of checked rows
// (values, or COPY text for registers) with their line numbers and org numbers, then the end (or one
// problem that stops it all).
import type { CompanyField } from '../../domain/companies/fields.js';
import type { RowIssue } from '../../domain/companies/import-rows.js';
import type { Delimiter } from '../../domain/ingest/csv-records.js';
import type { TextEncodingName } from '../../domain/ingest/text-decoding.js';
import type { CodedData } from '../../domain/messages/index.js';

export type IngestKind = 'companies' | 'brreg' | 'elma';

export interface IngestOptions {
  kind: IngestKind;
  /** Forced encoding; default: detected. */
  encoding?: TextEncodingName;
  /** Forced delimiter; default: detected from the header line. */
  delimiter?: Delimiter;
  /** Rows per batch handed to the writer. */
  batchRows: number;
  /**
   * Company imports: how accepted rows are handed over: as values (default; SQLite binds them), or as
   * COPY text in UTF-8 bytes (PostgreSQL sends them as they are).
   */
  rowForm?: 'values' | 'copy';
}

export interface IngestHeader {
  type: 'header';
  format: 'csv' | 'json';
  gzip: boolean;
  encoding: TextEncodingName;
  encodingHow: string;
  delimiter: Delimiter | undefined;
  /** Company imports: the header as in the file, the fields found and the columns ignored. */
  columns: string[];
  present: CompanyField[];
  ignored: string[];
  /** Brønnøysund CSV: whether the file holds subunits. */
  subunits: boolean | undefined;
}

export interface IngestBatch {
  type: 'batch';
  /** Register extracts: accepted rows in COPY text, each followed by a newline ('' for companies). */
  text: string;
  /** Where each row starts in text (or in copy), plus the end (length rows + 1). */
  offsets: Int32Array;
  /**
   * Company imports in the copy row form: each accepted row's values in COMPANY_FIELDS order as COPY
   * text in UTF-8, each followed by a newline (offsets in bytes); empty otherwise.
   */
  copy: Uint8Array;
  /**
   * Company imports: each accepted row's values in COMPANY_FIELDS order (empty for registers). Kept as
   * values: the SQLite writer binds them as they are, and only PostgreSQL's COPY needs them as text.
   */
  values: (string | null)[][];
  lines: Int32Array;
  orgs: Int32Array;
  flags: Uint8Array;
  /** Rows refused by the row checks, with their reasons. */
  issues: RowIssue[];
  /** Records read so far (accepted and refused), and bytes read so far. */
  records: number;
  bytes: number;
}

export interface IngestEnd {
  type: 'end';
  records: number;
  bytes: number;
  sha256: string;
  /** String fields of a JSON root object (the Peppol export's creationdt). */
  meta: Record<string, string>;
}

/** A problem that stops the import: the file as a whole is unusable (line when known). */
export interface IngestFailure {
  type: 'failure';
  reason: string;
  /** The reason coded, where the producer has it (revive with reviveText). */
  text?: CodedData;
  line: number | undefined;
  /** true when it is a bug rather than bad input. */
  internal: boolean;
}

export type IngestEvent = IngestHeader | IngestBatch | IngestEnd | IngestFailure;
