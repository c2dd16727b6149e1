// Database errors that the user can act on, turned into UserErrors. Everything else stays a bug.
// This is the one place that reads driver error codes (both dialects).
import { text } from '../domain/messages/index.js';
import { ConflictError, PolicyError, UserError } from '../errors.js';
import type { CommittedKind } from './committed.js';

/** The kursdesk group roles on a shared PostgreSQL server (see db/roles.ts). */
export type RoleKind = 'readonly' | 'agent' | 'admin';

/**
 * A refusal by the server, with the role the command needed. The write gate tags its refusals with
 * `neededRole` (the role's full name); anything else refused was a read, which needs readonly.
 */
function refusedByServer(error: Error & { neededRole?: string }, debug: boolean): PolicyError {
  const role = error.neededRole ?? 'kursdesk_readonly';
  const kind = role.slice(role.lastIndexOf('_') + 1);
  // The server's words name internal tables (kursdesk_migrations): only for someone debugging.
  const server = debug ? error.message : undefined;
  return new PolicyError(text('db.role-missing', { role, server }), {
    hint: text('hint.grant-role', { kind }),
  });
}

/** The driver's ways of saying the connection went away in the middle of a command. */
const CONNECTION_LOST = new Set([
  'ECONNRESET',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08003',
  '08006',
]);

/** Whether the error says the connection went away (a server restart, an ended session, a network failure). */
export function connectionLost(error: Error, code: string | undefined): boolean {
  if (code !== undefined && CONNECTION_LOST.has(code)) return true;
  return /Connection terminated|terminating connection|server closed the connection|Client has encountered a connection error|not queryable/i.test(
    error.message,
  );
}

/**
 * `debug` (KURSDESK_DEBUG=1) keeps the server's own words in a refusal. `committed`: the command had
 * already committed some of its work (mail send records each message in a transaction of its own), so a
 * lost connection must not say that nothing was written; its kind says where to see what was kept (the
 * audit log does not list migrations).
 */
export function translateDbError(
  error: unknown,
  options: { debug?: boolean; committed?: CommittedKind | undefined } = {},
): unknown {
  if (error instanceof UserError || !(error instanceof Error)) return error;
  const code = (error as { code?: string }).code;
  if (/audit log is append-only/.test(error.message)) {
    return new PolicyError(
      text('db.audit-append-only', {
        refusal: error.message.replace(/^.*?(the audit log is append-only)/, '$1'),
      }),
    );
  }
  if (connectionLost(error, code)) {
    // The server rolls back a transaction whose session ends, so nothing of this command was kept,
    // unless an earlier transaction of it had already committed.
    if (options.committed)
      return new UserError(text('db.connection-lost-after-commit'), 1, {
        hint: text(options.committed === 'migrations' ? 'hint.see-db-status' : 'hint.see-audit'),
      });
    return new UserError(text('db.connection-lost-mid-command'));
  }
  // SQLITE_READONLY and its extended codes (_DIRECTORY, _ROLLBACK, _CANTINIT, _DBMOVED...).
  if (code?.startsWith('SQLITE_READONLY'))
    return new UserError(text('db.read-only'), 1, { hint: text('hint.read-only') });
  if (
    code === '42P01' ||
    code === '3F000' ||
    (code === 'SQLITE_ERROR' && /^no such table/.test(error.message))
  ) {
    // The schema version was checked when the database was opened, so a table missing now was dropped
    // under the command. The server's words name internal tables: only for someone debugging.
    return new UserError(text('db.schema-gone', { server: options.debug ? error.message : undefined }), 1, {
      hint: text('hint.schema-gone'),
    });
  }
  switch (code) {
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
    case '55P03':
      return new UserError(text('db.busy'));
    case '25006':
      // A read-only transaction: a hot standby, or default_transaction_read_only on the login or database.
      return new UserError(text('pg.read-only-transaction'), 1, { hint: text('hint.pg-primary') });
    case '57014':
      return new UserError(text('db.statement-timeout'));
    case '42501':
      return refusedByServer(error, options.debug === true);
    case 'SQLITE_FULL':
    case '53100':
      return new UserError(text('db.disk-full'));
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return new UserError(text('db.damaged', { reason: error.message }));
    case '40001':
    case '40P01':
      return new ConflictError(text('db.serialization-conflict'));
    case 'ECONNREFUSED':
      return new UserError(text('db.connection-lost', { reason: error.message }));
    default:
      return error;
  }
}
