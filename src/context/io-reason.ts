// Why a file or folder could not be read or made, in the English words the messages translate
// (IO_REASON_NB in src/domain/messages/operations.ts): the system's code, not its whole sentence.
export function ioReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'ENOTDIR') return 'a part of the path is not a folder';
  if (code === 'ENOENT') return 'the folder does not exist';
  return (error as Error).message;
}
