import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareNames,
  editDistance,
  expandTokens,
  foldName,
  nameIndexTerms,
  nameTokens,
  searchName,
} from '../../src/domain/name-matching.js';

describe('foldName', () => {
  it.each([
    ['Kari-Anne NORDMANN', 'kari anne nordmann'],
    ['Åse Haaland', 'ase haland'],
    ['Aase Håland', 'ase haland'],
    ['Søren Sæther', 'soren saether'],
    ['Soeren Saether', 'soren saether'],
    ['Björn Müller', 'bjorn muller'],
    ["O'Brien  Øye", 'obrien oye'],
    ['  Jon   Inge ', 'jon inge'],
    ['José Ñúñez', 'jose nunez'],
  ])('%s → %s', (input, folded) => {
    expect(foldName(input)).toBe(folded);
  });
});

describe('nameTokens and index terms', () => {
  it('joins surname prefixes to their word', () => {
    expect(nameTokens('Pieter van der Berg')).toEqual(['pieter', 'vanderberg']);
  });
  it('indexes a double name apart, together, and a prefixed surname with and without its prefix', () => {
    const terms = nameIndexTerms('Kari-Anne', 'van der Berg');
    expect(terms).toEqual(expect.arrayContaining(['kari', 'anne', 'karianne', 'vanderberg', 'berg']));
    expect(searchName('Kari-Anne', 'Nordmann')).toBe('kari anne karianne nordmann');
  });
});

describe('editDistance', () => {
  it.each([
    ['sivertsen', 'sievrtsen', 1],
    ['knut', 'kntu', 1],
    ['hansen', 'hanssen', 1],
    ['nordmann', 'nordman', 1],
    ['olsen', 'nilsen', 2],
    ['', 'abc', 3],
  ])('%s ~ %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
  it('gives up past the limit', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
  });
  it('is symmetric and zero only for equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(editDistance(b, a)).toBe(d);
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

describe('compareNames', () => {
  it('the same name in other letters is exact', () => {
    expect(compareNames('kari anne nordmann', 'Kari-Anne', 'Nordmann').kind).toBe('exact');
    expect(compareNames('Haakon Soerensen', 'Håkon', 'Sørensen').kind).toBe('exact');
  });
  it('written together or apart is close', () => {
    const c = compareNames('Karianne Nordmann', 'Kari Anne', 'Nordmann');
    expect(c.kind).toBe('close');
    expect(c.details).toContain('written with different spacing or hyphens');
  });
  it('names a typo and a swap', () => {
    const c = compareNames('Sievrtsen Terje', 'Terje', 'Sivertsen');
    expect(c.kind).toBe('close');
    expect(c.details).toEqual(
      expect.arrayContaining(["1 typo: 'sievrtsen' for 'sivertsen'", 'first and last name swapped']),
    );
  });
  it('a missing middle name is close, and says which', () => {
    const c = compareNames('Kari Nordmann', 'Kari Anne', 'Nordmann');
    expect(c.kind).toBe('close');
    expect(c.details).toContain("given name 'anne' not written");
  });
  it('an extra middle name is close', () => {
    expect(compareNames('Ole Martin Hansen', 'Ole', 'Hansen').kind).toBe('close');
  });
  it('another family name is different', () => {
    expect(compareNames('Kari Hansen', 'Kari', 'Nordmann').kind).toBe('different');
  });
  it('another given name is different', () => {
    expect(compareNames('Per Nordmann', 'Kari', 'Nordmann').kind).toBe('different');
  });
  it('two typos still match a long name, more do not', () => {
    expect(compareNames('Kristofer Johannesen', 'Kristoffer', 'Johannessen').kind).toBe('close');
    expect(compareNames('Krstfr Jhnsn', 'Kristoffer', 'Johannessen').kind).toBe('different');
  });
});

describe('expandTokens', () => {
  it('adds vocabulary terms within the typo allowance', () => {
    const vocabulary = ['sivertsen', 'sigurdsen', 'knut', 'kari', 'karin', 'ola'];
    expect(expandTokens(['sievrtsen', 'kntu'], vocabulary)).toEqual([
      ['sievrtsen', 'sivertsen'],
      ['kntu', 'knut'],
    ]);
  });
  it('short words are not widened', () => {
    expect(expandTokens(['ola'], ['ole', 'ola', 'oda'])).toEqual([['ola']]);
  });
});
