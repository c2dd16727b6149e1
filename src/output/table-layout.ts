// How a list fits a terminal: which columns stay whole, which give way, which move under their row.
// Each view declares its columns' roles in one place (ListView.roles); names the desk always acts on
// (id, name, e-mail, status, dates, verdict) are key columns in every view without being declared.

/**
 * - key: never cut, never hidden (the value the agent came for).
 * - normal: may wrap; hidden after the low ones when the width is short.
 * - low: hidden first.
 * - under: long evidence, printed on a line under its row instead of as a column.
 */
export type ColumnRole = 'key' | 'normal' | 'low' | 'under';

export type ColumnRoles = Readonly<Partial<Record<string, ColumnRole>>>;

const KEY_NAMES = new Set([
  'id',
  'name',
  'email',
  'status',
  'verdict',
  'org_number',
  'unit',
  'course',
  'state',
]);

/** The role of a field in a view: declared, or key by name (ids, names, e-mails, dates), else normal. */
export function roleOf(field: string, roles: ColumnRoles | undefined): ColumnRole {
  const declared = roles?.[field];
  if (declared) return declared;
  if (KEY_NAMES.has(field) || /(^|_)(id|date|email)$|_(at|on)$|^at$|^valid_(from|to)$/.test(field))
    return 'key';
  return 'normal';
}

export interface TablePlan {
  /** 'columns': a bordered table; 'records': one key/value block per row (nothing fits side by side). */
  shape: 'columns' | 'records';
  columns: string[];
  /** Column widths including one space of padding each side, in the order of `columns`. */
  widths: number[];
  /** Fields printed on a line under each row. */
  under: string[];
  /** Fields left out to fit, for the note that says how to get them back. */
  hidden: string[];
}

/** A wrapped column narrower than this reads as noise: hide a column rather than squeeze below it. */
const NARROWEST = 16;

export interface PlanRequest {
  fields: readonly string[];
  roles: ColumnRoles | undefined;
  /** The widest line of each field's cells (header included), without padding. */
  natural: Readonly<Record<string, number>>;
  width: number;
  /** --wide or --fields: the user chose the columns, so none is hidden. */
  keepAll: boolean;
}

function borders(n: number): number {
  return n + 1;
}

export function planTable(request: PlanRequest): TablePlan {
  const { roles, natural, width } = request;
  const padded = (f: string) => (natural[f] ?? 0) + 2;
  const total = (cols: readonly string[]) => cols.reduce((sum, f) => sum + padded(f), 0) + cols.length + 1;
  if (total(request.fields) <= width) {
    // Everything fits as it is (a wide terminal): no column moves or wraps.
    return {
      shape: 'columns',
      columns: [...request.fields],
      widths: request.fields.map(padded),
      under: [],
      hidden: [],
    };
  }
  // Evidence goes under its row even with --wide: as a column it would squeeze the key columns.
  let under = request.fields.filter((f) => roleOf(f, roles) === 'under');
  let columns = request.fields.filter((f) => !under.includes(f));
  if (columns.length === 0) [columns, under] = [under, []];
  const floor = (f: string) => (roleOf(f, roles) === 'key' ? padded(f) : Math.min(padded(f), NARROWEST));
  const fits = (cols: string[], size: (f: string) => number) =>
    cols.reduce((sum, f) => sum + size(f), 0) + borders(cols.length) <= width;
  const hidden: string[] = [];

  if (!request.keepAll) {
    // Low columns go first, last one first, until the rest fits unwrapped; then normal ones, but only
    // while wrapping them could not make room.
    for (const role of ['low', 'normal'] as const) {
      const bound = role === 'low' ? padded : floor;
      for (let i = columns.length - 1; i >= 0 && !fits(columns, bound); i--) {
        const f = columns[i] as string;
        if (roleOf(f, roles) !== role) continue;
        hidden.unshift(f);
        columns = columns.filter((c) => c !== f);
      }
    }
  }
  if (!fits(columns, floor)) {
    return { shape: 'records', columns: [...request.fields], widths: [], under: [], hidden: [] };
  }
  const whole = columns.map(padded);
  const excess = whole.reduce((a, b) => a + b, 0) + borders(columns.length) - width;
  // Wrap the widest columns that may wrap, down to their floor.
  const widths = giveWay(whole, columns.map(floor), excess);
  return { shape: 'columns', columns, widths, under, hidden };
}

/**
 * Makes room in a line `excess` characters too wide: the widest column above its floor gives one
 * character, then the widest again (the first of equals), until the line fits or no column can give.
 * The terminal tables (above) and the guided mode's small tables share it.
 */
export function giveWay(widths: readonly number[], floors: readonly number[], excess: number): number[] {
  const given = [...widths];
  for (let left = excess; left > 0; left--) {
    let widest = -1;
    for (let i = 0; i < given.length; i++) {
      const w = given[i] as number;
      if (w > (floors[i] as number) && (widest < 0 || w > (given[widest] as number))) widest = i;
    }
    if (widest < 0) break;
    given[widest] = (given[widest] as number) - 1;
  }
  return given;
}
