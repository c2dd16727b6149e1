// The program: builds the commander tree for the command being run, runs it, and maps every error to
// an exit code in one place. Never calls process.exit; bin/kursdesk sets process.exitCode.
import { Command, CommanderError, Option } from 'commander';
import { COMMANDS } from './commands/registry.js';
import type { Runner } from './commands/runner.js';
import { type Ctx, createCtx, FORMATS, type System } from './context/context.js';
import { maskNationalIdsIn } from './domain/national-id.js';
import { EXIT_CODE_HELP, ExitCode, UsageError, UserError } from './errors.js';
import { HELP_WIDTH, wrapHelpText } from './output/help-text.js';
import { escapeControls, escapeControlsKeepLines } from './output/terminal-text.js';
import { VERSION } from './version.js';

export { systemContext } from './context/context.js';

const VALUE_OPTIONS = new Set(['--db', '--format', '--fields', '--agent', '--ticket']);

/** The first word that is not an option: the command whose module must be loaded. */
export function commandWord(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string;
    if (word === '--') return argv[i + 1];
    if (word.startsWith('-')) {
      if (VALUE_OPTIONS.has(word)) i++;
      continue;
    }
    if (word === 'help') return argv.slice(i + 1).find((w) => !w.startsWith('-'));
    return word;
  }
  return undefined;
}

const ENVIRONMENT_HELP = `Environment:
  KURSDESK_DB, DATABASE_URL   the database (as --db); default: $XDG_DATA_HOME/kursdesk/kursdesk.db
  KURSDESK_AGENT              the agent name written to the audit log (default: your OS user)
  KURSDESK_SECRET             key for national-ID hashes (default: an owner-only key file,
                              $XDG_CONFIG_HOME/kursdesk/secret.key, made on first use; or KURSDESK_KEY_FILE)
  KURSDESK_REQUIRE_TICKET=1   refuse changes without --ticket
  KURSDESK_WAIT_MS            how long a change waits for another writer before giving up (default 10000)
  KURSDESK_PORTAL_URL         base of activation and reset links (see links --help for lifetimes and limits)
  KURSDESK_SMTP_URL           where mail send delivers the outbox (see mail send --help)
  KURSDESK_CERT_KEY, KURSDESK_CERT_KEY_FILE   certificate signing key (see certificates --help)
  KURSDESK_LANG               language of the guided mode (kursdesk guide): nb (default) or en
  PAGER, KURSDESK_PAGER       pager for long output in a terminal (default: less -FRX)
  NO_COLOR                    no colour
  KURSDESK_DEBUG=1            stack traces for internal errors`;

/** Commander's message as one line: its suggestion for a typo comes on a line of its own. */
function commanderMessage(text: string): string {
  return text
    .trim()
    .replace(/^error: /, '')
    .replace(/\n\(Did you mean (.+)\?\)$/, '; did you mean $1?')
    .replace(/\s*\n\s*/g, ' ');
}

function buildProgram(system: System, word: string | undefined, run: Runner): Promise<Command> {
  const program = new Command('kursdesk')
    .description(
      "the course portal's support desk: find and fix learner accounts, companies, courses and certificates",
    )
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addOption(new Option('--db <path|url>', 'database: a SQLite file, sqlite:PATH or postgres://…'))
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS as unknown as string[]))
    .option('--fields <a,b,c>', 'only these fields, in this order')
    .option('--agent <name>', 'your agent name for the audit log')
    .option('--ticket <ref>', 'the support ticket this work is for (written to the audit log)')
    .option('-y, --yes', 'answer yes to confirmations (needed when stdin is not a terminal)')
    .option('-q, --quiet', 'no progress or hints on stderr')
    .option('--no-color', 'no colour (also NO_COLOR)')
    .option('--wide', 'tables: hide no column to fit the terminal')
    .option('--no-pager', 'never page long output (also PAGER=cat)')
    .addHelpText('after', `\n${ENVIRONMENT_HELP}\n\n${EXIT_CODE_HELP}\n`)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void system.stdout.write(wrapHelpText(text)),
      writeErr: (text) => void system.stderr.write(wrapHelpText(text)),
      // Errors are one line whatever their length (scripts read them); only help is wrapped.
      outputError: (text) =>
        void system.stderr.write(
          `kursdesk: ${escapeControls(maskNationalIdsIn(commanderMessage(text)))} (see --help)\n`,
        ),
    });
  program.configureHelp({ sortSubcommands: false, showGlobalOptions: true, helpWidth: HELP_WIDTH });

  return (async () => {
    for (const entry of COMMANDS) {
      if (entry.name === word) {
        const module = await entry.load();
        module.register(program, run);
      } else {
        program.command(entry.name).description(entry.summary);
      }
    }
    return program;
  })();
}

