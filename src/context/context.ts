// The injected context every command runs with. systemContext() is the only reader of process.env,
// the real streams and the OS user; tests build a System of their own.
import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { isatty } from 'node:tty';
import { type CommittedKind, committedKind, hasCommittedChange } from '../db/committed.js';
import type { Db } from '../db/connect.js';
import { type DbTarget, parseDbTarget } from '../db/target.js';
import type { Actor } from '../db/write-gate.js';
import { text as coded } from '../domain/messages/index.js';
import { holdsNationalId, maskNationalIdShapesIn } from '../domain/national-id.js';
import { agentLang, UsageError, UserError } from '../errors.js';
import type { WorkflowDeps } from '../workflows/deps.js';
import { type Clock, systemClock } from './clock.js';
import {
  type ChosenProfile,
  chooseProfile,
  configFilePath,
  environmentWithProfile,
  missingProfileError,
  readConfigFile,
  SETTINGS,
  type SettingKey,
  urlPassword,
} from './config.js';
import { createIO, type IO } from './io.js';
import { connectionFacts, readPgpass } from './pgpass.js';
import { type Prompter, terminalPrompter } from './prompter.js';
import { loadSecret } from './secret.js';
import { xdgBase } from './xdg.js';

export type Env = Readonly<Record<string, string | undefined>>;

export interface System {
  env: Env;
  cwd: string;
  homeDir: string;
  username: string;
  stdin: NodeJS.ReadableStream;
  stdout: Writable;
  stderr: Writable;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  columns: number;
  /** The terminal's height; without it (tests) nothing is paged. */
  rows?: number;
  /** The pager and its arguments; undefined: never page. */
  pager?: readonly string[];
  clock: Clock;
  /** Tests inject a scripted prompter; otherwise questions go to the terminal. */
  prompter?: Prompter;
}

/**
 * A reader that stops early (`kursdesk audit | head -1`) closes the pipe: the rest of the output has
 * nowhere to go, which is not worth a stack trace. Any other failure to write (a full disk, `> /dev/full`,
 * an I/O error) ends the run with one line and exit 1, as `cat` does: the output is incomplete.
 */
function outputFailed(stream: 'stdout' | 'stderr') {
  return (error: NodeJS.ErrnoException): void => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
    const reason = error.code === 'ENOSPC' ? 'no space left on the device' : (error.code ?? error.message);
    if (stream === 'stdout') {
      try {
        process.stderr.write(`kursdesk: cannot write the output to stdout: ${reason}\n`);
      } catch {
        // stderr is gone too: the exit code still says it.
      }
    }
    process.exit(1);
  };
}

let closedPipesIgnored = false;

export function systemContext(): System {
  if (!closedPipesIgnored) {
    process.stdout.on('error', outputFailed('stdout'));
    process.stderr.on('error', outputFailed('stderr'));
    closedPipesIgnored = true;
  }
  let username = 'unknown';
  try {
    username = userInfo().username;
  } catch {
    // Containers without a passwd entry: fall back to the environment.
    username = process.env.USER ?? process.env.LOGNAME ?? 'unknown';
  }
  return {
    env: process.env,
    cwd: process.cwd(),
    homeDir: homedir(),
    username,
    // process.stdin builds its stream on first use (a file stream for </dev/null): only commands that
    // read stdin pay for it; whether it is a terminal is asked of the descriptor.
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: isatty(0),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stdout.columns ?? 100,
    rows: process.stdout.rows ?? 24,
    ...pagerOf(process.env),
    clock: systemClock,
  };
}

/**
 * KURSDESK_PAGER, then PAGER, else `less -FRX`; empty or `cat` means no pager. Words are split on
 * spaces without a shell, so a missing program is an error we can see (and fall back from).
 */
export function pagerOf(env: Env): { pager?: readonly string[] } {
  const text = (env.KURSDESK_PAGER ?? env.PAGER ?? 'less -FRX').trim();
  if (text === '' || text === 'cat') return {};
  return { pager: text.split(/\s+/) };
}

export const FORMATS = ['table', 'json', 'csv', 'yaml', 'ids', 'count'] as const;
export type Format = (typeof FORMATS)[number];

