// The program: builds the commander tree for the command being run, runs it, and maps every error to
// an exit code in one place. Never calls process.exit; bin/kursdesk sets process.exitCode.
import { Command, CommanderError, Option } from 'commander';
import { COMMAND_ALIASES, COMMANDS } from './commands/registry.js';
import type { Runner } from './commands/runner.js';
import {
  type Ctx,
  configHome,
  createCtx,
  FORMATS,
  systemContext as processSystem,
  type System,
} from './context/context.js';
import { removeTemporaryPaths } from './context/temporary-paths.js';
import { type Lang, type Text, text } from './domain/messages/index.js';
import { maskNationalIdShapesIn, maskNationalIdsIn } from './domain/national-id.js';
import { agentLang, EXIT_CODE_HELP, ExitCode, UsageError, UserError } from './errors.js';
import { HELP_WIDTH, wrapHelpText } from './output/help-text.js';
import { escapeControls } from './output/terminal-text.js';
import { VERSION } from './version.js';

/**
 * The exit code of a run stopped by a signal, as a shell reports one killed by it (128 + the signal's
 * number): SIGINT (Ctrl-C outside a prompt) and SIGTERM (kill, a CI job's timeout, systemd).
 */
export const SIGNAL_EXIT_CODES = { SIGINT: ExitCode.interrupted, SIGTERM: ExitCode.terminated } as const;

/**
 * A run stopped from outside ends on purpose: one line on stderr, in the agent's language, and the
 * signal's exit code. Nothing is half-written, because every change is one transaction that is never
 * committed once the process ends: SQLite's journal undoes it when the file is next opened, and the
 * PostgreSQL server rolls it back when the connection drops; temporary files under way are removed. (A prompt's Ctrl-C does not come here: in
 * raw mode it is a key, and the prompt ends the run as cancelled, also 130.)
 */
export function stopOnSignals(
  system: Pick<System, 'env' | 'stderr' | 'stderrIsTTY'>,
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  for (const [signal, exitCode] of Object.entries(SIGNAL_EXIT_CODES)) {
    process.once(signal, () => {
      removeTemporaryPaths();
      const line = text('run.interrupted', { signal, exitCode }).in(agentLang(system.env));
      // In a terminal a progress bar may hold the line: start a new one.
      system.stderr.write(`${system.stderrIsTTY ? '\n' : ''}kursdesk: ${line}\n`, () => exit(exitCode));
    });
  }
}

/** The process as the program's system, stopping on SIGINT and SIGTERM as `stopOnSignals` says. */
export function systemContext(): System {
  const system = processSystem();
  stopOnSignals(system);
  return system;
}

// `--lang` is the guided mode's option; before any command word it belongs to the guide that
// `kursdesk` alone starts (`kursdesk --lang en`), so its value is no command word either.
const VALUE_OPTIONS = new Set(['--db', '--format', '--fields', '--agent', '--ticket', '--profile', '--lang']);

/** Where the first word that is not an option (nor a global option's value) stands, or -1. */
function commandIndex(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string;
    if (word === '--') return i + 1 < argv.length ? i + 1 : -1;
    if (word.startsWith('-')) {
      if (VALUE_OPTIONS.has(word)) i++;
      continue;
    }
    return i;
  }
  return -1;
}

/** The first word that is not an option: the command whose module must be loaded. */
export function commandWord(argv: readonly string[]): string | undefined {
  const at = commandIndex(argv);
  return at < 0 ? undefined : argv[at];
}

/**
 * The verb after the command word, when the run needs that verb alone: not for help (a noun's help lists
 * every verb, and `users --help show` is the noun's help).
 */
export function verbWord(argv: readonly string[]): string | undefined {
  const at = commandIndex(argv);
  if (at < 0 || argv.includes('--help') || argv.includes('-h')) return undefined;
  return commandWord(argv.slice(at + 1));
}

/**
 * The command line in its current words: `help users find` becomes `users find --help` (commander's own
 * help command stops at the noun), and an old spelling (`enrol`, `completions`) its current form.
 */
