// Bulk reading and writing of whole tables (fixtures, resets, the company and register imports): the
// one place where SQLite and PostgreSQL part ways for speed. SQLite gets raw prepared statements on
// the better-sqlite3 handle; PostgreSQL gets COPY through pg-copy-streams (or, on a server that takes
// no COPY over its connection, INSERT … SELECT FROM unnest: see pgRows). Everything runs inside the
// caller's write-gate transaction (db.native works on that transaction's connection), so a failure
// anywhere rolls everything back.
import { finished } from 'node:stream/promises';
import { type Kysely, sql } from 'kysely';
import {
  COMPANY_FIELDS,
  type CompanyField,
  type CompanyValues,
  FIELD_INDEX,
} from '../domain/companies/fields.js';
import type { RegisterFacts, RegisterState } from '../domain/companies/register-rules.js';
import {
  binaryTupleBound,
  booleanField,
  COPY_BINARY_HEADER,
  COPY_BINARY_TRAILER,
  timestampField,
  writeBinaryTuple,
} from '../domain/ingest/copy-binary.js';
import { CopyLineBuffer, decodeRow } from '../domain/ingest/copy-text.js';
import { text as coded } from '../domain/messages/index.js';
import { BRREG_COLUMNS } from '../domain/registry/brreg.js';
import { ELMA_COLUMNS } from '../domain/registry/peppol.js';
import { ConflictError } from '../errors.js';
import type { Db } from './connect.js';
import { type DigestSeed, digestSeed, importDigest } from './import-digest.js';
import { COMPANIES_ORG_NUMBER_INDEX } from './migrations/0016-companies-org-number-index.js';
import { hashText, hashUtf8, PROBE_TEXT, textHash } from './pg-text-hash.js';
import { registerStateOf, toRegisterUnit } from './queries/registry.js';
import { flag, type Schema } from './schema.js';
import type { Tx } from './write-gate.js';

type Q = Kysely<Schema>;

export interface BulkTable {
  name: string;
  /** The columns written, in the order of each row's values. */
  columns: readonly string[];
  /** The columns that identify a row: an upsert updates the row with the same key. */
  key: readonly string[];
  /** Column groups that are unique besides the key (named in conflict messages). */
  unique: readonly (readonly string[])[];
}

/** insert: the table was empty, rows go straight in. upsert: rows with an existing key are updated. */
export type WriteMode = 'insert' | 'upsert';

/** A row that clashes with a row already in the database (a unique value of another row). */
export class BulkConflict extends Error {
  constructor(
    /** The caller's line number of the row. */
    readonly line: number,
    readonly columns: readonly string[],
    readonly detail: string,
    /**
     * The table of the row, when the writer that failed may be another than the one last written to
     * (the writers of a CopyTrain send their rows together).
     */
    readonly table?: string,
  ) {
    super(detail);
  }
}

/**
 * A batch of rows handed out a few rows at a time, straight into a statement's parameters (no array
 * per row): a fixture load's rows arrive packed from the generating thread in this form.
 */
export interface RowFeed {
  /** Rows in the batch. */
  readonly count: number;
  /**
   * Puts the next `rows` rows' values, row after row in `columns` order, into `into` from index 0, as
   * SQLite binds them: texts, numbers and null only (no booleans, undefined, arrays or other objects:
   * the writer passes them on untouched, as the statement's arguments).
   */
  next(into: unknown[], rows: number): void;
}

export interface TableWriter {
  /** Rows in `columns` order; `lines` tell where each came from. */
  write(rows: readonly (readonly unknown[])[], lines: ArrayLike<number>): Promise<void>;
  /** The same for rows given as a feed (SQLite inserts bind them without an array per row). */
  writeFeed?(feed: RowFeed, lines: ArrayLike<number>): Promise<void>;
  finish(): Promise<void>;
  /**
   * Another table's rows come next, on the same connection (a generated load writes its tables
   * interleaved): PostgreSQL ends the table's COPY here and starts another with the next write;
   * SQLite needs nothing.
   */
  pause(): Promise<void>;
  /** Gives up half-way (the load failed): leaves the connection ready for the rollback. */
  abort(): Promise<void>;
  /**
   * The CopyTrain the writer sends its rows with, if any: writers of the same train need no pause()
   * between one's rows and another's.
   */
  readonly train?: CopyTrain;
}

/** Larger than this, an empty table gets its secondary indexes built after the rows are in. */
export const DEFER_INDEXES_FROM = 20_000;

// ---------------------------------------------------------------------------------------------------
// SQLite

function sqliteHandle(db: Db): import('better-sqlite3').Database {
  if (db.native.dialect !== 'sqlite') throw new Error('not a SQLite database');
  return db.native.database;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** `on conflict (key) do update set …` : an upsert by key, the same text on both dialects. */
function upsertClause(table: BulkTable): string {
  const updates = table.columns.filter((c) => !table.key.includes(c));
  const action =
    updates.length === 0
      ? 'do nothing'
      : `do update set ${updates.map((c) => `${quote(c)} = excluded.${quote(c)}`).join(', ')}`;
  return ` on conflict (${table.key.map(quote).join(', ')}) ${action}`;
}

function sqliteValue(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value === undefined ? null : value;
}

/** Rows a multi-row INSERT takes at once on SQLite (one statement call instead of one a row). */
const SQLITE_ROWS_PER_INSERT = 64;

function sqliteWriter(db: Db, q: Q, table: BulkTable, mode: WriteMode): TableWriter {
  const handle = sqliteHandle(db);
  const tuple = `(${table.columns.map(() => '?').join(', ')})`;
  const head = `insert into ${quote(table.name)} (${table.columns.map(quote).join(', ')}) values `;
  const single = handle.prepare(`${head}${tuple}${mode === 'upsert' ? upsertClause(table) : ''}`);
  const width = table.columns.length;
  // An upsert goes a row at a time (each row's clash is told apart); an insert into an empty table
  // takes SQLITE_ROWS_PER_INSERT rows a statement, and the rows left over at the end of a batch go in
  // statements of 32, 16, … 1 rows (prepared once each), as batches of a generated load come in any
  // size: a statement for every leftover size cost a fixture load a few hundred compilations of
  // statements with up to a thousand parameters. A failing statement is run again row by row to name
  // the row at fault (the statement's own rows are undone by then).
  const chunk = Math.max(1, Math.min(SQLITE_ROWS_PER_INSERT, Math.floor(32_000 / width)));
  /** Rows the next statement takes when `left` rows remain: a full chunk, or a power of two. */
  const takeOf = (left: number) => (left >= chunk ? chunk : 2 ** Math.floor(Math.log2(left)));
  const multis: (import('better-sqlite3').Statement | undefined)[] = [];
  const multiOf = (rows: number) => {
    let statement = multis[rows];
    if (statement === undefined) {
      statement = handle.prepare(`${head}${Array(rows).fill(tuple).join(', ')}`);
      multis[rows] = statement;
    }
    return statement;
  };
  const params: unknown[][] = [];
  const paramsOf = (rows: number) => {
    let list = params[rows];
    if (list === undefined) {
      list = new Array(rows * width);
      params[rows] = list;
    }
    return list;
  };
  const one = async (row: unknown[], line: number) => {
    for (let i = 0; i < width; i++) row[i] = sqliteValue(row[i]);
    try {
      single.run(row);
    } catch (error) {
      throw await sqliteConflict(q, table, row, line, error);
    }
  };
  /**
   * Inserts `take` rows in one statement, their values put into its parameters by `fill`; the first
   * of them came from line `lines[first]`. A failing statement's rows are undone, and they go in again
   * one by one to name the row at fault.
   */
  const insertRows = async (
    take: number,
    fill: (values: unknown[]) => void,
    lines: ArrayLike<number>,
    first: number,
    bindable = false,
  ) => {
    const values = paramsOf(take);
    fill(values);
    // Only texts, numbers, null and Buffers go in as the call's own arguments (below); an array or
    // other object among them must not (better-sqlite3 would bind an array's elements in its place,
    // or take an object for named parameters), so its statement binds them as one list, which
    // refuses them as it always did.
    let asArguments = true;
    if (!bindable)
      for (let i = 0; i < values.length; i++) {
        const value = sqliteValue(values[i]);
        values[i] = value;
        if (typeof value === 'object' && value !== null && !Buffer.isBuffer(value)) asArguments = false;
      }
    try {
      // The values as the call's arguments, not as one array: better-sqlite3 binds an array's
      // elements through a generic property lookup each, arguments straight from the call.
      if (asArguments) multiOf(take).run(...values);
      else multiOf(take).run(values);
    } catch {
      for (let k = 0; k < take; k++)
        await one(values.slice(k * width, (k + 1) * width), lines[first + k] as number);
    }
    // The list lives on; the values must not (a text cut from a batch's string keeps all of it).
    values.fill(null);
  };
  const write = async (rows: readonly (readonly unknown[])[], lines: ArrayLike<number>) => {
    if (mode === 'upsert' || chunk === 1) {
      // The rows are the loader's own (parsed for this load), so they are converted in place.
      for (let r = 0; r < rows.length; r++) await one(rows[r] as unknown[], lines[r] as number);
      return;
    }
    for (let r = 0; r < rows.length; ) {
      const take = takeOf(rows.length - r);
      const from = r;
      await insertRows(
        take,
        (values) => {
          let p = 0;
          for (let k = from; k < from + take; k++) {
            const row = rows[k] as readonly unknown[];
            for (let i = 0; i < width; i++) values[p++] = row[i];
          }
        },
        lines,
        from,
      );
      r += take;
    }
  };
  return {
    write,
    async writeFeed(feed, lines) {
      if (mode === 'upsert' || chunk === 1) {
        const rows: unknown[][] = [];
        for (let r = 0; r < feed.count; r++) {
          const row: unknown[] = new Array(width);
          feed.next(row, 1);
          rows.push(row);
        }
        return write(rows, lines);
      }
      for (let r = 0; r < feed.count; ) {
        const take = takeOf(feed.count - r);
        await insertRows(take, (values) => feed.next(values, take), lines, r, true);
        r += take;
      }
    },
    async finish() {},
    async pause() {},
    async abort() {},
  };
}

async function sqliteConflict(
  q: Q,
  table: BulkTable,
  row: readonly unknown[],
  line: number,
  error: unknown,
): Promise<unknown> {
  const code = (error as { code?: string }).code ?? '';
  if (!code.startsWith('SQLITE_CONSTRAINT')) return error;
  const message = (error as Error).message;
  const failed = /failed: (.+)$/.exec(message)?.[1] ?? '';
  const columns = failed
    .split(',')
    .map((part) => part.trim().split('.').at(-1) ?? '')
    .filter(Boolean);
  return new BulkConflict(line, columns, await describeClash(q, table, row, columns, message));
}

// ---------------------------------------------------------------------------------------------------
// PostgreSQL

function pgClient(db: Db): import('pg').PoolClient {
  if (db.native.dialect !== 'postgres') throw new Error('not a PostgreSQL database');
  return db.native.client();
}

/** One value in COPY's text format: \N for null, t/f, and backslash escapes for the few special characters. */
export function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value !== 'string') return String(value);
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 92 || c === 10 || c === 13 || c === 9) {
      return value.replace(/[\\\n\r\t]/g, (ch) =>
        ch === '\\' ? '\\\\' : ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : '\\t',
      );
    }
  }
  return value;
}

const CHUNK = 1 << 20;

/**
 * Where rows go on PostgreSQL: COPY … FROM STDIN, or INSERT … SELECT FROM unnest(…) on a server that
 * takes no COPY over its connection (PGlite). The one place that tells those apart (pgRows).
 */
interface RowSink {
  /** Rows as values. */
  write(rows: readonly (readonly unknown[])[]): Promise<void>;
  /** Rows already in COPY text, each ending in a newline (the imports' parsing thread makes these). */
  writeText(text: string): Promise<void>;
  /** Rows already in COPY text encoded as UTF-8, whole lines (each ending in a newline). */
  writeBytes(bytes: Buffer): Promise<void>;
  end(): Promise<void>;
  abort(): Promise<void>;
}

/** One line of COPY text back into values (for the servers that take no COPY). */
function decodeCopyLine(line: string): (string | null)[] {
  return line
    .split('\t')
    .map((field) =>
      field === '\\N'
        ? null
        : field.replace(/\\(.)/g, (_, c: string) =>
            c === 'n' ? '\n' : c === 'r' ? '\r' : c === 't' ? '\t' : c,
          ),
    );
}

/** How a COPY starts (pgRows). */
interface CopyStart {
  /**
   * PostgreSQL's binary format: then only writeBytes, and the caller sends the header, the tuples and
   * the trailer (domain/ingest/copy-binary.ts).
   */
  binary?: boolean;
  /**
   * Statements to run first, sent with the COPY in one message (simple query protocol): the server
   * then waits for one round trip to the client instead of one per statement.
   */
  before?: string;
}

