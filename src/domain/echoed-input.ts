// Input read back in a message or on a screen is cut to a length a person reads: a value pasted by
// mistake (a whole document as an HMS card number, a 2 MB Subject header) is not repeated in full.

/** The most characters of typed or received input a message or a screen repeats. */
export const ECHO_LIMIT = 100;

/**
 * The value as a message quotes it: whole when it is at most `limit` characters (code points, so a
 * letter is never cut in half), else its first `limit - 1` and an ellipsis.
 */
export function echoed(value: string, limit = ECHO_LIMIT): string {
  const chars = [...value];
  if (chars.length <= limit) return value;
  return `${chars
    .slice(0, limit - 1)
    .join('')
    .trimEnd()}…`;
}
