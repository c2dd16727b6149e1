// Questions asked in a terminal. @inquirer/prompts is imported only when a question is actually asked,
// and never when stdin is not a terminal: then a missing value is a usage error naming its flag.
import { text as coded } from '../domain/messages/index.js';
import { CancelledError, UsageError } from '../errors.js';
import type { IOStreams } from './io.js';

export interface Choice<T extends string> {
  value: T;
  name: string;
}

export interface Prompter {
  readonly canPrompt: boolean;
  input(
    message: string,
    options?: { default?: string; validate?: (v: string) => string | true },
  ): Promise<string>;
  secret(message: string, options?: { validate?: (v: string) => string | true }): Promise<string>;
  select<T extends string>(message: string, choices: readonly Choice<T>[]): Promise<T>;
  confirm(message: string, defaultAnswer?: boolean): Promise<boolean>;
}

function isPromptCancel(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

export function terminalPrompter(streams: IOStreams): Prompter {
  const canPrompt = streams.stdinIsTTY && streams.stderrIsTTY;
  const context = {
    get input() {
      return streams.stdin;
    },
    output: streams.stderr,
    clearPromptOnDone: false,
  };
  async function ask<T>(run: (p: typeof import('@inquirer/prompts')) => Promise<T>): Promise<T> {
    if (!canPrompt) throw new UsageError(coded('prompt.not-a-terminal'));
    const prompts = await import('@inquirer/prompts');
    try {
      return await run(prompts);
    } catch (error) {
      if (isPromptCancel(error)) throw new CancelledError();
      throw error;
    }
  }
  return {
    canPrompt,
    input: (message, options = {}) =>
      ask((p) =>
        p.input(
          {
            message,
            ...(options.default === undefined ? {} : { default: options.default }),
            ...(options.validate ? { validate: options.validate } : {}),
          },
          context,
        ),
      ),
    secret: (message, options = {}) =>
      ask((p) =>
        p.password(
          { message, mask: '*', ...(options.validate ? { validate: options.validate } : {}) },
          context,
        ),
      ),
    select: (message, choices) => ask((p) => p.select({ message, choices: [...choices] }, context)),
    confirm: (message, defaultAnswer = false) =>
      ask((p) => p.confirm({ message, default: defaultAnswer }, context)),
  };
}
