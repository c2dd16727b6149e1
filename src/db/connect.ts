// Opens a database as a Kysely instance for either dialect. The few connection-level differences
// (SQLite pragmas and parameter types, PostgreSQL type parsers and schema) live here and nowhere else.
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresDialect,
  type SqliteDatabase,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  type SqliteStatement,
  sql,
} from 'kysely';
import { ioReason } from '../context/io-reason.js';
import { text } from '../domain/messages/index.js';
import { UsageError, UserError } from '../errors.js';
import { connectionLost } from './errors.js';
import type { Schema } from './schema.js';
import type { DbTarget, Dialect } from './target.js';

export interface Db {
  readonly kysely: Kysely<Schema>;
  readonly dialect: Dialect;
  readonly target: DbTarget;
  /** The driver under Kysely, for the bulk paths in src/db that bypass the query builder. */
  readonly native: NativeConnection;
  close(): Promise<void>;
}

/**
 * SQLite: the better-sqlite3 handle (one connection, so raw statements run inside Kysely's open
 * transaction). PostgreSQL: the pool's one client; `client()` is only meaningful inside a Kysely
 * transaction, where it is the client that transaction runs on.
 */
export type NativeConnection =
  | { dialect: 'sqlite'; database: import('better-sqlite3').Database }
  | { dialect: 'postgres'; client(): import('pg').PoolClient };

export interface OpenOptions {
  /** Create the SQLite file (and its folder) when it does not exist. */
  create: boolean;
  /**
   * Take an existing empty file as a new database. Only commands that set databases up (db migrate,
   * fixtures load) do: for any other command a 0-byte file is more likely a mistyped --db (a file
   * just touched or truncated) than a database to be, so it is refused and left as it was.
   */
  adoptEmptyFile?: boolean;
  /**
   * How long a change waits for another writer before giving up (SQLite busy_timeout, PostgreSQL
   * lock_timeout). Default 10 s.
   */
  waitMs?: number;
  /** PostgreSQL: TLS, password and statement timeout (see ServerOptions). */
  server?: ServerOptions;
}

export const DEFAULT_WAIT_MS = 10_000;

/**
 * How to reach a PostgreSQL server beyond its URL: the narrow interface the configuration layer
 * (env, profiles, prompts) feeds. Nothing here is read from the environment by connect.ts itself.
 */
export interface ServerOptions {
  /** libpq's PGSSLMODE and PGSSLROOTCERT: used when the URL has no sslmode / sslrootcert. */
  sslMode?: string;
  sslRootCert?: string;
  /** Home folder, for libpq's default CA file ~/.postgresql/root.crt. */
  homeDir?: string;
  /**
   * The password, when the configuration layer has one (a prompt, a profile). Without it the driver
   * reads PGPASSWORD and ~/.pgpass as libpq does. Never taken from the command line.
   */
  password?: () => string | Promise<string>;
  /** Longest a statement may run, so a runaway look-up cannot hold the desk. Default 30 s; 0 = none. */
  statementTimeoutMs?: number;
}

export const DEFAULT_STATEMENT_TIMEOUT_MS = 30_000;

const SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'] as const;
type SslMode = (typeof SSL_MODES)[number];

/**
 * The driver's TLS settings for libpq's sslmode. disable/allow/prefer connect without TLS (the
 * driver cannot fall back from one to the other); require encrypts, and like libpq checks the CA
 * when a CA file is given; verify-ca checks the chain; verify-full the chain and the host name.
 */
export function tlsSettings(
  target: Extract<DbTarget, { dialect: 'postgres' }>,
  server: ServerOptions,
): false | import('node:tls').ConnectionOptions {
  const rawMode = target.sslMode ?? server.sslMode ?? 'disable';
  if (!(SSL_MODES as readonly string[]).includes(rawMode))
    throw new UsageError(text('db.bad-sslmode', { value: rawMode, modes: SSL_MODES }));
  const mode = rawMode as SslMode;
  if (mode === 'disable' || mode === 'allow' || mode === 'prefer') return false;
  const defaultCa = server.homeDir ? join(server.homeDir, '.postgresql', 'root.crt') : undefined;
  const caFile =
    target.sslRootCert ?? server.sslRootCert ?? (defaultCa && existsSync(defaultCa) ? defaultCa : undefined);
  const verify = mode !== 'require' || caFile !== undefined;
  if (!verify) return { rejectUnauthorized: false };
  if (caFile === undefined)
    throw new UserError(text('db.sslmode-needs-ca', { mode }), 1, { hint: text('hint.give-ca-file') });
  let ca: string | undefined;
  if (caFile !== 'system') {
    try {
      ca = readFileSync(caFile, 'utf8');
    } catch (error) {
      throw new UserError(text('db.cannot-read-ca', { file: caFile, reason: ioReason(error) }));
    }
  }
  return {
    ...(ca === undefined ? {} : { ca }),
    rejectUnauthorized: true,
    // verify-ca (and require with a CA file) trust the chain without matching the host name.
    ...(mode === 'verify-full' ? {} : { checkServerIdentity: () => undefined }),
  };
}

