// A terminal for the renderer's tests: `columns` wide, a TTY without colour, keeping what the renderer
// wrote to stdout (and to the pager), with nothing to stderr.
import type { Ctx } from '../../src/context/context.js';

export function renderTerminal(
  columns: number,
  format = 'table',
): { ctx: Ctx; text: () => string; lines: () => string[] } {
  let text = '';
  const io = {
    stdoutIsTTY: true,
    color: false,
    columns,
    rows: 500,
    out: (t: string) => {
      text += t;
    },
    page: (t: string) => {
      text += t;
    },
    note: () => {},
  };
  const ctx = { io, env: {}, format, fields: undefined, wide: false } as unknown as Ctx;
  return { ctx, text: () => text, lines: () => text.trimEnd().split('\n') };
}
