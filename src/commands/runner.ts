// What a verb file needs from main: a way to run its action with a context built from the global options.
import type { Command } from 'commander';
import type { Ctx } from '../context/context.js';

/** Runs a verb's body with the context; the body may return an exit code (default 0). */
export type Runner = (command: Command, body: (ctx: Ctx) => Promise<number | undefined>) => Promise<void>;

export interface NounModule {
  register(parent: Command, run: Runner): void;
}

/** Help text that ends a verb's --help: two or three real invocations. */
export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}