/** A PostgreSQL session left idle inside a transaction (a frozen or suspended agent) is ended by the server. */
const IDLE_IN_TRANSACTION_MS = 300_000;

/**
 * Sets a time limit (in ms, 0 = none) for the session, unless the server's own default for this login
 * is stricter: a limit the DBA set on the role or database (ALTER ROLE … SET statement_timeout = '2s'),
 * in postgresql.conf or in PGOPTIONS is kept, never loosened. pg_settings.reset_val is that default, in ms.
 */
function keepStricterLimit(name: string, ms: number): string {
  const chosen = `case when reset_val::bigint = 0 then ${ms} when ${ms} = 0 then reset_val::bigint else least(reset_val::bigint, ${ms}) end`;
  return `select set_config('${name}', (${chosen})::text, false) from pg_settings where name = '${name}'`;
}

const SQLITE_HEADER = 'SQLite format 3\u0000';

export async function openDb(target: DbTarget, options: OpenOptions): Promise<Db> {
  return target.dialect === 'sqlite' ? openSqlite(target, options) : openPostgres(target, options);
}

function checkSqliteFile(path: string, adoptEmptyFile: boolean): void {
  const stat = statSync(path);
  if (!stat.isFile()) throw new UserError(text('db.not-a-file', { path }));
  if (stat.size === 0) {
    if (adoptEmptyFile) return;
    throw new UsageError(text('db.empty-file', { path }), { hint: text('hint.set-up-empty-file') });
  }
  const header = Buffer.alloc(16);
  try {
    const fd = openSync(path, 'r');
    try {
      readSync(fd, header, 0, 16, 0);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    // A file the agent may not read (another user's, mode 0600) is named, not an internal error.
    throw new UserError(text('db.cannot-open', { path, detail: ioReason(error) }));
  }
  if (header.toString('latin1') !== SQLITE_HEADER) {
    // The wrong value for --db (a text file, a PDF): a usage error, and the file is never written.
    throw new UsageError(text('db.not-sqlite', { path }), { hint: text('hint.check-db') });
  }
}

function createSqliteFile(path: string): void {
  try {
    if (!existsSync(dirname(path))) throw Object.assign(new Error('missing folder'), { code: 'ENOENT' });
    // Owner-only from the start; SQLite gives its -wal and -shm files the same mode.
    closeSync(openSync(path, 'wx', 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return;
    throw new UserError(text('db.cannot-create', { path, reason: ioReason(error) }));
  }
}

/** better-sqlite3 cannot bind booleans or dates; map them to what the PostgreSQL side stores as text/boolean. */
function toSqliteParameter(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  return value;
}

function sqliteAdapter(database: import('better-sqlite3').Database): SqliteDatabase {
  return {
    close: () => database.close(),
    prepare(text: string): SqliteStatement {
      // Writers take the write lock at BEGIN, so two processes never deadlock upgrading a read lock;
      // busy_timeout then makes the second one wait instead of failing.
      const statement = database.prepare(text === 'begin' ? 'begin immediate' : text);
      const map = (parameters: ReadonlyArray<unknown>) => parameters.map(toSqliteParameter);
      return {
        reader: statement.reader,
        all: (parameters) => statement.all(...map(parameters)),
        run: (parameters) =>
          statement.run(...map(parameters)) as { changes: number; lastInsertRowid: number | bigint },
        iterate: (parameters) => statement.iterate(...map(parameters)),
      };
    },
  };
}

/** How long a writer waiting for another one sleeps between tries. */
const BEGIN_RETRY_MS = 25;

/**
 * Waits for another writer's lock between tries of BEGIN IMMEDIATE, asleep in the event loop, instead
 * of in SQLite's busy handler: that one blocks the thread, so a SIGINT or SIGTERM sent while a change
 * waits (for up to KURSDESK_WAIT_MS) went unanswered until the wait ended, and the run then ended as
 * "busy" rather than stopped. Statements inside the transaction keep busy_timeout, which they seldom need.
 */
class PatientSqliteDriver extends SqliteDriver {
  constructor(
    config: SqliteDialectConfig,
    private readonly database: import('better-sqlite3').Database,
    private readonly waitMs: number,
  ) {
    super(config);
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const deadline = Date.now() + this.waitMs;
    for (;;) {
      this.database.pragma('busy_timeout = 0');
      try {
        await super.beginTransaction(connection);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() >= deadline) throw error;
      } finally {
        this.database.pragma(`busy_timeout = ${this.waitMs}`);
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(BEGIN_RETRY_MS, deadline - Date.now())));
    }
  }
}

class PatientSqliteDialect extends SqliteDialect {
  constructor(
    private readonly config: SqliteDialectConfig,
    private readonly database: import('better-sqlite3').Database,
    private readonly waitMs: number,
  ) {
    super(config);
  }

  override createDriver(): Driver {
    return new PatientSqliteDriver(this.config, this.database, this.waitMs);
  }
}

/**
 * How this process may open an existing SQLite file. `write` when it may write the file and create the
 * -wal and -shm files beside it. Otherwise it only reads, and must create nothing: a -wal or -shm file
 * made by a reader without write access is the reader's, and would shut the owner's next change out.
 * `read` opens the file read-only where that creates nothing (a -shm is already there, or the file is
 * not in WAL mode); `snapshot` reads a WAL-mode file whose -shm is missing into memory, which is what
 * SQLite's `immutable=1` would do (better-sqlite3 opens without URI support, so that is not available).
 */
function sqliteAccess(path: string): 'write' | 'read' | 'snapshot' {
  const may = (file: string, mode: number) => {
    try {
      accessSync(file, mode);
      return true;
    } catch {
      return false;
    }
  };
  const folder = dirname(path);
  const sides = [`${path}-wal`, `${path}-shm`];
  const sidesWritable = sides.every((side) => may(side, constants.W_OK));
  if (may(path, constants.W_OK) && (may(folder, constants.W_OK) || sidesWritable)) return 'write';
  if (existsSync(`${path}-shm`) || !inWalMode(path)) return 'read';
  return 'snapshot';
}

/** The file format bytes at offset 18 and 19 are 2 in WAL mode, 1 under a rollback journal. */
function inWalMode(path: string): boolean {
  const header = Buffer.alloc(20);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 20, 0);
  } finally {
    closeSync(fd);
  }
  return header[18] === 2 || header[19] === 2;
}