export function currentWords(argv: readonly string[]): string[] {
  const words = [...argv];
  const at = commandIndex(words);
  if (at < 0) return words;
  if (words[at] === 'help') {
    words.splice(at, 1);
    words.push('--help');
    return currentWords(words);
  }
  const alias = COMMAND_ALIASES[words[at] as string];
  if (alias) words.splice(at, 1, ...alias);
  return words;
}

// The FAQ's questions, each with the command that answers it: how a new agent finds the right verb from
// --help alone. Every command here must exist (test/commands/help.test.ts runs each one's --help).
const TICKETS_HELP = `Common tickets and their commands (triage <mail> --answer picks one for you;
--reply nb|nn|en on a command prints the answer to paste):
  forgot which e-mail, ID in use   users find --name … --birthdate … --email …
  no activation e-mail, password   links issue <learner>
  new login e-mail                 users set-email <learner> <new address>
  changed employer                 users move <learner> --to <org number>
  company not in the list          companies register <org number>
  full catalogue, driver           users set-type <learner> full --employer …
  new HMS card                     users set-hms <learner> <card number>
  can't find a course              courses why-hidden <code> --user <learner>
  course full, no dates            units list --course <code>, units enrol,
                                   units request
  what do I still need             programmes status <learner>
  certificate                      users history <learner>, certificates issue
  register a learner               users create
  how to log in, change password   replies list --topic login
  what do you keep, delete me      privacy export, privacy erase
  details missing, not ours        replies ask, replies decline
  in a terminal: kursdesk alone asks the same questions as a menu (guide)`;

const ENVIRONMENT_HELP = `Settings: a flag wins over the environment, which wins over the profile in the config file ($XDG_CONFIG_HOME/kursdesk/config; kursdesk config --help), which wins over the default.

Environment:
  KURSDESK_PROFILE            the config file's profile to use (as --profile)
  KURSDESK_DB, DATABASE_URL   the database (as --db); default: $XDG_DATA_HOME/kursdesk/kursdesk.db (a relative XDG_DATA_HOME or XDG_CONFIG_HOME is ignored, as the XDG spec says)
  PGPASSWORD, ~/.pgpass       the PostgreSQL password (never in --db)
  KURSDESK_AGENT              the agent name written to the audit log (default: your OS user)
  KURSDESK_SECRET             key for national-ID hashes (default: an owner-only key file,
                              $XDG_CONFIG_HOME/kursdesk/secret.key, made on first use; or KURSDESK_KEY_FILE)
  KURSDESK_REQUIRE_TICKET=1   refuse changes without --ticket
  KURSDESK_WAIT_MS            how long a change waits for another writer before giving up (default 10000)
  KURSDESK_PORTAL_URL         base of activation and reset links (see links --help for lifetimes and limits)
  KURSDESK_SMTP_URL           where mail send delivers the outbox (see mail send --help)
  KURSDESK_CERT_KEY, KURSDESK_CERT_KEY_FILE   certificate signing key (see certificates --help)
  KURSDESK_LANG               nb or en: the guided mode's language (default nb), and the language of errors and warnings (default en; nb only when chosen here or in the config)
  PAGER, KURSDESK_PAGER       pager for long output in a terminal (default: less -FRX)
  NO_COLOR                    no colour
  KURSDESK_DEBUG=1            stack traces for internal errors`;

/** Edit distance, for "did you mean" on an unknown command (a handful of short names: no need for speed). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        (row[j] as number) + 1,
        (next[j - 1] as number) + 1,
        (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[b.length] as number;
}

function visibleSubcommands(command: Command): Command[] {
  return command.commands.filter((c) => !(c as unknown as { _hidden: boolean })._hidden);
}

/**
 * `kursdesk nosuch --help` and `kursdesk users nosuch --help`: commander would print the parent's help and
 * exit 0, so a typo looks like success. The words are walked down the tree first, and a word that is not
 * a command there is a usage error naming it.
 */
