// One name per concept on the command line: the learner is --user, a span is --within (or --since), an
// employer is --employer; older spellings stay as hidden aliases so scripts keep working. Duration
// options are marked here so shell completion can offer the units.
import { Option } from 'commander';
import { DURATION_SYNTAX } from '../domain/durations.js';

/**
 * A hidden option that stores its value under another option's name: `--learner x` reads as `--user x`.
 * Commander keys every value by attributeName(), so overriding it is all an alias needs.
 */
class AliasOption extends Option {
  constructor(
    flags: string,
    private readonly target: string,
  ) {
    super(flags, `old name of the option stored as ${target}`);
    this.hideHelp();
  }
  override attributeName(): string {
    return this.target;
  }
}

/** A hidden alias of an option: flags such as `--learner <learner>`, stored under `target` (camelCase). */
export function hiddenAlias(flags: string, target: string): Option {
  return new AliasOption(flags, target);
}

const durationOptions = new WeakSet<Option>();

/** An option whose value is a duration in the one syntax (src/domain/durations.ts). */
export function durationOption(flags: string, description: string, defaultValue?: string): Option {
  const option = new Option(flags, description);
  if (defaultValue !== undefined) option.default(defaultValue);
  durationOptions.add(option);
  return option;
}

export function isDurationOption(option: Option): boolean {
  return durationOptions.has(option);
}

/** What every verb's help says about durations. */
export const DURATION_HELP = `Durations: ${DURATION_SYNTAX}.
A bare m is refused: mo is months, min minutes.`;

/** The learner option shared by every verb that narrows to one learner. */
export const USER_FLAG = '--user <learner>';
