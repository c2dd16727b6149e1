// Which columns a terminal table keeps, hides, wraps or moves under the row, by the view's roles.
import { describe, expect, it } from 'vitest';
import { giveWay, planTable, roleOf } from '../../src/output/table-layout.js';

const FIND_ROLES = { rank: 'low', score: 'low', name_match: 'under', email_match: 'under' } as const;
const FIELDS = ['rank', 'id', 'score', 'name', 'birth_date', 'email', 'status', 'name_match', 'email_match'];
const NATURAL = {
  rank: 4,
  id: 3,
  score: 5,
  name: 13,
  birth_date: 10,
  email: 29,
  status: 7,
  name_match: 70,
  email_match: 33,
};
const plan = (width: number, keepAll = false) =>
  planTable({ fields: FIELDS, roles: FIND_ROLES, natural: NATURAL, width, keepAll });
const tableWidth = (p: ReturnType<typeof plan>) => p.widths.reduce((a, b) => a + b, 0) + p.columns.length + 1;

describe('planTable', () => {
  it('takes ids, names, e-mails, dates and status as key columns without being told', () => {
    for (const f of ['id', 'name', 'email', 'status', 'birth_date', 'starts_at', 'valid_to', 'org_number'])
      expect(roleOf(f, undefined), f).toBe('key');
    expect(roleOf('place', undefined)).toBe('normal');
    expect(roleOf('email', { email: 'low' })).toBe('low');
  });

  it('shows everything side by side when it fits', () => {
    expect(plan(250)).toMatchObject({ shape: 'columns', columns: FIELDS, under: [], hidden: [] });
  });

  it('moves evidence under the row, then hides low columns, never cutting a key column', () => {
    const at80 = plan(80);
    expect(at80.shape).toBe('columns');
    expect(at80.under).toEqual(['name_match', 'email_match']);
    expect(at80.hidden).toEqual(['rank', 'score']);
    expect(at80.columns).toEqual(['id', 'name', 'birth_date', 'email', 'status']);
    expect(at80.widths[at80.columns.indexOf('email')]).toBe(NATURAL.email + 2);
    expect(tableWidth(at80)).toBeLessThanOrEqual(80);
    const at120 = plan(120);
    expect(at120.hidden).toEqual([]);
    expect(tableWidth(at120)).toBeLessThanOrEqual(120);
  });

  it('prints one block per row when the key columns cannot stand side by side', () => {
    expect(plan(60).shape).toBe('records');
  });

  it('with --wide hides nothing: the table fits by other means or goes vertical', () => {
    expect(plan(80, true).hidden).toEqual([]);
    expect(plan(80, true).shape).toBe('records');
    expect(plan(120, true)).toMatchObject({ shape: 'columns', hidden: [] });
  });

  it('wraps normal columns before hiding them, down to a readable width', () => {
    const p = planTable({
      fields: ['org_number', 'name', 'status', 'invoice_email', 'contact_name'],
      roles: { invoice_email: 'normal', contact_name: 'normal' },
      natural: { org_number: 10, name: 32, status: 6, invoice_email: 30, contact_name: 20 },
      width: 80,
      keepAll: false,
    });
    expect(p.hidden).toEqual(['contact_name']);
    expect(p.columns).toContain('invoice_email');
    expect(tableWidth(p)).toBeLessThanOrEqual(80);
    expect(p.widths[p.columns.indexOf('name')]).toBe(34);
  });
});

describe('giveWay', () => {
  it('takes from the widest column first, the first of equals, never below a floor', () => {
    expect(giveWay([30, 20, 30], [10, 10, 10], 5)).toEqual([27, 20, 28]);
    expect(giveWay([30, 20, 30], [10, 10, 29], 5)).toEqual([26, 20, 29]);
  });

  it('stops when no column can give more, and gives nothing to a line that fits', () => {
    expect(giveWay([12, 20], [10, Number.POSITIVE_INFINITY], 9)).toEqual([10, 20]);
    expect(giveWay([12, 20], [10, 10], 0)).toEqual([12, 20]);
    expect(giveWay([12, 20], [10, 10], -4)).toEqual([12, 20]);
  });
});