/** Rows through COPY … FROM STDIN, in chunks of about a megabyte, waiting when the socket is full. */
async function copyRows(
  client: import('pg').PoolClient,
  target: string,
  columns: readonly string[],
  start: CopyStart = {},
): Promise<RowSink> {
  const { default: copyStreams } = await import('pg-copy-streams');
  const stream = client.query(
    copyStreams.from(
      `${start.before ?? ''}copy ${target} (${columns.map(quote).join(', ')}) from stdin${start.binary ? ' with (format binary)' : ''}`,
    ),
  );
  let failure: unknown;
  // pg hands the stream an error when the COPY is over without success: the server refused it or ended
  // the session, or the connection was lost. pg has let go of the stream by then, so nothing will drain,
  // finish or close it any more: the waits for it below also end when `failed` does.
  let markFailed: () => void = () => {};
  const failed = new Promise<void>((resolve) => {
    markFailed = resolve;
  });
  stream.on('error', (error) => {
    failure ??= error;
    markFailed();
  });
  let buffer = '';
  const push = async (force: boolean) => {
    if (buffer.length === 0 || (!force && buffer.length < CHUNK)) return;
    const text = buffer;
    buffer = '';
    await send(text);
  };
  const send = async (chunk: string | Buffer) => {
    const ok = stream.write(chunk);
    // Wait for room, or for the end: a connection lost mid-COPY (a server restart) errors or closes the
    // stream and never drains it, and a wait for 'drain' alone would hang the import for good.
    if (!ok && failure === undefined)
      await new Promise<void>((resolve) => {
        const settle = () => {
          stream.off('drain', settle);
          stream.off('error', settle);
          stream.off('close', settle);
          resolve();
        };
        stream.once('drain', settle);
        stream.once('error', settle);
        stream.once('close', settle);
      });
    if (failure) throw failure;
  };
  return {
    async writeText(text) {
      if (failure) throw failure;
      buffer += text;
      await push(false);
    },
    async writeBytes(bytes) {
      if (failure) throw failure;
      await push(true);
      await send(bytes);
    },
    async write(rows) {
      if (failure) throw failure;
      for (const row of rows) {
        let line = copyField(row[0]);
        for (let i = 1; i < row.length; i++) line += `\t${copyField(row[i])}`;
        buffer += `${line}\n`;
      }
      await push(false);
    },
    async end() {
      await push(true);
      // Failed while nothing was left to write: the stream would wait for ever to finish.
      if (failure) throw failure;
      stream.end();
      await Promise.race([
        finished(stream).catch((error: unknown) => {
          failure ??= error;
        }),
        failed,
      ]);
      if (failure) throw failure;
    },
    async abort() {
      // A failed COPY is over already: the server ended it with its error, or the connection is gone.
      // Destroying the stream then would wait for ever: pg-copy-streams sends its CopyFail only once the
      // server has started the COPY, and completes the destroy only on an answer to it, neither of which
      // comes for a COPY that failed before it started (a restart while the COPY was being sent).
      if (failure !== undefined) return;
      // CopyFail ends the COPY on the server; until then the connection takes no other statement.
      stream.destroy(new Error('the load stopped'));
      await Promise.race([finished(stream).catch(() => {}), failed]);
    },
  };
}

/**
 * The same rows as INSERT … SELECT FROM unnest(…), for servers that do not take COPY FROM STDIN over
 * their connection (PGlite, the in-process PostgreSQL of local test runs): slower, same result.
 */
function insertRows(
  client: import('pg').PoolClient,
  target: string,
  columns: readonly string[],
  types: readonly string[],
): RowSink {
  const casts = columns.map((_, i) => `c${i}::${types[i]}`).join(', ');
  const arrays = columns.map((_, i) => `$${i + 1}::text[]`).join(', ');
  const text = `insert into ${target} (${columns.map(quote).join(', ')}) select ${casts} from unnest(${arrays}) as u(${columns.map((_, i) => `c${i}`).join(', ')})`;
  const sink: RowSink = {
    async writeText(text) {
      if (text !== '') await sink.write(text.slice(0, -1).split('\n').map(decodeCopyLine));
    },
    async writeBytes(bytes) {
      await sink.writeText(bytes.toString('utf8'));
    },
    async write(rows) {
      for (let start = 0; start < rows.length; start += 1000) {
        const batch = rows.slice(start, start + 1000);
        const values = columns.map((_, i) =>
          batch.map((row) => {
            const value = row[i];
            if (value === null || value === undefined) return null;
            if (typeof value === 'boolean') return value ? 't' : 'f';
            return String(value);
          }),
        );
        await client.query(text, values);
      }
    },
    async end() {},
    async abort() {},
  };
  return sink;
}

const copySupport = new WeakMap<object, Promise<boolean>>();

/** Whether the server takes COPY FROM STDIN on this connection (every PostgreSQL server; not PGlite's socket). */
function takesCopy(client: import('pg').PoolClient): Promise<boolean> {
  let known = copySupport.get(client);
  if (!known) {
    known = client.query('select version() as v').then((r) => !String(r.rows[0]?.v).includes('PGlite'));
    copySupport.set(client, known);
  }
  return known;
}

/**
 * A sink for rows into `target` (a table of the current schema, or a temporary one shaped like `shape`).
 * `start.binary` only where takesCopy; `start.before` runs first either way.
 */
async function pgRows(
  client: import('pg').PoolClient,
  target: string,
  shape: string,
  columns: readonly string[],
  start: CopyStart = {},
): Promise<RowSink> {
  if (await takesCopy(client)) return copyRows(client, quote(target), columns, start);
  if (start.binary) throw new Error('this server takes no COPY: binary rows have nowhere to go');
  if (start.before) await client.query(start.before);
  const result = await client.query(
    `select column_name, format_type(a.atttypid, a.atttypmod) as type
       from information_schema.columns c
       join pg_attribute a on a.attrelid = (quote_ident(c.table_schema) || '.' || quote_ident(c.table_name))::regclass
                          and a.attname = c.column_name
      where c.table_schema = current_schema() and c.table_name = $1`,
    [shape],
  );
  const typeOf = new Map(
    (result.rows as { column_name: string; type: string }[]).map((r) => [r.column_name, r.type]),
  );
  return insertRows(
    client,
    quote(target),
    columns,
    columns.map((c) => typeOf.get(c) ?? 'integer'),
  );
}

/** The data line a COPY error names ("COPY users, line 17"), as an index from 0. */
function copyErrorIndex(error: unknown): number | undefined {
  const where = (error as { where?: string }).where ?? '';
  const m = /COPY [^,]+, line (\d+)/.exec(where);
  return m ? Number(m[1]) - 1 : undefined;
}

class LineBook {
  private lines = new Int32Array(1024);
  private count = 0;
  add(lines: ArrayLike<number>, n: number): void {
    if (this.count + n > this.lines.length) {
      let size = this.lines.length;
      while (size < this.count + n) size *= 2;
      const next = new Int32Array(size);
      next.set(this.lines.subarray(0, this.count));
      this.lines = next;
    }
    for (let i = 0; i < n; i++) this.lines[this.count++] = lines[i] as number;
  }
  at(index: number): number {
    return this.lines[index] ?? 0;
  }
}

/**
 * A unique clash in a COPY as a BulkConflict naming the row (its line from `book`, the COPY having
 * begun after `base` of the table's rows); other errors as they are.
 */
function copyConflict(error: unknown, book: LineBook, base: number, table?: string): unknown {
  const index = copyErrorIndex(error);
  const detail = (error as { detail?: string }).detail;
  if (index === undefined || (error as { code?: string }).code !== '23505') return error;
  return new BulkConflict(
    book.at(base + index),
    [],
    `${(error as Error).message}${detail ? ` (${detail})` : ''}`,
    table,
  );
}

function pgWriter(db: Db, q: Q, table: BulkTable, mode: WriteMode): Promise<TableWriter> {
  return mode === 'insert' ? pgInsertWriter(db, table) : pgUpsertWriter(db, q, table);
}

async function pgInsertWriter(db: Db, table: BulkTable): Promise<TableWriter> {
  const client = pgClient(db);
  // The COPY starts with the first rows (statements may run on the connection until then).
  let copy: RowSink | undefined;
  const book = new LineBook();
  // Rows written before the current COPY began (a COPY's error counts its own lines).
  let base = 0;
  let written = 0;
  const located = (error: unknown) => copyConflict(error, book, base);
  const end = async () => {
    const ending = copy;
    copy = undefined;
    try {
      await ending?.end();
    } catch (error) {
      throw located(error);
    }
  };
  return {
    async write(rows, lines) {
      book.add(lines, rows.length);
      if (!copy) {
        copy = await pgRows(client, table.name, table.name, table.columns);
        base = written;
      }
      written += rows.length;
      try {
        await copy.write(rows);
      } catch (error) {
        throw located(error);
      }
    },
    finish: end,
    pause: end,
    abort: async () => {
      await copy?.abort();
    },
  };
}

/** Bytes of COPY text one table of a CopyTrain holds before the held rows of every table are sent. */
const HOLD_BYTES = 4 << 20;

/** The bytes that one value can take in COPY text, at most (UTF-8 and escapes included). */
function boundOf(value: unknown): number {
  if (typeof value === 'string') return value.length * 3;
  if (typeof value === 'number') return 24;
  if (value === null || value === undefined || typeof value === 'boolean') return 2;
  return String(value).length * 3;
}

/**
 * Rows of one table as COPY text in UTF-8, written value by value into buffers of about CHUNK bytes
 * (a row never spans two), so no string is made per row or value: the texts are copied byte by byte
 * while they are ASCII, which most values are.
 */
export class CopyBytes {
  private chunks: Buffer[] = [];
  private out = Buffer.allocUnsafe(CHUNK);
  private at = 0;
  private full = 0;
  /** Rows held. */
  rows = 0;

  /** Bytes held. */
  get size(): number {
    return this.full + this.at;
  }

  /** One row: `width` values from `values` (strings, numbers, booleans, null). */
  row(values: ArrayLike<unknown>, width: number): void {
    let bound = width;
    for (let i = 0; i < width; i++) bound += boundOf(values[i]);
    if (this.at + bound > this.out.length) {
      if (this.at > 0) {
        this.chunks.push(this.out.subarray(0, this.at));
        this.full += this.at;
      }
      this.out = Buffer.allocUnsafe(Math.max(CHUNK, bound));
      this.at = 0;
    }
    const out = this.out;
    let at = this.at;
    for (let i = 0; i < width; i++) {
      if (i > 0) out[at++] = 9;
      const value = values[i];
      if (typeof value === 'string') {
        const n = value.length;
        let k = 0;
        for (; k < n; k++) {
          const c = value.charCodeAt(k);
          if (c >= 0x80 || c === 92 || c === 9 || c === 10 || c === 13) break;
          out[at++] = c;
        }
        if (k < n) at += out.write(copyField(value.slice(k)), at, 'utf8');
      } else if (typeof value === 'number') {
        if (Number.isInteger(value) && value >= 0 && value < 2 ** 31) {
          // Digits from the last, then turned round.
          const start = at;
          let v = value;
          do {
            out[at++] = 48 + (v % 10);
            v = Math.floor(v / 10);
          } while (v > 0);
          for (let a = start, b = at - 1; a < b; a++, b--) {
            const t = out[a] as number;
            out[a] = out[b] as number;
            out[b] = t;
          }
        } else at += out.write(String(value), at, 'latin1');
      } else if (value === null || value === undefined) {
        out[at++] = 92;
        out[at++] = 78;
      } else if (typeof value === 'boolean') out[at++] = value ? 116 : 102;
      else at += out.write(copyField(value), at, 'utf8');
    }
    out[at++] = 10;
    this.at = at;
    this.rows++;
  }

  /** The rows held, as buffers to send in order; none are held after. */
  take(): Buffer[] {
    const taken = this.chunks;
    if (this.at > 0) taken.push(this.out.subarray(0, this.at));
    this.chunks = [];
    // The rest of the last buffer is written on by the next rows, after what was taken.
    this.out = this.out.subarray(this.at);
    if (this.out.length < 4096) this.out = Buffer.allocUnsafe(CHUNK);
    this.at = 0;
    this.full = 0;
    this.rows = 0;
    return taken;
  }
}

/** A table's place in a CopyTrain. */
interface Car {
  table: BulkTable;
  /** Its place in load order: the tables it points to come before it. */
  rank: number;
  bytes: CopyBytes;
  book: LineBook;
  /** Rows sent before the held ones. */
  sent: number;
}

/** One COPY of a train's run: a table's held rows. */
interface Leg {
  car: Car;
  chunks: Buffer[];
  /** The table's rows sent before these. */
  base: number;
}

/**
 * PostgreSQL: the writers of a load that writes several tables interleaved (a generated fixture sends
 * a batch of each table in turn). Written one COPY per batch, a million learners took thousands of
 * short COPYs, and at each the client waited for the server to finish the last before it began the
 * next, so the two took turns instead of working together. In a train, each table holds its rows as
 * COPY text until one table holds HOLD_BYTES; then the rows of every table go out, a COPY each, in
 * load order (the rows a table points to go before it: foreign keys are checked at the end of each
 * COPY), while the writers go on encoding the next rows. One run is sent at a time; a writer's pause()
 * waits for it, so statements can run on the connection, and finish() sends everything held.
 */
export class CopyTrain {
  private readonly cars: Car[] = [];
  /** The run under way, if any; its failure is thrown by settle(). */
  private running: Promise<void> | undefined;
  /** The COPY under way, for abort(). */
  private sink: RowSink | undefined;
  private stopped = false;

  constructor(
    private readonly client: import('pg').PoolClient,
    /** Bytes one table holds before everything held is sent (tests make it small). */
    private readonly hold = HOLD_BYTES,
  ) {}

