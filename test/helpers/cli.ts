// Runs the program in-process with a fake system: captured streams, a fixed clock, a private home
// folder and (for terminal runs) a scripted prompter.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fixedClock } from '../../src/context/clock.js';
import type { Env, System } from '../../src/context/context.js';
import type { Prompter } from '../../src/context/prompter.js';
import { CancelledError } from '../../src/errors.js';
import { main } from '../../src/main.js';

export const TEST_SECRET = 'kursdesk-test-secret-0123456789abcdef';
export const TEST_NOW = '2026-11-25T10:00:00.000Z';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  db?: string;
  env?: Env;
  stdin?: string;
  /** Pretend stdin, stdout and stderr are terminals. */
  tty?: boolean;
  /** Only stderr a terminal, stdout a pipe: `kursdesk … | cat` typed in a terminal. */
  stderrTty?: boolean;
  /** Answers for the prompter, in the order questions are asked; `null` cancels (Ctrl-C). */
  answers?: (string | boolean | null)[];
  now?: string;
}

/** A prompter that gives the scripted answers and fails on any question it was not given one for. */
export function scriptedPrompter(answers: (string | boolean | null)[], asked: string[]): Prompter {
  const next = (message: string): string | boolean => {
    asked.push(message);
    if (answers.length === 0) throw new Error(`unexpected question: ${message}`);
    const answer = answers.shift();
    if (answer === null || answer === undefined) throw new CancelledError();
    return answer;
  };
  const text = (message: string, validate?: (v: string) => string | true) => {
    const answer = String(next(message));
    const verdict = validate?.(answer);
    if (typeof verdict === 'string')
      throw new Error(`scripted answer '${answer}' to '${message}' is invalid: ${verdict}`);
    return Promise.resolve(answer);
  };
  return {
    canPrompt: true,
    input: (message, options) => text(message, options?.validate),
    secret: (message, options) => text(message, options?.validate),
    select: (message, choices) => {
      const answer = String(next(message));
      if (!choices.some((c) => c.value === answer))
        throw new Error(`'${answer}' is not a choice for '${message}'`);
      return Promise.resolve(answer as never);
    },
    confirm: (message) => Promise.resolve(Boolean(next(message))),
  };
}

let home: string | undefined;
export function testHome(): string {
  home ??= mkdtempSync(join(tmpdir(), 'kursdesk-home-'));
  return home;
}

export function testEnv(extra: Env = {}): Env {
  const dir = testHome();
  return {
    KURSDESK_SECRET: TEST_SECRET,
    KURSDESK_AGENT: 'test-agent',
    XDG_DATA_HOME: join(dir, 'data'),
    XDG_CONFIG_HOME: join(dir, 'config'),
    ...extra,
  };
}

export async function runCli(
  argv: string[],
  options: CliOptions = {},
): Promise<CliRun & { asked: string[]; both: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  // Both streams in the order they were written, as one terminal (or `2>&1`) would get them.
  let both = '';
  stdout.on('data', (d) => {
    out += String(d);
    both += String(d);
  });
  stderr.on('data', (d) => {
    err += String(d);
    both += String(d);
  });
  const asked: string[] = [];
  const tty = options.tty === true;
  const system: System = {
    env: testEnv({ ...(options.db ? { KURSDESK_DB: options.db } : {}), ...options.env }),
    cwd: testHome(),
    homeDir: testHome(),
    username: 'tester',
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    stdout,
    stderr,
    stdinIsTTY: tty,
    stdoutIsTTY: tty,
    stderrIsTTY: tty || options.stderrTty === true,
    columns: 120,
    clock: fixedClock(options.now ?? TEST_NOW),
    ...(options.answers ? { prompter: scriptedPrompter([...options.answers], asked) } : {}),
  };
  const code = await main(argv, system);
  return { code, stdout: out, stderr: err, asked, both };
}