/** The largest WAL-mode file read into memory when no -shm lets SQLite read it in place. */
const SNAPSHOT_LIMIT_MB = 1024;

/**
 * The bytes of a WAL-mode file nobody has open (no -shm), marked as a rollback-journal file so SQLite
 * opens them in memory. Changes still in a -wal file would be missed, so such a file is refused.
 */
function walSnapshot(path: string): Buffer {
  const wal = `${path}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) {
    throw new UserError(text('db.read-only-unsaved-wal', { path }), 1, {
      hint: text('hint.open-once-writable'),
    });
  }
  if (statSync(path).size > SNAPSHOT_LIMIT_MB * 1024 * 1024) {
    throw new UserError(text('db.read-only-too-big', { path, megabytes: SNAPSHOT_LIMIT_MB }));
  }
  const bytes = readFileSync(path);
  bytes[18] = 1;
  bytes[19] = 1;
  return bytes;
}

let addonPath: string | null | undefined;

/**
 * better-sqlite3's compiled addon where npm puts it. Without it better-sqlite3 asks the `bindings`
 * package, which tries a dozen places (and reads a stack trace to find its caller) on every start-up;
 * a build elsewhere (another layout, a debug build) still goes that way.
 */
function sqliteAddon(): string | undefined {
  if (addonPath === undefined) {
    try {
      addonPath = createRequire(import.meta.url).resolve('better-sqlite3/build/Release/better_sqlite3.node');
    } catch {
      addonPath = null;
    }
  }
  return addonPath ?? undefined;
}

async function openSqlite(
  target: Extract<DbTarget, { dialect: 'sqlite' }>,
  options: OpenOptions,
): Promise<Db> {
  const { default: Database } = await import('better-sqlite3');
  if (target.path !== ':memory:') {
    if (existsSync(target.path)) checkSqliteFile(target.path, options.adoptEmptyFile === true);
    else if (options.create) createSqliteFile(target.path);
    else throw new UserError(text('db.file-missing', { path: target.path }), 3);
  }
  const access = target.path === ':memory:' ? 'write' : sqliteAccess(target.path);
  const nativeBinding = sqliteAddon() ? { nativeBinding: sqliteAddon() } : {};
  let database: import('better-sqlite3').Database;
  try {
    if (access === 'write') {
      database = new Database(target.path, { fileMustExist: target.path !== ':memory:', ...nativeBinding });
      database.pragma(`busy_timeout = ${Math.round(options.waitMs ?? DEFAULT_WAIT_MS)}`);
      database.pragma('journal_mode = WAL');
      database.pragma('synchronous = NORMAL');
    } else {
      database =
        access === 'read'
          ? new Database(target.path, { readonly: true, fileMustExist: true, ...nativeBinding })
          : new Database(walSnapshot(target.path), { readonly: true, ...nativeBinding });
      database.pragma(`busy_timeout = ${Math.round(options.waitMs ?? DEFAULT_WAIT_MS)}`);
      // Any write, whatever path it takes, fails as SQLITE_READONLY: one coded refusal (db/errors.ts).
      database.pragma('query_only = ON');
    }
    database.pragma('foreign_keys = ON');
    // Deleted and overwritten rows are zeroed in the file, not left in free space: an erased person's
    // data must not survive in the bytes of the database (W20).
    database.pragma('secure_delete = ON');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB') throw new UsageError(text('db.not-sqlite', { path: target.path }));
    if (code === 'SQLITE_CANTOPEN' || code?.startsWith('SQLITE_READONLY')) {
      throw new UserError(text('db.cannot-open', { path: target.path, detail: (error as Error).message }));
    }
    throw error;
  }
  const waitMs = Math.round(options.waitMs ?? DEFAULT_WAIT_MS);
  const kysely = new Kysely<Schema>({
    dialect: new PatientSqliteDialect({ database: sqliteAdapter(database) }, database, waitMs),
  });
  return {
    kysely,
    dialect: 'sqlite',
    target,
    native: { dialect: 'sqlite', database },
    close: () => kysely.destroy(),
  };
}

async function openPostgres(
  target: Extract<DbTarget, { dialect: 'postgres' }>,
  options: OpenOptions,
): Promise<Db> {
  const { default: pg } = await import('pg');
  const parseTimestamp = (text: string) => new Date(text).toISOString();
  const asNumber = (text: string) => Number(text);
  const parsers: Record<number, (text: string) => unknown> = {
    20: asNumber, // int8: counts and sums
    1700: asNumber, // numeric
    1082: (text: string) => text, // date stays yyyy-mm-dd
    1114: (text: string) => parseTimestamp(`${text}Z`),
    1184: parseTimestamp,
  };
  const server = options.server ?? {};
  const ssl = tlsSettings(target, server);
  const statementTimeout = Math.round(server.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS);
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    ssl,
    ...(server.password ? { password: server.password } : {}),
    // One connection: a CLI command runs its queries in sequence, and shared servers stay uncrowded.
    max: 1,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        parsers[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const schema = target.schema;
  // One round trip for the session settings. A writer waits at most waitMs for the write lock (then
  // the change fails and nothing is written), and a session that freezes inside a transaction cannot
  // hold its locks for ever. The schema name was checked against [a-z_][a-z0-9_]* when the URL was parsed.
  // The write gate's locks and version checks are made for READ COMMITTED: under a stricter default set
  // on the login or database (serializable), a change that waited for another agent's would take its
  // snapshot before the wait and fail on the row that agent changed, instead of reading it afresh.
  const settings = [
    `set time zone 'UTC'`,
    `set default_transaction_isolation = 'read committed'`,
    keepStricterLimit('lock_timeout', Math.round(options.waitMs ?? DEFAULT_WAIT_MS)),
    keepStricterLimit('idle_in_transaction_session_timeout', IDLE_IN_TRANSACTION_MS),
    keepStricterLimit('statement_timeout', statementTimeout),
    ...(schema ? [`set search_path to "${schema}"`] : []),
  ].join('; ');
  const prepared = new WeakSet<import('pg').PoolClient>();
  // Remember the client Kysely holds, so bulk paths can COPY on the connection of the open transaction.
  let current: import('pg').PoolClient | undefined;
  const trackingPool = {
    connect: async () => {
      const client = await pool.connect();
      // A server that restarts or ends the session mid-command: the query under way rejects with the
      // reason, so the client's own error event (unhandled, it would crash the process) says nothing more.
      if (client.listenerCount('error') === 0) client.on('error', () => {});
      if (!prepared.has(client)) {
        // Here rather than in Kysely's onCreateConnection: a client whose settings fail (the connection
        // was lost right after it was made) must go back to the pool as broken. Kysely never releases a
        // connection it failed to create, and closing the pool would then wait for it for ever.
        try {
          await client.query(settings);
        } catch (error) {
          client.release(error instanceof Error ? error : new Error(String(error)));
          throw error;
        }
        prepared.add(client);
      }
      current = client;
      return client;
    },
    end: () => pool.end(),
  };
  const kysely = new Kysely<Schema>({ dialect: new PostgresDialect({ pool: trackingPool }) });
  try {
    await sql`select 1`.execute(kysely);
  } catch (error) {
    await kysely.destroy().catch(() => {});
    throw postgresConnectError(error, target.display);
  }
  const native = {
    dialect: 'postgres' as const,
    client: () => {
      if (!current) throw new Error('no PostgreSQL client is checked out (use it inside a transaction)');
      return current;
    },
  };
  return { kysely, dialect: 'postgres', target, native, close: () => kysely.destroy() };
}

/** Node's codes for a server certificate that failed the checks sslmode asked for. */
const CERTIFICATE_REFUSED = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** How long connecting waits for the server's first answer. */
const CONNECT_TIMEOUT_MS = 10_000;

export function postgresConnectError(error: unknown, display: string): UserError {
  if (error instanceof UserError) return error;
  const e = error as NodeJS.ErrnoException & { code?: string };
  if (e.code !== undefined && CERTIFICATE_REFUSED.has(e.code))
    return new UserError(text('pg.certificate-refused', { display, detail: e.message }), 1, {
      hint: text('hint.check-pg-certificate'),
    });
  if (/does not support SSL/i.test(e.message ?? '')) return new UserError(text('pg.no-tls', { display }));
  // pg ends a connection that got no answer in time with "Connection terminated due to connection
  // timeout": nobody answered (a wrong host or port, a firewall), not a server that went away.
  if (/connection timeout|timeout exceeded when trying to connect/i.test(e.message ?? ''))
    return new UserError(text('pg.no-answer', { display, seconds: CONNECT_TIMEOUT_MS / 1000 }));
  if (e instanceof Error && connectionLost(e, e.code))
    return new UserError(text('pg.lost-while-connecting', { display }));
  switch (e.code) {
    case 'ECONNREFUSED':
      return new UserError(text('pg.refused', { display }));
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new UserError(text('pg.unknown-host', { display }));
    case 'ETIMEDOUT':
      return new UserError(text('pg.timed-out', { display }));
    case '57014':
      // The first statements (session settings, select 1) cut by a limit the server set for this login.
      return new UserError(text('pg.statement-timeout-at-connect', { display }), 1, {
        hint: text('hint.pg-raise-role-timeout'),
      });
    case '3D000':
      return new UserError(text('pg.server-said', { display, detail: e.message }), 1, {
        hint: text('hint.createdb'),
      });
    case '28P01':
    case '28000':
      return new UserError(text('pg.login-refused', { display, detail: e.message }));
    case '3F000':
      return new UserError(text('pg.server-said', { display, detail: e.message }), 1, {
        hint: text('hint.migrate-to-create'),
      });
    default:
      if (e.message?.includes('timeout')) return new UserError(text('pg.timed-out', { display }));
      return new UserError(text('pg.cannot-use', { display, detail: e.message ?? String(error) }));
  }
}
