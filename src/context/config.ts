// The config file, $XDG_CONFIG_HOME/kursdesk/config (YAML): named profiles of settings, one chosen with
// --profile, KURSDESK_PROFILE or the file's own `profile:`. A profile fills in what neither a flag nor
// the environment gives, so the rest of the program reads one set of environment-style settings.

import { isUtf8 } from 'node:buffer';
import { chmodSync, closeSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { text as coded } from '../domain/messages/index.js';
import { maskNationalIdShapesIn } from '../domain/national-id.js';
import { NotFoundError, UsageError, UserError } from '../errors.js';
import { openInputFile, readOpenedFile } from './input-file.js';
import { ioReason } from './io-reason.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Every setting a profile may hold, and the environment variable it stands in for. */
export const SETTINGS = {
  db: { env: 'KURSDESK_DB', about: 'a SQLite file, sqlite:PATH or postgres://… (no password)' },
  portal_url: { env: 'KURSDESK_PORTAL_URL', about: 'the portal links point at (https)' },
  smtp_url: { env: 'KURSDESK_SMTP_URL', about: 'where mail send delivers: smtp://user@host:587' },
  mail_from: { env: 'KURSDESK_MAIL_FROM', about: 'the sender address of mails to learners' },
  agent: { env: 'KURSDESK_AGENT', about: 'your agent name in the audit log' },
  lang: {
    env: 'KURSDESK_LANG',
    about: 'language of the guided mode (default nb) and of errors and warnings (default en): nb or en',
  },
  cert_issuer: { env: 'KURSDESK_CERT_ISSUER', about: "the certificate issuer's name" },
  cert_verify_url: { env: 'KURSDESK_CERT_VERIFY_URL', about: 'the page that verifies a certificate (https)' },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTINGS, key);
}

export type Profile = Partial<Record<SettingKey, string>>;

export interface ConfigFile {
  path: string;
  exists: boolean;
  /** The profile the file names as its default (`profile:`). */
  defaultProfile: string | undefined;
  profiles: Record<string, Profile>;
}

export function configFilePath(configHome: string): string {
  return join(configHome, 'kursdesk', 'config');
}

/** A URL's password, if it has one: the one kind of secret a profile may hold. */
export function urlPassword(value: string): string | undefined {
  try {
    const url = new URL(value);
    // libpq takes a password in the user part or as ?password=: either shows in ps.
    if (url.password) return decodeURIComponent(url.password);
    return url.searchParams.get('password') ?? undefined;
  } catch {
    return undefined;
  }
}

/** A value safe to print: a URL's password becomes ***. */
export function redactSetting(value: string): string {
  if (urlPassword(value) === undefined) return value;
  const url = new URL(value);
  if (url.password) url.password = '***';
  if (url.searchParams.has('password')) url.searchParams.set('password', '***');
  return url.href;
}

/**
 * The YAML library, loaded when there is a file to read or write: it is as large as commander and
 * kysely together, and most runs have no config file.
 */
async function yaml(): Promise<typeof import('yaml')> {
  const loaded = await import('yaml');
  // In the bundle the CommonJS library is the chunk's default export only (no named exports): without
  // this, every command failed with "parseDocument is not a function" once a config file existed.
  return typeof loaded.parseDocument === 'function'
    ? loaded
    : (loaded as unknown as { default: typeof import('yaml') }).default;
}

/** A config file is a few profiles; one far larger is the wrong file. */
const CONFIG_FILE_LIMIT = 1024 * 1024;

/**
 * The config file's text and mode. A named pipe, a folder or a device in its place is refused rather
 * than waited on (every command reads this file); a missing file is a NotFoundError.
 */
function readConfigText(path: string): { text: string; mode: number } {
  const spec = { what: 'a config file', maxBytes: CONFIG_FILE_LIMIT, label: `config file ${path}` };
  const { fd, stat } = openInputFile(path, spec);
  try {
    const bytes = readOpenedFile(path, fd, stat, spec);
    if (bytes.length > CONFIG_FILE_LIMIT) throw new UserError(coded('config.too-large', { path }));
    // YAML of random bytes may parse as one long plain scalar, or worse as something: what is not text
    // is refused by name before the YAML library sees it.
    if (bytes.includes(0)) throw new UserError(coded('config.not-text', { path, why: 'nul' }));
    if (!isUtf8(bytes)) throw new UserError(coded('config.not-text', { path, why: 'not-utf8' }));
    return { text: bytes.toString('utf8'), mode: stat.mode };
  } finally {
    closeSync(fd);
  }
}