function checkCommandPath(program: Command, words: readonly string[]): void {
  let command = program;
  const path: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (word === '--') return;
    if (word.startsWith('-')) {
      if (VALUE_OPTIONS.has(word)) i++;
      continue;
    }
    if (command.commands.length === 0) return;
    const next = command.commands.find((c) => c.name() === word || c.aliases().includes(word));
    if (!next) {
      const names = visibleSubcommands(command).map((c) => c.name());
      const close = names.filter((n) => distance(n, word) <= (word.length >= 4 ? 2 : 1));
      const where = path.length === 0 ? 'kursdesk' : `kursdesk ${path.join(' ')}`;
      // A command word is no KID to read back: a number written like a national ID is masked, valid or not.
      const typed = maskNationalIdShapesIn([...path, word].join(' '));
      throw new UsageError(text('usage.unknown-command', { command: typed }), {
        hint:
          close.length > 0
            ? text('hint.did-you-mean', { options: close })
            : text('hint.see-help', { command: where }),
      });
    }
    path.push(word);
    command = next;
  }
}

/**
 * A word where a flag was meant (`users find "Kari Nordmann"`): the flag its shape suggests, or the flags
 * the verb takes. Commander only says "too many arguments".
 */
export function strayArgumentMessage(command: Command, typed: string): Text {
  // The agent's own word read back: a national ID in it is masked, valid or mistyped.
  const stray = maskNationalIdShapesIn(typed);
  const flags = command.options
    .filter((o) => !o.hidden && (o.required || o.optional))
    .map((o) => o.long ?? '');
  const has = (flag: string) => flags.includes(flag);
  const shaped =
    (stray.includes('@') && has('--email') && '--email') ||
    (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$|^\d{4}-\d{2}-\d{2}$/.test(stray) &&
      ((has('--birthdate') && '--birthdate') || (has('--date') && '--date'))) ||
    (/^\d{9}$/.test(stray.replace(/\s/g, '')) && has('--employer') && '--employer') ||
    (/\p{L}/u.test(stray) && has('--name') && '--name') ||
    (has('--user') && '--user') ||
    undefined;
  const quoted = /\s/.test(stray) ? `"${stray}"` : stray;
  const name = command.parent?.parent ? `${command.parent.name()} ${command.name()}` : command.name();
  if (shaped) return text('usage.stray-word-for-flag', { command: name, stray, flag: shaped, shown: quoted });
  return flags.length > 0
    ? text('usage.stray-word-flags', { command: name, flags })
    : text('usage.stray-word', { command: name, stray });
}

/** Commander's suggestion for a typo, as the names it offers (none when it has none). */
function suggestionsIn(message: string): string[] {
  const match = /\(Did you mean (?:one of )?(.+)\?\)\s*$/.exec(message);
  return match ? (match[1] as string).split(', ') : [];
}

/**
 * A value commander would quote back in a refusal, when it is safe to: a short word with a letter in it
 * (a mistyped choice). Anything else (digits alone, a long string) may be a national ID or a token.
 */
function shownValue(value: string): string | undefined {
  return value.length <= 24 && /\p{L}/u.test(value) && !/\d{6}/.test(value) ? value : undefined;
}

/** The options a command accepts, its own and those of the commands above it (the global options). */
function optionsInScope(command: Command): Option[] {
  const all: Option[] = [];
  for (let c: Command | null = command; c; c = c.parent) all.push(...c.options);
  return all;
}

/** Commander's invalid-value refusal (a choice not among the allowed ones), without the value unless safe. */
function invalidValueError(error: CommanderError, command: Command): UserError {
  const option = optionsInScope(command).find((o) =>
    error.message.startsWith(`error: option '${o.flags}' argument '`),
  );
  if (option) {
    const start = `error: option '${option.flags}' argument '`.length;
    const value = error.message.slice(start, error.message.lastIndexOf("' is invalid."));
    return new UsageError(
      text('usage.invalid-choice', {
        option: option.long ?? option.flags,
        value: shownValue(value),
        choices: option.argChoices ?? [],
      }),
      { hint: text('hint.see-help', { command: commandPath(command) }) },
    );
  }
  const argument = command.registeredArguments.find((a) =>
    error.message.includes(`is invalid for argument '${a.name()}'.`),
  );
  if (argument) {
    const value = /^error: command-argument value '(.*)' is invalid for argument/s.exec(error.message)?.[1];
    return new UsageError(
      text('usage.invalid-argument-choice', {
        argument: argument.name(),
        value: value === undefined ? undefined : shownValue(value),
        choices: argument.argChoices ?? [],
      }),
      { hint: text('hint.see-help', { command: commandPath(command) }) },
    );
  }
  return new UsageError(text('usage.command-line', { reason: oneLine(error.message) }));
}

