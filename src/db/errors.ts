// Database errors that the user can act on, turned into UserErrors. Everything else stays a bug.
import { ConflictError, UserError } from '../errors.js';

export function translateDbError(error: unknown): unknown {
  if (error instanceof UserError || !(error instanceof Error)) return error;
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
    case '55P03':
      return new UserError(
        'the database is busy: another kursdesk change held it longer than the wait (KURSDESK_WAIT_MS); nothing was written, try again',
      );
    case 'SQLITE_READONLY':
    case 'SQLITE_READONLY_DIRECTORY':
      return new UserError(`the database is read-only: ${error.message}`, 1, {
        hint: 'check the file and folder permissions',
      });
    case 'SQLITE_FULL':
    case '53100':
      return new UserError('the disk is full: nothing was written');
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return new UserError(`the database file is damaged or not a SQLite database: ${error.message}`);
    case '40001':
    case '40P01':
      return new ConflictError(
        'another agent changed the same rows at the same moment; nothing was written — run the command again',
      );
    case 'ECONNREFUSED':
    case 'ECONNRESET':
    case '57P01':
      return new UserError(`lost the connection to PostgreSQL: ${error.message}`);
    default:
      return error;
  }
}
