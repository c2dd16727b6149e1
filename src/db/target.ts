// Which database a command works on: a SQLite file (path or sqlite: URL) or a PostgreSQL server
// (postgres:// URL). Parsing happens before anything is opened, so a malformed value is a usage error.
import { isAbsolute, resolve } from 'node:path';
import { text as coded } from '../domain/messages/index.js';
import { maskNationalIdShapesIn } from '../domain/national-id.js';
import { UsageError } from '../errors.js';

export type Dialect = 'sqlite' | 'postgres';

export type DbTarget =
  | { dialect: 'sqlite'; path: string; display: string }
  | {
      dialect: 'postgres';
      /** Connection string without kursdesk's own parameters. */
      connectionString: string;
      /** Schema to work in (the `schema` URL parameter); default `public`. */
      schema: string | undefined;
      /** The URL's `sslmode` and `sslrootcert` (libpq's names), read by connect.ts, not by the driver. */
      sslMode?: string;
      sslRootCert?: string;
      /** The URL carries a password (which a command line would show in `ps`). */
      hasPassword: boolean;
      display: string;
    };

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The URL with its password (in the user part or libpq's `password` parameter) replaced, safe to print and log. */
export function redactUrl(url: URL): string {
  const copy = new URL(url.href);
  if (copy.password) copy.password = '***';
  if (copy.searchParams.has('password')) copy.searchParams.set('password', '***');
  return copy.href;
}

export function parseDbTarget(value: string, cwd: string): DbTarget {
  const trimmed = value.trim();
  if (trimmed === '') throw new UsageError(coded('db-target.empty'));
  if (/^postgres(ql)?:\/\//i.test(trimmed)) return parsePostgresUrl(trimmed);
  if (/^sqlite:/i.test(trimmed)) {
    let rest = trimmed.slice('sqlite:'.length);
    if (rest.startsWith('//')) rest = rest.slice(2); // sqlite:///abs/path → /abs/path
    if (rest === ':memory:') return { dialect: 'sqlite', path: ':memory:', display: 'sqlite::memory:' };
    if (rest === '') throw new UsageError(coded('db-target.sqlite-no-path', { value: trimmed }));
    return sqliteFile(rest, cwd);
  }
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed);
  if (scheme) {
    throw new UsageError(coded('db-target.unsupported-scheme', { scheme: scheme[1] ?? '' }));
  }
  return sqliteFile(trimmed, cwd);
}

function sqliteFile(path: string, cwd: string): DbTarget {
  const absolute = isAbsolute(path) ? path : resolve(cwd, path);
  return { dialect: 'sqlite', path: absolute, display: absolute };
}

/**
 * The URL parameters kursdesk reads or passes on as libpq would. The driver takes any other parameter
 * as a setting of its own, silently: `?ssl=0` turned TLS off under `sslmode=require`, `?replication=`
 * broke every query, `?statement_timeout=` overrode the desk's limit, and a typo (`?shema=desk`)
 * quietly worked in another schema. Those are refused by name (never by value), and so is a parameter
 * given twice, of which the driver and kursdesk could each take a different one.
 */
const URL_PARAMETERS = [
  'schema',
  'sslmode',
  'sslrootcert',
  'options',
  'application_name',
  'host',
  'password',
];

function checkUrlParameters(url: URL): void {
  const seen = new Set<string>();
  for (const name of url.searchParams.keys()) {
    const shown = maskNationalIdShapesIn(name);
    if (!URL_PARAMETERS.includes(name))
      throw new UsageError(coded('db-target.unknown-parameter', { name: shown, known: URL_PARAMETERS }), {
        hint: coded('hint.url-parameters'),
      });
    if (seen.has(name)) throw new UsageError(coded('db-target.parameter-twice', { name: shown }));
    seen.add(name);
  }
}

function parsePostgresUrl(text: string): DbTarget {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(coded('db-target.malformed-url'));
  }
  if (url.hostname === '' && !url.searchParams.has('host')) {
    throw new UsageError(coded('db-target.no-host', { shown: redactUrl(url) }));
  }
  if (url.port !== '' && !/^\d+$/.test(url.port)) {
    throw new UsageError(coded('db-target.port-not-number', { shown: redactUrl(url) }));
  }
  checkUrlParameters(url);
  const schema = url.searchParams.get('schema') ?? undefined;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new UsageError(coded('db-target.bad-schema', { schema }));
  }
  url.searchParams.delete('schema');
  // TLS settings are applied by connect.ts the way libpq reads them; the driver's own reading of
  // them differs (it would, for one, take precedence over the settings kursdesk passes).
  const sslMode = url.searchParams.get('sslmode') ?? undefined;
  const sslRootCert = url.searchParams.get('sslrootcert') ?? undefined;
  for (const key of ['sslmode', 'sslrootcert']) url.searchParams.delete(key);
  return {
    dialect: 'postgres',
    connectionString: url.href,
    schema,
    ...(sslMode === undefined ? {} : { sslMode }),
    ...(sslRootCert === undefined ? {} : { sslRootCert }),
    hasPassword: url.password !== '' || url.searchParams.has('password'),
    display: redactUrl(url) + (schema ? ` (schema ${schema})` : ''),
  };
}