function oneLine(message: string): string {
  return message
    .trim()
    .replace(/^error: /, '')
    .replace(/\s*\n\s*/g, ' ');
}

/**
 * Commander's refusal of the command line as a coded usage error, in the agent's language: what was
 * wrong, its suggestion for a typo kept as the hint (else where the help is). The names in it come from
 * the program (flags, commands, arguments); a value the user typed is shown only when `shownValue` allows.
 */
export function usageErrorFrom(error: CommanderError, command: Command): UserError {
  const seeHelp = text('hint.see-help', { command: commandPath(command) });
  const suggested = suggestionsIn(error.message);
  const hint = suggested.length > 0 ? text('hint.did-you-mean', { options: suggested }) : seeHelp;
  const quoted = /'(.*?)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.unknownOption':
      // `--nationalid=15108695077`: the option's name only, never the value after =.
      return new UsageError(text('usage.unknown-option', { option: quoted.split('=')[0] as string }), {
        hint,
      });
    case 'commander.unknownCommand':
      return new UsageError(text('usage.unknown-command', { command: maskNationalIdShapesIn(quoted) }), {
        hint,
      });
    case 'commander.missingArgument':
      return new UsageError(text('usage.missing-argument', { argument: quoted }), { hint: seeHelp });
    case 'commander.optionMissingArgument':
      return new UsageError(text('usage.option-missing-value', { option: quoted }), { hint: seeHelp });
    case 'commander.missingMandatoryOptionValue':
      return new UsageError(text('usage.required-option', { option: quoted }), { hint: seeHelp });
    case 'commander.invalidArgument':
      return invalidValueError(error, command);
    case 'commander.excessArguments': {
      const expected = command.registeredArguments.length;
      const stray = command.args[expected];
      // A word where a flag was meant: name it and the flag its shape suggests.
      if (stray !== undefined && command.parent)
        return new UsageError(strayArgumentMessage(command, stray), { hint: seeHelp });
      return new UsageError(
        text('usage.too-many-arguments', { command: command.name(), expected, got: command.args.length }),
        { hint: seeHelp },
      );
    }
    case 'commander.conflictingOption': {
      const [option, other] = [...error.message.matchAll(/'(.*?)'/g)].map((m) => m[1] as string);
      return new UsageError(text('usage.conflicting-options', { option: option ?? '', other: other ?? '' }), {
        hint: seeHelp,
      });
    }
    default:
      return new UsageError(text('usage.command-line', { reason: oneLine(error.message) }), {
        hint: seeHelp,
      });
  }
}

/** Help and --version end the run as commander ends it; every refusal becomes a coded usage error. */
const ENDS_QUIETLY = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

/**
 * Every loaded command refuses through `usageErrorFrom`: commander writes nothing itself (its English,
 * multi-line text), and main reports the coded error like any other, as JSON with --format json.
 */
function codeUsageErrors(command: Command): void {
  command.exitOverride((error) => {
    throw ENDS_QUIETLY.has(error.code) ? error : usageErrorFrom(error, command);
  });
  command.configureOutput({ ...command.configureOutput(), outputError: () => undefined });
  refuseRepeatedOptions(command);
  for (const sub of command.commands) codeUsageErrors(sub);
}

/**
 * An option that takes one value, given twice with different values (`--db prod.db … --db test.db`,
 * `--ticket A --ticket B`, or an option and its older spelling), is refused: commander would keep the
 * last one without a word, and a script that appends its own --db or --ticket would then change another
 * database or audit another ticket than the one it was given. The same value twice is harmless and
 * passes; options meant to be repeated (`users find --email`, collected into a list) are left alone.
 * The values are never quoted back (one may be a national ID or a token).
 */
