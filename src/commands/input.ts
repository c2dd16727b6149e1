// Getting a value from a flag, or from a question when a terminal is there to ask. Every value is
// parsed by the domain's parser at this edge, so workflows receive trusted types.
import { readFileSync } from 'node:fs';
import type { Ctx } from '../context/context.js';
import { type LearnerSelector, parseLearnerSelector } from '../domain/learner-selector.js';
import type { ParseResult } from '../domain/parse-result.js';
import { NotFoundError, UsageError, UserError } from '../errors.js';

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

/** `-` as a flag value means: read it from stdin (keeps personal data out of `ps` and shell history). */
export async function readStdinValue(
  ctx: Pick<Ctx, 'io'>,
  raw: string | undefined,
): Promise<string | undefined> {
  if (raw !== '-') return raw;
  return (await readStdinBytes(ctx)).toString('utf8').trim();
}

/** Everything on stdin, as bytes. */
export async function readStdinBytes(ctx: Pick<Ctx, 'io'>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of ctx.io.stdin)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

/** A CSV list named on the command line, as bytes; a missing or unreadable file is one line naming it. */
export function readListFile(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new NotFoundError(`no such file: ${path}`);
    if (code === 'EISDIR') throw new UsageError(`${path} is a folder, not a CSV file`);
    throw new UserError(
      `cannot read ${path}: ${code === 'EACCES' ? 'permission denied' : (error as Error).message}`,
    );
  }
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