  /** A table's writer on the train; `rank` orders the tables (those pointed to first). */
  writer(table: BulkTable, rank: number): TableWriter {
    const car: Car = { table, rank, bytes: new CopyBytes(), book: new LineBook(), sent: 0 };
    this.cars.push(car);
    this.cars.sort((a, b) => a.rank - b.rank);
    const width = table.columns.length;
    const row: unknown[] = new Array(width);
    return {
      train: this,
      write: async (rows, lines) => {
        car.book.add(lines, rows.length);
        for (const values of rows) car.bytes.row(values, width);
        if (car.bytes.size >= this.hold) await this.send();
      },
      writeFeed: async (feed, lines) => {
        car.book.add(lines, feed.count);
        for (let r = 0; r < feed.count; r++) {
          feed.next(row, 1);
          car.bytes.row(row, width);
        }
        row.fill(null);
        if (car.bytes.size >= this.hold) await this.send();
      },
      pause: () => this.settle(),
      finish: async () => {
        await this.send();
        await this.settle();
      },
      abort: () => this.abort(),
    };
  }

  /** Waits for the run under way; throws its failure. */
  async settle(): Promise<void> {
    const run = this.running;
    this.running = undefined;
    await run;
  }

  /** Sends what every table holds (after the run under way), in load order; returns once it is under way. */
  private async send(): Promise<void> {
    await this.settle();
    const legs: Leg[] = [];
    for (const car of this.cars) {
      if (car.bytes.rows === 0) continue;
      const rows = car.bytes.rows;
      legs.push({ car, chunks: car.bytes.take(), base: car.sent });
      car.sent += rows;
    }
    if (legs.length === 0) return;
    const run = this.run(legs);
    // Handled here (no unhandled rejection while the next rows are encoded), thrown by settle().
    run.catch(() => {});
    this.running = run;
  }

  private async run(legs: readonly Leg[]): Promise<void> {
    for (const leg of legs) {
      if (this.stopped) return;
      const { table } = leg.car;
      try {
        const sink = await pgRows(this.client, table.name, table.name, table.columns);
        if (this.stopped) {
          await sink.abort();
          return;
        }
        this.sink = sink;
        for (const chunk of leg.chunks) await sink.writeBytes(chunk);
        this.sink = undefined;
        await sink.end();
      } catch (error) {
        this.sink = undefined;
        throw copyConflict(error, leg.car.book, leg.base, table.name);
      }
    }
  }

  /** Gives up: ends the COPY under way (the transaction is rolled back after). */
  async abort(): Promise<void> {
    this.stopped = true;
    const sink = this.sink;
    this.sink = undefined;
    await sink?.abort();
    await this.running?.catch(() => {});
    this.running = undefined;
  }
}

/** A train for the writers of one load on PostgreSQL; none on SQLite (its writers need none). */
export function copyTrain(db: Db, hold?: number): CopyTrain | undefined {
  return db.dialect === 'postgres' ? new CopyTrain(pgClient(db), hold) : undefined;
}

/**
 * Rows go to a temporary table first (COPY), then: any row whose unique value belongs to another row
 * already in the table is reported as a conflict; otherwise one INSERT … ON CONFLICT merges them all.
 */
