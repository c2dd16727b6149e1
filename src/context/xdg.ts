// The XDG base directories kursdesk reads ($XDG_DATA_HOME for the default database, $XDG_CONFIG_HOME for
// the config file and keys).
import { isAbsolute } from 'node:path';

/**
 * An XDG base directory ($XDG_DATA_HOME, $XDG_CONFIG_HOME, …) when it is set to an absolute path, else
 * undefined: the XDG Base Directory spec says a relative value is invalid and is to be ignored, so the
 * default applies (a relative one would move with the folder the agent runs from).
 */
export function xdgBase(value: string | undefined): string | undefined {
  return value !== undefined && isAbsolute(value) ? value : undefined;
}
