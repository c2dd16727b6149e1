// How the terminal renderer wraps long values (the rule in src/output/wrap.ts): a record's value or a
// heading keeps a long address or link whole, while a table cell breaks a word only when it is wider
// than its column, so the table keeps the terminal's width.
import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/context/context.js';
import { type ListView, type RecordView, render, renderDocument } from '../../src/output/render.js';

const LINK = 'https://kurs.example.no/account/activate/Zm9vYmFyYmF6cXV4LXF1dXgtY29ycmVjdC1ob3JzZQ';
const NOTE = `Kari asked again on Monday; the activation link she was sent is ${LINK} and it has expired`;

/** A terminal of `columns` that keeps what the renderer wrote to stdout. */
function terminal(columns: number): { ctx: Ctx; lines: () => string[] } {
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
  const ctx = { io, env: {}, format: 'table', fields: undefined, wide: false } as unknown as Ctx;
  return { ctx, lines: () => text.trimEnd().split('\n') };
}

describe('wrapping in terminal output', () => {
  it("keeps a link in a record's value whole on a line of its own", async () => {
    const view: RecordView = {
      kind: 'record',
      record: { id: 7, note: NOTE },
      fields: ['id', 'note'],
      idField: 'id',
    };
    const { ctx, lines } = terminal(60);
    await render(ctx, view);
    expect(lines()).toContain(`      ${LINK}`);
    for (const line of lines()) if (!line.includes(LINK)) expect(line.length).toBeLessThanOrEqual(60);
  });

  it('keeps a link in a heading whole', async () => {
    const list: ListView = { kind: 'list', rows: [{ id: 1 }], columns: ['id'], idField: 'id' };
    const { ctx, lines } = terminal(40);
    await renderDocument(ctx, {}, list, [`Open ${LINK} to see it`]);
    expect(lines().slice(0, 3)).toEqual(['Open', LINK, 'to see it']);
  });

  it("breaks a word wider than a table's column, keeping the table inside the width", async () => {
    const rows = [
      { id: 1, email: 'kari@bane.test', note: NOTE },
      { id: 2, email: 'ola@bane.test', note: 'short' },
    ];
    const view: ListView = { kind: 'list', rows, columns: ['id', 'email', 'note'], idField: 'id' };
    const { ctx, lines } = terminal(60);
    await render(ctx, view);
    for (const line of lines()) expect(line.length).toBeLessThanOrEqual(60);
    const noteCells = lines()
      .filter((l) => l.startsWith('│ 1 ') || l.startsWith('│   '))
      .map((l) => l.split('│')[3]?.trim() ?? '');
    expect(noteCells.join('').replaceAll(' ', '')).toBe(NOTE.replaceAll(' ', ''));
    expect(lines().some((l) => l.includes('kari@bane.test'))).toBe(true);
  });
});