async function pgUpsertWriter(db: Db, q: Q, table: BulkTable): Promise<TableWriter> {
  const client = pgClient(db);
  const staging = `kursdesk_load_${table.name}`;
  await client.query(`drop table if exists ${quote(staging)}`);
  await client.query(
    `create temporary table ${quote(staging)} on commit drop as select ${table.columns.map(quote).join(', ')} from ${quote(table.name)} with no data`,
  );
  await client.query(`alter table ${quote(staging)} add column kursdesk_line integer`);
  const columns = [...table.columns, 'kursdesk_line'];
  let copy: RowSink | undefined;
  return {
    async write(rows, lines) {
      copy ??= await pgRows(client, staging, table.name, columns);
      await copy.write(rows.map((row, i) => [...row, lines[i]]));
    },
    async pause() {
      const ending = copy;
      copy = undefined;
      await ending?.end();
    },
    abort: async () => {
      await copy?.abort();
    },
    async finish() {
      await copy?.end();
      copy = undefined;
      for (const columns of table.unique) {
        const match = columns.map((c) => `t.${quote(c)} = s.${quote(c)}`).join(' and ');
        const differs = table.key.map((k) => `t.${quote(k)} is distinct from s.${quote(k)}`).join(' or ');
        const clash = await client.query(
          `select s.kursdesk_line as line, ${columns.map((c) => `s.${quote(c)}`).join(', ')} from ${quote(staging)} s join ${quote(table.name)} t on ${match} where ${differs} order by s.kursdesk_line limit 1`,
        );
        const row = clash.rows[0] as Record<string, unknown> | undefined;
        if (row) {
          const values = table.columns.map((c) => row[c]);
          throw new BulkConflict(
            Number(row.line),
            columns,
            await describeClash(q, table, values, columns, ''),
          );
        }
      }
      const list = table.columns.map(quote).join(', ');
      await client.query(
        `insert into ${quote(table.name)} (${list}) select ${list} from ${quote(staging)} order by kursdesk_line${upsertClause(table)}`,
      );
      await client.query(`drop table ${quote(staging)}`);
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Both

/** "email x is already used by the row with id 4": what a unique clash is about, for the user. */
async function describeClash(
  q: Q,
  table: BulkTable,
  row: readonly unknown[],
  columns: readonly string[],
  fallback: string,
): Promise<string> {
  const named = columns.filter((c) => table.columns.includes(c) && !table.key.includes(c));
  if (named.length === 0) return fallback || 'the row clashes with a row already in the database';
  const values = named.map((c) => row[table.columns.indexOf(c)]);
  const other = await sql<
    Record<string, unknown>
  >`select ${sql.join(table.key.map((k) => sql.ref(k)))} from ${sql.table(table.name)} where ${sql.join(
    named.map((c, i) => sql`${sql.ref(c)} = ${values[i]}`),
    sql` and `,
  )} limit 1`.execute(q);
  const key = other.rows[0] ? table.key.map((k) => String(other.rows[0]?.[k])).join('/') : undefined;
  return `${named.join(' + ')} ${values.join(' + ')} already belongs to ${key ? `the ${table.name} row ${table.key.join('/')} ${key}` : 'another row'} in the database`;
}

/**
 * A writer for one table. `train` (PostgreSQL, see copyTrain): an insert sends its rows with the
 * other tables' of the same train, `rank` being the table's place in load order.
 */
export async function openTableWriter(
  db: Db,
  q: Q,
  table: BulkTable,
  mode: WriteMode,
  train?: { train: CopyTrain | undefined; rank: number },
): Promise<TableWriter> {
  if (db.dialect === 'sqlite') return sqliteWriter(db, q, table, mode);
  if (mode === 'insert' && train?.train) return train.train.writer(table, train.rank);
  return pgWriter(db, q, table, mode);
}

/**
 * Two rows with the same value where a unique index (built after a bulk load) allows one: found when
 * the index is built, told with both rows' keys.
 */
export class BulkDuplicate extends Error {
  constructor(
    readonly table: string,
    readonly columns: readonly string[],
    readonly value: string,
    /** The key (id) of the first row and of the row that repeats its value. */
    readonly keys: readonly [string, string],
  ) {
    super(`${columns.join(' + ')} ${value} is used by both ${table} ${keys[0]} and ${keys[1]}`);
  }
}

/** Builds a unique index again; a duplicate comes back as a BulkDuplicate naming both rows. */
function buildSqliteIndex(
  handle: import('better-sqlite3').Database,
  table: string,
  index: { name: string; sql: string },
): void {
  try {
    handle.exec(index.sql);
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (!code.startsWith('SQLITE_CONSTRAINT')) throw error;
    // The index is not there (its build failed), so its columns come from its definition.
    const columns = (/\(([^()]+)\)\s*$/.exec(index.sql)?.[1] ?? '')
      .split(',')
      .map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
    if (columns.some((c) => !/^\w+$/.test(c))) throw error;
    const list = columns.map(quote).join(', ');
    const clash = handle
      .prepare(
        `select ${columns.map((c, i) => `${quote(c)} as v${i}`).join(', ')}, min(rowid) as a, max(rowid) as b from ${quote(table)} group by ${list} having count(*) > 1 order by b limit 1`,
      )
      .get() as Record<string, unknown> | undefined;
    if (!clash) throw error;
    const value = columns.map((_, i) => String(clash[`v${i}`])).join(' + ');
    throw new BulkDuplicate(table, columns, value, [`id ${clash.a}`, `id ${clash.b}`]);
  }
}

/**
 * Drops a table's secondary indexes (and, on SQLite, the triggers that keep a full-text index in
 * step) so a large load into it runs fast; the returned function builds them again. On SQLite that
 * includes the unique indexes (a duplicate then fails the rebuild, named as a BulkDuplicate); on
 * PostgreSQL constraint indexes (primary keys, UNIQUE) stay and guard the load.
 */
export async function deferSecondaryIndexes(db: Db, table: string): Promise<() => Promise<void>> {
  if (db.dialect === 'sqlite') {
    const handle = sqliteHandle(db);
    const indexes = handle
      .prepare(
        `select name, sql from sqlite_master where type = 'index' and tbl_name = ? and sql is not null`,
      )
      .all(table) as { name: string; sql: string }[];
    const contentPattern = new RegExp(`content\\s*=\\s*['"]?${table}['"]?`, 'i');
    const fts = (
      handle
        .prepare(
          `select name, sql from sqlite_master where type = 'table' and sql like 'create virtual table%'`,
        )
        .all() as {
        name: string;
        sql: string;
      }[]
    ).filter((t) => /using\s+fts5/i.test(t.sql) && contentPattern.test(t.sql));
    const triggers = (
      handle
        .prepare(`select name, sql from sqlite_master where type = 'trigger' and tbl_name = ?`)
        .all(table) as {
        name: string;
        sql: string;
      }[]
    ).filter((t) => fts.some((f) => t.sql.includes(f.name)));
    for (const index of indexes) handle.exec(`drop index ${quote(index.name)}`);
    for (const trigger of triggers) handle.exec(`drop trigger ${quote(trigger.name)}`);
    return async () => {
      // Unique indexes first: a duplicate is found before time goes into the others.
      const unique = (index: { sql: string }) => /^create unique/i.test(index.sql);
      for (const index of [...indexes.filter(unique), ...indexes.filter((i) => !unique(i))])
        buildSqliteIndex(handle, table, index);
      for (const f of fts) handle.exec(`insert into ${quote(f.name)} (${quote(f.name)}) values ('rebuild')`);
      for (const trigger of triggers) handle.exec(trigger.sql);
    };
  }
  const client = pgClient(db);
  const result = await client.query(
    `select i.indexname, i.indexdef from pg_indexes i
      where i.schemaname = current_schema() and i.tablename = $1
        and not exists (select 1 from pg_constraint c
                         where c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)`,
    [table],
  );
  const indexes = result.rows as { indexname: string; indexdef: string }[];
  for (const index of indexes) await client.query(`drop index ${quote(index.indexname)}`);
  return async () => {
    for (const index of indexes) await client.query(index.indexdef);
    // Fresh statistics: without them the planner scans a just-loaded million-row table instead of using its indexes.
    await client.query(`analyze ${quote(table)}`);
  };
}

/**
 * SQLite's page cache during a bulk load, in KiB. The indexes are built after the rows go in, so the
 * cache mostly holds the pages being appended and the index builds' sort runs; kept well under the
 * load's memory goal.
 */
const BULK_CACHE_KIB = 16_384;

/** Session settings for a bulk load (a bigger page cache, more memory for index builds); returns the undo. */
export async function bulkSession(db: Db): Promise<() => Promise<void>> {
  if (db.dialect === 'sqlite') {
    const handle = sqliteHandle(db);
    const before = handle.pragma('cache_size', { simple: true }) as number;
    const threads = handle.pragma('threads', { simple: true }) as number;
    handle.pragma(`cache_size = ${-BULK_CACHE_KIB}`);
    // Index builds sort with a helper thread: the second core is free by then (the reader is done).
    handle.pragma('threads = 2');
    return async () => {
      handle.pragma(`cache_size = ${before}`);
      handle.pragma(`threads = ${threads}`);
    };
  }
  await pgClient(db).query(`set local maintenance_work_mem = '256MB'`);
  return async () => {};
}

/**
 * Before a big load into an empty SQLite file (outside its transaction, where SQLite allows these):
 *  - a rollback journal instead of the write-ahead log for that one transaction. With the log every
 *    page is written twice (into the log, then into the file at the checkpoint) and pages the cache lets
 *    go of are logged again each time; with a rollback journal new pages go straight into the file and
 *    only the few pages the file had before are journaled. Just as safe: a process killed mid-load
 *    leaves a hot journal that the next open rolls back, so the file is as it was. Only when no other
 *    connection has the file open (the switch needs it alone) and it is in WAL mode.
 *  - no foreign-key lookups per row when `referencesChecked` (the caller has checked that every
 *    reference points to a row of the same load, the only rows of an empty database).
 * Returns the undo, for after the transaction.
 */
export async function bulkLoadConnection(
  db: Db,
  options: { referencesChecked: boolean },
): Promise<() => Promise<void>> {
  if (db.dialect !== 'sqlite') return async () => {};
  const handle = sqliteHandle(db);
  const undo: (() => void)[] = [];
  if (handle.pragma('journal_mode', { simple: true }) === 'wal') {
    let mode: unknown;
    try {
      mode = handle.pragma('journal_mode = delete', { simple: true });
    } catch {
      mode = undefined;
    }
    if (mode === 'delete') undo.push(() => handle.pragma('journal_mode = wal'));
  }
  if (options.referencesChecked && handle.pragma('foreign_keys', { simple: true }) === 1) {
    handle.pragma('foreign_keys = off');
    undo.push(() => handle.pragma('foreign_keys = on'));
  }
  return async () => {
    for (const step of undo.reverse()) step();
  };
}

export async function rowCount(q: Q, table: string): Promise<number> {
  const result = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(q);
  return Number(result.rows[0]?.n ?? 0);
}

export async function isEmpty(q: Q, table: string): Promise<boolean> {
  const result = await sql`select 1 as x from ${sql.table(table)} limit 1`.execute(q);
  return result.rows.length === 0;
}

/** Empties the tables (children before parents), returning how many rows each held. */
export async function emptyTables(db: Db, q: Q, tables: readonly string[]): Promise<Record<string, number>> {
  const removed: Record<string, number> = {};
  for (const table of tables) removed[table] = await rowCount(q, table);
  if (db.dialect === 'postgres') {
    await sql`truncate ${sql.join(tables.map((t) => sql.table(t)))} restart identity`.execute(q);
    return removed;
  }
  for (const table of [...tables].reverse()) {
    if (removed[table] === 0) continue;
    // Without its indexes and full-text triggers a big table empties in one sweep.
    const rebuild = await deferSecondaryIndexes(db, table);
    sqliteHandle(db).exec(`delete from ${quote(table)}`);
    await rebuild();
  }
  return removed;
}

/** After rows came in with explicit ids, PostgreSQL's identity must continue after the largest. */
export async function continueIdsAfterLoad(db: Db, q: Q, table: string): Promise<void> {
  if (db.dialect !== 'postgres') return; // SQLite's rowid always continues after the largest id
  await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce(max(id), 0) + 1, false) from ${sql.table(table)}`.execute(
    q,
  );
}

/** A whole table in key order, a page at a time (for dumps); rows as the driver gives them. */
export async function* tableRows(
  q: Q,
  table: string,
  columns: readonly string[],
  key: readonly string[],
  pageSize = 5000,
): AsyncGenerator<Record<string, unknown>[]> {
  const list = sql.join(columns.map((c) => sql.ref(c)));
  const order = sql.join(key.map((k) => sql.ref(k)));
  let last: unknown[] | undefined;
  for (;;) {
    const after =
      last === undefined
        ? sql``
        : key.length === 1
          ? sql`where ${sql.ref(key[0] as string)} > ${last[0]}`
          : sql`where (${order}) > (${sql.join(last.map((v) => sql`${v}`))})`;
    const page = await sql<
      Record<string, unknown>
    >`select ${list} from ${sql.table(table)} ${after} order by ${order} limit ${pageSize}`.execute(q);
    if (page.rows.length === 0) return;
    yield page.rows;
    const end = page.rows[page.rows.length - 1] as Record<string, unknown>;
    last = key.map((k) => end[k]);
    if (page.rows.length < pageSize) return;
  }
}

/**
 * Rows already encoded as COPY text (one per line, each ending in a newline) into `table`, on the
 * connection of the open transaction: the same sink as every other bulk write on PostgreSQL. The
 * imports' parsing thread produces this text, so the main thread never handles rows one by one.
 */
export async function writeCopyText(
  db: Db,
  table: string,
  columns: readonly string[],
  text: string,
): Promise<void> {
  if (text === '') return;
  const sink = await pgRows(pgClient(db), table, table, columns);
  try {
    await sink.writeText(text);
    await sink.end();
  } catch (error) {
    await sink.abort();
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------------
// Imports (companies from CSV, register extracts). Their parsing thread hands over rows as COPY text
// (domain/ingest/copy-text.ts): PostgreSQL takes it through writeCopyText, SQLite splits it back into
// parameters. Only this section knows how a company import tells new rows from stored ones.

export interface CompanyInsert {
  /** The COMPANY_FIELDS values in COPY text (for PostgreSQL's COPY). */
  readonly text: string;
  /** The same values as they are (SQLite binds and compares them so: it never needs the text). */
  readonly values: readonly (string | null)[];
  org: string;
  inElma: boolean;
  /** The org number as a number, when the row has it at hand (no text to parse). */
  readonly orgNumber?: number;
  /**
   * The row's COPY text in UTF-8, when the parsing side made it: the bytes of `copy` from `copyStart`
   * to `copyEnd`, its newline included. PostgreSQL sends them as they are, without a string per row.
   */
  readonly copy?: Buffer;
  readonly copyStart?: number;
  readonly copyEnd?: number;
}

export interface CompanyUpdate {
  id: number;
  version: number;
  /** Values of the updated fields, in the order of the `fields` given to update(). */
  values: (string | null)[];
  inElma: boolean;
}

/**
 * A stored company the import found different from its row: the compared fields (and in_elma) as
 * stored, with what the version check of the update needs.
 */
export type StoredCompany = { id: number; version: number; org_number: string; in_elma: boolean } & Partial<
  Record<CompanyField, string | null>
> & {
    /**
     * The file's row for this company, when the writer gives it (PostgreSQL compares all stored
     * companies of an import in one statement at the end, after the batch is gone; SQLite has it at hand).
     */
    incoming?: { values: CompanyValues; inElma: boolean };
  };

export interface CompanyRowsOutcome {
  /** Rows whose org number was new: inserted. */
  created: number;
  /** Rows of stored companies whose compared fields and in_elma are as stored: nothing written. */
  unchanged: number;
  /** Stored companies whose row differs in a compared field or in_elma (nothing written yet). */
  changed: StoredCompany[];
  /**
   * Rows an earlier outcome counted as created whose company another agent registered meanwhile
   * (PostgreSQL: between the import's read of the stored companies and its insert). They are stored
   * companies now, counted in this outcome's unchanged or changed like the others.
   */
  registeredMeanwhile?: number;
}

export interface CompanyBulkWriter {
  registerState(): Promise<RegisterState>;
  /** Register facts for the org numbers that are in either extract (others are absent from the map). */
  registerFacts(orgs: readonly string[], state: RegisterState): Promise<Map<string, RegisterFacts>>;
  /**
   * Inserts the rows whose org number is new and compares the rest with the stored companies on
   * `fields` and in_elma, in one set-based look-up per batch: only the companies that differ come
   * back, so a re-import of unchanged rows reads and writes nothing per row on the JavaScript side.
   */
  writeRows(rows: readonly CompanyInsert[], fields: readonly CompanyField[]): Promise<CompanyRowsOutcome>;
  /** Updates `fields` and in_elma of existing companies, each only if its version is unchanged. */
  update(fields: readonly CompanyField[], rows: readonly CompanyUpdate[]): Promise<void>;
  /**
   * After the last batch, before anything else runs on the transaction: puts back what the load set
   * aside (SQLite: the org_number index it loaded without), writes what is still on its way and
   * compares the stored companies it held back (PostgreSQL), giving their outcomes a page at a time
   * (the changed companies with their file rows), to be settled like a batch's.
   */
  finish?(): AsyncIterable<CompanyRowsOutcome>;
  /** The import failed: leaves the connection ready for the rollback. */
  abort?(): Promise<void>;
}

const INSERT_COLUMNS = [...COMPANY_FIELDS, 'in_elma', 'created_at', 'updated_at'] as const;
/** The columns of INSERT_COLUMNS after a row's own fields (in_elma and the timestamps). */
const SUFFIX_FIELDS = INSERT_COLUMNS.length - COMPANY_FIELDS.length;

function staleUpdate(): ConflictError {
  return new ConflictError(coded('import.company-changed-meanwhile'));
}

function concurrentInsert(): ConflictError {
  return new ConflictError(coded('import.company-registered-meanwhile'));
}

/**
 * `column = any(array)` on PostgreSQL (one parameter, one plan, whatever the batch size); an IN list on
 * SQLite, which has no arrays.
 */
function orgIn(dialect: Db['dialect'], column: string, orgs: readonly string[]) {
  return dialect === 'postgres'
    ? sql<boolean>`${sql.ref(column)} = any(${[...orgs]}::text[])`
    : sql<boolean>`${sql.ref(column)} in (${sql.join(orgs)})`;
}

/** The register side is plain Kysely: one query per batch and table, the same on both dialects. */
async function registerFacts(
  trx: Tx,
  dialect: Db['dialect'],
  orgs: readonly string[],
  state: RegisterState,
): Promise<Map<string, RegisterFacts>> {
  const facts = new Map<string, RegisterFacts>();
  if (orgs.length === 0) return facts;
  if (state.brregDate !== null) {
    const units = await trx
      .selectFrom('brreg_units')
      // The register's facts are the columns a brreg extract writes.
      .select(BRREG_COLUMNS)
      .where(orgIn(dialect, 'org_number', orgs))
      .execute();
    for (const unit of units) facts.set(unit.org_number, { unit: toRegisterUnit(unit), inElma: false });
  }
  if (state.elmaDate !== null) {
    const listed = await trx
      .selectFrom('elma_participants')
      .select('org_number')
      .where(orgIn(dialect, 'org_number', orgs))
      .execute();
    for (const { org_number } of listed) {
      const known = facts.get(org_number);
      if (known) known.inElma = true;
      else facts.set(org_number, { unit: null, inElma: true });
    }
  }
  return facts;
}

/** What the import already knows about the companies table when the writer starts. */
export interface CompanyWriterStart {
  /** Whether companies held no row when the import looked (before its transaction, so possibly stale). */
  companiesEmpty?: boolean;
}

export function companyBulkWriter(
  db: Db,
  trx: Tx,
  now: string,
  known: CompanyWriterStart = {},
): CompanyBulkWriter {
  return db.native.dialect === 'sqlite'
    ? sqliteCompanyWriter(db.native.database, trx, now, known)
    : postgresCompanyWriter(db, trx, now);
}

/**
 * SQLite: rows go in as parameters, SQLITE_ROWS_PER_INSERT rows a statement. Into an empty companies
 * table the import writes without the org_number unique index and builds it in finish(), inside the
 * same transaction: keeping a random-order index in step costs three times the inserts themselves,
 * and building it from the rows afterwards takes a fraction of a second for a million. Nothing is
 * lost by it: the parsing side refuses a number repeated in the file, no other writer can add a company
 * while this transaction holds SQLite's write lock, and the build itself would fail on a duplicate.
 * A rollback (a refused row, --dry-run, a kill) brings the index back with everything else.
 */
/** SQLite's page cache while the company import builds its org_number index (see finish). */
const INDEX_BUILD_CACHE_KIB = 4_096;
/** Stored companies read a page at a time. */
const STORED_PAGE = 100_000;

/**
 * The stored companies' org numbers in ascending order with their ids beside them: 8 bytes a company
 * (a million take 8 MB outside the heap, half of a hash map's and without its doubling on the way),
 * read from the org_number index (a covering scan, in order) a page at a time. Spares an index probe
 * a row in SQLite: the comparison then reads the companies by id.
 *
 * Looked up through buckets by value: the range of stored numbers cut into one bucket per two
 * companies, each bucket's first position kept (2 bytes a company more). A look-up searches only its
 * bucket, two or three numbers when they are spread as org numbers are. A binary search over the whole
 * array missed the CPU's cache at most of its twenty steps; in a re-import of a million rows it cost
 * more than the look-ups of the rows' stored values. Numbers bunched in few buckets cost no more than
 * that binary search.
 */
class StoredCompanies {
  static readonly none = new StoredCompanies(new Int32Array(0), new Int32Array(0));

  /** starts[b]: the position of the first number in bucket b or after it (starts[buckets] = size). */
  private readonly starts: Int32Array;
  private readonly lowest: number;
  private readonly highest: number;
  /** Buckets per unit of org number. */
  private readonly scale: number;

  private constructor(
    private readonly orgs: Int32Array,
    private readonly ids: Int32Array,
  ) {
    const n = orgs.length;
    this.lowest = n > 0 ? (orgs[0] as number) : 0;
    this.highest = n > 0 ? (orgs[n - 1] as number) : -1;
    const buckets = Math.max(1, n >>> 1);
    this.scale = n > 0 ? buckets / (this.highest - this.lowest + 1) : 0;
    this.starts = new Int32Array(buckets + 1);
    let b = 0;
    for (let i = 0; i < n; i++) {
      const bucket = this.bucketOf(orgs[i] as number);
      while (b <= bucket) this.starts[b++] = i;
    }
    while (b <= buckets) this.starts[b++] = n;
  }

  /** Monotonic in org, and below the bucket count for numbers from lowest to highest. */
  private bucketOf(org: number): number {
    return Math.floor((org - this.lowest) * this.scale);
  }

  static read(database: import('better-sqlite3').Database): StoredCompanies {
    // A page of the index comes as one string (org, unit separator, id, record separator, …): a
    // million pairs cost a tenth of what a row object each did. Only nine-digit numbers can match a
    // row of the file (its org numbers are checked), and in text order they are in numeric order;
    // others are passed over here, which costs less than a filter in SQL.
    const count = database.prepare('select count(*) from companies').pluck().get() as number;
    const orgs = new Int32Array(count);
    const ids = new Int32Array(count);
    const page = database
      .prepare(
        `select group_concat(org_number || char(31) || id, char(30)), max(org_number), count(*)
           from (select org_number, id from companies
                  where org_number > ? order by org_number limit ${STORED_PAGE})`,
      )
      .raw();
    let n = 0;
    let after = '';
    for (;;) {
      const [pairs, last, rows] = page.get(after) as [string | null, string | null, number];
      if (pairs === null || last === null) break;
      let read = 0;
      let i = 0;
      while (i < pairs.length) {
        let org = 0;
        let digits = 0;
        let c = pairs.charCodeAt(i);
        for (; i < pairs.length && c !== 31; c = pairs.charCodeAt(++i)) {
          org = org * 10 + (c - 48);
          digits = c >= 48 && c <= 57 ? digits + 1 : 10;
        }
        let id = 0;
        for (c = pairs.charCodeAt(++i); i < pairs.length && c !== 30; c = pairs.charCodeAt(++i))
          id = id * 10 + (c - 48);
        i++;
        read++;
        if (digits === 9 && n < count) {
          orgs[n] = org;
          ids[n++] = id;
        }
      }
      // A stored number holding a separator would shift the pairs: then read them one row at a time.
      if (read !== rows) return StoredCompanies.readRows(database);
      if (rows < STORED_PAGE) break;
      after = last;
    }
    return new StoredCompanies(orgs.subarray(0, n), ids.subarray(0, n));
  }

  /** The same, a row at a time (only for stored numbers that are not plain text). */
  private static readRows(database: import('better-sqlite3').Database): StoredCompanies {
    const count = database.prepare('select count(*) from companies').pluck().get() as number;
    const orgs = new Int32Array(count);
    const ids = new Int32Array(count);
    let n = 0;
    const rows = database
      .prepare('select org_number, id from companies order by org_number')
      .raw()
      .iterate() as Iterable<[string, number]>;
    for (const [org, id] of rows) {
      if (n < count && /^[0-9]{9}$/.test(org)) {
        orgs[n] = Number(org);
        ids[n++] = id;
      }
    }
    return new StoredCompanies(orgs.subarray(0, n), ids.subarray(0, n));
  }

  get size(): number {
    return this.orgs.length;
  }

  idOf(org: number): number | undefined {
    if (org < this.lowest || org > this.highest) return undefined;
    const orgs = this.orgs;
    const bucket = this.bucketOf(org);
    let low = this.starts[bucket] as number;
    let high = (this.starts[bucket + 1] as number) - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const value = orgs[mid] as number;
      if (value < org) low = mid + 1;
      else if (value > org) high = mid - 1;
      else return this.ids[mid];
    }
    return undefined;
  }
}

function sqliteCompanyWriter(
  database: import('better-sqlite3').Database,
  trx: Tx,
  now: string,
  known: CompanyWriterStart,
): CompanyBulkWriter {
  // Every company the import writes gets the digest of its compared fields and in_elma, with the
  // version it then has as import_version (migration 0018): a new company's version is 1.
  const columns = [
    ...COMPANY_FIELDS,
    'in_elma',
    'import_digest',
    'created_at',
    'updated_at',
    'import_version',
  ].join(', ');
  // The import's time is the same for every row: written into the statement, not bound twice a row.
  const time = `'${now.replaceAll("'", "''")}'`;
  const tuple = `(${[...COMPANY_FIELDS, 'in_elma', 'import_digest'].map(() => '?').join(', ')}, ${time}, ${time}, 1)`;
  const insertOne = database.prepare(`insert into companies (${columns}) values ${tuple}`);
  const insertMany = database.prepare(
    `insert into companies (${columns}) values ${Array(SQLITE_ROWS_PER_INSERT).fill(tuple).join(', ')}`,
  );
  const params: unknown[] = new Array(SQLITE_ROWS_PER_INSERT * (COMPANY_FIELDS.length + 2));
  /** The index to build at the end, when the load started without it (the table was empty). */
  let deferredIndex: { name: string; sql: string } | undefined;
  /** Stored companies (org number → id), read once. */
  let stored: StoredCompanies | undefined;
  const start = () => {
    if (stored !== undefined) return stored;
    // A table found holding companies is read as it is now (had it been emptied since, the read finds
    // none); one found empty is looked at again in this transaction, since a company registered in
    // between must be matched, not inserted again.
    const empty =
      known.companiesEmpty !== false &&
      database.prepare('select 1 from companies limit 1').get() === undefined;
    const index = empty
      ? (database
          .prepare(`select name, sql from sqlite_master where type = 'index' and name = ?`)
          .get(COMPANIES_ORG_NUMBER_INDEX) as { name: string; sql: string } | undefined)
      : undefined;
    if (index !== undefined) {
      database.exec(`drop index ${quote(index.name)}`);
      deferredIndex = index;
      stored = StoredCompanies.none;
      return stored;
    }
    stored = StoredCompanies.read(database);
    return stored;
  };
  /** The digest seed and the fields' places among the row's values, for the last set of fields seen. */
  let digesting: { key: string; seed: DigestSeed; at: Int32Array } | undefined;
  const digestOf = (fields: readonly CompanyField[]) => {
    const key = fields.join(',');
    if (digesting?.key !== key)
      digesting = { key, seed: digestSeed(fields), at: Int32Array.from(fields, (f) => FIELD_INDEX[f]) };
    return digesting;
  };
  const bind = (row: CompanyInsert, into: unknown[], at: number, d: { seed: DigestSeed; at: Int32Array }) => {
    let p = at;
    for (const value of row.values) into[p++] = value;
    into[p++] = row.inElma ? 1 : 0;
    into[p++] = importDigest(d.seed, row.values, row.inElma, d.at);
    return p;
  };
  const single: unknown[] = new Array(COMPANY_FIELDS.length + 2);
  const insertRows = (rows: readonly CompanyInsert[], fields: readonly CompanyField[]) => {
    const d = digestOf(fields);
    let r = 0;
    try {
      for (; r + SQLITE_ROWS_PER_INSERT <= rows.length; r += SQLITE_ROWS_PER_INSERT) {
        let p = 0;
        for (let k = r; k < r + SQLITE_ROWS_PER_INSERT; k++) p = bind(rows[k] as CompanyInsert, params, p, d);
        insertMany.run(params);
      }
      for (; r < rows.length; r++) {
        bind(rows[r] as CompanyInsert, single, 0, d);
        insertOne.run(single);
      }
    } catch (error) {
      // Only a company stored since the import read the stored numbers clashes, and SQLite's single
      // writer rules that out; should it happen all the same, it is told as the race it would be.
      throw String((error as { code?: string }).code).startsWith('SQLITE_CONSTRAINT_UNIQUE')
        ? concurrentInsert()
        : error;
    }
  };
  const statements = new Map<string, import('better-sqlite3').Statement>();
  const prepared = (text: string, raw: boolean) => {
    let statement = statements.get(text);
    if (!statement) {
      statement = database.prepare(text);
      if (raw) statement.raw();
      statements.set(text, statement);
    }
    return statement;
  };
  /**
   * The stored digest of each company of the batch, in the order of the ids given, or null where the
   * company was written since by anything but an import (its version is no longer import_version):
   * integers only, no stored value is read.
   */
  const storedDigests = prepared(
    `select case when c.version = c.import_version then c.import_digest end
       from json_each(?) j left join companies c on c.id = j.value order by j.key`,
    false,
  ).pluck();
  /** Marks a company found equal by value as an import would have written it (its version unchanged). */
  const refreshDigest = database.prepare(
    'update companies set import_digest = ?, import_version = version where id = ?',
  );
  /**
   * Each stored company of the batch with its compared fields, in the order of the ids given (json_each
   * takes them as one parameter, whatever their count), to be compared value by value with the row:
   * the fields the file does not give are null in the row and not compared. (PostgreSQL compares in a
   * temporary table after the last batch.)
   */
  const storedCompared = (fields: readonly CompanyField[]) =>
    prepared(
      `select j.key, c.in_elma${fields.map((f) => `, c.${f}`).join('')}
         from json_each(?) j join companies c on c.id = j.value`,
      true,
    );
  /** The stored values of the companies that differ, for the update and the audit. */
  const storedValues = (fields: readonly CompanyField[]) =>
    prepared(
      `select j.key as position, c.id, c.version, c.org_number, c.in_elma${fields.map((f) => `, c.${f}`).join('')}
         from json_each(?) j join companies c on c.id = j.value`,
      false,
    );
  const updates = new Map<string, import('better-sqlite3').Statement>();
  return {
    registerState: () => registerStateOf(trx),
    registerFacts: (orgs, state) => registerFacts(trx, 'sqlite', orgs, state),
    async writeRows(rows, fields) {
      const ids = start();
      if (ids.size === 0) {
        insertRows(rows, fields);
        return { created: rows.length, unchanged: 0, changed: [] };
      }
      const fresh: CompanyInsert[] = [];
      const known: CompanyInsert[] = [];
      const knownIds: number[] = [];
      for (const row of rows) {
        const id = ids.idOf(Number(row.org));
        if (id === undefined) fresh.push(row);
        else {
          known.push(row);
          knownIds.push(id);
        }
      }
      insertRows(fresh, fields);
      if (known.length === 0) return { created: fresh.length, unchanged: 0, changed: [] };
      // A company whose stored digest is its row's is unchanged: one integer compared, no value read.
      // The others (changed, written since by another path, imported with other columns, or from
      // before migration 0018) are compared value by value, which decides every update and audit.
      const d = digestOf(fields);
      const digests = storedDigests.all(JSON.stringify(knownIds)) as (number | null)[];
      if (digests.length !== known.length) throw new Error('the stored digests do not match the batch');
      let matched = 0;
      const compareRows: CompanyInsert[] = [];
      const compareIds: number[] = [];
      const compareDigests: number[] = [];
      for (let i = 0; i < known.length; i++) {
        const row = known[i] as CompanyInsert;
        const digest = importDigest(d.seed, row.values, row.inElma, d.at);
        if (digests[i] === digest) matched++;
        else {
          compareRows.push(row);
          compareIds.push(knownIds[i] as number);
          compareDigests.push(digest);
        }
      }
      if (compareRows.length === 0) return { created: fresh.length, unchanged: matched, changed: [] };
      const differing: number[] = [];
      const differingRows: CompanyInsert[] = [];
      const at = d.at;
      const stored = storedCompared(fields).all(JSON.stringify(compareIds)) as (string | number | null)[][];
      for (const company of stored) {
        const index = company[0] as number;
        const row = compareRows[index] as CompanyInsert;
        const values = row.values;
        let same = (company[1] === 1) === row.inElma;
        for (let k = 0; same && k < at.length; k++) same = company[k + 2] === values[at[k] as number];
        if (!same) {
          differing.push(compareIds[index] as number);
          differingRows.push(row);
        } else {
          // Equal as an import would write it: the next re-import tells it by its digest.
          refreshDigest.run(compareDigests[index], compareIds[index]);
        }
      }
      const unchanged = matched + stored.length;
      if (differing.length === 0) return { created: fresh.length, unchanged, changed: [] };
      const changed = (
        storedValues(fields).all(JSON.stringify(differing)) as (StoredCompany & { position: number })[]
      ).map(({ position, ...c }) => {
        // The row goes with it: the import then needs no look-up of its own.
        const row = differingRows[position] as CompanyInsert;
        const values = {} as Record<CompanyField, string | null>;
        COMPANY_FIELDS.forEach((f, i) => {
          values[f] = row.values[i] ?? null;
        });
        return {
          ...c,
          in_elma: flag(c.in_elma),
          incoming: { values: values as CompanyValues, inElma: row.inElma },
        };
      });
      return { created: fresh.length, unchanged: unchanged - changed.length, changed };
    },
    async update(fields, rows) {
      const key = fields.join(',');
      let statement = updates.get(key);
      if (!statement) {
        // The import's own write: the digest of what it writes, valid at the version it gives.
        const sets = [...fields, 'in_elma', 'updated_at', 'import_digest'].map((f) => `${f} = ?`).join(', ');
        statement = database.prepare(
          `update companies set ${sets}, version = version + 1, import_version = version + 1
            where id = ? and version = ?`,
        );
        updates.set(key, statement);
      }
      const { seed } = digestOf(fields);
      for (const row of rows) {
        const digest = importDigest(seed, row.values, row.inElma);
        if (
          statement.run([...row.values, row.inElma ? 1 : 0, now, digest, row.id, row.version]).changes !== 1
        )
          throw staleUpdate();
      }
    },
    finish() {
      // Nothing held back to compare on SQLite: only the index goes back, and no outcome comes.
      const index = deferredIndex;
      deferredIndex = undefined;
      if (index !== undefined) {
        // The build sorts a million keys: with the session's page cache and a helper thread each
        // sorter holds a run of cache size, the import's peak memory (+20 MB). A small cache and one
        // thread sort in runs of 4 MB, in no more time or CPU (measured on 1M rows).
        const cache = database.pragma('cache_size', { simple: true }) as number;
        const threads = database.pragma('threads', { simple: true }) as number;
        database.pragma(`cache_size = ${-INDEX_BUILD_CACHE_KIB}`);
        database.pragma('threads = 0');
        try {
          buildSqliteIndex(database, 'companies', index);
        } finally {
          database.pragma(`cache_size = ${cache}`);
          database.pragma(`threads = ${threads}`);
        }
      }
      return noOutcomes();
    },
  };
}

async function* noOutcomes(): AsyncGenerator<CompanyRowsOutcome> {}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === '23505';
}

/**
 * How a PostgreSQL import hashes a row: each compared field with hashtextextended (pg-text-hash.ts)
 * seeded by its place among the company fields, a null field as its seed, all combined by xor, and
 * in_elma flipping the lowest bit; storedDigests has the server hash the stored companies the same way.
 */
class RowDigest {
  /** The compared fields' places in a row's values, and their seeds. */
  private readonly at: Int32Array;
  private readonly seeds: Int32Array;
  /** The last row's hash. */
  high = 0;
  low = 0;

  constructor(readonly fields: readonly CompanyField[]) {
    this.at = Int32Array.from(fields, (f) => FIELD_INDEX[f]);
    this.seeds = Int32Array.from(fields, (f) => FIELD_INDEX[f] + 1);
  }

  /** The server's expression for the same hash, over the companies table's columns. */
  sql() {
    return sql.join(
      [
        ...this.fields.map((f, i) => {
          const seed = sql.lit(this.seeds[i] as number);
          return sql`coalesce(hashtextextended(${sql.ref(f)}, ${seed}), ${seed})`;
        }),
        sql`(case when in_elma then 1 else 0 end)`,
      ],
      sql` # `,
    );
  }

  of(row: CompanyInsert): void {
    if (
      row.copy === undefined ||
      !this.ofCopy(row.copy, row.copyStart as number, (row.copyEnd as number) - 1, row.inElma)
    )
      this.ofValues(row);
  }

  /** Where each field of the last COPY line read starts, and where the next would (its end + 1). */
  private readonly starts = new Int32Array(COMPANY_FIELDS.length + 1);

  /**
   * The hash of a row from its COPY line (UTF-8, `start` to `end`, the newline left out), each value's
   * bytes hashed where they are. False, with nothing hashed, for a line with an escape in a value or
   * not of the expected fields: its values are then decoded.
   */
  private ofCopy(line: Buffer, start: number, end: number, inElma: boolean): boolean {
    const starts = this.starts;
    const last = COMPANY_FIELDS.length;
    let field = 0;
    starts[0] = start;
    for (let i = start; i < end; i++) {
      const c = line[i] as number;
      if (c === 9) {
        if (++field === last) return false;
        starts[field] = i + 1;
      } else if (c === 92) {
        // Only a whole field \N may hold a backslash here.
        if (i !== starts[field] || line[i + 1] !== 78 || (i + 2 !== end && line[i + 2] !== 9)) return false;
      }
    }
    if (field !== last - 1) return false;
    starts[last] = end + 1;
    let high = 0;
    let low = inElma ? 1 : 0;
    for (let i = 0; i < this.at.length; i++) {
      const at = this.at[i] as number;
      const from = starts[at] as number;
      const to = (starts[at + 1] as number) - 1;
      const seed = this.seeds[i] as number;
      if (to - from === 2 && line[from] === 92) low ^= seed;
      else {
        hashUtf8(line, from, to, seed);
        high ^= textHash[0] as number;
        low ^= textHash[1] as number;
      }
    }
    this.high = high;
    this.low = low;
    return true;
  }

  private ofValues(row: CompanyInsert): void {
    const values = row.values;
    let high = 0;
    let low = row.inElma ? 1 : 0;
    for (let i = 0; i < this.at.length; i++) {
      const value = values[this.at[i] as number];
      const seed = this.seeds[i] as number;
      if (value == null) low ^= seed;
      else {
        hashText(value, seed);
        high ^= textHash[0] as number;
        low ^= textHash[1] as number;
      }
    }
    this.high = high;
    this.low = low;
  }
}

/**
 * The stored companies of a PostgreSQL import, read once at its start: each org number with the hash
 * of the fields the import compares (RowDigest), so a row of the file is sorted into new, unchanged
 * (its hash is the stored one) or possibly changed without being sent to the server. Rows whose hashes
 * differ are compared value by value in finish(), so a clash of two hashes could at worst count a
 * changed row as unchanged, with a chance of 2^-64 per changed row.
 *
 * Open addressing with linear probing over one typed array, a slot of 12 bytes (org number + 1, the
 * hash's two halves; 0 marks an empty slot), filled to at most 3/4: a million companies in 16 MB
 * outside the JavaScript heap. Slots of 16 bytes in a power-of-two table filled to at most half (as
 * before) took 32 MB, or 64 MB when the server's estimate was a little over a power of two, and that
 * table was what put a re-import's peak memory above a fresh import's. A slot is found from the
 * number's Fibonacci hash scaled to the table's size (no power of two needed). Sized from the
 * server's estimate of the table's rows, and grown by half if that was short.
 */
class StoredDigests {
  static readonly none = new StoredDigests(0, false);

  /** Three numbers a slot: org number + 1, high and low half of the hash. */
  private slots: Int32Array;
  private capacity: number;
  private count = 0;

  private constructor(
    expected: number,
    /** Whether this side hashes as the server does (checked on a probe value): else no row matches its hash. */
    readonly usable: boolean,
  ) {
    this.capacity = StoredDigests.slotsFor(expected);
    this.slots = new Int32Array(this.capacity * 3);
  }

  /** An empty table with room for about `expected` companies before it grows. */
  static sized(expected: number, usable: boolean): StoredDigests {
    return new StoredDigests(expected, usable);
  }

  /** Slots for `count` companies at a load of 3/4 (at least one slot always stays empty). */
  private static slotsFor(count: number): number {
    return Math.max(8, Math.ceil((Math.max(0, count) * 4) / 3) + 1);
  }

  /** Whether `more` companies fit beside those held without passing the load; else the table grows. */
  private roomFor(more: number): void {
    const needed = this.count + more;
    if (needed * 4 <= this.capacity * 3) return;
    const old = this.slots;
    this.capacity = StoredDigests.slotsFor(Math.max(needed, Math.ceil(this.count * 1.5)));
    this.slots = new Int32Array(this.capacity * 3);
    this.count = 0;
    for (let at = 0; at < old.length; at += 3) {
      const key = old[at] as number;
      if (key !== 0) this.put(key, old[at + 1] as number, old[at + 2] as number);
    }
  }

  /**
   * A stored company: its org number's text as UTF-8 bytes (`from` to `to`) and its hash. A number that
   * is not nine digits cannot match a row of the file (its org numbers are checked) and is left out;
   * "12345678" must not pass for 012345678.
   */
  addBytes(source: Uint8Array, from: number, to: number, high: number, low: number): void {
    if (to - from !== 9) return;
    let value = 0;
    for (let i = from; i < to; i++) {
      const c = source[i] as number;
      if (c < 48 || c > 57) return;
      value = value * 10 + (c - 48);
    }
    this.roomFor(1);
    this.put(value + 1, high, low);
  }

  /**
   * Adds a page of stored companies: their numbers (comma-separated) and their hashes (8 bytes each,
   * in the same order, big-endian, in base64: a third less text than hex; the line breaks the server
   * puts in are passed over). As addBytes, a number that is not nine digits is left out.
   */
  addPage(orgs: string, base64: string): void {
    const digests = Buffer.from(base64, 'base64');
    const view = new DataView(digests.buffer, digests.byteOffset, digests.byteLength);
    const count = digests.length / 8;
    // Companies added since the first look (other agents work on while the import reads) may need more room.
    this.roomFor(count);
    let value = 0;
    // Digits read so far, or 10 once a character is no digit.
    let digits = 0;
    let n = 0;
    for (let i = 0; i <= orgs.length && n < count; i++) {
      const c = i < orgs.length ? orgs.charCodeAt(i) : 44;
      if (c === 44) {
        if (digits === 9) this.put(value + 1, view.getInt32(n * 8), view.getInt32(n * 8 + 4));
        n++;
        value = 0;
        digits = 0;
      } else if (c >= 48 && c <= 57 && digits < 9) {
        value = value * 10 + (c - 48);
        digits++;
      } else digits = 10;
    }
  }

  private put(key: number, high: number, low: number): void {
    const at = this.slot(key);
    if (this.slots[at] === 0) this.count++;
    this.slots[at] = key;
    this.slots[at + 1] = high;
    this.slots[at + 2] = low;
  }

  /** Where `key` is, or the empty slot where it would go. */
  private slot(key: number): number {
    const slots = this.slots;
    const capacity = this.capacity;
    // The top bits of the Fibonacci hash, scaled to the table (the rounded product stays below it).
    let i = Math.floor(((Math.imul(key, 0x9e3779b1) >>> 0) * capacity) / 4294967296);
    for (;;) {
      const at = i * 3;
      const stored = slots[at];
      if (stored === 0 || stored === key) return at;
      if (++i === capacity) i = 0;
    }
  }

  /** Where a stored org number is, or -1 for a new one. */
  find(org: number): number {
    if (this.count === 0) return -1;
    const at = this.slot(org + 1);
    return this.slots[at] === 0 ? -1 : at;
  }

  /** Whether the stored company found at `at` hashes as `digest` did its last row. */
  matches(at: number, digest: RowDigest): boolean {
    return this.usable && this.slots[at + 1] === digest.high && this.slots[at + 2] === digest.low;
  }
}

function sameFields(a: readonly CompanyField[], b: readonly CompanyField[]): boolean {
  return a === b || (a.length === b.length && a.every((f, i) => f === b[i]));
}

/**
 * Reads every stored org number with its hash (`digest`). On a server that takes COPY, in one
 * sequential scan streamed out in COPY's binary form and read as it comes (readDigestCopy): nothing
 * but the table grows on this side however many companies are stored. Elsewhere (PGlite) a range of
 * ids at a time (readDigestPages).
 */
async function storedDigests(db: Db, trx: Tx, digest: RowDigest): Promise<StoredDigests> {
  const start = await sql<{
    probe: string;
    first: number | null;
    last: number | null;
    estimate: number | null;
  }>`
    select hashtextextended(${PROBE_TEXT}::text, 1)::text as probe,
           (select min(id) from companies) as first, (select max(id) from companies) as last,
           (select reltuples::float8 from pg_class where oid = to_regclass('companies')) as estimate`.execute(
    trx,
  );
  hashText(PROBE_TEXT, 1);
  const probe = BigInt.asIntN(
    64,
    (BigInt(textHash[0] as number) << 32n) | BigInt((textHash[1] as number) >>> 0),
  );
  const row = start.rows[0];
  if (row?.first == null || row.last == null) return StoredDigests.none;
  // The id range bounds the count (ids are handed out once); the server's estimate, when it has one
  // (reltuples is -1 before a table is first analysed), is nearer where many were deleted. The table
  // grows if companies came since.
  const span = row.last - row.first + 1;
  const estimate = Number(row.estimate ?? -1);
  const stored = StoredDigests.sized(
    estimate > 0 ? Math.min(span, estimate * 1.1) : span,
    String(probe) === row.probe,
  );
  const client = pgClient(db);
  if (await takesCopy(client)) await readDigestCopy(client, trx, digest, stored);
  else await readDigestPages(trx, digest, stored, row.first);
  return stored;
}

/** COPY's binary form starts with this signature, then 32-bit flags and a header extension's length. */
const COPY_SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');

/**
 * One sequential scan of companies, each row's org number (text) and hash (int8) streamed in COPY's
 * binary form and added to `stored` as the bytes come. The id-range pages (readDigestPages) cost
 * the server an index probe a page besides the scan (about 40% more of its CPU, as measured when they
 * were written), and their results (a megabyte of numbers and one of base64 a page, and pg's buffers
 * for them) were most of what the phase that reads them added to the peak RSS of a 1M-row re-import:
 * 84 MB with the 32 MB table; 29 MB with this read and the 16 MB table (npm run bench companies).
 * Reading 1M digests alone, median of 3 on a busy machine: 1.2 s instead of 2.3 s, at 0.3 s of this
 * side's CPU instead of 0.1 s (pg-copy-streams takes the server's one message a row apart).
 */
async function readDigestCopy(
  client: import('pg').PoolClient,
  trx: Tx,
  digest: RowDigest,
  stored: StoredDigests,
): Promise<void> {
  const query =
    sql`copy (select org_number, ${digest.sql()} from companies) to stdout (format binary)`.compile(trx);
  if (query.parameters.length > 0) throw new Error('the digest query must not take parameters');
  const reader = new DigestCopyReader(stored);
  await readCopyOut(client, query.sql, (chunk) => reader.take(chunk));
  reader.end();
}

/**
 * Streams what a COPY … TO STDOUT writes to `take`, chunk by chunk. Should `take` throw, the rest is
 * still read (and dropped) before the error goes on: a COPY left half-read keeps the connection in
 * COPY mode, and its next statement (the transaction's ROLLBACK) would wait for ever.
 */
export async function readCopyOut(
  client: import('pg').ClientBase,
  text: string,
  take: (chunk: Buffer) => void,
): Promise<void> {
  const { default: copyStreams } = await import('pg-copy-streams');
  const stream = client.query(copyStreams.to(text));
  let failed: { error: unknown } | undefined;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (failed !== undefined) continue;
    try {
      take(chunk);
    } catch (error) {
      failed = { error };
    }
  }
  if (failed !== undefined) throw failed.error;
}

