// Files and stdin named on the command line, opened one way by every command: a named pipe, a folder or
// a device is refused before anything waits on it, a read stops one byte past its limit (so /dev/zero
// or a runaway pipe cannot fill memory), and the file is named in messages as the user typed it.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { type FileKind, text } from '../domain/messages/index.js';
import { maskNationalIdShapesIn } from '../domain/national-id.js';
import { NotFoundError, UsageError, UserError } from '../errors.js';
import { quotedName } from '../output/terminal-text.js';

export interface InputFileSpec {
  /** What the file should be, for messages, with its article: "a CSV file", "an e-mail". */
  what: string;
  /** Reading stops at maxBytes + 1 bytes: the caller's parser names the limit it has exceeded. */
  maxBytes: number;
  /** The name in messages when the path opened is not the one typed (resolved against a folder). */
  label?: string;
  /** '-' reads the same from stdin: a pipe or a device is then refused with that hint. */
  stdinDash?: boolean;
  /** A folder is returned, not refused (triage reads a Maildir). */
  folderAllowed?: boolean;
}

/** What a non-regular file is, in words. */
function kindOf(stat: Stats): FileKind {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** The one-line error of a file that cannot be opened or read. */
export function inputFileError(
  name: string,
  error: unknown,
  spec: Pick<InputFileSpec, 'label'> = {},
): UserError {
  // The name as typed, read back: a national ID typed where a file belonged is hidden, valid or mistyped.
  const shown = maskNationalIdShapesIn(quotedName(spec.label ?? name));
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    // A file that is not there is not found (exit 3) for every command, as the README's exit-code table
    // says; only what is there but unusable (a folder, a loop, a name too long) is a usage error.
    case 'ENOENT':
      return new NotFoundError(text('file.no-such-file', { shown }));
    case 'ENOTDIR':
      return new NotFoundError(text('file.no-such-file-path', { shown }));
    case 'EACCES':
    case 'EPERM':
      return new UserError(text('file.permission-denied', { shown }));
    case 'ELOOP':
      return new UsageError(text('file.symlink-loop', { shown }));
    case 'ENAMETOOLONG':
      return new UsageError(text('file.name-too-long', { shown }));
    case 'EISDIR':
      return new UsageError(text('file.is-folder', { shown }));
    default:
      return new UserError(
        text('file.cannot-read', {
          shown,
          reason: code ?? (error instanceof Error ? error.message : String(error)),
        }),
      );
  }
}

/** Refuses what is not a regular file, with what it is and what to do instead. */
function requireRegular(name: string, stat: Stats, spec: InputFileSpec): void {
  if (stat.isFile() || (spec.folderAllowed && stat.isDirectory())) return;
  const what = spec.what;
  const shown = quotedName(spec.label ?? name);
  const stream = Boolean(spec.stdinDash && (stat.isFIFO() || stat.isCharacterDevice()));
  throw new UsageError(text('file.not-regular', { shown, kind: kindOf(stat), what, stream }));
}

/**
 * Opens a file for reading without blocking on a named pipe (O_NONBLOCK changes nothing for a regular
 * file), and checks what was opened rather than the name, so a file swapped after a check cannot slip
 * through. Returns the descriptor and its stat; the caller closes it.
 */
export function openInputFile(name: string, spec: InputFileSpec): { fd: number; stat: Stats } {
  let fd: number;
  try {
    fd = openSync(name, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw inputFileError(name, error, spec);
  }
  try {
    const stat = fstatSync(fd);
    requireRegular(name, stat, spec);
    return { fd, stat };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** Size and dates of a regular input file, checked as openInputFile checks it (the file is closed again). */
export function statInputFile(name: string, spec: InputFileSpec): Stats {
  const { fd, stat } = openInputFile(name, spec);
  closeSync(fd);
  return stat;
}

/**
 * A whole input file as bytes, at most maxBytes + 1 of them. A file that shrinks or vanishes while it is
 * read gives what was there; one that grows stops at the limit.
 */
export function readInputFile(name: string, spec: InputFileSpec): Buffer {
  const { fd, stat } = openInputFile(name, spec);
  try {
    return readOpenedFile(name, fd, stat, spec);
  } finally {
    closeSync(fd);
  }
}

/** The rest of a file opened by openInputFile, at most maxBytes + 1 bytes; the caller closes it. */
export function readOpenedFile(name: string, fd: number, stat: Stats, spec: InputFileSpec): Buffer {
  const limit = spec.maxBytes + 1;
  const chunks: Buffer[] = [];
  let total = 0;
  // The size is a first guess only (files in /proc say 0): read until the end or the limit.
  let chunk = Buffer.allocUnsafe(Math.min(limit, Math.max(stat.size + 1, 64 * 1024)));
  for (;;) {
    const room = Math.min(chunk.length, limit - total);
    if (room <= 0) break;
    let read: number;
    try {
      read = readSync(fd, chunk, 0, room, null);
    } catch (error) {
      throw inputFileError(name, error, spec);
    }
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
    chunk = Buffer.allocUnsafe(Math.min(limit, 1 << 20));
  }
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
}

/**
 * Everything on stdin, at most maxBytes + 1 bytes: a pipe that never ends (`< /dev/zero`) is cut at the
 * limit for the caller's parser to refuse. A terminal is refused: kursdesk would sit waiting for a file
 * to be typed.
 */
export async function readInputStdin(
  stdin: NodeJS.ReadableStream,
  stdinIsTTY: boolean,
  spec: InputFileSpec,
): Promise<Buffer> {
  if (stdinIsTTY) {
    throw new UsageError(text('stdin.is-terminal', { what: spec.what }));
  }
  const limit = spec.maxBytes + 1;
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stdin) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    chunks.push(bytes.subarray(0, limit - total));
    total += Math.min(bytes.length, limit - total);
    if (total >= limit) break;
  }
  return Buffer.concat(chunks, total);
}
