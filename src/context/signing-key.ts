// Where certificate keys and settings come from. The Ed25519 private key is read from KURSDESK_CERT_KEY
// or from a key file readable only by its owner (made on first use when signing); never from a flag or
// the database, and its text never appears in a message. Verifying needs only public keys:
// KURSDESK_CERT_PUBLIC_KEYS (a PEM file, current and retired keys), --public-key, or the signing key's.

import type { KeyObject } from 'node:crypto';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  constants,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import {
  newSigningKey,
  parsePrivateKey,
  parsePublicKeys,
  type SigningKey,
} from '../domain/certificates/keys.js';
import { text as coded } from '../domain/messages/index.js';
import { UserError } from '../errors.js';
import { quotedName } from '../output/terminal-text.js';
import type { Env } from './context.js';
import { readInputFile } from './input-file.js';
import { xdgBase } from './xdg.js';

export const DEFAULT_ISSUER = 'Kursportalen';
export const DEFAULT_VERIFY_URL = 'https://kursbevis.example.org/kontroll';

export interface CertificateSettings {
  /** Printed on and signed into every certificate. */
  issuer: string;
  /** The page a QR code leads to; the code travels in the link's fragment (#KB1:…). */
  verifyUrl: string;
}

export function certificateSettings(env: Env): CertificateSettings {
  const issuer = (env.KURSDESK_CERT_ISSUER ?? DEFAULT_ISSUER).trim();
  if (issuer === '' || issuer.length > 80) {
    throw new UserError(coded('cert-settings.issuer'));
  }
  const verifyUrl = (env.KURSDESK_CERT_VERIFY_URL ?? DEFAULT_VERIFY_URL).trim();
  let url: URL;
  try {
    url = new URL(verifyUrl);
  } catch {
    throw new UserError(coded('cert-settings.verify-url-not-url', { value: verifyUrl }));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UserError(coded('cert-settings.verify-url-not-https', { value: verifyUrl }));
  }
  if (url.hash !== '') throw new UserError(coded('cert-settings.verify-url-fragment'));
  return { issuer, verifyUrl: url.href };
}

export function signingKeyFile(env: Env): string {
  if (env.KURSDESK_CERT_KEY_FILE) return env.KURSDESK_CERT_KEY_FILE;
  const config = xdgBase(env.XDG_CONFIG_HOME) ?? join(env.HOME || homedir(), '.config');
  return join(config, 'kursdesk', 'certificate-key.pem');
}

function keyFromEnv(env: Env): SigningKey | undefined {
  const text = env.KURSDESK_CERT_KEY;
  if (text === undefined || text.trim() === '') return undefined;
  const key = parsePrivateKey(text);
  if (!key.ok) throw new UserError(coded('signing-key.env-unusable', { reason: key.text ?? key.error }));
  return key.value;
}

function readKeyFile(path: string): SigningKey | undefined {
  let mode: number;
  try {
    mode = statSync(path).mode;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UserError(coded('signing-key.cannot-read', { path, reason: (error as Error).message }));
  }
  // A named pipe here would make the command wait for a writer that never comes.
  if ((mode & constants.S_IFMT) !== constants.S_IFREG)
    throw new UserError(coded('signing-key.not-a-file', { shown: quotedName(path) }));
  if ((mode & 0o077) !== 0) {
    throw new UserError(coded('signing-key.readable', { path }));
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(
      coded('signing-key.cannot-read', { path, reason: (error as NodeJS.ErrnoException).code ?? 'error' }),
    );
  }
  const key = parsePrivateKey(text);
  if (!key.ok)
    throw new UserError(coded('signing-key.file-unusable', { path, reason: key.text ?? key.error }));
  return key.value;
}

/**
 * Makes the key file, or reads the one another process made first. The key is written whole to a
 * temporary file beside it and then linked to its name, which fails if the name exists: the file is
 * never seen half-written, and of several processes making it at once (the first `certificates issue`
 * typed in two shells) one wins and the others sign with the winner's key.
 */
function createKeyFile(path: string): { key: SigningKey; created: boolean } {
  const { key, pem } = newSigningKey();
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  const refused = (error: unknown) =>
    new UserError(
      coded('signing-key.cannot-create', { path, reason: (error as NodeJS.ErrnoException).code ?? 'error' }),
      1,
      { hint: coded('hint.set-cert-key') },
    );
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    const fd = openSync(temporary, 'wx', 0o600);
    try {
      writeSync(fd, pem);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(temporary, 0o600);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw refused(error);
  }
  try {
    linkSync(temporary, path);
    return { key, created: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw refused(error);
    // Another process made it first, whole: sign with that key.
    const existing = readKeyFile(path);
    if (existing) return { key: existing, created: false };
    throw refused(error);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** The key that signs certificates; the key file is created (owner-only) when there is none yet. */
export function loadSigningKey(env: Env): { key: SigningKey; created: string | undefined } {
  const fromEnv = keyFromEnv(env);
  if (fromEnv) return { key: fromEnv, created: undefined };
  const path = signingKeyFile(env);
  const existing = readKeyFile(path);
  if (existing) return { key: existing, created: undefined };
  const made = createKeyFile(path);
  return { key: made.key, created: made.created ? path : undefined };
}

function readPublicKeyFile(path: string, what: string): KeyObject[] {
  // Refuses a named pipe or a device instead of waiting on it; a key file is a few KB.
  const text = readInputFile(path, {
    what: 'a key file',
    maxBytes: 1024 * 1024,
    label: `${what} ${path}`,
  }).toString('utf8');
  const keys = parsePublicKeys(text);
  if (!keys.ok)
    throw new UserError(coded('public-keys.unusable', { what, path, reason: keys.text ?? keys.error }));
  return keys.value;
}

/**
 * The public keys a verification may use: those of --public-key or KURSDESK_CERT_PUBLIC_KEYS, else the
 * signing key's (never creating one). Empty when the machine has none.
 */
export function verificationKeys(env: Env, publicKeyFile: string | undefined): KeyObject[] {
  if (publicKeyFile !== undefined) return readPublicKeyFile(publicKeyFile, '--public-key');
  const keys: KeyObject[] = [];
  if (env.KURSDESK_CERT_PUBLIC_KEYS)
    keys.push(...readPublicKeyFile(env.KURSDESK_CERT_PUBLIC_KEYS, 'KURSDESK_CERT_PUBLIC_KEYS'));
  const own = keyFromEnv(env) ?? readKeyFile(signingKeyFile(env));
  if (own) keys.push(own.publicKey);
  return keys;
}

/** Where the signing key would come from, read but never created (doctor); throws what signing would. */
export function signingKeySource(env: Env): { from: 'KURSDESK_CERT_KEY' | 'file' | 'none'; path: string } {
  const path = signingKeyFile(env);
  if (keyFromEnv(env)) return { from: 'KURSDESK_CERT_KEY', path };
  return { from: readKeyFile(path) ? 'file' : 'none', path };
}
