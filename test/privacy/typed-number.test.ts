// A value typed where one number was meant (an organisation number): the shared masker hides ten to
// twelve digits whole, since that is a national ID with a digit too few or too many, and masks any other
// value as free text is. orgNumberShown reads back through it.
import { describe, expect, it } from 'vitest';
import { maskTypedNumber } from '../../src/domain/national-id.js';
import { orgNumberShown } from '../../src/domain/org-number.js';

describe('maskTypedNumber', () => {
  it.each([
    ['9123469780', '****** *****'],
    ['151086-9508', '****** *****'],
    ['151086 950881', '****** *****'],
    ['15.10.86-95088', '****** *****'],
    [' 988 077 917 ', '988 077 917'],
    ['NO 988 077 917 MVA', 'NO 988 077 917 MVA'],
    ['1234567890123', '1234567890123'],
    ['org 151086-95088', 'org 151086 *****'],
  ])('%j → %j', (typed, shown) => {
    expect(maskTypedNumber(typed)).toBe(shown);
    expect(orgNumberShown(typed)).toBe(shown);
  });
});
