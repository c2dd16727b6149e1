// `kursdesk __complete <words…>`: the candidates for the word being completed, found by walking the
// commander tree the program is built from, so completion never goes stale when a verb or flag is added.
// The shell scripts (completion/index.ts) are thin shims around this, as the GitHub CLI's are.
import type { Command, Option } from 'commander';
import { ALL_UNITS, CALENDAR_UNITS } from '../../domain/durations.js';
import { isDurationOption } from '../grammar.js';

export interface Candidate {
  value: string;
  description: string;
}

/** Values only the database knows; each returns [] when it cannot answer quickly. */
export interface DatabaseValues {
  courseCodes(): Promise<Candidate[]>;
  unitIds(): Promise<Candidate[]>;
}

function hidden(item: Command | Option): boolean {
  return 'hidden' in item && typeof item.hidden === 'boolean'
    ? item.hidden
    : (item as unknown as { _hidden?: boolean })._hidden === true;
}

/** The options a verb accepts: its own and those of every command above it (the global ones). */
function optionsOf(command: Command): Option[] {
  const all: Option[] = [];
  for (let c: Command | null = command; c; c = c.parent) all.push(...c.options);
  return all;
}

function findOption(command: Command, word: string): Option | undefined {
  return optionsOf(command).find((o) => o.long === word || o.short === word);
}

function takesValue(option: Option): boolean {
  return option.required || option.optional;
}

/** What a value named like this (`<unit>`, `--course <code>`) is filled from. */
async function namedValues(name: string, values: DatabaseValues): Promise<Candidate[]> {
  if (/^unit/.test(name)) return values.unitIds();
  if (/^(course|code)/.test(name)) return values.courseCodes();
  return [];
}

function durationCandidates(option: Option, typed: string): Candidate[] {
  const units = option.long === '--since' ? ALL_UNITS : CALENDAR_UNITS;
  const amount = /^\d+/.exec(typed)?.[0];
  const amounts = amount ? [amount] : ['7', '30', '90'];
  return amounts.flatMap((n) =>
    units.map((u) => ({
      value: `${n}${u}`,
      description: { min: 'minutes', h: 'hours', d: 'days', w: 'weeks', mo: 'months', y: 'years' }[u],
    })),
  );
}

async function optionValues(option: Option, typed: string, values: DatabaseValues): Promise<Candidate[]> {
  if (option.argChoices) return option.argChoices.map((c) => ({ value: c, description: '' }));
  if (isDurationOption(option)) return durationCandidates(option, typed);
  return namedValues(option.attributeName(), values);
}

/**
 * `words` are the words after the program name; the last is the one being typed (possibly empty).
 * Returns the candidates that start with it.
 */
export async function completeWords(
  program: Command,
  words: readonly string[],
  values: DatabaseValues,
  aliases: Readonly<Record<string, readonly string[]>> = {},
): Promise<Candidate[]> {
  const typed = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  let command = program;
  let positionals = 0;
  let pendingOption: Option | undefined;
  for (let i = 0; i < before.length; i++) {
    const word = before[i] as string;
    if (pendingOption) {
      pendingOption = undefined;
      continue;
    }
    if (word.startsWith('-')) {
      const option = findOption(command, word);
      if (option && takesValue(option) && !word.includes('=')) pendingOption = option;
      continue;
    }
    const alias = command === program ? aliases[word] : undefined;
    const path = alias ?? [word];
    let descended = false;
    for (const name of path) {
      const sub = command.commands.find((c) => c.name() === name || c.aliases().includes(name));
      if (sub && positionals === 0) {
        command = sub;
        descended = true;
      }
    }
    if (!descended) positionals++;
  }

  let candidates: Candidate[];
  if (pendingOption) {
    candidates = await optionValues(pendingOption, typed, values);
  } else if (typed.startsWith('-')) {
    candidates = optionsOf(command)
      .filter((o) => !o.hidden && o.long)
      .map((o) => ({ value: o.long as string, description: o.description }));
  } else if (command.commands.length > 0 && positionals === 0) {
    candidates = command.commands
      .filter((c) => !hidden(c))
      .map((c) => ({ value: c.name(), description: c.description() }));
  } else {
    const argument =
      command.registeredArguments[Math.min(positionals, command.registeredArguments.length - 1)];
    if (!argument || (positionals >= command.registeredArguments.length && !argument.variadic)) return [];
    candidates = argument.argChoices
      ? argument.argChoices.map((c) => ({ value: c, description: '' }))
      : await namedValues(argument.name(), values);
  }
  return candidates.filter((c) => c.value.startsWith(typed));
}

/** How long a TAB may wait for the database before completing without its values. */
const DATABASE_PATIENCE_MS = 1500;

function withinPatience<T>(work: Promise<T>, fallback: T): Promise<T> {
  return Promise.race([
    work.catch(() => fallback),
    new Promise<T>((resolve) => setTimeout(() => resolve(fallback), DATABASE_PATIENCE_MS).unref()),
  ]);
}

function valueAfter(words: readonly string[], flag: string): string | undefined {
  const at = words.indexOf(flag);
  return at >= 0 && at + 1 < words.length - 1 ? words[at + 1] : undefined;
}

/** The whole `__complete` run: candidates on stdout, one `value<TAB>description` a line; never fails. */
export async function printCompletions(
  program: Command,
  argv: readonly string[],
  system: import('../../context/context.js').System,
  aliases: Readonly<Record<string, readonly string[]>>,
): Promise<void> {
  const words = argv[0] === '--' ? argv.slice(1) : argv;
  const { createCtx } = await import('../../context/context.js');
  let ctx: import('../../context/context.js').Ctx | undefined;
  try {
    const db = valueAfter(words, '--db');
    const profile = valueAfter(words, '--profile');
    ctx = await createCtx(system, { ...(db ? { db } : {}), ...(profile ? { profile } : {}) });
  } catch {
    ctx = undefined;
  }
  const open = async () => {
    if (!ctx) throw new Error('no context');
    if (ctx.dbTarget.dialect === 'sqlite') {
      const { existsSync } = await import('node:fs');
      // Completion must never create a database: no file, no values.
      if (!existsSync(ctx.dbTarget.path)) throw new Error('no database file');
    }
    return ctx.rawDb();
  };
  const queries = await import('../../workflows/completion.js');
  // A SQLite file answers at once or fails; only a server can keep a TAB waiting, so only it is timed.
  const quietly = <T>(work: Promise<T>, fallback: T) =>
    work.catch((error: unknown) => {
      // A TAB never shows an error; KURSDESK_DEBUG=1 says why the database offered nothing.
      if (system.env.KURSDESK_DEBUG === '1') system.stderr.write(`__complete: ${String(error)}\n`);
      return fallback;
    });
  const patient = <T>(work: Promise<T>, fallback: T) =>
    ctx?.dbTarget.dialect === 'postgres'
      ? withinPatience(quietly(work, fallback), fallback)
      : quietly(work, fallback);
  const values: DatabaseValues = {
    courseCodes: () =>
      patient(
        open().then((db) => queries.courseCodes(db)),
        [],
      ),
    unitIds: () =>
      patient(
        open().then((db) => queries.comingUnitIds(db, system.clock.now())),
        [],
      ),
  };
  try {
    const candidates = await completeWords(program, words, values, aliases);
    const clean = (text: string) => text.replace(/[\t\r\n]+/g, ' ');
    system.stdout.write(candidates.map((c) => `${clean(c.value)}\t${clean(c.description)}\n`).join(''));
  } finally {
    await withinPatience(ctx?.close() ?? Promise.resolve(), undefined);
  }
}
