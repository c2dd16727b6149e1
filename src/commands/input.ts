// Getting a value from a flag, or from a question when a terminal is there to ask. Every value is
// parsed by the domain's parser at this edge, so workflows receive trusted types.
import type { Ctx } from '../context/context.js';
import { readInputFile, readInputStdin } from '../context/input-file.js';
import { type LearnerSelector, parseLearnerSelector } from '../domain/learner-selector.js';
import type { ParseResult } from '../domain/parse-result.js';
import { UsageError } from '../errors.js';

export interface ValueSpec<T> {
  /** The flag as the user types it, e.g. `--email`. */
  flag: string;
  /** The question asked in a terminal. */
  question: string;
  raw: string | undefined;
  parse: (text: string) => ParseResult<T>;
  /** Typed without echo (national IDs). */
  secret?: boolean;
  /** Offered as the answer when the agent presses Enter. */
  suggestion?: string;
}

function parsed<T>(spec: ValueSpec<T>, text: string): T {
  const result = spec.parse(text);
  if (!result.ok) throw new UsageError(`${spec.flag}: ${result.error}`);
  return result.value;
}

/** A required value: the flag, else a question in a terminal, else a usage error naming the flag. */
export async function requiredValue<T>(ctx: Pick<Ctx, 'prompter'>, spec: ValueSpec<T>): Promise<T> {
  if (spec.raw !== undefined) return parsed(spec, spec.raw);
  if (!ctx.prompter.canPrompt) {
    throw new UsageError(`missing ${spec.flag} (stdin is not a terminal, so kursdesk cannot ask for it)`);
  }
  const validate = (text: string) => {
    const result = spec.parse(text);
    return result.ok ? true : result.error;
  };
  const answer = spec.secret
    ? await ctx.prompter.secret(spec.question, { validate })
    : await ctx.prompter.input(spec.question, {
        validate,
        ...(spec.suggestion ? { default: spec.suggestion } : {}),
      });
  return parsed(spec, answer);
}

/** An optional value: parsed when given, never asked for. */
export function optionalValue<T>(spec: Omit<ValueSpec<T>, 'question'>): T | undefined {
  return spec.raw === undefined ? undefined : parsed({ ...spec, question: '' }, spec.raw);
}

/** The longest value read from stdin with `-` (a national ID, an e-mail, a link): more is a wrong pipe. */
const STDIN_VALUE_LIMIT = 64 * 1024;

/** `-` as a flag value means: read it from stdin (keeps personal data out of `ps` and shell history). */
export async function readStdinValue(
  ctx: Pick<Ctx, 'io'>,
  raw: string | undefined,
): Promise<string | undefined> {
  if (raw !== '-') return raw;
  // A terminal may type the value (ended with Ctrl-D); only the amount is bounded.
  const bytes = await readInputStdin(ctx.io.stdin, false, { what: 'a value', maxBytes: STDIN_VALUE_LIMIT });
  if (bytes.length > STDIN_VALUE_LIMIT)
    throw new UsageError(
      `'-' reads one value from stdin, and stdin holds more than ${STDIN_VALUE_LIMIT / 1024} KiB: pipe in only the value`,
    );
  return bytes.toString('utf8').trim();
}

/**
 * A list file (CSV) named on the command line, or stdin for `-`, as bytes: at most maxBytes + 1 of them
 * (the parser then says the file is too large). A missing file is exit 3, a folder, a pipe or a device
 * exit 2, an unreadable file exit 1, each one line naming the file as typed.
 */
export async function readListInput(
  ctx: Pick<Ctx, 'io'>,
  path: string,
  maxBytes: number,
): Promise<Uint8Array> {
  const spec = { what: 'a CSV file', stdinDash: true, maxBytes };
  return path === '-' ? readInputStdin(ctx.io.stdin, ctx.io.stdinIsTTY, spec) : readInputFile(path, spec);
}

/** --expect-version of the commands that change a learner (users move, users set-hms). */
export const EXPECT_VERSION_OPTION = [
  '--expect-version <n>',
  'the version you looked at (users show); a learner changed since is refused (exit 4)',
] as const;

export function parseVersion(text: string): ParseResult<number> {
  return /^[1-9]\d{0,8}$/.test(text.trim())
    ? { ok: true, value: Number(text.trim()) }
    : { ok: false, error: `'${text}' is not a version (a whole number from 1, as users show prints it)` };
}

/**
 * A count typed as plain digits (--limit), or NaN: Number() alone would take '1e9', '0x10', ' 5' and
 * '' (as 0), none of which a user means as a count.
 */
export function countValue(text: string): number {
  return /^[0-9]{1,15}$/.test(text) ? Number(text) : Number.NaN;
}

/** The version given with --expect-version, if any. */
export function expectedVersion(raw: string | undefined): number | undefined {
  return optionalValue({ flag: '--expect-version', raw, parse: parseVersion });
}

/** The help text of every argument that names a learner. */
export const LEARNER_ARGUMENT =
  'learner id, e-mail (current or earlier) or national ID; - reads it from stdin';

/**
 * A learner named on the command line; `-` reads the name from stdin, so a national ID stays out of
 * `ps` and the shell history.
 */
export async function learnerArgument(ctx: Pick<Ctx, 'io'>, raw: string): Promise<LearnerSelector> {
  return parseLearnerSelector((await readStdinValue(ctx, raw)) ?? raw);
}

/** The longest search text (a name, a fragment, a course title) a search command takes. */
export const SEARCH_TEXT_LIMIT = 200;

/** A search text from the command line, within its documented limit (exit 2 beyond it). */
export function searchText(what: string, text: string): string {
  if (text.length > SEARCH_TEXT_LIMIT)
    throw new UsageError(
      `${what} is ${text.length.toLocaleString('en-US')} characters long; a search text has at most ${SEARCH_TEXT_LIMIT}`,
    );
  return text;
}