/**
 * Reads COPY's binary form of (org_number text, hash int8) rows, in chunks cut anywhere: a row cut by
 * a chunk's end is joined with as much of the next chunk's start as it needs (a row is 27 bytes for a
 * valid number), so no chunk is copied whole.
 */
export class DigestCopyReader {
  private header = true;
  private done = false;
  /** The start of a row (or of the header) the last chunk cut. */
  private rest: Buffer | undefined;

  constructor(
    private readonly stored: {
      addBytes(s: Uint8Array, from: number, to: number, high: number, low: number): void;
    },
  ) {}

  take(chunk: Buffer): void {
    let at = 0;
    if (this.rest !== undefined) {
      const rest = this.rest;
      for (let more = 64; ; more *= 4) {
        const joined = Buffer.concat([rest, chunk.subarray(0, Math.min(more, chunk.length))]);
        const end = this.next(joined, 0);
        if (end >= 0) {
          this.rest = undefined;
          at = end - rest.length;
          break;
        }
        if (more >= chunk.length) {
          this.rest = joined;
          return;
        }
      }
    }
    for (;;) {
      const end = this.next(chunk, at);
      if (end < 0) break;
      at = end;
    }
    // Copied: a view would keep the whole chunk alive.
    if (at < chunk.length && !this.done) this.rest = Buffer.from(chunk.subarray(at));
  }

