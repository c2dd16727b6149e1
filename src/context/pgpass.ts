// The PostgreSQL password as libpq finds it: PGPASSWORD, then the password file (PGPASSFILE or
// ~/.pgpass), then, in a terminal, a question. kursdesk hands pg a password function (asked only when
// the server wants a password), which replaces pg's own look-up, so the file is read here. The format is
// five fields a line, `host:port:database:username:password`, `*` matching anything, `\` escaping `:` and
// `\`; libpq ignores a file that group or others can read, and so does this.
import { readFileSync, statSync } from 'node:fs';

export interface PgpassEntry {
  host: string;
  port: string;
  database: string;
  user: string;
  password: string;
}

/** The fields of one line, with `\:` and `\\` unescaped; null for comments, blanks and short lines. */
export function parsePgpassLine(line: string): PgpassEntry | null {
  if (line.trim() === '' || line.trimStart().startsWith('#')) return null;
  const fields: string[] = [];
  let field = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (ch === '\\' && i + 1 < line.length) {
      field += line[++i];
    } else if (ch === ':' && fields.length < 4) {
      fields.push(field);
      field = '';
    } else {
      field += ch;
    }
  }
  fields.push(field.replace(/\r$/, ''));
  if (fields.length < 5) return null;
  const [host, port, database, user, password] = fields as [string, string, string, string, string];
  return { host, port, database, user, password };
}

export interface ConnectionFacts {
  host: string;
  port: string;
  database: string;
  user: string;
}

/** The first line that matches, as libpq picks it; `localhost` also matches a Unix-socket connection. */
export function pgpassLookup(text: string, facts: ConnectionFacts): string | undefined {
  const matches = (pattern: string, value: string) => pattern === '*' || pattern === value;
  for (const line of text.split('\n')) {
    const entry = parsePgpassLine(line);
    if (!entry) continue;
    const host = facts.host.startsWith('/') ? 'localhost' : facts.host;
    if (
      matches(entry.host, host) &&
      matches(entry.port, facts.port) &&
      matches(entry.database, facts.database) &&
      matches(entry.user, facts.user)
    )
      return entry.password;
  }
  return undefined;
}

/** The facts libpq matches on, from a postgres:// URL and libpq's defaults. */
export function connectionFacts(
  connectionString: string,
  env: Readonly<Record<string, string | undefined>>,
  username: string,
): ConnectionFacts {
  const url = new URL(connectionString);
  const user = decodeURIComponent(url.username) || env.PGUSER || username;
  return {
    host: url.searchParams.get('host') ?? (url.hostname || env.PGHOST || 'localhost'),
    port: url.port || env.PGPORT || '5432',
    database: decodeURIComponent(url.pathname.replace(/^\//, '')) || env.PGDATABASE || user,
    user,
  };
}

export type PgpassRead =
  | { state: 'found'; password: string }
  | { state: 'none' }
  | { state: 'ignored'; reason: string };

/** The password file's answer; a file others can read is ignored (with the reason), as libpq does. */
export function readPgpass(path: string, facts: ConnectionFacts): PgpassRead {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { state: 'none' };
    if ((stat.mode & 0o077) !== 0)
      return {
        state: 'ignored',
        reason: `${path} is readable by others, so it is ignored (chmod 600 ${path})`,
      };
    const password = pgpassLookup(readFileSync(path, 'utf8'), facts);
    return password === undefined ? { state: 'none' } : { state: 'found', password };
  } catch {
    return { state: 'none' };
  }
}
