// Files the user names for output (--errors, --out): opened so that a named pipe nobody reads is refused
// at once instead of waited on for ever, while a pipe with a reader (`--out >(jq .)`) still works.
import { accessSync, closeSync, constants, fstatSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { text } from '../domain/messages/index.js';
import { UserError } from '../errors.js';
import { quotedName } from './terminal-text.js';

/** Why a write to a named output file failed, in words. */
export function outputFileError(flag: string, path: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    ENOENT: 'its folder does not exist',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EISDIR: 'it is a folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'the disk quota is used up',
    ENXIO: 'it is a named pipe nobody reads',
  };
  const reason = (code && reasons[code]) ?? code ?? (error instanceof Error ? error.message : String(error));
  return new UserError(text('file.cannot-write', { flag, shown: quotedName(path), reason }));
}

/**
 * Refuses an output path that can never take the file (a folder, a missing folder, no permission) before
 * a command does its work, so that work (and its audit entry) is not done for nothing. Touches nothing:
 * an existing file keeps its contents until openOutputFile. A full disk still shows only on writing.
 */
export function checkOutputFile(flag: string, path: string): void {
  try {
    if (statSync(path).isDirectory())
      throw Object.assign(new Error(`${path} is a folder`), { code: 'EISDIR' });
    accessSync(path, constants.W_OK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw outputFileError(flag, path, error);
    // Not there yet: the folder it goes in must be, and take new files.
    try {
      const folder = dirname(path);
      if (!statSync(folder).isDirectory())
        throw Object.assign(new Error(`${folder} is a file`), { code: 'ENOTDIR' });
      accessSync(folder, constants.W_OK);
    } catch (folderError) {
      throw outputFileError(flag, path, folderError);
    }
  }
}

/** A descriptor open for writing (created owner-only, truncated); the caller closes it. */
export function openOutputFile(flag: string, path: string): number {
  try {
    // O_NONBLOCK fails at once (ENXIO) on a named pipe without a reader; on a regular file it does nothing.
    const fd = openSync(
      path,
      constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NONBLOCK,
      0o600,
    );
    if (fstatSync(fd).isFile()) return fd;
    // A pipe or a device with a reader: open it again blocking, so a large write is not cut short. The
    // first descriptor closes only after: were the writers to drop to none in between, a reader such as
    // cat would see the end and leave, and the blocking open would wait for ever.
    try {
      return openSync(path, 'w', 0o600);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw outputFileError(flag, path, error);
  }
}