/** The global options every command accepts (commander's camel-cased names). */
export interface GlobalOptions {
  db?: string;
  format?: string;
  fields?: string;
  agent?: string;
  ticket?: string;
  yes?: boolean;
  quiet?: boolean;
  color?: boolean;
  /** --wide: every default column, none hidden to fit the terminal. */
  wide?: boolean;
  /** false with --no-pager. */
  pager?: boolean;
  profile?: string;
  /** Set by `config set` and `config unset` only: a profile named but not yet in the file is made. */
  createsProfile?: boolean;
}

/** Where a setting's value came from, in the order they win. */
export type SettingSource = 'flag' | 'environment' | 'profile' | 'default';

export interface ConfigView {
  /** The config file, whether or not it exists. */
  readonly path: string;
  readonly profile: ChosenProfile;
  /** The value in use for a setting, and where it came from. */
  setting(key: SettingKey): { value: string | undefined; source: SettingSource };
}

/** `set-up`: the command makes databases (db migrate, fixtures load); `use`: any other command. */
export type DbUse = 'use' | 'set-up';

export interface Ctx {
  readonly io: IO;
  /** The working directory relative paths in arguments are resolved against. */
  readonly cwd: string;
  readonly clock: Clock;
  readonly prompter: Prompter;
  /** The environment with the chosen profile's settings filled in where the environment has none. */
  readonly env: Env;
  readonly config: ConfigView;
  readonly format: Format;
  readonly formatGiven: boolean;
  readonly fields: string[] | undefined;
  /** --wide: tables hide no column to fit the terminal. */
  readonly wide: boolean;
  readonly yes: boolean;
  readonly agent: string;
  readonly ticket: string | undefined;
  readonly dbTarget: DbTarget;
  /** The default SQLite file is in use (no --db, KURSDESK_DB or DATABASE_URL). */
  readonly defaultDb: boolean;
  /**
   * Opens (once) and returns the database with a current schema. `set-up` (db migrate, fixtures load)
   * also takes an existing empty SQLite file as a new database; other commands refuse one.
   */
  db(use?: DbUse): Promise<Db>;
  /** Opens the database without checking its schema (db migrate, db status, doctor). */
  rawDb(use?: DbUse): Promise<Db>;
  secret(): Buffer;
  actor(): Actor;
  /** What a workflow needs: the checked database, the clock, the agent and the key. */
  deps(): Promise<WorkflowDeps>;
  /** A change was committed to the database in this run (a dry run commits none). */
  changeCommitted(): boolean;
  /** What kind of change was committed in this run, if any: where the agent sees what was kept. */
  committedKind(): CommittedKind | undefined;
  close(): Promise<void>;
}

export function dataHome(system: Pick<System, 'env' | 'homeDir'>): string {
  return xdgBase(system.env.XDG_DATA_HOME) ?? join(system.homeDir, '.local', 'share');
}

export function configHome(system: Pick<System, 'env' | 'homeDir'>): string {
  return xdgBase(system.env.XDG_CONFIG_HOME) ?? join(system.homeDir, '.config');
}

export function defaultDbPath(system: Pick<System, 'env' | 'homeDir'>): string {
  return join(dataHome(system), 'kursdesk', 'kursdesk.db');
}