/** A file nested deeper than the YAML library's recursion reaches: a config file is two levels deep. */
function tooDeep(path: string): UserError {
  return new UserError(coded('config.too-deep', { path }));
}

/**
 * True when nothing is at `path` (nor at the end of a link there). Most runs have no config file, and
 * learning that by opening it costs a thrown system error turned into a coded message and an error
 * object, all thrown away. Whatever else the path holds, or any other failure, is left to the open,
 * which names it; a file that vanishes between the two is a missing file there as well.
 */
function nothingAt(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false }) === undefined;
  } catch {
    return false;
  }
}

function noConfigFile(path: string): ConfigFile {
  return { path, exists: false, defaultProfile: undefined, profiles: {} };
}

/** Reads and checks the file; a missing file is an empty config. */
export async function readConfigFile(path: string): Promise<ConfigFile> {
  if (nothingAt(path)) return noConfigFile(path);
  let text: string;
  let mode: number;
  try {
    const read = readConfigText(path);
    mode = read.mode;
    text = read.text;
  } catch (error) {
    if (error instanceof NotFoundError) return noConfigFile(path);
    throw error;
  }
  const { parseDocument } = await yaml();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text);
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep(path);
    throw error;
  }
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    // The library reports its own stack overflow as an error of the document ("Maximum call stack size
    // exceeded"): to the user that is a file nested too deeply, with what a config file looks like.
    if (first.code === 'RESOURCE_EXHAUSTION') throw tooDeep(path);
    const line = first.linePos?.[0];
    throw new UserError(
      coded('config.not-yaml', {
        path,
        line: line?.line,
        col: line?.col,
        reason: first.message.split('\n')[0] ?? '',
      }),
    );
  }
  let data: unknown;
  try {
    data = doc.toJS() ?? {};
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep(path);
    // The YAML library refuses aliases that expand without end (a "billion laughs" file).
    throw new UserError(coded('config.aliases-expand', { path }));
  }
  if (typeof data !== 'object' || Array.isArray(data) || data === null) {
    throw new UserError(coded('config.not-a-mapping', { path }));
  }
  const root = data as Record<string, unknown>;
  for (const key of Object.keys(root)) {
    if (key !== 'profile' && key !== 'profiles')
      throw new UserError(coded('config.unknown-key', { path, key }));
  }
  if (root.profile !== undefined && typeof root.profile !== 'string')
    throw new UserError(coded('config.profile-not-a-name', { path }));
  const profiles: Record<string, Profile> = {};
  const rawProfiles = root.profiles ?? {};
  if (typeof rawProfiles !== 'object' || rawProfiles === null || Array.isArray(rawProfiles))
    throw new UserError(coded('config.profiles-not-a-mapping', { path }));
  let holdsSecret = false;
  for (const [name, settings] of Object.entries(rawProfiles as Record<string, unknown>)) {
    if (settings === null) {
      profiles[name] = {};
      continue;
    }
    if (typeof settings !== 'object' || Array.isArray(settings))
      throw new UserError(coded('config.profile-not-a-mapping', { path, name }));
    const profile: Profile = {};
    for (const [key, value] of Object.entries(settings as Record<string, unknown>)) {
      if (!isSettingKey(key))
        throw new UserError(coded('config.unknown-setting', { path, name, key, known: SETTING_KEYS }));
      if (typeof value !== 'string' && typeof value !== 'number')
        throw new UserError(coded('config.setting-not-text', { path, name, key }));
      profile[key] = String(value);
      if (urlPassword(String(value)) !== undefined) holdsSecret = true;
    }
    profiles[name] = profile;
  }
  // A password in a file others can read is a leak already; refuse until it is fixed, as ssh does with
  // keys. A file without secrets may be shared (its settings are no more private than a README).
  if (holdsSecret && (mode & 0o077) !== 0) {
    throw new UserError(coded('config.password-readable', { path }), 1, {
      hint: `chmod 600 ${path}`,
    });
  }
  return { path, exists: true, defaultProfile: root.profile as string | undefined, profiles };
}