  /** After the last chunk: the trailer must have come, and nothing may be left over. */
  end(): void {
    if (!this.done || this.rest !== undefined) throw new Error('the stored companies’ digests ended early');
  }

  /** Reads the header or one row at `at`; where the next begins, or -1 when `bytes` ends before it does. */
  private next(bytes: Buffer, at: number): number {
    if (this.done) {
      if (at < bytes.length) throw new Error('the stored companies’ digests went on after their end');
      return -1;
    }
    if (this.header) {
      if (bytes.length - at < 19) return -1;
      if (!bytes.subarray(at, at + 11).equals(COPY_SIGNATURE)) throw new Error('not COPY’s binary form');
      const extension = bytes.readInt32BE(at + 15);
      if (bytes.length - at < 19 + extension) return -1;
      this.header = false;
      return at + 19 + extension;
    }
    if (bytes.length - at < 2) return -1;
    const fields = bytes.readInt16BE(at);
    if (fields === -1) {
      this.done = true;
      return at + 2;
    }
    if (fields !== 2) throw new Error(`a digest row of ${fields} fields`);
    if (bytes.length - at < 6) return -1;
    const orgLength = bytes.readInt32BE(at + 2);
    const org = at + 6;
    // org_number is never null; its length, and the hash's 8 bytes after it.
    if (orgLength < 0) throw new Error('a stored company without an org number');
    const hash = org + orgLength + 4;
    if (bytes.length < hash + 8) return -1;
    if (bytes.readInt32BE(hash - 4) !== 8) throw new Error('a digest that is not 8 bytes');
    this.stored.addBytes(bytes, org, org + orgLength, bytes.readInt32BE(hash), bytes.readInt32BE(hash + 4));
    return hash + 8;
  }
}