function debugEnabled(system: System): boolean {
  return system.env.KURSDESK_DEBUG === '1';
}

function reportError(error: unknown, system: System): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return ExitCode.ok;
    if (error.code === 'commander.help') return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    return ExitCode.usage;
  }
  if (error instanceof UserError) {
    const hint = error.hint ? ` — ${error.hint}` : '';
    // The last guard: whatever a message quotes back, a national ID in it is masked.
    system.stderr.write(
      `kursdesk: ${escapeControlsKeepLines(maskNationalIdsIn(`${error.message}${hint}`))}\n`,
    );
    if (debugEnabled(system) && error.stack) system.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  system.stderr.write(
    `kursdesk: internal error: ${escapeControls(maskNationalIdsIn(message.split('\n')[0] ?? ''))} (a bug; KURSDESK_DEBUG=1 shows the stack)\n`,
  );
  if (debugEnabled(system) && error instanceof Error && error.stack) system.stderr.write(`${error.stack}\n`);
  return ExitCode.failed;
}

/** `kursdesk` with no command (and no --help or --version) where a person can answer questions. */
function wantsGuide(argv: readonly string[], system: System): boolean {
  if (!system.stdinIsTTY || !system.stderrIsTTY || commandWord(argv) !== undefined) return false;
  return !argv.some((a) => ['-h', '--help', '-V', '--version', 'help'].includes(a));
}

/**
 * No word on the command line is longer than this: a free-text argument that long is a paste gone wrong,
 * and passed on it ends in a database error (SQLite's LIKE refuses patterns over 50,000 bytes). Search
 * texts have lower limits of their own (SEARCH_TEXT_LIMIT); long data goes in files or on stdin.
 */
export const ARGUMENT_LIMIT = 2_000;

function checkArgumentLengths(argv: readonly string[]): void {
  argv.forEach((word, i) => {
    if (word.length > ARGUMENT_LIMIT) {
      const option = argv[i - 1]?.startsWith('--') ? ` (the value of ${argv[i - 1]})` : '';
      throw new UsageError(
        `argument ${i + 1}${option} is ${word.length.toLocaleString('en-US')} characters long; at most ${ARGUMENT_LIMIT.toLocaleString('en-US')} are accepted`,
        { hint: 'put long data in a file or on stdin' },
      );
    }
  });
}

export async function main(argv: readonly string[], system: System): Promise<number> {
  let ctx: Ctx | undefined;
  let exitCode: number = ExitCode.ok;
  const run: Runner = async (command, body) => {
    ctx = createCtx(system, command.optsWithGlobals());
    const { translateDbError } = await import('./db/errors.js');
    try {
      exitCode = (await body(ctx)) ?? ExitCode.ok;
    } catch (error) {
      throw translateDbError(error);
    }
  };
  try {
    // No command in a terminal: the guided mode (global options such as --db still apply).
    const args = wantsGuide(argv, system) ? [...argv, 'guide'] : argv;
    const program = await buildProgram(system, commandWord(args), run);
    if (args.length === 0) {
      // A usage error like any other: the help goes to stderr, so stdout carries only data.
      program.outputHelp({ error: true });
      return ExitCode.usage;
    }
    checkArgumentLengths(args);
    await program.parseAsync(args as string[], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, system);
  } finally {
    await ctx?.close();
  }
}
