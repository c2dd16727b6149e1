// The terminal as the program sees it: streams, whether each is a terminal, and whether colour is on.
// Data goes to out(); progress, warnings and hints go to err().
import type { Writable } from 'node:stream';

export interface IO {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdinIsTTY: boolean;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** Colour on stdout. */
  readonly color: boolean;
  /** Colour on stderr. */
  readonly colorErr: boolean;
  readonly columns: number;
  readonly quiet: boolean;
  out(text: string): void;
  err(text: string): void;
  /** A hint or progress note on stderr, silenced by --quiet. */
  note(text: string): void;
  /** A warning on stderr; --quiet does not silence warnings. */
  warn(text: string): void;
}

export interface IOStreams {
  stdin: NodeJS.ReadableStream;
  stdout: Writable;
  stderr: Writable;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  columns: number;
}

export interface ColourSettings {
  /** --no-color was given */
  noColorFlag: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/** Colour follows the usual rules: never with NO_COLOR or --no-color, always with FORCE_COLOR, else on a terminal. */
export function colourWanted(isTTY: boolean, settings: ColourSettings): boolean {
  if (settings.noColorFlag) return false;
  const { env } = settings;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

export function createIO(streams: IOStreams, settings: ColourSettings & { quiet: boolean }): IO {
  const color = colourWanted(streams.stdoutIsTTY, settings);
  const colorErr = colourWanted(streams.stderrIsTTY, settings);
  const paint = (text: string, code: string) => (colorErr ? `\u001b[${code}m${text}\u001b[0m` : text);
  return {
    stdin: streams.stdin,
    stdinIsTTY: streams.stdinIsTTY,
    stdoutIsTTY: streams.stdoutIsTTY,
    stderrIsTTY: streams.stderrIsTTY,
    color,
    colorErr,
    columns: streams.columns,
    quiet: settings.quiet,
    out: (text) => void streams.stdout.write(text),
    err: (text) => void streams.stderr.write(text),
    note: (text) => {
      if (!settings.quiet) streams.stderr.write(`${paint(text, '2')}\n`);
    },
    warn: (text) => void streams.stderr.write(`${paint(`warning: ${text}`, '33')}\n`),
  };
}
