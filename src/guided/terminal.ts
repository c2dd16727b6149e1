// The guided mode's questions: @inquirer/prompts on stdin and stderr (stdout keeps the results and the
// replies to paste), with Ctrl-C turned into the one cancellation every command exits 130 on.
import { styleText } from 'node:util';
import type { IO } from '../context/io.js';
import { answerOf, yesNoCheck, yesNoHint, yesNoWord } from '../context/yes-no.js';
import { text } from '../domain/messages/index.js';
import { maskNationalIdsIn } from '../domain/national-id.js';
import { CancelledError } from '../errors.js';

export interface Option<T> {
  value: T;
  name: string;
  /** What the answered question shows (default: the name). */
  short?: string;
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
  /** Several lines of pasted text, ended by Enter on an empty line or Ctrl-D. */
  paste(message: string, hint: string): Promise<string>;
}

/**
 * The prompt library's own words, in the agent's language: the key hints under a list ("↑↓ navigate •
 * ⏎ select") come through the theme; its other words ("No results found" when a search finds nothing)
 * never show, as every search here offers a choice or a way back instead.
 */
const KEY_WORDS = {
  nb: { navigate: 'flytt', select: 'velg' },
  en: { navigate: 'navigate', select: 'select' },
} as const;

/** The theme for list questions: key hints in the agent's language, keys bold and words dim as before. */
export function listTheme(lang: 'nb' | 'en') {
  const words: Readonly<Record<string, string>> = KEY_WORDS[lang];
  return {
    style: {
      keysHelpTip: (keys: [string, string][]) =>
        keys
          .map(([key, action]) => `${styleText('bold', key)} ${styleText('dim', words[action] ?? action)}`)
          .join(styleText('dim', ' • ')),
    },
  };
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
export function inquirerTerminal(
  io: Pick<IO, 'stdin'>,
  output: () => NodeJS.WritableStream,
  lang: 'nb' | 'en' = 'en',
): GuidedTerminal {
  const theme = listTheme(lang);
  // Ctrl-C ends the run (exit 130) with one line in the guide's language, not the errors' default.
  const cancelled = text('guided.cancelled').in(lang);
  const paste = (message: string, hint: string) =>
    readPasted(io.stdin as NodeJS.ReadStream, output(), message, hint, cancelled);
  async function ask<T>(
    run: (p: typeof import('@inquirer/prompts'), context: object) => Promise<T>,
  ): Promise<T> {
    const prompts = await import('@inquirer/prompts');
    try {
      return await run(prompts, { input: io.stdin, output: output(), clearPromptOnDone: false });
    } catch (error) {
      if (isCancel(error)) throw new CancelledError(cancelled);
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
            theme,
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
            theme,
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
    // The prompt library's yes/no knows only y and n (a Norwegian "j" would count as the default): this
    // one takes j/ja/y/yes and n/nei/no in either language, and shows the answer in the agent's.
    confirm: async (message, preselect = false) => {
      const typed = await ask((p, context) =>
        p.input(
          {
            message: `${message} (${yesNoHint(lang, preselect)})`,
            validate: yesNoCheck(lang),
            transformer: (text, { isFinal }) => (isFinal ? yesNoWord(lang, answerOf(text, preselect)) : text),
          },
          context,
        ),
      );
      return answerOf(typed, preselect);
    },
    paste,
  };
}

const PASTE_START = '\u001b[200~';
const PASTE_END = '\u001b[201~';

/** The longest run of digits and separators the paste echo holds back before it lets it out. */
const HELD_AT_MOST = 40;

/**
 * Reads pasted text in raw mode. A terminal in bracketed-paste mode marks a paste, so the blank lines
 * of an e-mail stay in it; without the marks, a paste still arrives as one burst of bytes, unlike a
 * typed Enter. So the text ends on Enter pressed alone on an empty line, or on Ctrl-D; Ctrl-C cancels.
 */
export function readPasted(
  stdin: NodeJS.ReadStream,
  out: NodeJS.WritableStream,
  message: string,
  hint: string,
  cancelled = text('guided.cancelled').in('en'),
): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    let inPaste = false;
    let afterCarriageReturn = false;
    out.write(`? ${message}\n  ${hint}\n\u001b[?2004h`);
    const lineIsEmpty = () => text === '' || text.endsWith('\n');
    // Digits are echoed only once it is clear they are no national ID (people paste tickets that hold
    // one): a run of digits and the marks written between an ID's parts (space, dot, dash, slash) is held
    // back until it ends, then echoed with every national ID in it masked, in any written form
    // (`151086 950 88`, `15.10.86-95088`), a slip of one digit too many included. A very long run is let
    // out when it passes HELD_AT_MOST, masked the same way. The text itself keeps the digits for triage.
    let held = '';
    const flush = () => {
      if (held !== '') out.write(maskNationalIdsIn(held));
      held = '';
    };
    const echo = (c: string) => {
      if (/\d/.test(c) || (held !== '' && /^[ ./-]$/.test(c))) {
        held += c;
        if (held.length > HELD_AT_MOST) flush();
        return;
      }
      flush();
      out.write(c);
    };
    const done = (error?: Error) => {
      echo('');
      stdin.removeListener('data', onData);
      stdin.setRawMode?.(false);
      stdin.pause();
      out.write(`\u001b[?2004l${lineIsEmpty() ? '' : '\r\n'}`);
      if (error) reject(error);
      // Blank lines before and after the text are no part of it.
      else resolve(`${text.replace(/^(?:[ \t]*\n)+/, '').trimEnd()}\n`);
    };
    function onData(chunk: Buffer | string): void {
      let data = String(chunk);
      const alone = data === '\r' || data === '\n';
      while (data.length > 0) {
        if (data.startsWith(PASTE_START) || data.startsWith(PASTE_END)) {
          inPaste = data.startsWith(PASTE_START);
          data = data.slice(PASTE_START.length);
          continue;
        }
        const c = data[0] as string;
        data = data.slice(1);
        // A CR LF pair is one line break.
        const pairedLineFeed = c === '\n' && afterCarriageReturn;
        afterCarriageReturn = c === '\r';
        if (pairedLineFeed) continue;
        if (c === '\u0003') {
          done(new CancelledError(cancelled));
          return;
        }
        if (c === '\u0004') {
          done();
          return;
        }
        if (c === '\r' || c === '\n') {
          if (alone && !inPaste && lineIsEmpty() && text.trim() !== '') {
            done();
            return;
          }
          text += '\n';
          echo('\r\n');
        } else if (c === '\u007f' || c === '\b') {
          if (!lineIsEmpty()) {
            text = text.slice(0, -1);
            if (held !== '') held = held.slice(0, -1);
            else out.write('\b \b');
          }
        } else if (c >= ' ' || c === '\t') {
          text += c;
          echo(c);
        }
      }
    }
    stdin.setRawMode?.(true);
    stdin.setEncoding('utf8');
    stdin.on('data', onData);
    stdin.resume();
  });
}
