// Runs the built bin/kursdesk in a real pseudo-terminal of a chosen size and keeps what a terminal
// would show (xterm's headless emulator), so tests assert what the agent sees: widths, prompts, pagers.
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import type { Env } from '../../src/context/context.js';
import { testEnv } from './cli.js';
import { BIN } from './e2e.js';

/** The bytes a terminal sends for the keys tests press. */
export const KEYS = {
  enter: '\r',
  up: '\x1b[A',
  down: '\x1b[B',
  ctrlC: '\x03',
  ctrlD: '\x04',
  backspace: '\x7f',
  tab: '\t',
} as const;

export interface TerminalRun {
  /** Types text (or KEYS.…) into the terminal. */
  write(text: string): void;
  /** Waits until the screen shows the text; fails with the screen after the timeout. */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
  /** The lines a user could scroll through (scroll-back and the visible page), right-trimmed. */
  screen(): string[];
  /** Everything the program wrote, escape sequences included. */
  output(): string;
  /** The exit code once the program ends. */
  exited: Promise<number>;
  kill(): void;
}

export interface TerminalOptions {
  cols?: number;
  rows?: number;
  env?: Env;
  cwd?: string;
}

export function runInTerminal(argv: string[], options: TerminalOptions = {}): TerminalRun {
  const cols = options.cols ?? 80;
  const rows = options.rows ?? 30;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    TERM: 'xterm-256color',
    LANG: 'C.UTF-8',
  };
  for (const [k, v] of Object.entries(testEnv(options.env))) if (v !== undefined) env[k] = v;
  const terminal = new xterm.Terminal({ cols, rows, scrollback: 5000, allowProposedApi: true });
  const child = pty.spawn(process.execPath, [BIN, ...argv], {
    name: 'xterm-256color',
    cols,
    rows,
    cwd: options.cwd ?? process.cwd(),
    env,
  });
  let raw = '';
  // xterm parses asynchronously: count what it has not finished so screen reads wait for it.
  let pending = Promise.resolve();
  let lastDataAt = Date.now();
  child.onData((data) => {
    raw += data;
    lastDataAt = Date.now();
    pending = pending.then(() => new Promise<void>((resolve) => terminal.write(data, resolve)));
  });
  const exited = new Promise<number>((resolve) => {
    child.onExit(({ exitCode }) => resolve(exitCode));
  });
  let done = false;
  void exited.then(() => {
    done = true;
  });

  const screen = (): string[] => {
    const buffer = terminal.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < buffer.length; i++) lines.push(buffer.getLine(i)?.translateToString(true) ?? '');
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return lines;
  };
  const shows = (text: string | RegExp): boolean => {
    const joined = screen().join('\n');
    return typeof text === 'string' ? joined.includes(text) : text.test(joined);
  };

  return {
    write: (text) => child.write(text),
    async waitFor(text, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        await pending;
        if (shows(text)) return;
        if (done || Date.now() > deadline) {
          await pending;
          if (shows(text)) return;
          throw new Error(
            `the terminal never showed ${String(text)}${done ? ' (the program ended)' : ''}; it shows:\n${screen().join('\n')}`,
          );
        }
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    screen,
    output: () => raw,
    exited: exited.then(async (code) => {
      // node-pty may report the exit before the last of the output has been read from the terminal (a
      // loaded machine shows it): wait until the output has been quiet a moment, at most a second.
      const settleBy = Date.now() + 1_000;
      while (Date.now() - lastDataAt < 150 && Date.now() < settleBy)
        await new Promise((r) => setTimeout(r, 30));
      await pending;
      return code;
    }),
    kill: () => {
      if (!done) child.kill();
    },
  };
}
