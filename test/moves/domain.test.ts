// The pure rules behind users move and the HMS report: invoice references, the HR list of employees,
// and the report's window and due dates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../../src/domain/dates.js';
import { parseMoveList } from '../../src/domain/employer-moves.js';
import {
  addDays,
  daysBetween,
  parseDueWindow,
  registeredOnOrBefore,
  windowEnd,
} from '../../src/domain/hms-cards.js';
import { INVOICE_REFERENCE_MAX, parseInvoiceReference } from '../../src/domain/learner.js';
import { textIn } from '../../src/domain/messages/index.js';
import { accepted, rejected } from '../helpers/results.js';

describe('parseInvoiceReference', () => {
  it.each([
    ['  Prosjekt 4411 ', 'Prosjekt 4411'],
    ['PO-2026/117 «Bane»', 'PO-2026/117 «Bane»'],
    ['Kostnadssted Ørsta', 'Kostnadssted Ørsta'],
    ['x'.repeat(60), 'x'.repeat(60)],
  ])('keeps %j', (input, value) => {
    expect(accepted(parseInvoiceReference(input))).toBe(value);
  });

  it.each([
    ['', 'invoice reference is empty'],
    ['   ', 'invoice reference is empty'],
    ['x'.repeat(61), 'invoice reference has 61 characters; at most 60 are allowed'],
    ['a\tb', 'unprintable character (U+0009) at position 2'],
    ['line\nbreak', 'U+000A'],
    ['zero\u200bwidth', 'U+200B'],
    ['del\u007f', 'U+007F'],
  ])('refuses %j', (input, message) => {
    expect(rejected(parseInvoiceReference(input))).toContain(message);
  });

  it('anything it accepts is trimmed, printable, at most 60 characters, and parses to itself again', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const result = parseInvoiceReference(text);
        if (!result.ok) return;
        expect([...result.value].length).toBeLessThanOrEqual(INVOICE_REFERENCE_MAX);
        expect(result.value).toBe(result.value.trim());
        expect(/\p{C}/u.test(result.value)).toBe(false);
        expect(accepted(parseInvoiceReference(result.value))).toBe(result.value);
      }),
    );
  });
});

describe('parseMoveList', () => {
  it('reads ids and e-mails with a Norwegian header and ; separators, keeping the line of each row', () => {
    const list = accepted(
      parseMoveList(
        '\ufeffBruker-ID;E-post;Fakturareferanse;Avdeling\n42;;P-1\n;kari@firma.no;\n\n7;ola@firma.no;" P 2 "\n',
      ),
    );
    expect(list.delimiter).toBe(';');
    expect(list.ignoredColumns).toEqual(['Avdeling']);
    expect(list.total).toBe(3);
    expect(list.problems).toEqual([]);
    expect(list.rows).toEqual([
      { line: 2, selectors: ['42'], invoiceReference: 'P-1' },
      { line: 3, selectors: ['kari@firma.no'], invoiceReference: undefined },
      { line: 5, selectors: ['7', 'ola@firma.no'], invoiceReference: 'P 2' },
    ]);
  });

  it('a row without a learner or with a bad invoice reference is a problem of its row', () => {
    const list = accepted(
      parseMoveList(`email,invoice_reference\n,P-1\nkari@firma.no,${'x'.repeat(61)}\nola@firma.no,\n`),
    );
    expect(list.rows.map((r) => r.line)).toEqual([4]);
    // The reasons are coded (said in the agent's language); in English they read as before.
    expect(list.problems.map((p) => ({ ...p, reason: textIn(p.reason, 'en') }))).toEqual([
      { line: 2, learner: '', column: 'learner', value: '', reason: 'no learner: give an id or e-mail' },
      {
        line: 3,
        learner: 'kari@firma.no',
        column: 'invoice_reference',
        value: 'x'.repeat(61),
        reason: 'invoice reference has 61 characters; at most 60 are allowed',
      },
    ]);
  });

  it.each([
    ['', 'it is empty'],
    ['email\n', 'it has a header but no rows'],
    ['name,department\nKari,IT\n', 'the header has no learner column (id, email or learner)'],
    ['email,e-post\na@b.no,c@d.no\n', "two columns mean email ('e-post' and an earlier one)"],
    ['email\n"kari@firma.no\n', 'a quoted field is not closed'],
  ])('refuses the whole file %j', (text, message) => {
    expect(rejected(parseMoveList(text))).toContain(message);
  });
});

describe('the HMS report window', () => {
  it.each([
    ['60d', { amount: 60, unit: 'd' }],
    ['60', { amount: 60, unit: 'd' }],
    ['8w', { amount: 8, unit: 'w' }],
    ['2 months', { amount: 2, unit: 'mo' }],
    ['0d', { amount: 0, unit: 'd' }],
  ])('reads %j', (text, window) => {
    expect(accepted(parseDueWindow(text))).toEqual(window);
  });

  it.each(['', '-5d', '3x', '60 days ago', '9999d'])('refuses %j', (text) => {
    expect(rejected(parseDueWindow(text))).toMatch(/not a period|longer than 5 years/);
  });

  it('ends the window in days, weeks or calendar months', () => {
    expect(windowEnd('2026-11-25', { amount: 60, unit: 'd' })).toBe('2027-01-24');
    expect(windowEnd('2026-11-25', { amount: 2, unit: 'w' })).toBe('2026-12-09');
    expect(windowEnd('2026-12-31', { amount: 2, unit: 'mo' })).toBe('2027-02-28');
    expect(daysBetween('2026-11-25', '2025-11-25')).toBe(-365);
  });

  it('keeps every card due by the end of the window and none due later than its few days of slack (leap days included)', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2022-01-01', n));
    // Ends a few days either side of a card's due date, where an off-by-one would show.
    const nearDue = fc
      .tuple(day, fc.integer({ min: -3, max: 3 }))
      .map(([registered, offset]) => [registered, addDays(addMonths(registered, 24), offset)] as const);
    fc.assert(
      fc.property(fc.oneof(fc.tuple(day, day), nearDue), ([registered, end]) => {
        const kept = registered <= registeredOnOrBefore(end);
        // A card due by the end is kept …
        if (addMonths(registered, 24) <= end) expect(kept).toBe(true);
        // … and a kept card is due by the end or within the three days of slack (for cards registered
        // on 29 February) that callers then check exactly; a bound any looser would not be a filter.
        if (kept) expect(addMonths(registered, 24) <= addDays(end, 3)).toBe(true);
      }),
    );
  });
});
