import { describe, expect, it } from 'vitest';
import { hideAddresses } from '../../src/domain/triage/hide-addresses.js';
import { GROWTH_BOUND, growth, pieceTexts } from '../helpers/growth.js';

// The regex hideAddresses stands in for: its matches must stay the same.
const ONE_REGEX =
  /\S*@\S+|\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:no|com|net|org|se|dk|fi|eu|pl|lt|de|uk|io)\b/gi;

const PIECES = [
  'a',
  'x',
  '-',
  '.',
  '@',
  ' ',
  '\n',
  'no',
  'SE',
  'com',
  'https://',
  'www.',
  'æ',
  '1',
  ',',
  '_',
  ':',
];

describe('hideAddresses', () => {
  it('blanks what the one regex matched, on written and on random texts', () => {
    const written = [
      'skriv til kari@firma.no eller se https://kurs.no/a?b=1 og www.firma.no',
      'firma.no, Bane-NOR.no. a.no..b.se @ x@ @y mail.firma.no-test',
      'hei.https://x.no a-b.com-c',
    ];
    for (const t of written) expect(hideAddresses(t), t).toBe(t.replace(ONE_REGEX, ' '));
    for (const t of pieceTexts(PIECES, 11, 20000)) {
      expect(hideAddresses(t), JSON.stringify(t)).toBe(t.replace(ONE_REGEX, ' '));
    }
  });

  // No timings asserted: see test/helpers/growth.ts.
  it.each([
    ['one run without spaces', (n: number) => 'x'.repeat(n)],
    ['one word repeated', (n: number) => 'ord '.repeat(n / 4)],
    ['a dotted chain', (n: number) => 'a.'.repeat(n / 2)],
    ['a dashed chain', (n: number) => 'a-'.repeat(n / 2)],
    ['addresses', (n: number) => 'k@firma.no '.repeat(n / 11)],
    ['links', (n: number) => 'https://x '.repeat(n / 10)],
  ])('grows linearly on %s', (_, text) => {
    expect(growth(text, hideAddresses, 100000)).toBeLessThan(GROWTH_BOUND);
  });
});
