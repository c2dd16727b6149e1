// The guided mode's questions: @inquirer/prompts on stdin and stderr (stdout keeps the results and the
// replies to paste), with Ctrl-C turned into the one cancellation every command exits 130 on.
import type { IO } from '../context/io.js';
import { CancelledError } from '../errors.js';

export interface Option<T> {
  value: T;
  name: string;
  description?: string;
  disabled?: boolean | string;
}

export interface GuidedTerminal {
  select<T>(message: string, options: readonly Option<T>[], preselect?: T): Promise<T>;
  /** Offers what `source` finds for the text typed so far, as the agent types. */
  search<T>(message: string, source: (typed: string) => Promise<readonly Option<T>[]>): Promise<T>;
  input(
    message: string,
    options?: { default?: string; validate?: (text: string) => string | true },
  ): Promise<string>;
  secret(message: string, validate: (text: string) => string | true): Promise<string>;
  confirm(message: string, preselect?: boolean): Promise<boolean>;
}

function isCancel(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

/** How many choices a list shows at once: a 24-line terminal still shows the question and the result. */
const PAGE = 8;

/**
 * `output` gives a stream for one question: the prompt library ends the stream it was given when the
 * question is answered, so each question gets its own.
 */
export function inquirerTerminal(io: Pick<IO, 'stdin'>, output: () => NodeJS.WritableStream): GuidedTerminal {
  async function ask<T>(
    run: (p: typeof import('@inquirer/prompts'), context: object) => Promise<T>,
  ): Promise<T> {
    const prompts = await import('@inquirer/prompts');
    try {
      return await run(prompts, { input: io.stdin, output: output(), clearPromptOnDone: false });
    } catch (error) {
      if (isCancel(error)) throw new CancelledError();
      throw error;
    }
  }
  return {
    select: (message, options, preselect) =>
      ask((p, context) =>
        p.select(
          {
            message,
            choices: options.map((o) => ({ ...o })),
            pageSize: Math.max(PAGE, Math.min(options.length, 16)),
            loop: false,
            ...(preselect === undefined ? {} : { default: preselect }),
          },
          context,
        ),
      ),
    search: (message, source) =>
      ask((p, context) =>
        p.search(
          {
            message,
            pageSize: PAGE,
            source: async (typed) => (await source(typed ?? '')).map((o) => ({ ...o })),
          },
          context,
        ),
      ),
    input: (message, options = {}) =>
      ask((p, context) =>
        p.input(
          {
            message,
            ...(options.default === undefined ? {} : { default: options.default }),
            ...(options.validate ? { validate: options.validate } : {}),
          },
          context,
        ),
      ),
    secret: (message, validate) => ask((p, context) => p.password({ message, mask: '*', validate }, context)),
    confirm: (message, preselect = false) =>
      ask((p, context) => p.confirm({ message, default: preselect }, context)),
  };
}
