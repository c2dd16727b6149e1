// The installation secret that keys the national-ID hashes. It comes from KURSDESK_SECRET or from a key
// file readable only by its owner (created on first use); never from a flag or the database.
import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { text as coded } from '../domain/messages/index.js';
import { UserError } from '../errors.js';
import { quotedName } from '../output/terminal-text.js';

const MIN_SECRET_BYTES = 16;

export interface SecretSource {
  /** KURSDESK_SECRET, when set. */
  envSecret: string | undefined;
  /** Where the key file lives when no env secret is set. */
  keyFile: string;
}

export function loadSecret(source: SecretSource): Buffer {
  if (source.envSecret !== undefined) {
    const key = Buffer.from(source.envSecret, 'utf8');
    if (key.length < MIN_SECRET_BYTES) {
      throw new UserError(coded('secret.too-short', { min: MIN_SECRET_BYTES }));
    }
    return key;
  }
  return readOrCreateKeyFile(source.keyFile);
}

function readOrCreateKeyFile(path: string): Buffer {
  try {
    const stat = statSync(path);
    // A named pipe here would make every command wait for a writer that never comes.
    if (!stat.isFile()) throw new UserError(coded('secret.key-not-a-file', { shown: quotedName(path) }));
    if ((stat.mode & 0o077) !== 0) {
      throw new UserError(coded('secret.key-readable', { path }));
    }
    const text = readFileSync(path, 'utf8').trim();
    const key = Buffer.from(text, 'base64url');
    if (key.length < MIN_SECRET_BYTES)
      throw new UserError(coded('secret.key-unusable', { path, min: MIN_SECRET_BYTES }));
    return key;
  } catch (error) {
    if (error instanceof UserError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new UserError(coded('secret.cannot-read', { path, reason: (error as Error).message }));
    }
  }
  // node:crypto only here, once per installation: loading it costs every other run start-up time.
  const { randomBytes } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  const key = randomBytes(32);
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    const fd = openSync(path, 'wx', 0o600);
    writeSync(fd, `${key.toString('base64url')}\n`);
    closeSync(fd);
    chmodSync(path, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readOrCreateKeyFile(path);
    throw new UserError(coded('secret.cannot-create', { path, reason: (error as Error).message }), 1, {
      hint: coded('hint.set-secret'),
    });
  }
  return key;
}
