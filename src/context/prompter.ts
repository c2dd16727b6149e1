// Questions asked in a terminal. @inquirer/prompts is imported only when a question is actually asked,
// and never when stdin is not a terminal: then a missing value is a usage error naming its flag.
import { WriteStream } from 'node:tty';
import { styleText } from 'node:util';
import { text as coded, type Lang } from '../domain/messages/index.js';
import { CancelledError, UsageError } from '../errors.js';
import type { IOStreams } from './io.js';
import { answerOf, yesNoCheck, yesNoHint, yesNoWord } from './yes-no.js';

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

/**
 * Colour as the prompt library decides it (from the environment, whatever stdout is), so the yes/no
 * question below looks exactly as the library's own confirm did.
 */
const LIBRARY_COLOURS = WriteStream.prototype.hasColors?.() ?? false;
const paint = (style: 'bold' | 'dim' | 'cyan', text: string): string =>
  LIBRARY_COLOURS ? styleText(style, text, { validateStream: false }) : text;

export function terminalPrompter(streams: IOStreams, lang: Lang = 'en'): Prompter {
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
    // The library's confirm reads only y and n (a bokmål "j" would count as the default, no change
    // made): this reads j/ja/y/yes and n/nei/no in every language, and draws the question as that
    // confirm did, with the hint and the answer in the agent's language.
    confirm: async (message, defaultAnswer = false) => {
      const hint = paint('dim', `(${yesNoHint(lang, defaultAnswer)})`);
      const typed = await ask((p) =>
        p.input(
          {
            message,
            validate: yesNoCheck(lang),
            transformer: (text, { isFinal }) =>
              isFinal ? paint('cyan', yesNoWord(lang, answerOf(text, defaultAnswer))) : text,
            theme: {
              // A refused answer is cleared, so the next one is typed afresh ("x" then "j" is not "xj").
              validationFailureMode: 'clear',
              style: {
                message: (text: string, status: string) =>
                  status === 'done' ? paint('bold', text) : `${paint('bold', text)} ${hint}`,
              },
            },
          },
          context,
        ),
      );
      return answerOf(typed, defaultAnswer);
    },
  };
}