export interface ChosenProfile {
  name: string | undefined;
  /** Where the choice came from, for `config list`. */
  from: 'flag' | 'environment' | 'config file' | 'default' | 'none';
  settings: Profile;
  /** Asked for by name but not in the file (only `config set` may go on: it creates it). */
  missing: boolean;
}

/** --profile, then KURSDESK_PROFILE, then the file's `profile:`, then a profile named `default`. */
export function chooseProfile(file: ConfigFile, flag: string | undefined, env: Env): ChosenProfile {
  const asked: [string, ChosenProfile['from']] | undefined =
    flag !== undefined
      ? [flag, 'flag']
      : env.KURSDESK_PROFILE
        ? [env.KURSDESK_PROFILE, 'environment']
        : file.defaultProfile !== undefined
          ? [file.defaultProfile, 'config file']
          : undefined;
  if (asked) {
    const [name, from] = asked;
    const settings = file.profiles[name];
    return settings ? { name, from, settings, missing: false } : { name, from, settings: {}, missing: true };
  }
  const fallback = file.profiles.default;
  return fallback
    ? { name: 'default', from: 'default', settings: fallback, missing: false }
    : { name: undefined, from: 'none', settings: {}, missing: false };
}

export function missingProfileError(file: ConfigFile, typed: string): UsageError {
  const known = Object.keys(file.profiles);
  // The name as typed, read back: a national ID typed as a profile's name is hidden, valid or mistyped.
  const name = maskNationalIdShapesIn(typed);
  return new UsageError(coded('config.no-profile', { name, path: file.path, exists: file.exists }), {
    hint: known.length > 0 ? coded('hint.known-profiles', { known }) : coded('hint.create-profile', { name }),
  });
}

/**
 * The environment the program runs with: the real one, and the profile's settings where it has none.
 * The database counts as given when either KURSDESK_DB or DATABASE_URL is set.
 */
export function environmentWithProfile(env: Env, profile: Profile, homeDir: string): Env {
  const merged: Record<string, string | undefined> = { ...env };
  for (const key of SETTING_KEYS) {
    const value = profile[key];
    if (value === undefined) continue;
    const variable = SETTINGS[key].env;
    if (merged[variable] !== undefined) continue;
    if (key === 'db' && merged.DATABASE_URL !== undefined) continue;
    // `~/` in a profile's database path means the home folder, as a shell would have expanded it.
    merged[variable] = key === 'db' && value.startsWith('~/') ? join(homeDir, value.slice(2)) : value;
  }
  return merged;
}

/**
 * Sets (or with `undefined`, removes) one setting of one profile, keeping the file's comments. Returns
 * false, and leaves the file as it was, when there was nothing to remove.
 */
export async function writeSetting(
  path: string,
  profile: string,
  key: SettingKey,
  value: string | undefined,
): Promise<boolean> {
  let text = '';
  try {
    text = readConfigText(path).text;
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  const { isDocument, parseDocument } = await yaml();
  const doc = parseDocument(text === '' ? '# kursdesk settings: see kursdesk config --help\n' : text);
  if (!isDocument(doc) || doc.errors.length > 0) throw new UserError(coded('config.invalid-yaml', { path }));
  if (value === undefined) {
    // deleteIn throws on a path through a missing profile; removing what is not there changes nothing.
    if (!doc.hasIn(['profiles', profile, key])) return false;
    doc.deleteIn(['profiles', profile, key]);
  } else doc.setIn(['profiles', profile, key], value);
  // Written beside and renamed, owner-only from the first byte: a half-written or briefly readable
  // file would be worse than none.
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    const fd = openSync(temporary, 'w', 0o600);
    try {
      writeSync(fd, doc.toString());
    } finally {
      closeSync(fd);
    }
    chmodSync(temporary, 0o600);
    renameSync(temporary, path);
  } catch (error) {
    // A read-only $XDG_CONFIG_HOME or disk, a full disk: the file stays as it was.
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Its folder is not there or not a folder: nothing was made to remove.
    }
    throw new UserError(coded('config.cannot-write', { path, reason: ioReason(error) }), 1, {
      hint: coded('hint.config-home-unwritable'),
    });
  }
  return true;
}
