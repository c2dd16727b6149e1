// Where printed certificates go: one file, a folder (one file per learner) or stdout. The place is
// checked before anything is issued, and each file is written whole or not at all (a temporary file
// renamed into place), so a full disk or a missing permission never leaves half a PDF behind.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { CertificateContent } from '../domain/certificates/content.js';
import { type Text, text } from '../domain/messages/index.js';
import { maskNationalIdShapesIn } from '../domain/national-id.js';
import { UsageError, UserError } from '../errors.js';

export type CertificateTarget =
  | { kind: 'file'; path: string }
  | { kind: 'folder'; path: string }
  | { kind: 'stdout' };

function reason(error: unknown): string | Text {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return text('cert-file.problem', { problem: 'denied' });
    case 'EROFS':
      return text('cert-file.problem', { problem: 'read-only' });
    case 'ENOENT':
      return text('cert-file.problem', { problem: 'no-folder' });
    case 'ENOTDIR':
      return text('cert-file.problem', { problem: 'not-a-folder' });
    case 'ENOSPC':
      return text('cert-file.problem', { problem: 'disk-full' });
    case 'EISDIR':
      return text('cert-file.problem', { problem: 'is-folder' });
    default:
      return (error as Error).message;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A file name a person can recognise: kursbevis-nordmann-kari-KB-9W4T-7QXM-2H8R-CJ5A.pdf. */
export function certificateFileName(content: CertificateContent): string {
  const slug = content.name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `kursbevis-${slug ? `${slug}-` : ''}${content.number}.pdf`;
}

/**
 * Decides where certificates go and proves it can write there (creating a folder target). `many` means
 * several certificates, which need a folder.
 */
/**
 * A path as the notes and the `file` column show it: 11 digits in it (a learner's national ID typed into
 * a file or folder name) masked, as the other --out notes do.
 */
export function shownPath(path: string): string {
  return maskNationalIdShapesIn(path);
}
const shown = shownPath;

export function prepareTarget(
  out: string | undefined,
  options: { many: boolean; stdoutIsTTY: boolean },
): CertificateTarget {
  if (out === '-') {
    if (options.many) throw new UsageError(text('cert-file.stdout-many'));
    if (options.stdoutIsTTY) throw new UsageError(text('cert-file.stdout-terminal'));
    return { kind: 'stdout' };
  }
  const path = resolve(out ?? '.');
  let target: CertificateTarget;
  if (options.many || out === undefined || isFolder(path) || /[/\\]$/.test(out)) {
    try {
      mkdirSync(path, { recursive: true });
    } catch (error) {
      throw new UserError(
        text('cert-file.cannot-create-folder', { path: shown(path), reason: reason(error) }),
      );
    }
    if (!isFolder(path)) throw new UserError(text('cert-file.folder-is-file', { path: shown(path) }));
    target = { kind: 'folder', path };
  } else {
    if (!path.toLowerCase().endsWith('.pdf'))
      throw new UsageError(text('cert-file.not-pdf-name', { out: shown(out) }));
    target = { kind: 'file', path };
  }
  // Prove the folder takes a file before anything is issued.
  const folder = target.kind === 'folder' ? target.path : dirname(target.path);
  const probe = join(folder, `.kursdesk-probe-${randomBytes(6).toString('hex')}`);
  try {
    closeSync(openSync(probe, 'wx', 0o600));
    unlinkSync(probe);
  } catch (error) {
    throw new UserError(
      text('cert-file.cannot-write-folder', { folder: shown(folder), reason: reason(error) }),
    );
  }
  return target;
}

/** Writes one file whole (temporary file, fsync, rename). */
export function writeWhole(path: string, bytes: Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = openSync(temporary, 'wx', 0o644);
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was left behind.
    }
    throw new UserError(text('cert-file.cannot-write', { path: shown(path), reason: reason(error) }));
  }
}

export function pathFor(target: CertificateTarget, content: CertificateContent): string | undefined {
  if (target.kind === 'stdout') return undefined;
  return target.kind === 'file' ? target.path : join(target.path, certificateFileName(content));
}