/**
 * Ids of stored companies read at a time for their hashes where there is no COPY: up to 1.6 MB of
 * base64 a page, so the read stays flat whatever the table's size (in one result, a million companies
 * took about 100 MB while it was read).
 */
const DIGEST_PAGE = 100_000;

/**
 * Reads every stored org number with its hash a range of ids at a time: each page a range of the
 * primary key, which follows the order the rows were written in, so the pages together are about one
 * pass over companies. Ranges, not "the next N after the last id": with no statistics yet (a table
 * just loaded) the planner read that as a whole-table scan and sort for every page.
 */
async function readDigestPages(
  trx: Tx,
  digest: RowDigest,
  stored: StoredDigests,
  first: number,
): Promise<void> {
  let from: number | null = first;
  while (from !== null) {
    const to: number = from + DIGEST_PAGE - 1;
    // A stored number with a comma in it is left out: split at the comma it could pass for another
    // number, and no valid number has one. Both aggregates take the rows in the same order. int8send
    // gives the hash's 8 bytes, big-endian.
    const page: { rows: { next: number | null; orgs: string | null; digests: string | null }[] } = await sql<{
      next: number | null;
      orgs: string | null;
      digests: string | null;
    }>`
      select (select min(id) from companies where id > ${to}) as next,
             string_agg(org_number, ',') as orgs,
             encode(string_agg(int8send(h), ''::bytea), 'base64') as digests
        from (select org_number, ${digest.sql()} as h
                from companies
               where id between ${from} and ${to} and strpos(org_number, ',') = 0) p`.execute(trx);
    const at = page.rows[0];
    if (at?.orgs != null && at.digests != null) stored.addPage(at.orgs, at.digests);
    from = at?.next ?? null;
  }
}

/**
 * The temporary tables of a PostgreSQL re-import: the file's rows of stored companies (the company
 * fields and in_elma, typed as in companies), and the stored companies among them that differ.
 */
const HELD_TABLE = 'kursdesk_company_rows';
const HELD_COLUMNS = [...COMPANY_FIELDS, 'in_elma'] as const;
const DIFFERING_TABLE = 'kursdesk_company_changes';
/** A run of new companies one of which another agent registered meanwhile, on its way to the merge. */
const RACED_RUN_TABLE = 'kursdesk_company_raced_run';
/** The savepoint each run of new companies goes in under (see sendFresh). */
const RUN_SAVEPOINT = 'kursdesk_company_run';
/** Changed companies settled at a time (an update statement and the audit entries of each page). */
const CHANGES_PAGE = 2_000;

/**
 * The stored companies whose compared fields or in_elma differ from their rows in HELD_TABLE: stored
 * values as they are (c.*), the file's as n_<field>. One join of the two whole tables (a hash join:
 * a sequential pass over each, where an index probe per row cost twice the CPU), column by column.
 */
function differingCompanies(fields: readonly CompanyField[]): string {
  const compared = [...fields, 'in_elma'];
  const list = (alias: string) => compared.map((f) => `${alias}.${quote(f)}`).join(', ');
  return `create temporary table ${quote(DIFFERING_TABLE)} on commit drop as
    select c.id, c.version, c.org_number, c.in_elma${fields.map((f) => `, c.${quote(f)}`).join('')},
           ${HELD_COLUMNS.map((f) => `s.${quote(f)} as ${quote(`n_${f}`)}`).join(', ')}
      from ${quote(HELD_TABLE)} s join companies c on c.org_number = s.org_number
     where (${list('c')}) is distinct from (${list('s')})`;
}

/**
 * New companies a PostgreSQL import holds before sending them, sorted by org number. The file's org
 * numbers come in any order, and a million inserts at random places in the org_number unique index
 * cost the server more than the rest of the row; in runs sorted by the key, each index page is met
 * several times in a row while it is in the CPU's cache. Measured on 1M rows (server CPU of the COPY):
 * file order 5.8 s, runs of 2,000 rows 5.7 s, 20,000 4.3 s, 50,000 3.9 s, 100,000 3.8 s. Since the rows
 * are held as the parsing side's bytes (one run held, one on its way), a run's size is also memory:
 * 25,000 kept the 1M import's peak at 189 MB (50,000: 205 MB, over the 200 MB bound) for 1.19× `\copy`
 * instead of 1.14× (npm run bench companies, the same quiet machine).
 */
const FRESH_RUN = 25_000;

/** Positions a sort key keeps beside the org number (9 digits, < 2^30): the key stays below 2^53. */
const POSITIONS = 2 ** 22;

/**
 * New companies held for the next sorted run, as their COPY lines in UTF-8: where each line's bytes
 * are, and four numbers per row (no object or string per row, so nothing piles up in the old
 * generation of the heap while a run fills). A batch whose rows are mostly new is held as the parsing
 * side made it (no copy); the new rows of other batches are copied out (so a batch of stored companies
 * with a few new ones does not keep its whole buffer), and rows that came as values are encoded once.
 */
class FreshRun {
  private buffers: Buffer[] = [];
  /** org × POSITIONS + the row's place in the run. */
  private keys: number[] = [];
  private bufferOf: number[] = [];
  private starts: number[] = [];
  /** Where the row's values end (before its newline). */
  private ends: number[] = [];
  private elma: boolean[] = [];

  get size(): number {
    return this.keys.length;
  }

  /** `rows`, new companies all; `keep`: their bytes may be held where they are. */
  add(rows: readonly CompanyInsert[], keep: boolean): void {
    let own: CopyLineBuffer | undefined;
    let ownIndex = -1;
    let lastSource: Buffer | undefined;
    let lastIndex = -1;
    for (const row of rows) {
      const source = row.copy;
      let index: number;
      let start: number;
      let end: number;
      if (source !== undefined && keep) {
        if (source !== lastSource) {
          lastSource = source;
          lastIndex = this.buffers.push(source) - 1;
        }
        index = lastIndex;
        start = row.copyStart as number;
        end = (row.copyEnd as number) - 1;
      } else {
        if (own === undefined) {
          own = new CopyLineBuffer(1 << 16);
          ownIndex = this.buffers.push(source ?? Buffer.alloc(0)) - 1;
        }
        index = ownIndex;
        start = own.length;
        if (source !== undefined) {
          const from = row.copyStart as number;
          const to = row.copyEnd as number;
          const out = own.reserve(to - from);
          source.copy(out, start, from, to);
          own.commit(start + to - from);
        } else own.writeValues(row.values);
        end = own.length - 1;
      }
      this.keys.push((row.orgNumber ?? Number(row.org)) * POSITIONS + this.keys.length);
      this.bufferOf.push(index);
      this.starts.push(start);
      this.ends.push(end);
      this.elma.push(row.inElma);
    }
    if (own !== undefined) this.buffers[ownIndex] = own.take();
  }

  /**
   * The run's lines in org-number order, each with the suffix for its in_elma, about `chunk` bytes at
   * a time. The run keeps its rows (they are sent again should another agent have registered one of
   * them meanwhile: see sendFresh); it is let go as a whole once its COPY is done.
   */
  *sorted(chunk: number, suffixTrue: Buffer, suffixFalse: Buffer): Generator<Buffer> {
    const order = Float64Array.from(this.keys).sort();
    let out = Buffer.allocUnsafe(chunk);
    let used = 0;
    for (const key of order) {
      const i = key % POSITIONS;
      const from = this.buffers[this.bufferOf[i] as number] as Buffer;
      const start = this.starts[i] as number;
      const length = (this.ends[i] as number) - start;
      const suffix = this.elma[i] ? suffixTrue : suffixFalse;
      if (used + length + suffix.length > out.length) {
        if (used > 0) yield out.subarray(0, used);
        out = Buffer.allocUnsafe(Math.max(chunk, length + suffix.length));
        used = 0;
      }
      used += from.copy(out, used, start, start + length);
      used += suffix.copy(out, used);
    }
    if (used > 0) yield out.subarray(0, used);
  }

  /**
   * The same rows in the same order as binary COPY (domain/ingest/copy-binary.ts), the header before
   * them and the trailer after: `suffixTrue` and `suffixFalse` are the SUFFIX_FIELDS fields after a
   * row's own (in_elma and the timestamps, as binary fields).
   */
  *sortedBinary(chunk: number, suffixTrue: Buffer, suffixFalse: Buffer): Generator<Buffer> {
    const order = Float64Array.from(this.keys).sort();
    let out = Buffer.allocUnsafe(chunk);
    let used = COPY_BINARY_HEADER.copy(out, 0);
    for (const key of order) {
      const i = key % POSITIONS;
      const from = this.buffers[this.bufferOf[i] as number] as Buffer;
      const start = this.starts[i] as number;
      const end = this.ends[i] as number;
      const suffix = this.elma[i] ? suffixTrue : suffixFalse;
      const need = binaryTupleBound(end - start) + suffix.length;
      if (used + need > out.length) {
        if (used > 0) yield out.subarray(0, used);
        out = Buffer.allocUnsafe(Math.max(chunk, need));
        used = 0;
      }
      used = writeBinaryTuple(from, start, end, out, used, SUFFIX_FIELDS);
      used += suffix.copy(out, used);
    }
    if (used + COPY_BINARY_TRAILER.length > out.length) {
      yield out.subarray(0, used);
      out = Buffer.allocUnsafe(COPY_BINARY_TRAILER.length);
      used = 0;
    }
    used += COPY_BINARY_TRAILER.copy(out, used);
    yield out.subarray(0, used);
  }
}

/**
 * PostgreSQL: the rows go to the server by COPY, one COPY open across batches so the server writes
 * while this thread takes the next batch. New companies go into companies in runs of FRESH_RUN sorted
 * by org number (the COPY takes them while the next run is parsed). A row of a stored company whose
 * hash is the stored one (StoredDigests, read with the first batch) is counted unchanged and goes
 * nowhere; the others go into a temporary table and are compared with the stored ones value by value
 * in one statement after the last batch (finish). A re-import of an unchanged file thus costs the
 * server one sequential pass that hashes the stored companies, and sends it nothing per row. Only one COPY can be open on the connection: it ends when
 * the rows switch tables or another statement needs the connection (register look-ups, finish).
 *
 * Single changes run beside the import (it holds only the bulk lock), so another agent may register a
 * company of the file after the stored ones were read: its run then fails on the unique index, is
 * undone to the run's savepoint and merged instead (absorbRaced), and the companies registered
 * meanwhile are compared in finish() like every stored company the file names.
 */