function refuseRepeatedOptions(command: Command): void {
  const given = new Map<string, { flag: string; value: unknown }>();
  for (const option of command.options) {
    if (!(option.required || option.optional) || option.variadic || Array.isArray(option.defaultValue))
      continue;
    const flag = option.long ?? option.short ?? option.name();
    command.on(`option:${option.name()}`, (value: unknown) => {
      const key = option.attributeName();
      const before = given.get(key);
      if (before !== undefined && before.value !== value)
        throw new UsageError(
          text('usage.option-given-twice', {
            option: before.flag === flag ? flag : `${before.flag}/${flag}`,
          }),
          { hint: text('hint.see-help', { command: commandPath(command) }) },
        );
      given.set(key, { flag, value });
    });
  }
}

function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

function buildProgram(
  system: System,
  word: string | undefined,
  run: Runner,
  verb?: string,
): Promise<Command> {
  const program = new Command('kursdesk')
    .description(
      "the course portal's support desk: find and fix learner accounts, companies, courses and certificates",
    )
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addOption(new Option('--db <path|url>', 'database: a SQLite file, sqlite:PATH or postgres://…'))
    .option('--profile <name>', 'use this profile of the config file (also KURSDESK_PROFILE)')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS as unknown as string[]))
    .option('--fields <a,b,c>', 'only these fields, in this order')
    .option('--agent <name>', 'your agent name for the audit log')
    .option('--ticket <ref>', 'the support ticket this work is for (written to the audit log)')
    .option('-y, --yes', 'answer yes to confirmations (needed when stdin is not a terminal)')
    .option('-q, --quiet', 'no progress or hints on stderr')
    .option('--no-color', 'no colour (also NO_COLOR)')
    .option('--wide', 'tables: hide no column to fit the terminal')
    .option('--no-pager', 'never page long output (also PAGER=cat)')
    .addHelpText('after', `\n${TICKETS_HELP}\n\n${ENVIRONMENT_HELP}\n\n${EXIT_CODE_HELP}\n`)
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (help) => void system.stdout.write(wrapHelpText(help)),
      writeErr: (help) => void system.stderr.write(wrapHelpText(help)),
    });
  program.configureHelp({ sortSubcommands: false, showGlobalOptions: true, helpWidth: HELP_WIDTH });

  // Shell completion walks the whole tree, so it loads every command; any other run loads its own.
  const loadAll = word === '__complete';
  return (async () => {
    for (const entry of COMMANDS) {
      if (entry.name === word || loadAll) {
        const module = await entry.load();
        await module.register(program, run, loadAll ? undefined : verb);
      } else {
        program.command(entry.name, entry.hidden ? { hidden: true } : {}).description(entry.summary);
      }
    }
    codeUsageErrors(program);
    return program;
  })();
}

function debugEnabled(system: System): boolean {
  return system.env.KURSDESK_DEBUG === '1';
}

/** `--format json` (or `--format=json`) on the command line, for errors raised before the context exists. */
function wantsJson(argv: readonly string[]): boolean {
  return argv.some((word, i) => word === '--format=json' || (word === '--format' && argv[i + 1] === 'json'));
}

/**
 * With --format json, the one stderr line carries the refusal as a JSON object after `kursdesk: `, so a
 * script matches on the stable `code` (null for a message not yet in the catalogue) rather than on
 * words; stdout stays data only (empty on an error), as in every format.
 */
function errorJson(error: UserError, message: string, hint: string | undefined): string {
  return JSON.stringify({
    error: { code: error.code ?? null, exit_code: error.exitCode, message, ...(hint ? { hint } : {}) },
  });
}

/** --profile's value on the command line (`--profile x` or `--profile=x`), for errors before the context. */
function profileWord(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string;
    if (word === '--') return undefined;
    if (word === '--profile') return argv[i + 1];
    if (word.startsWith('--profile=')) return word.slice('--profile='.length);
  }
  return undefined;
}

/**
 * The agent's language when the run failed before its context was made (a usage error): the environment,
 * else the config file's profile, read the way the context reads it. A config file that cannot be read
 * leaves English: the error being reported matters more than the file's.
 */
