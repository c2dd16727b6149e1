// Getting a value from a flag, or from a question when a terminal is there to ask. Every value is
// parsed by the domain's parser at this edge, so workflows receive trusted types.
import type { Ctx } from '../context/context.js';
import { readInputFile, readInputStdin } from '../context/input-file.js';
import { type LearnerSelector, parseLearnerSelector } from '../domain/learner-selector.js';
import { text } from '../domain/messages/index.js';
import { maskNationalIdShapesIn } from '../domain/national-id.js';
import { type ParseResult, refused } from '../domain/parse-result.js';
import { UsageError } from '../errors.js';
import type { WorkflowDeps } from '../workflows/deps.js';

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

function parsed<T>(spec: ValueSpec<T>, raw: string): T {
  const result = spec.parse(raw);
  // Coded where the parser codes its refusal, so a bokmål agent reads it in bokmål; the parsers never
  // quote back a national ID, and the last guard in main masks one anyway.
  if (!result.ok)
    throw new UsageError(text('option.refused', { option: spec.flag, reason: result.text ?? result.error }));
  return result.value;
}

/** A required value: the flag, else a question in a terminal, else a usage error naming the flag. */
export async function requiredValue<T>(ctx: Pick<Ctx, 'prompter'>, spec: ValueSpec<T>): Promise<T> {
  if (spec.raw !== undefined) return parsed(spec, spec.raw);
  if (!ctx.prompter.canPrompt) {
    throw new UsageError(text('option.missing-no-terminal', { option: spec.flag }));
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
    throw new UsageError(text('option.stdin-too-large', { kib: STDIN_VALUE_LIMIT / 1024 }));
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

export function parseVersion(raw: string): ParseResult<number> {
  return /^[1-9]\d{0,8}$/.test(raw.trim())
    ? { ok: true, value: Number(raw.trim()) }
    : refused(text('option.not-a-version', { value: raw }));
}

/**
 * A whole-number option (--limit and the like) within its bounds; `max` undefined: no upper bound. The
 * value is quoted back in the refusal only when it is a short number-like word (never a pasted ID).
 */
export function wholeNumberOption(
  flag: string,
  raw: string,
  bounds: { min: number; max?: number | undefined },
): number {
  const value = countValue(raw);
  const fits =
    Number.isSafeInteger(value) && value >= bounds.min && (bounds.max === undefined || value <= bounds.max);
  if (fits) return value;
  // A long value may be a pasted national ID or token: only a short one is quoted back.
  const shown = raw.length <= 8 ? raw : '…';
  throw new UsageError(
    text('option.whole-number', { option: flag, value: shown, min: bounds.min, max: bounds.max }),
  );
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

/**
 * The id of the learner a filter option names (`audit --user`, `mail list --learner`), read and found
 * as a learner argument is (exit 3 when nobody is); undefined when the option is not given.
 */
export async function learnerIdOption(
  ctx: Pick<Ctx, 'io'>,
  deps: Pick<WorkflowDeps, 'db' | 'secret'>,
  raw: string | undefined,
): Promise<number | undefined> {
  if (raw === undefined) return undefined;
  const { resolveLearner } = await import('../workflows/learners.js');
  return (await resolveLearner(deps, await learnerArgument(ctx, raw))).user.id;
}

/** The longest search text (a name, a fragment, a course title) a search command takes. */
export const SEARCH_TEXT_LIMIT = 200;

/** A search text from the command line, within its documented limit (exit 2 beyond it). */
export function searchText(typed: string): string {
  if (typed.length > SEARCH_TEXT_LIMIT)
    throw new UsageError(
      text('option.search-text-too-long', { length: typed.length, max: SEARCH_TEXT_LIMIT }),
    );
  return typed;
}

/**
 * Free text the database or the audit log keeps (a --reason, a --note): blanks folded, and a national ID
 * written in it masked, valid or mistyped, so the words stay and the number never is kept.
 */
export function keptFreeText(typed: string): string {
  return maskNationalIdShapesIn(typed.trim().replace(/\s+/g, ' '));
}
