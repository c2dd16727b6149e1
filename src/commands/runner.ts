// What a verb file needs from main: a way to run its action with a context built from the global options.
import type { Command } from 'commander';
import type { Ctx } from '../context/context.js';

/** Runs a verb's body with the context; the body may return an exit code (default 0). */
export type Runner = (command: Command, body: (ctx: Ctx) => Promise<number | undefined>) => Promise<void>;

export interface NounModule {
  /**
   * Adds the noun to the program. `verb` is the verb the command line runs, when it names one: a noun
   * whose verbs load lazily then loads that verb alone (help and completion load them all).
   */
  register(parent: Command, run: Runner, verb?: string): void | Promise<void>;
}

/** One verb of a noun whose verbs are loaded lazily: its name, and the module that registers it. */
export interface VerbEntry {
  name: string;
  load(): Promise<(noun: Command, run: Runner) => void>;
}

/**
 * Registers a noun's verbs in the listed order: only `verb` when it is one of them, else every one (a
 * noun's help lists them all; an unknown word gets commander's own error and suggestion).
 */
export async function registerVerbs(
  noun: Command,
  run: Runner,
  verbs: readonly VerbEntry[],
  verb?: string,
): Promise<void> {
  const chosen = verbs.find((v) => v.name === verb);
  const loaded = await Promise.all((chosen ? [chosen] : verbs).map((v) => v.load()));
  for (const registerVerb of loaded) registerVerb(noun, run);
}

/** Help text that ends a verb's --help: two or three real invocations. */
export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

/**
 * Help text that ends a noun's --help: the tickets its verbs answer (what the learner writes → the
 * verb), the pointer to each verb's own help, and two or three real invocations.
 */
export function nounHelp(noun: string, tickets: readonly [string, string][], ...lines: string[]): string {
  const width = Math.max(...tickets.map(([ticket]) => ticket.length));
  const rows = tickets.map(([ticket, verb]) => `  ${ticket.padEnd(width)}  ${verb}`).join('\n');
  return `\nTickets:\n${rows}\n\nRun kursdesk ${noun} <verb> --help for the options and examples of each verb.\n${examples(...lines)}`;
}

/** A line of a verb's help: the tickets it answers, in the learner's words (the FAQ's questions). */
export function forTickets(...tickets: string[]): string {
  return `\nFor tickets like: ${tickets.map((t) => `"${t}"`).join(', ')}.\n`;
}
