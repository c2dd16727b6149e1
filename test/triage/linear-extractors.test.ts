import { describe, expect, it } from 'vitest';
import { emailsIn } from '../../src/domain/triage/identifiers.js';
import { tradeSigns } from '../../src/domain/triage/mass-mail.js';
import { triageTicket } from '../../src/domain/triage/triage.js';
import { GROWTH_BOUND, growth, pieceTexts } from '../helpers/growth.js';

// The sum-of-money regex before its amount-then-currency part was taken out of it: same answers wanted.
const OLD_AMOUNT =
  /(?:\b(?:kr|nok|eur|usd|sek)\.?\s*\d|\d[\d .,]*\s*(?:kr|nok|eur|usd|sek)\b|[€$£]\s*\d|\d\s*,-|\bbeløp\w*|\bamount (?:due|of|to pay)\b)/i;

const PIECES = [
  '1',
  '9',
  ' ',
  '\n',
  '\t',
  '.',
  ',',
  'a',
  'r',
  'kr',
  'NOK',
  'eur',
  'sek',
  'usd',
  ',-',
  '€',
  'ø',
];

const triage = (text: string) =>
  triageTicket({ subject: 'Hei', text, to: [], attachments: [] }, '2026-12-07');

describe('a sum of money before its currency', () => {
  it('is found where the old regex found it, on written and on random texts', () => {
    const written = [
      'Beløp: 1 250,50 kr',
      '12.500 NOK',
      '100\n\tkr',
      '3 krone',
      '5 eurovision',
      'kr 200',
      '1,kr',
    ];
    for (const t of written) {
      expect(tradeSigns('', t).includes('a sum of money'), t).toBe(OLD_AMOUNT.test(t));
    }
    for (const t of pieceTexts(PIECES, 5, 20000)) {
      expect(tradeSigns('', t).includes('a sum of money'), JSON.stringify(t)).toBe(OLD_AMOUNT.test(t));
    }
  });

  it.each([
    ['digits', (n: number) => '1'.repeat(n)],
    ['spaced digits', (n: number) => '1 '.repeat(n / 2)],
    ['digits and spaces before a word', (n: number) => '12 345 k'.repeat(n / 8)],
  ])('grows linearly on %s', (_, text) => {
    expect(growth(text, (t) => tradeSigns('', t), 100000)).toBeLessThan(GROWTH_BOUND);
  });
});

describe('addresses in a long text', () => {
  it('keeps the person’s addresses, in order, once each, and leaves out someone else’s', () => {
    const text =
      'min e-post er kari@firma.no, kopi til leder per@firma.no\nkontaktperson: ola@firma.no kari@firma.no';
    expect(emailsIn(text, { exclude: [] })).toEqual(['kari@firma.no', 'ola@firma.no']);
  });

  it.each([
    [
      'addresses on one line',
      (n: number) => Array.from({ length: n / 16 }, (_, i) => `u${i}@firma.no`).join(' '),
    ],
    [
      'addresses after a role word',
      (n: number) => Array.from({ length: n / 21 }, (_, i) => `kopi u${i}@firma.no`).join(' '),
    ],
    [
      'addresses a line each',
      (n: number) => Array.from({ length: n / 16 }, (_, i) => `u${i}@firma.no`).join('\n'),
    ],
  ])('emailsIn grows linearly on %s', (_, text) => {
    expect(growth(text, (t) => emailsIn(t, { exclude: [] }), 100000)).toBeLessThan(GROWTH_BOUND);
  });

  it('triage grows linearly on many addresses and on a long number', () => {
    const addresses = (n: number) => Array.from({ length: n / 16 }, (_, i) => `u${i}@firma.no`).join(' ');
    expect(growth(addresses, triage, 100000)).toBeLessThan(GROWTH_BOUND);
    expect(growth((n) => '1'.repeat(n), triage, 100000)).toBeLessThan(GROWTH_BOUND);
  });
});