async function langBeforeContext(system: System, argv: readonly string[]): Promise<Lang> {
  if (system.env.KURSDESK_LANG !== undefined) return agentLang(system.env);
  try {
    const { chooseProfile, configFilePath, readConfigFile } = await import('./context/config.js');
    const file = await readConfigFile(configFilePath(configHome(system)));
    return agentLang({ KURSDESK_LANG: chooseProfile(file, profileWord(argv), system.env).settings.lang });
  } catch {
    return 'en';
  }
}

async function reportError(
  error: unknown,
  system: System,
  ctx?: Ctx,
  argv: readonly string[] = [],
): Promise<number> {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return ExitCode.ok;
    if (error.code === 'commander.help') return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    return ExitCode.usage;
  }
  if (error instanceof UserError) {
    // In the agent's language: the profile's lang (folded into the context's environment) or KURSDESK_LANG.
    const lang = ctx ? agentLang(ctx.env) : await langBeforeContext(system, argv);
    // The last guard: whatever a message quotes back, a national ID in it is masked.
    const message = maskNationalIdsIn(error.messageIn(lang));
    const hintText = error.hintIn(lang);
    const hint = hintText === undefined ? undefined : maskNationalIdsIn(hintText);
    const json = ctx ? ctx.format === 'json' : wantsJson(argv);
    // JSON escapes control characters itself; elsewhere a control character in the message (a file
    // name with a newline) is shown, not obeyed, so the error stays one line.
    const line = json
      ? errorJson(error, message, hint)
      : escapeControls(`${message}${hint ? ` — ${hint}` : ''}`);
    system.stderr.write(`kursdesk: ${line}\n`);
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
/**
 * `kursdesk [global options] [--lang en]` in a terminal: the same words with `guide` added, the guide's
 * own `--lang` moved after it (commander reads an option after its command).
 */
function guideWords(argv: readonly string[]): string[] {
  const globals: string[] = [];
  const lang: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string;
    if (word === '--lang' && i + 1 < argv.length) lang.push(word, argv[++i] as string);
    else if (word.startsWith('--lang=')) lang.push(word);
    else globals.push(word);
  }
  return [...globals, 'guide', ...lang];
}

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
      const before = argv[i - 1];
      const option = before?.startsWith('--') ? before : undefined;
      throw new UsageError(
        text('usage.argument-too-long', {
          position: i + 1,
          option,
          length: word.length,
          max: ARGUMENT_LIMIT,
        }),
        { hint: text('hint.long-data-in-file') },
      );
    }
  });
}

export async function main(argv: readonly string[], system: System): Promise<number> {
  let ctx: Ctx | undefined;
  let exitCode: number = ExitCode.ok;
  const run: Runner = async (command, body) => {
    // --reply-to says whom a reply goes to: without --reply there is none, and silence would mislead.
    const own = command.opts();
    if (own.replyTo !== undefined && own.reply === undefined)
      throw new UsageError(text('replies14.reply-to-needs-reply'));
    ctx = await createCtx(system, command.optsWithGlobals());
    const { translateDbError } = await import('./db/errors.js');
    try {
      exitCode = (await body(ctx)) ?? ExitCode.ok;
    } catch (error) {
      throw translateDbError(error, { debug: debugEnabled(system), committed: ctx?.committedKind() });
    }
  };
  try {
    if (argv[0] === '__complete') {
      // The shell completion scripts' entry point: hidden, and answered before commander parses.
      const program = await buildProgram(system, '__complete', run);
      const { printCompletions } = await import('./commands/completion/complete.js');
      await printCompletions(program, argv.slice(1), system, COMMAND_ALIASES);
      return ExitCode.ok;
    }
    // No command in a terminal: the guided mode (global options such as --db still apply).
    const words = currentWords(wantsGuide(argv, system) ? guideWords(argv) : argv);
    const program = await buildProgram(system, commandWord(words), run, verbWord(words));
    if (words.length === 0) {
      // A usage error like any other: the help goes to stderr, so stdout carries only data.
      program.outputHelp({ error: true });
      return ExitCode.usage;
    }
    checkArgumentLengths(words);
    if (words.includes('--help') || words.includes('-h')) checkCommandPath(program, words);
    await program.parseAsync(words, { from: 'user' });
    return exitCode;
  } catch (error) {
    return await reportError(error, system, ctx, argv);
  } finally {
    await ctx?.close();
  }
}
