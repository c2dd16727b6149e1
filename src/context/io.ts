// The terminal as the program sees it: streams, whether each is a terminal, and whether colour is on.
// Data goes to out() (or page() for long text a person reads); progress, warnings and hints go to err().
import { createRequire } from 'node:module';
import type { Writable } from 'node:stream';
import { type Lang, text } from '../domain/messages/index.js';
import { maskNationalIdsIn } from '../domain/national-id.js';
import { escapeControlsKeepLines } from '../output/terminal-text.js';

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
  /** The terminal's height (for deciding whether text needs a pager). */
  readonly rows: number;
  readonly quiet: boolean;
  /** stderr itself, for libraries that draw on it (the progress bar). */
  readonly errStream: Writable;
  /** Data on stdout; in a terminal, control characters in it are escaped. */
  out(text: string): void;
  /**
   * Text for a person to read: through the pager when stdout is a terminal, paging is on and the text
   * is longer than the screen; otherwise (or when the pager cannot be started) straight to stdout.
   */
  page(text: string): void;
  /** Diagnostics on stderr; control characters in them are escaped (they may quote data). */
  err(text: string): void;
  /** A hint or progress note on stderr, silenced by --quiet. */
  note(text: string): void;
  /**
   * A warning on stderr, after its prefix in `lang` (default: the agent's language, as every message);
   * --quiet does not silence warnings.
   */
  warn(text: string, lang?: Lang): void;
}

export interface IOStreams {
  stdin: NodeJS.ReadableStream;
  stdout: Writable;
  stderr: Writable;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  columns: number;
  rows?: number;
  /** The pager program and its arguments (from $PAGER, default less -FRX); undefined: never page. */
  pager?: readonly string[] | undefined;
  env?: Readonly<Record<string, string | undefined>>;
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

function longerThanScreen(text: string, rows: number): boolean {
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
    if (++lines >= rows - 1) return true;
  return false;
}

/**
 * Hands the text to the pager and waits for it (the pager reads keys from the terminal itself). Returns
 * false when the program could not be started (not installed), so the caller prints the text instead.
 */
function runPager(
  pager: readonly string[],
  text: string,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  const [program, ...args] = pager;
  if (!program) return false;
  const childEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) childEnv[k] = v;
  // less shows colour and quits on one screen without being told (as git sets it).
  childEnv.LESS ??= 'FRX';
  // Loaded here, not at start-up: most runs never page, and child_process is a large part of Node.
  const { spawnSync } = createRequire(import.meta.url)(
    'node:child_process',
  ) as typeof import('node:child_process');
  const result = spawnSync(program, args, {
    input: text,
    stdio: ['pipe', 'inherit', 'inherit'],
    env: childEnv,
  });
  return result.error === undefined;
}

export function createIO(
  streams: IOStreams,
  settings: ColourSettings & { quiet: boolean; noPager?: boolean; lang?: Lang },
): IO {
  const color = colourWanted(streams.stdoutIsTTY, settings);
  const colorErr = colourWanted(streams.stderrIsTTY, settings);
  // The same last guard as for errors (main.ts): diagnostics quote what was typed ("no course matches
  // '…'"), and a national ID typed there, valid or mistyped, is masked.
  const diagnostic = (text: string) => escapeControlsKeepLines(maskNationalIdsIn(text));
  const paint = (text: string, code: string) =>
    colorErr ? `\u001b[${code}m${diagnostic(text)}\u001b[0m` : diagnostic(text);
  const rows = streams.rows ?? 24;
  const write = (text: string) => void streams.stdout.write(text);
  // Text on a terminal never carries raw control characters from data (a name with `ESC ] 0 ;` would
  // retitle the window). Pipes get the data as it is; bytes (a PDF) pass untouched.
  const out = (text: string) =>
    write(streams.stdoutIsTTY && typeof text === 'string' ? escapeControlsKeepLines(text) : text);
  return {
    get stdin() {
      return streams.stdin;
    },
    stdinIsTTY: streams.stdinIsTTY,
    stdoutIsTTY: streams.stdoutIsTTY,
    stderrIsTTY: streams.stderrIsTTY,
    color,
    colorErr,
    columns: streams.columns,
    rows,
    quiet: settings.quiet,
    errStream: streams.stderr,
    out,
    page: (text) => {
      const pager = streams.pager;
      // Paged text is laid out by the renderer: its data is escaped already and its colour is meant.
      if (!pager || !streams.stdoutIsTTY || settings.noPager || !longerThanScreen(text, rows))
        return write(text);
      if (!runPager(pager, text, streams.env ?? {})) write(text);
    },
    err: (text) => void streams.stderr.write(diagnostic(text)),
    note: (text) => {
      if (!settings.quiet) streams.stderr.write(`${paint(text, '2')}\n`);
    },
    // The prefix in the agent's language too: an nb screen otherwise starts every warning in English.
    warn: (warning, lang) =>
      void streams.stderr.write(
        `${paint(text('note.warning', { warning }).in(lang ?? settings.lang ?? 'en'), '33')}\n`,
      ),
  };
}