/** The characters of a ticket reference as --ticket accepts it. */
export const TICKET = /^[A-Za-z0-9][A-Za-z0-9_.:#/-]{0,63}$/;

/**
 * A ticket reference --ticket and the guided mode accept: TICKET's characters, and no national ID in it
 * (the audit log keeps the reference for good).
 */
export function isTicketReference(text: string): boolean {
  return TICKET.test(text) && !holdsNationalId(text);
}

/** The flags that stand for a setting (flag > environment > profile > default). */
function flagFor(key: SettingKey, options: GlobalOptions): string | undefined {
  if (key === 'db') return options.db;
  if (key === 'agent') return options.agent;
  return undefined;
}

export async function createCtx(system: System, options: GlobalOptions): Promise<Ctx> {
  const configFile = await readConfigFile(configFilePath(configHome(system)));
  const profile = chooseProfile(configFile, options.profile, system.env);
  if (profile.missing && !options.createsProfile) throw missingProfileError(configFile, profile.name ?? '');
  const env = environmentWithProfile(system.env, profile.settings, system.homeDir);
  const config: ConfigView = {
    path: configFile.path,
    profile,
    setting: (key) => {
      const flag = flagFor(key, options);
      if (flag !== undefined) return { value: flag, source: 'flag' };
      const fromEnv = system.env[SETTINGS[key].env] ?? (key === 'db' ? system.env.DATABASE_URL : undefined);
      if (fromEnv !== undefined) return { value: fromEnv, source: 'environment' };
      const fromProfile = profile.settings[key];
      if (fromProfile !== undefined) return { value: fromProfile, source: 'profile' };
      return { value: undefined, source: 'default' };
    },
  };
  if (options.db !== undefined && urlPassword(options.db) !== undefined) {
    // Refused rather than warned about: by now the password is in ps and the shell history, and a
    // warning is easy to scroll past; the fix costs one line.
    throw new UsageError(coded('option.db-password'), { hint: coded('hint.password-elsewhere') });
  }
  const io = createIO(system, {
    noColorFlag: options.color === false,
    env: system.env,
    quiet: options.quiet === true,
    noPager: options.pager === false,
    lang: agentLang(env),
  });
  const format = (options.format ?? 'table') as Format;
  if (!FORMATS.includes(format)) {
    throw new UsageError(coded('option.format', { formats: FORMATS, given: String(options.format) }));
  }
  const fields = options.fields
    ?.split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  if (options.ticket !== undefined && !TICKET.test(options.ticket)) {
    throw new UsageError(coded('option.ticket', { given: maskNationalIdShapesIn(options.ticket) }));
  }
  // The audit log keeps both for good, so a national ID pasted into either is refused, not masked: a
  // masked reference names no ticket and no agent, and the agent fixes it in one step.
  if (options.ticket !== undefined && holdsNationalId(options.ticket)) {
    throw new UsageError(coded('option.national-id-in-reference', { option: '--ticket' }));
  }
  const agent = options.agent ?? env.KURSDESK_AGENT ?? system.username;
  // `config set` and `config unset` still run, so a profile's bad agent can be put right.
  if (holdsNationalId(agent) && !options.createsProfile) {
    const from = config.setting('agent').source;
    throw new UsageError(
      coded('option.national-id-in-reference', {
        option: '--agent',
        ...(from === 'environment'
          ? { from: 'KURSDESK_AGENT' }
          : from === 'profile'
            ? { from: `profile ${profile.name ?? ''}`.trim() }
            : {}),
      }),
    );
  }
  // The plain-ASCII test first: compiling a Unicode-property pattern costs more than the rest of this.
  if (!/^[A-Za-z0-9_.@-]{1,64}$/.test(agent) && !/^[\p{L}\p{N}_.@-]{1,64}$/u.test(agent)) {
    throw new UsageError(coded('option.agent', { given: maskNationalIdShapesIn(agent) }));
  }
  const explicitDb = options.db ?? env.KURSDESK_DB ?? env.DATABASE_URL;
  if (options.db === undefined && explicitDb?.trim() === '') {
    // Named by the variable it came from: `KURSDESK_DB=` in a script is no --db the agent typed.
    const variable = system.env.KURSDESK_DB !== undefined ? 'KURSDESK_DB' : 'DATABASE_URL';
    if (system.env[variable] === explicitDb) throw new UsageError(coded('db-target.empty-env', { variable }));
  }
  const dbTarget = parseDbTarget(explicitDb ?? defaultDbPath(system), system.cwd);
  const waitMs = parseWaitMs(env.KURSDESK_WAIT_MS);
  const defaultDb = explicitDb === undefined;
  let opened: Promise<Db> | undefined;
  let openedDb: Db | undefined;
  let checked: Promise<Db> | undefined;
  let secret: Buffer | undefined;

  const rawDb = (use: DbUse = 'use') => {
    opened ??= (async () => {
      const { openDb } = await import('../db/connect.js');
      if (defaultDb && dbTarget.dialect === 'sqlite') {
        const { mkdirSync } = await import('node:fs');
        const { dirname } = await import('node:path');
        try {
          mkdirSync(dirname(dbTarget.path), { recursive: true, mode: 0o700 });
        } catch (error) {
          // $XDG_DATA_HOME (or ~/.local/share) read-only, on a read-only disk, or a file where a folder goes.
          const { ioReason } = await import('./io-reason.js');
          throw new UserError(
            coded('db.cannot-create', { path: dbTarget.path, reason: ioReason(error) }),
            1,
            {
              hint: coded('hint.data-home-unwritable'),
            },
          );
        }
      }
      openedDb = await openDb(dbTarget, {
        create: true,
        adoptEmptyFile: use === 'set-up',
        waitMs,
        server: {
          sslMode: env.PGSSLMODE,
          sslRootCert: env.PGSSLROOTCERT,
          homeDir: system.homeDir,
          statementTimeoutMs: parseMs('KURSDESK_STATEMENT_TIMEOUT_MS', env.KURSDESK_STATEMENT_TIMEOUT_MS),
          // Asked for only when the server wants one: PGPASSWORD, ~/.pgpass, then a question.
          password: async () => (await postgresPassword()) ?? '',
        },
      });
      return openedDb;
    })();
    return opened;
  };

  const prompter = system.prompter ?? terminalPrompter(system, agentLang(env));
  /** Asked by the driver only when the server wants a password: PGPASSWORD, the password file, a question. */
  const postgresPassword = async (): Promise<string | undefined> => {
    if (dbTarget.dialect !== 'postgres') return undefined;
    if (env.PGPASSWORD !== undefined) return env.PGPASSWORD;
    const facts = connectionFacts(dbTarget.connectionString, env, system.username);
    const file = readPgpass(env.PGPASSFILE ?? join(system.homeDir, '.pgpass'), facts);
    if (file.state === 'found') return file.password;
    if (file.state === 'ignored') io.warn(file.reason);
    if (!prompter.canPrompt) return undefined;
    return prompter.secret(`Password for ${facts.user}@${facts.host}:${facts.port}/${facts.database}:`);
  };

  const ctx: Ctx = {
    io,
    cwd: system.cwd,
    clock: system.clock,
    prompter,
    env,
    config,
    format,
    formatGiven: options.format !== undefined,
    fields: fields && fields.length > 0 ? fields : undefined,
    wide: options.wide === true,
    yes: options.yes === true,
    agent,
    ticket: options.ticket,
    dbTarget,
    defaultDb,
    rawDb,
    db: (use?: DbUse) => {
      checked ??= (async () => {
        const db = await rawDb(use);
        const { ensureCurrentSchema } = await import('../db/migrate.js');
        await ensureCurrentSchema(db, system.clock.now());
        return db;
      })();
      return checked;
    },
    secret: () => {
      secret ??= loadSecret({
        envSecret: env.KURSDESK_SECRET,
        keyFile: env.KURSDESK_KEY_FILE ?? join(configHome(system), 'kursdesk', 'secret.key'),
      });
      return secret;
    },
    actor: () => ({
      agent,
      login: system.username,
      ticket: options.ticket,
      now: system.clock.now(),
      requireTicket: env.KURSDESK_REQUIRE_TICKET === '1',
    }),
    deps: async () => ({ db: await ctx.db(), clock: system.clock, actor: ctx.actor, secret: ctx.secret }),
    changeCommitted: () => openedDb !== undefined && hasCommittedChange(openedDb),
    committedKind: () => (openedDb === undefined ? undefined : committedKind(openedDb)),
    close: async () => {
      if (opened) await (await opened.catch(() => undefined))?.close();
    },
  };
  return ctx;
}

/** KURSDESK_WAIT_MS: how long a change waits for another writer, in milliseconds. */
function parseWaitMs(raw: string | undefined): number | undefined {
  return parseMs('KURSDESK_WAIT_MS', raw);
}

function parseMs(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{1,7}$/.test(raw)) {
    throw new UsageError(coded('option.milliseconds', { name, given: raw }));
  }
  return Number(raw);
}
