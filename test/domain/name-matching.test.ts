import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alternativeTokenisations,
  commonNameKnowledge,
  compareNames,
  editDistance,
  expandTokens,
  foldLetters,
  foldName,
  nameIndexTerms,
  nameKnowledge,
  nameTokens,
  petFormCost,
  petFormNames,
  readAsCost,
  readingsWithin,
  searchName,
  shortenedGivenNameCost,
  slipCost,
  tokenisationPieces,
  tokenReadings,
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

  // Every name comparison (account search, triage's names, the address that names the learner) uses
  // this one folding; these are the spellings it makes one.
  it.each([
    ['Aase', 'Åse'],
    ['Haakon', 'Håkon'],
    ['Bjoern', 'Bjørn'],
    ['Soerensen', 'Sørensen'],
    ['Sörensen', 'Sørensen'],
    ['Saether', 'Sæther'],
    ['Hansen-Berg', 'Hansen Berg'],
    ['kari.nordmann', 'Kari Nordmann'],
    ['kari-anne.hansen-berg', 'Kari-Anne Hansen-Berg'],
    ['OBrien', "O'Brien"],
    ['Lukasz Wroblewski', 'Łukasz Wróblewski'],
    ['Zukauskas Ruta', 'Žukauskas Rūta'],
    ['Jurgis Kazlauskiene', 'Jurgis Kazlauskienė'],
    ['Szymanski', 'Szymański'],
    ['Dvorak', 'Dvořák'],
    ['Strauss', 'Strauß'],
    ['Gudmundsdottir', 'Guðmundsdóttir'],
    ['Thorsteinsson', 'Þorsteinsson'],
    ['Dordevic', 'Đorđević'],
  ])('%s and %s fold alike', (a, b) => {
    expect(foldName(a)).toBe(foldName(b));
  });

  it.each([
    ['McDonald', 'MacDonald'],
    ['Hansen', 'Hanssen'],
    ['Ola', 'Ole'],
  ])('%s and %s stay apart', (a, b) => {
    expect(foldName(a)).not.toBe(foldName(b));
  });

  it('keeps the letters of other scripts, so no name folds to nothing', () => {
    expect(foldName('Иван Петров')).toBe('иван петров');
    expect(foldName('Łukasz')).toBe('lukasz');
  });

  const letters = [...'abcdefghijklmnopqrstuvwxyzæøåäöüéèłąęėįųūčšžńśźżćđß'];
  const nameText = fc
    .array(fc.oneof(fc.constantFrom(...letters), fc.constantFrom(' ', '-', "'", '.', '’')), { maxLength: 30 })
    .map((chars) => chars.join(''));

  it('is idempotent', () => {
    for (const text of ['Saaara', 'Noee Laaarsen', 'ooee'])
      expect(foldName(foldName(text))).toBe(foldName(text));
    fc.assert(
      fc.property(fc.oneof(nameText, fc.string({ unit: 'binary' })), (text) => {
        expect(foldName(foldName(text))).toBe(foldName(text));
      }),
    );
  });

  it('ignores case', () => {
    fc.assert(
      fc.property(nameText, (text) => {
        expect(foldName(text.toUpperCase())).toBe(foldName(text));
      }),
    );
  });

  it('gives lower-case words parted by single spaces, with no punctuation', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(foldName(text)).toMatch(/^(?:[\p{Ll}\p{Lo}\p{Lm}\p{N}]+(?: [\p{Ll}\p{Lo}\p{Lm}\p{N}]+)*)?$/u);
      }),
    );
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
    expect(c.details.map(String)).toContain('written with different spacing or hyphens');
  });
  it('names a typo and a swap', () => {
    const c = compareNames('Sievrtsen Terje', 'Terje', 'Sivertsen');
    expect(c.kind).toBe('close');
    expect(c.details.map(String)).toEqual(
      expect.arrayContaining(["1 typo: 'sievrtsen' for 'sivertsen'", 'first and last name swapped']),
    );
  });
  it('a missing middle name is close, and says which', () => {
    const c = compareNames('Kari Nordmann', 'Kari Anne', 'Nordmann');
    expect(c.kind).toBe('close');
    expect(c.details.map(String)).toContain("given name 'anne' not written");
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
  it('an initial stands for a given or middle name that starts with it, weaker than the name itself', () => {
    const initial = compareNames('H. Andersen', 'Hilde', 'Andersen');
    expect(initial.kind).toBe('close');
    expect(initial.details.map(String)).toContain("initial: 'h' for 'hilde'");
    expect(initial.score).toBeLessThan(compareNames('Hilde Andersen', 'Hilde', 'Andersen').score);
    expect(compareNames('Lars K. Aas', 'Lars Kjell', 'Aas').details.map(String)).toContain(
      "initial: 'k' for 'kjell'",
    );
    // Another letter, or an initial for the family name, is not a match.
    expect(compareNames('K. Andersen', 'Hilde', 'Andersen').kind).toBe('different');
    expect(compareNames('Hilde A.', 'Hilde', 'Andersen').kind).toBe('different');
  });
  it('the start of a given name is a short form, unless it is a common name of its own', () => {
    for (const [written, given] of [
      ['Kris', 'Kristoffer'],
      ['Alex', 'Aleksander'],
      ['Chris', 'Christian'],
    ] as const) {
      const c = compareNames(`${written} Nilsen`, given, 'Nilsen');
      expect(c.kind, written).toBe('close');
      expect(c.details.map(String), written).toContain(
        `short form: '${written.toLowerCase()}' for '${given.toLowerCase()}'`,
      );
      expect(c.score, written).toBeLessThan(0.9);
    }
    // Tor and Mari are names in their own right, not Tormod and Marianne cut short.
    expect(compareNames('Tor Nilsen', 'Tormod', 'Nilsen').kind).toBe('different');
    expect(compareNames('Mari Nilsen', 'Marianne', 'Nilsen').kind).toBe('different');
    // One letter short is a slip or another name, not a short form.
    expect(shortenedGivenNameCost('mari', 'marit', commonNameKnowledge)).toBeNull();
  });
  it('a name the same letter for letter ranks above one that is the same only with Aa or Oe read as Å or Ø', () => {
    expect(foldLetters('Sigve Loe-Brenna')).toBe('sigve loe brenna');
    expect(foldName('Sigve Loe-Brenna')).toBe('sigve lo brenna');
    const asWritten = compareNames('Sigve Lo', 'Sigve', 'Lo');
    const oeReadAsO = compareNames('Sigve Lo', 'Sigve', 'Loe');
    expect(asWritten).toEqual({ score: 1, kind: 'exact', details: [] });
    expect(oeReadAsO.kind).toBe('exact');
    expect(oeReadAsO.score).toBeLessThan(1);
    expect(oeReadAsO.score).toBeGreaterThan(0.98);
    // Either way round, and for Aa: the spelling written wins.
    expect(compareNames('Torgeir Aasland', 'Torgeir', 'Åsland').score).toBeLessThan(
      compareNames('Torgeir Aasland', 'Torgeir', 'Aasland').score,
    );
    // Accents and case alone are still the name letter for letter.
    expect(compareNames('RENÉ Lo', 'Rene', 'Lo').score).toBe(1);
  });
  it('a known pet form stands for the given name it is short for, as weakly as a short form', () => {
    for (const [written, given] of [
      ['Mange', 'Magnus'],
      ['Bill', 'William'],
      ['Kuba', 'Jakub'],
      ['Sasha', 'Oleksandr Ivan'],
    ] as const) {
      const c = compareNames(`${written} Brenna`, given, 'Brenna');
      expect(c.kind, written).toBe('close');
      expect(c.details.map(String), written).toContain(
        `pet form: '${written.toLowerCase()}' for '${nameTokens(given)[0]}'`,
      );
      expect(c.score, written).toBeLessThan(0.9);
    }
    // Only for a given name it is known to stand for, and never for a family name.
    expect(compareNames('Mange Brenna', 'Mats', 'Brenna').kind).toBe('different');
    expect(compareNames('Ivar Tom', 'Ivar', 'Thomas').kind).toBe('different');
    expect(petFormCost('tommy', 'torstein')).toBeNull();
    expect(petFormNames('brenna')).toEqual([]);
    // A pet form that is also one of the common given names is taken as meant, as any common name is:
    // Tom is Tom, not Thomas (Tor is not Tormod either).
    expect(compareNames('Tom Brenna', 'Thomas', 'Brenna').details.join()).not.toContain('pet form');
    expect(compareNames('Tom Brenna', 'Thomas', 'Brenna').kind).toBe('different');
    expect(petFormCost('tom', 'thomas')).toBeNull();
    expect(compareNames('Tommy Brenna', 'Thomas', 'Brenna').kind).toBe('close');
    const [tom] = tokenReadings(['tom'], ['thomas', 'tomas']);
    expect(tom?.has('thomas')).toBe(false);
    // A search for the pet form also reads it as the names it stands for, however long they are, with
    // the cheap readings: a pet form that is also a word on file (Mo) must not hide them.
    const [sasha] = tokenReadings(['sasha'], ['sasja', 'sacha']);
    expect(readingsWithin([sasha ?? new Map()], 1)[0]).toContain('oleksandr');
  });
  it('a name with only a middle name or half a double family name left out is marked partial', () => {
    expect(compareNames('Siri Lunde', 'Siri Helene', 'Lunde').partial).toBe(true);
    expect(compareNames('Siri Lunde', 'Siri', 'Lunde-Vik').partial).toBe(true);
    expect(compareNames('Lunde Siri', 'Siri Helene', 'Lunde').partial).toBe(true);
    // A slip, an extra word or a shortened name is not the name as written.
    expect(compareNames('Siri Lund', 'Siri Helene', 'Lunde').partial).toBeUndefined();
    expect(compareNames('Siri Maria Lunde', 'Siri Helene', 'Lunde').partial).toBeUndefined();
    expect(compareNames('S. Lunde', 'Siri Helene', 'Lunde').partial).toBeUndefined();
    expect(compareNames('Siri Lunde', 'Siri', 'Lunde').partial).toBeUndefined();
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

describe('how people mistype Norwegian names (issue 19)', () => {
  const kind = (written: string, given: string, family: string) => compareNames(written, given, family).kind;

  it.each([
    ['Lvi Berg', 'Liv', 'Berg'],
    ['Olo Dahl', 'Ole', 'Dahl'],
    ['Kari Lei', 'Kari', 'Lie'],
    ['Gor Strand', 'Gro', 'Strand'],
  ])('a short name with one slip still matches: %s', (written, given, family) => {
    expect(kind(written, given, family)).toBe('close');
  });

  it.each([
    ['LarsrHaugen', 'Lars', 'Haugen'],
    ['Nils oDahl', 'Nils', 'Dahl'],
    ['Anne Lise Berg', 'Annelise', 'Berg'],
    ['Annelise Berg', 'Anne Lise', 'Berg'],
    ['Larshaugen', 'Lars', 'Haugen'],
  ])('words joined or split by a slip match: %s', (written, given, family) => {
    expect(kind(written, given, family)).toBe('close');
  });

  it('two slips in a five-letter word that is no name of its own match', () => {
    expect(kind('Per Hgaon', 'Per', 'Hagen')).toBe('close');
  });

  it.each([
    ['Kari Hansen', 'Kari', 'Haugen'],
    ['Kari Hansen', 'Kari', 'Hagen'],
    ['Kari Hansen', 'Kari', 'Larsen'],
    ['Kari Hansen', 'Kari', 'Åsen'],
    ['Per Pedersen', 'Per', 'Andersen'],
    ['Kristine Lund', 'Kristian', 'Lund'],
    ['Ole Hagen', 'Ole', 'Hansen'],
    ['Tor Haugen', 'Tore', 'Hansen'],
    ['Ola Berg', 'Ole', 'Berg'],
    ['Tor Berg', 'Tore', 'Berg'],
  ])('a common name is not read as another common name: %s vs %s %s', (written, given, family) => {
    expect(kind(written, given, family)).toBe('different');
  });

  it.each([
    ['Tor Berg', 'Thor', 'Berg', 'tor', 'thor'],
    ['Kari Hanssen', 'Kari', 'Hansen', 'hanssen', 'hansen'],
    ['Kari Hanson', 'Kari', 'Hansen', 'hanson', 'hansen'],
    ['Christian Olsen', 'Kristian', 'Olsen', 'christian', 'kristian'],
    ['Filip Berg', 'Philip', 'Berg', 'filip', 'philip'],
    ['Erik Strand', 'Erick', 'Strand', 'erik', 'erick'],
  ])('spelling variants match and are named: %s', (written, given, family, a, b) => {
    const c = compareNames(written, given, family);
    expect(c.kind).toBe('close');
    expect(c.details.map(String)).toContain(`spelling variant: '${a}' for '${b}'`);
  });

  it('a name on file read as another says that name evidence alone cannot tell', () => {
    const knowledge = nameKnowledge(new Set(['haugnes']));
    const c = compareNames('Per Haugnes', 'Per', 'Haugnes', knowledge);
    expect(c.kind).toBe('exact');
    const near = compareNames('Per Haugnes', 'Per', 'Haugnas', knowledge);
    expect(near.details.join(' ')).toMatch(/cannot tell/);
  });

  it('a rare word gets more slack than a word that is a name on file', () => {
    expect(readAsCost('hgaon', 'hagen', commonNameKnowledge)).not.toBeNull();
    expect(readAsCost('hagen', 'hansen', commonNameKnowledge)).toBeNull();
    const onFile = nameKnowledge(new Set(['brekkan']));
    expect(readAsCost('brekkan', 'brekken', commonNameKnowledge)).not.toBeNull();
    expect(readAsCost('brekkan', 'brekken', onFile)!).toBeGreaterThan(
      readAsCost('brekkan', 'brekken', commonNameKnowledge)!,
    );
  });

  it('slips cost by kind: a swap or a neighbouring key less than another letter', () => {
    expect(slipCost('sievrtsen', 'sivertsen')).toBeCloseTo(0.6);
    expect(slipCost('hansrn', 'hansen')).toBeCloseTo(0.6);
    expect(slipCost('hanspn', 'hansen')).toBeCloseTo(1);
    expect(slipCost('nordman', 'nordmann')).toBeCloseTo(0.3);
  });

  it('slip cost is symmetric, zero only for the same word, and never above the plain edit distance', () => {
    const word = fc.stringMatching(/^[a-z]{0,10}$/);
    fc.assert(
      fc.property(word, word, (a, b) => {
        const c = slipCost(a, b);
        expect(slipCost(b, a)).toBeCloseTo(c);
        expect(c === 0).toBe(a === b);
        expect(c).toBeLessThanOrEqual(editDistance(a, b) + 1e-9);
      }),
    );
  });

  it('offers the cuts of joined or split words that give words on file', () => {
    const onFile = new Set(['lars', 'haugen', 'annelise']);
    const isTerm = (t: string) => onFile.has(t);
    expect(alternativeTokenisations(['larsrhaugen'], isTerm)).toContainEqual(['lars', 'haugen']);
    expect(alternativeTokenisations(['anne', 'lise', 'berg'], isTerm)).toContainEqual(['annelise', 'berg']);
    expect(tokenisationPieces(['larsrhaugen'])).toEqual(expect.arrayContaining(['lars', 'haugen']));
  });
});
