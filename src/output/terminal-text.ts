// Data on its way to a terminal: control characters and escape sequences inside values (a contact name
// with `ESC ] 0 ; … BEL` retitles the window, `ESC [ 2 J` clears it) are shown as `\x1b`, never sent raw.

// C0 controls, DEL and the C1 range; tab and newline are kept where a caller allows layout.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const CONTROL_BUT_LAYOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

function escapeOne(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  return `\\x${code.toString(16).padStart(2, '0')}`;
}

/** One value as a table cell or inline text: every control character escaped, newlines included. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, escapeOne);
}

/** A message of several lines (a note, an error): newlines and tabs lay it out; the rest is escaped. */
export function escapeControlsKeepLines(text: string): string {
  return text.replace(CONTROL_BUT_LAYOUT, escapeOne);
}

/**
 * A file name as the user typed it, for a message: unchanged when it is plain, else in double quotes
 * with control characters (a newline, an escape) written as `\n`, `\x1b`, as git quotes paths, so one
 * message stays one line and a name cannot pose as another line of output.
 */
export function quotedName(name: string): string {
  if (!/[\u0000-\u001f\u007f-\u009f]/.test(name)) return name;
  return `"${name.replace(/["\\]/g, '\\$&').replace(CONTROL, escapeOne)}"`;
}