function postgresCompanyWriter(db: Db, trx: Tx, now: string): CompanyBulkWriter {
  /** The stored companies' org numbers and hashes, read with the first batch, and the fields hashed. */
  let existing: Promise<StoredDigests> | undefined;
  let digest = new RowDigest([]);
  const suffixFalse = Buffer.from(`\tf\t${now}\t${now}\n`);
  const suffixTrue = Buffer.from(`\tt\t${now}\t${now}\n`);
  // The same fields after a row's own in binary COPY (SUFFIX_FIELDS of them).
  const stamp = timestampField(now);
  const binaryFalse = Buffer.concat([booleanField(false), stamp, stamp]);
  const binaryTrue = Buffer.concat([booleanField(true), stamp, stamp]);
  /** The open COPY and its table, if any. */
  let open: { table: string; sink: RowSink } | undefined;
  /** New companies not yet sent (fewer than FRESH_RUN, plus the last batch's). */
  let fresh = new FreshRun();
  /** Rows of stored companies in HELD_TABLE, and the fields they are compared on. */
  let held = 0;
  let heldFields: readonly CompanyField[] = [];
  /** The fields of the batches (a run merged after a race is compared on them). */
  let batchFields: readonly CompanyField[] = [];
  /** Rows counted created in their batch that another agent registered meanwhile (now held). */
  let registeredMeanwhile = 0;
  /** Ends the open COPY, so the connection takes other statements. */
  const settle = async () => {
    await sent();
    const ending = open;
    open = undefined;
    await ending?.sink.end();
  };
  const createHeld = (client: import('pg').PoolClient) =>
    client.query(
      `create temporary table if not exists ${quote(HELD_TABLE)} on commit drop as
         select ${HELD_COLUMNS.map(quote).join(', ')} from companies with no data`,
    );
  /** The COPY into `table`, started if another (or none) is open. */
  const copyTo = async (table: string, columns: readonly string[]): Promise<RowSink> => {
    if (open?.table !== table) {
      await settle();
      const client = pgClient(db);
      if (table === HELD_TABLE && held === 0) await createHeld(client);
      open = { table, sink: await pgRows(client, table, 'companies', columns) };
    }
    return open.sink;
  };
  const copyInto = async (table: string, columns: readonly string[], data: string | Buffer) => {
    const sink = await copyTo(table, columns);
    await (typeof data === 'string' ? sink.writeText(data) : sink.writeBytes(data));
  };
  /**
   * The run on its way to the server: a pump that makes its next chunk whenever the socket has room,
   * beside the parsing of the next run (so the server takes one while this thread parses the other,
   * and one chunk at a time waits beyond the socket). The next run, and any other statement, waits for
   * it to end; its failure is thrown there.
   */
  let sending: Promise<unknown> | undefined;
  /**
   * Whether the last run's savepoint is still held (released with the next run's COPY; the statements
   * in between run inside it, and the commit releases the last).
   */
  let savepointHeld = false;
  const sent = async () => {
    const wait = sending;
    sending = undefined;
    await wait;
  };
  /**
   * A run's rows, sorted by org number, in one COPY of their own into `table`: in the binary format
   * where the server takes COPY (it costs the server less CPU than text: see copy-binary.ts).
   */
  const copyRun = async (client: import('pg').PoolClient, table: string, run: FreshRun, before?: string) => {
    const binary = await takesCopy(client);
    const sink = await pgRows(client, table, 'companies', INSERT_COLUMNS, {
      binary,
      ...(before ? { before } : {}),
    });
    try {
      const chunks = binary
        ? run.sortedBinary(CHUNK, binaryTrue, binaryFalse)
        : run.sorted(CHUNK, suffixTrue, suffixFalse);
      for (const bytes of chunks) await sink.writeBytes(bytes);
      await sink.end();
    } catch (error) {
      await sink.abort();
      throw error;
    }
  };
  /**
   * A run of which another agent registered a company since the stored ones were read: the run goes
   * into a temporary table, and from there into companies skipping the numbers registered meanwhile
   * (ON CONFLICT waits for a registration not yet committed and skips it once it is); those rows join
   * the held rows of stored companies, to be compared, updated and audited in finish().
   */
  const absorbRaced = async (client: import('pg').PoolClient, run: FreshRun) => {
    await client.query(
      `create temporary table if not exists ${quote(RACED_RUN_TABLE)} on commit drop as
         select ${INSERT_COLUMNS.map(quote).join(', ')} from companies with no data`,
    );
    await createHeld(client);
    await copyRun(client, RACED_RUN_TABLE, run);
    const inserted = INSERT_COLUMNS.map(quote).join(', ');
    const kept = HELD_COLUMNS.map(quote).join(', ');
    const moved = await client.query(
      `with inserted as (
         insert into companies (${inserted})
         select ${inserted} from ${quote(RACED_RUN_TABLE)} order by org_number
         on conflict (org_number) do nothing
         returning org_number)
       insert into ${quote(HELD_TABLE)} (${kept})
       select ${kept} from ${quote(RACED_RUN_TABLE)} r
        where not exists (select 1 from inserted i where i.org_number = r.org_number)`,
    );
    await client.query(`truncate ${quote(RACED_RUN_TABLE)}`);
    const raced = Number(moved.rowCount ?? 0);
    held += raced;
    registeredMeanwhile += raced;
    if (raced > 0) heldFields = batchFields;
  };
  /**
   * Sends the new companies held, sorted by org number, in a COPY of their own under a savepoint: a
   * unique violation can then only mean a company registered meanwhile, and undoes this run alone
   * (one subtransaction a run of FRESH_RUN rows: 40 for a million new companies, within the 64 a
   * transaction keeps in shared memory before other sessions' snapshots get slower).
   */
  const sendFresh = async () => {
    await sent();
    if (fresh.size === 0) return;
    const run = fresh;
    fresh = new FreshRun();
    await settle();
    const client = pgClient(db);
    const pump = async () => {
      // The last run's savepoint is released and this run's set in the message that starts its COPY:
      // between two runs the server waits for the client once, not three times (a sixth of the
      // server's time went so on a busy machine: pg_stat_activity, 'idle in transaction').
      const before = `${savepointHeld ? `release savepoint ${RUN_SAVEPOINT}; ` : ''}savepoint ${RUN_SAVEPOINT}; `;
      savepointHeld = false;
      try {
        await copyRun(client, 'companies', run, before);
        savepointHeld = true;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        await client.query(`rollback to savepoint ${RUN_SAVEPOINT}`);
        await absorbRaced(client, run);
        await client.query(`release savepoint ${RUN_SAVEPOINT}`);
      }
    };
    const pumping = pump();
    // Handled here (no unhandled rejection while the next run is parsed), thrown at sent().
    pumping.catch(() => {});
    sending = pumping;
  };
  return {
    registerState: () => registerStateOf(trx),
    async registerFacts(orgs, state) {
      await settle();
      return registerFacts(trx, 'postgres', orgs, state);
    },
    async writeRows(rows, fields) {
      if (rows.length === 0) return { created: 0, unchanged: 0, changed: [] };
      batchFields = fields;
      if (existing === undefined) {
        digest = new RowDigest(fields);
        existing = storedDigests(db, trx, digest);
      }
      const stored = await existing;
      // The fields are the same in every batch of an import; were they not, the hashes would not
      // tell, and every stored company is compared in finish().
      const hashed = stored.usable && sameFields(fields, digest.fields);
      const split = { fresh: [] as CompanyInsert[] };
      const known: CompanyInsert[] = [];
      let unchanged = 0;
      for (const row of rows) {
        const at = stored.find(row.orgNumber ?? Number(row.org));
        if (at === -1) split.fresh.push(row);
        else {
          if (hashed) {
            digest.of(row);
            if (stored.matches(at, digest)) {
              unchanged++;
              continue;
            }
          }
          known.push(row);
        }
      }
      if (split.fresh.length > 0) {
        // Counted as created now; one another agent registers before its run goes in is taken back
        // in finish() (registeredMeanwhile) and counted as the stored company it then is.
        fresh.add(split.fresh, split.fresh.length * 2 >= rows.length);
        if (fresh.size >= FRESH_RUN) await sendFresh();
      }
      if (known.length > 0) {
        let text = '';
        for (const row of known) text += `${row.text}\t${row.inElma ? 't' : 'f'}\n`;
        // As bytes, sent at once: a string would wait in the COPY's buffer, and with few stored rows
        // changed a batch adds little to it, while each of its values keeps the whole batch's text
        // alive (a value is cut from it), which on 1M rows with 1% changed was 150 MB.
        await copyInto(HELD_TABLE, HELD_COLUMNS, Buffer.from(text));
        held += known.length;
        heldFields = fields;
      }
      // Stored companies whose hash differs are counted and compared in finish().
      return { created: split.fresh.length, unchanged, changed: [] };
    },
    async *finish() {
      // The stored hashes (16 MB for a million companies) are of no more use: let them go before the
      // changed companies are updated and audited.
      if (existing !== undefined) existing = Promise.resolve(StoredDigests.none);
      await sendFresh();
      await sent();
      await settle();
      if (held === 0) return;
      const fields = heldFields;
      const client = pgClient(db);
      const made = await client.query(differingCompanies(fields));
      const differing = Number(made.rowCount ?? 0);
      yield { created: 0, unchanged: held - differing, changed: [], registeredMeanwhile };
      if (differing === 0) return;
      await client.query(
        `declare kursdesk_company_changes_cursor no scroll cursor for select * from ${quote(DIFFERING_TABLE)}`,
      );
      for (;;) {
        const page = await client.query(`fetch ${CHANGES_PAGE} from kursdesk_company_changes_cursor`);
        if (page.rows.length === 0) break;
        const changed = (page.rows as Record<string, unknown>[]).map((row) => {
          const values = {} as Record<CompanyField, string | null>;
          for (const f of COMPANY_FIELDS) values[f] = row[`n_${f}`] as string | null;
          const stored = {
            id: row.id,
            version: row.version,
            org_number: row.org_number,
            in_elma: row.in_elma,
            incoming: { values: values as CompanyValues, inElma: row.n_in_elma as boolean },
          } as StoredCompany;
          for (const f of fields) (stored as Record<string, unknown>)[f] = row[f];
          return stored;
        });
        yield { created: 0, unchanged: 0, changed };
        if (page.rows.length < CHANGES_PAGE) break;
      }
      await client.query('close kursdesk_company_changes_cursor');
    },
    async update(fields, rows) {
      await settle();
      if (rows.length === 0) return;
      const columns = [...fields, 'in_elma'];
      const arrays: unknown[][] = [rows.map((r) => r.id), rows.map((r) => r.version)];
      fields.forEach((_, i) => {
        arrays.push(rows.map((r) => r.values[i] ?? null));
      });
      arrays.push(rows.map((r) => r.inElma));
      const types = ['int', 'int', ...fields.map(() => 'text'), 'boolean'];
      const unnest = sql.join(arrays.map((a, i) => sql`${a}::${sql.raw(types[i] as string)}[]`));
      const sets = sql.join(columns.map((c) => sql`${sql.ref(c)} = ${sql.ref(`u.${c}`)}`));
      const result = await sql`update companies c set ${sets}, updated_at = ${now}, version = c.version + 1
         from unnest(${unnest}) as u(id, version, ${sql.join(columns.map((c) => sql.ref(c)))})
         where c.id = u.id and c.version = u.version`.execute(trx);
      if (Number(result.numAffectedRows) !== rows.length) throw staleUpdate();
    },
    async abort() {
      fresh = new FreshRun();
      sending = undefined;
      const ending = open;
      open = undefined;
      await ending?.sink.abort();
    },
  };
}

/** Replaces one register table with a new extract, inside the caller's transaction. */
export interface RegisterBulkWriter {
  /** Empties the table (the transaction keeps the old rows visible to others until commit). */
  clear(): Promise<void>;
  /** Rows in COPY text (BRREG_COLUMNS or ELMA_COLUMNS order, newline after each). */
  insert(text: string): Promise<void>;
}

export function registerBulkWriter(
  db: Db,
  trx: Tx,
  table: 'brreg_units' | 'elma_participants',
  extractId: number,
): RegisterBulkWriter {
  const columns = [...(table === 'brreg_units' ? BRREG_COLUMNS : ELMA_COLUMNS), 'extract_id'];
  const native = db.native;
  if (native.dialect === 'sqlite') {
    const { database } = native;
    const insert = database.prepare(
      `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
    );
    return {
      async clear() {
        database.prepare(`delete from ${table}`).run();
      },
      async insert(text) {
        let start = 0;
        for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
          const values: unknown[] = decodeRow(text.slice(start, end));
          values.push(extractId);
          insert.run(values);
          start = end + 1;
        }
      },
    };
  }
  const suffix = `\t${extractId}\n`;
  return {
    async clear() {
      // Transactional: a failed load leaves the old extract; readers wait for the commit (TRUNCATE locks).
      await sql`truncate ${sql.table(table)}`.execute(trx);
    },
    async insert(text) {
      await writeCopyText(db, table, columns, text.replaceAll('\n', suffix));
    },
  };
}
