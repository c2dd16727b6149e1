// The one fold for company names, behind the resolver's whole-name choice, its loose look-up and users
// find's --employer evidence. The cases are those the three copies it replaced were written for.
import { describe, expect, it } from 'vitest';
import { foldCompanyName } from '../../src/domain/company-name.js';

describe('foldCompanyName', () => {
  it('leaves out the legal form, in any case and wherever it stands', () => {
    for (const form of ['AS', 'as', 'ASA', 'ANS', 'DA', 'SA', 'BA', 'ENK', 'A/S', 'a/s', 'AS.'])
      expect(foldCompanyName(`Bane og Signal Norge ${form}`), form).toBe('bane og signal norge');
    expect(foldCompanyName('AS Bygg og Anlegg')).toBe('bygg og anlegg');
    expect(foldCompanyName('Groruddalen Bru og Tunnel A/S')).toBe('groruddalen bru og tunnel');
    // Nothing but a legal form is no name.
    expect(foldCompanyName(' AS')).toBe('');
  });

  it('keeps a legal form that is only part of a word', () => {
    expect(foldCompanyName('Dahl Asker Sandnes AS')).toBe('dahl asker sandnes');
    expect(foldCompanyName('Basalt Ansvar Enkel AS')).toBe('basalt ansvar enkel');
    expect(foldCompanyName('Brødrene Bøda AS')).toBe('brodrene boda');
  });

  it('reads Ø as O or Oe, Æ as Ae, Å as Aa, in any case', () => {
    const folded = foldCompanyName('Sørvest Kjøreledning AS');
    expect(folded).toBe('sorvest kjoreledning');
    for (const written of ['sorvest kjoreledning', 'Soervest  Kjoereledning A/S', 'SORVEST KJØRELEDNING AS'])
      expect(foldCompanyName(written), written).toBe(folded);
    expect(foldCompanyName('Bærum Sporservice AS')).toBe(foldCompanyName('baerum sporservice'));
    expect(foldCompanyName('Jæren Maskin og Transport AS')).toBe(
      foldCompanyName('JÆREN MASKIN OG TRANSPORT'),
    );
    expect(foldCompanyName('Sørlandets Bygg A/S')).toBe('sorlandets bygg');
    expect(foldCompanyName('Åsen Aaseth Bygg')).toBe(foldCompanyName('Aasen Åseth Bygg'));
  });

  it('folds punctuation and runs of spaces to one space', () => {
    expect(foldCompanyName('  Bane&Signal   Norge  AS ')).toBe('bane signal norge');
    expect(foldCompanyName('Bane & Signal Norge')).toBe('bane signal norge');
    expect(foldCompanyName("O'Neill Bygg-Service AS")).toBe('oneill bygg service');
  });

  it('keeps apart names that differ by a word or by og and &', () => {
    expect(foldCompanyName('Nordbane Sporteknikk AS')).toBe(foldCompanyName('Nordbane Sporteknikk ASA'));
    expect(foldCompanyName('Nordbane Sporteknikk Øst AS')).not.toBe(foldCompanyName('Nordbane Sporteknikk'));
    expect(foldCompanyName('Sørvest Kjøreledning AS')).not.toBe(foldCompanyName('sorvest sporservice'));
    // The resolver tries the other spellings of 'and' itself; the fold does not equate them.
    expect(foldCompanyName('Bru og Tunnel AS')).not.toBe(foldCompanyName('Bru & Tunnel AS'));
  });

  it('folding twice changes nothing', () => {
    for (const name of ['Sørlandets Bygg A/S', 'Soervest Kjoereledning', 'Bane & Signal ASA', 'Haakon Aa AS'])
      expect(foldCompanyName(foldCompanyName(name)), name).toBe(foldCompanyName(name));
  });
});
