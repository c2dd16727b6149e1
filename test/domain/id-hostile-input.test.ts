// National IDs and organisation numbers written the way a hostile tester writes them: digits of other
// scripts (Arabic-Indic, full-width, superscript) are not digits, invisible characters are not
// separators, and the separators the fact sheet names (spaces, '.', '-') are.
import { describe, expect, it } from 'vitest';
import { maskNationalIdsIn, parseNationalId } from '../../src/domain/national-id.js';
import { parseOrgNumber } from '../../src/domain/org-number.js';

const OPTIONS = { allowSynthetic: true, allowHNumber: true, today: '2026-12-06' };

/** The same digits in another script: U+0660 Arabic-Indic, U+06F0 Persian, U+FF10 full-width, U+0966 Devanagari. */
function inScript(digits: string, zero: number): string {
  return Array.from(digits, (d) => String.fromCodePoint(zero + Number(d))).join('');
}
const SCRIPTS = [0x0660, 0x06f0, 0xff10, 0x0966, 0x1d7ce];

describe('national IDs in hostile spellings', () => {
  it.each(SCRIPTS)('digits of script U+%s are refused, not read as 15108695088', (zero) => {
    const result = parseNationalId(inScript('15108695088', zero), OPTIONS);
    expect(result.ok).toBe(false);
    // One ASCII digit swapped for its look-alike is refused too.
    expect(parseNationalId(`1510869508${inScript('8', zero)}`, OPTIONS).ok).toBe(false);
  });

  it.each([
    ['15108695088', true],
    [' 151086 950 88 ', true],
    ['15.10.86-95088', true],
    ['151086\t95088', true],
    ['151086\u00a095088', true], // a no-break space pasted from a web page is a space
    ['151086\u200b95088', false], // a zero-width space is no separator
    ['151086\u00ad95088', false], // nor a soft hyphen
    ['151086_95088', false],
    ['151086/95088', false],
    ['¹⁵¹⁰⁸⁶⁹⁵⁰⁸⁸', false],
    ['+15108695088', false],
    ['1510869508', false],
    ['151086950881', false],
    ['', false],
    ['1.5e10', false],
  ])('%j → valid %s', (input, valid) => {
    expect(parseNationalId(input, OPTIONS).ok).toBe(valid);
  });

  it('an error never repeats the number', () => {
    for (const input of ['15108695077', '151086 950 77', '29020105729', '٠١٢٣٤٥٦٧٨٩٠']) {
      const result = parseNationalId(input, OPTIONS);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).not.toMatch(/\d{6}/);
    }
  });

  it('masking is not fooled by grouping or look-alike separators it reads', () => {
    expect(maskNationalIdsIn('id 15 10 86 950 88')).toBe('id 151086 *****');
  });
});

describe('organisation numbers in hostile spellings', () => {
  it.each(SCRIPTS)('digits of script U+%s are refused, not read as 988077917', (zero) => {
    expect(parseOrgNumber(inScript('988077917', zero)).ok).toBe(false);
    expect(parseOrgNumber(`NO${inScript('988077917', zero)}MVA`).ok).toBe(false);
  });

  it.each([
    ['988077917', true],
    ['988 077 917', true],
    ['988.077.917', true],
    ['no 988077917 mva', true],
    ['0192:988077917', true],
    ['988\u200b077917', false],
    ['988077917x', false],
    ['9880779170', false],
    ['98807791', false],
    ['912345678', false], // no check digit exists for 91234567
    ['123456785', true], // Brreg's worked example: valid, only warned about (first digit 1)
    ['NONO988077917MVA', false],
    ['988077917MVAMVA', false],
  ])('%j → valid %s', (input, valid) => {
    expect(parseOrgNumber(input).ok).toBe(valid);
  });
});
