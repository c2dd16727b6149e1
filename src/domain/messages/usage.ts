// Coded messages of the command line itself: what commander refuses (unknown words, missing or malformed
// values), the values the option parsers refuse, and how a run ends when it is stopped by a signal. A
// parameter never holds a value that may be a national ID, token or password: callers pass the flag's
// name, the choices, or a value only after they have judged it safe to show.
import type { Coded, Entry } from './catalogue.js';

type Text = Coded;

// biome-ignore lint/complexity/noBannedTypes: an entry without parameters
type None = {};

const entry = <P = None>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

export const USAGE = {
  'usage.unknown-command': entry<{ command: string }>(
    (p) => `unknown command '${p.command}'`,
    (p) => `ukjent kommando «${p.command}»`,
  ),
  'usage.unknown-option': entry<{ option: string }>(
    (p) => `unknown option '${p.option}'`,
    (p) => `ukjent valg «${p.option}»`,
  ),
  'usage.missing-argument': entry<{ argument: string }>(
    (p) => `missing required argument '${p.argument}'`,
    (p) => `mangler argumentet «${p.argument}»`,
  ),
  'usage.option-missing-value': entry<{ option: string }>(
    (p) => `option '${p.option}' argument missing`,
    (p) => `valget «${p.option}» mangler en verdi`,
  ),
  'usage.required-option': entry<{ option: string }>(
    (p) => `required option '${p.option}' not specified`,
    (p) => `valget «${p.option}» må oppgis`,
  ),
  /** `value` is undefined when the value given is not shown (it may be personal data). */
  'usage.invalid-choice': entry<{ option: string; value: string | undefined; choices: string[] }>(
    (p) =>
      `option '${p.option}' ${p.value === undefined ? 'got a value that' : `argument '${p.value}'`} is not one of ${p.choices.join(', ')}`,
    (p) =>
      `valget «${p.option}» ${p.value === undefined ? 'fikk en verdi som' : `fikk «${p.value}», som`} ikke er en av ${p.choices.join(', ')}`,
  ),
  'usage.invalid-argument-choice': entry<{ argument: string; value: string | undefined; choices: string[] }>(
    (p) =>
      `argument '${p.argument}' ${p.value === undefined ? 'got a value that' : `'${p.value}'`} is not one of ${p.choices.join(', ')}`,
    (p) =>
      `argumentet «${p.argument}» ${p.value === undefined ? 'fikk en verdi som' : `fikk «${p.value}», som`} ikke er en av ${p.choices.join(', ')}`,
  ),
  'usage.conflicting-options': entry<{ option: string; other: string }>(
    (p) => `option '${p.option}' cannot be used with option '${p.other}'`,
    (p) => `valget «${p.option}» kan ikke brukes sammen med «${p.other}»`,
  ),
  'usage.too-many-arguments': entry<{ command: string; expected: number; got: number }>(
    (p) =>
      `too many arguments for '${p.command}': it takes ${p.expected} argument${p.expected === 1 ? '' : 's'}, got ${p.got}`,
    (p) => `for mange argumenter til «${p.command}»: den tar ${p.expected}, fikk ${p.got}`,
  ),
  /** A word where a flag was meant, and the flag its shape suggests (`shown` is the word as typed, quoted if needed). */
  'usage.stray-word-for-flag': entry<{ command: string; stray: string; flag: string; shown: string }>(
    (p) => `${p.command} takes no argument '${p.stray}': did you mean ${p.flag} ${p.shown}?`,
    (p) => `${p.command} tar ikke argumentet «${p.stray}»: mente du ${p.flag} ${p.shown}?`,
  ),
  'usage.stray-word-flags': entry<{ command: string; flags: string[] }>(
    (p) => `${p.command} takes no such argument; its flags: ${p.flags.join(', ')}`,
    (p) => `${p.command} tar ikke et slikt argument; valgene er: ${p.flags.join(', ')}`,
  ),
  'usage.stray-word': entry<{ command: string; stray: string }>(
    (p) => `${p.command} takes no argument '${p.stray}'`,
    (p) => `${p.command} tar ikke argumentet «${p.stray}»`,
  ),
  /** Commander refused the command line in a way not listed above: its own words, in English. */
  'usage.command-line': entry<{ reason: string }>(
    (p) => p.reason,
    (p) => `kommandolinjen kan ikke leses: ${p.reason}`,
  ),
  'usage.argument-too-long': entry<{
    position: number;
    option: string | undefined;
    length: number;
    max: number;
  }>(
    (p) =>
      `argument ${p.position}${p.option ? ` (the value of ${p.option})` : ''} is ${p.length.toLocaleString('en-US')} characters long; at most ${p.max.toLocaleString('en-US')} are accepted`,
    (p) =>
      `argument ${p.position}${p.option ? ` (verdien til ${p.option})` : ''} er ${p.length.toLocaleString('nb-NO')} tegn langt; høyst ${p.max.toLocaleString('nb-NO')} godtas`,
  ),
  'hint.long-data-in-file': entry(
    () => 'put long data in a file or on stdin',
    () => 'legg lange data i en fil eller send dem på stdin',
  ),
  'hint.see-help': entry<{ command: string }>(
    (p) => `see ${p.command} --help`,
    (p) => `se ${p.command} --help`,
  ),

  // Option values the commands parse themselves (src/commands/input.ts).
  /** `reason` is the parser's refusal, coded where the parser has it coded. */
  'option.refused': entry<{ option: string; reason: string | Text }>(
    (p, t) => `${p.option}: ${t(p.reason)}`,
    (p, t) => `${p.option}: ${t(p.reason)}`,
  ),
  'option.missing-no-terminal': entry<{ option: string }>(
    (p) => `missing ${p.option} (stdin is not a terminal, so kursdesk cannot ask for it)`,
    (p) => `${p.option} mangler (stdin er ikke en terminal, så kursdesk kan ikke spørre etter den)`,
  ),
  /** A whole number within bounds; `max` undefined means no upper bound. */
  'option.whole-number': entry<{ option: string; value: string; min: number; max: number | undefined }>(
    (p) =>
      p.max === undefined
        ? `${p.option} must be a whole number ≥ ${p.min}; got '${p.value}'`
        : `${p.option} must be a whole number from ${p.min} to ${p.max}; got '${p.value}'`,
    (p) =>
      p.max === undefined
        ? `${p.option} må være et heltall på minst ${p.min}; fikk «${p.value}»`
        : `${p.option} må være et heltall fra ${p.min} til ${p.max}; fikk «${p.value}»`,
  ),
  /** `shown` is the number as it may be shown (orgNumberShown: never a national ID). */
  'option.org-number-refused': entry<{ shown: string; reason: string | Text }>(
    (p, t) => `organisation number '${p.shown}': ${t(p.reason)}`,
    (p, t) => `organisasjonsnummeret «${p.shown}»: ${t(p.reason)}`,
  ),
  'option.since-refused': entry<{ reason: string | Text }>(
    (p, t) => `--since: ${t(p.reason)}, or a span like 7d, 12h, 30min`,
    (p, t) => `--since: ${t(p.reason)}, eller et tidsrom som 7d, 12h, 30min`,
  ),
  'option.not-iso-date': entry<{ option: string; value: string }>(
    (p) => `${p.option} '${p.value}' must be yyyy-mm-dd`,
    (p) => `${p.option} «${p.value}» må skrives åååå-mm-dd`,
  ),
  'option.language': entry<{ from: string; value: string }>(
    (p) => `${p.from} must be nb or en; got '${p.value}'`,
    (p) => `${p.from} må være nb eller en; fikk «${p.value}»`,
  ),
  'option.not-a-version': entry<{ value: string }>(
    (p) => `'${p.value}' is not a version (a whole number from 1, as users show prints it)`,
    (p) => `«${p.value}» er ikke et versjonsnummer (et heltall fra 1, slik users show viser det)`,
  ),
  'option.stdin-too-large': entry<{ kib: number }>(
    (p) => `'-' reads one value from stdin, and stdin holds more than ${p.kib} KiB: pipe in only the value`,
    (p) => `«-» leser én verdi fra stdin, og stdin har mer enn ${p.kib} KiB: send bare verdien`,
  ),
  'option.search-text-too-long': entry<{ length: number; max: number }>(
    (p) =>
      `the search text is ${p.length.toLocaleString('en-US')} characters long; a search text has at most ${p.max}`,
    (p) =>
      `søketeksten er ${p.length.toLocaleString('nb-NO')} tegn lang; en søketekst har høyst ${p.max} tegn`,
  ),

  // A run stopped from outside (src/main.ts).
  'run.interrupted': entry<{ signal: string; exitCode: number }>(
    (p) => `stopped by ${p.signal} (exit ${p.exitCode}): a change not yet committed is not kept`,
    (p) =>
      `stoppet av ${p.signal} (avslutningskode ${p.exitCode}): en endring som ikke var fullført, er ikke lagret`,
  ),
} as const;
